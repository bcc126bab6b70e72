// Types of the chiso-widget package (pkg/chiso-widget.js).

/** The views of the widget. */
export type ChisoView =
  | 'overview' | 'gaps' | 'agencies' | 'budget' | 'targets' | 'tasks'
  | 'whatif' | 'budget-whatif' | 'pii';

/** Options of `mount()` and `update()`. Give `src` or `data`. */
export interface ChisoOptions {
  /** URL of a published chiso/1 JSON file (relative URLs resolve against the page). */
  src?: string;
  /** The dataset itself: a parsed object or its JSON text. */
  data?: object | string;
  /** The view shown first (default `overview`). */
  view?: ChisoView;
  /** Language of labels and numbers (default `vi`: 1.234,5; `en`: 1,234.5). */
  lang?: 'vi' | 'en';
  /** Colours (default `light`); restyle with CSS custom properties `--chiso-*`. */
  theme?: 'light' | 'dark' | 'ioc';
  /** Entity whose DTI scorecard is shown (default: the file's province). */
  entity?: string;
  /** Period of that scorecard (default: the latest); also picks the budget year. */
  period?: string;
  /** How many sliders the what-if views offer (default 6). */
  sliders?: number | string;
  /** A what-if scenario (`v~dti:6.4=80;p~dti:8.2=19;…`): the sliders' starting point on the what-if
   * views; on `gaps`, the gaps left under it, watermarked. Unreadable text shows the baseline and a
   * notice. Changing it with `update()` re-scores without reading the file again. */
  scenario?: string;
  /** Keep the scenario in the page URL's `scenario` parameter (read from there first). */
  'sync-url'?: boolean;
  /** Fetch `src` again every so many minutes, keeping the last good file (in localStorage too)
   * and showing a "stale since …" banner while fetches fail. Default: load once. */
  refresh?: number | string;
  /** The same in seconds (tests, demos); wins over `refresh`. */
  'refresh-seconds'?: number | string;
  /** Seconds allowed for a response (default 30). */
  timeout?: number | string;
  /** The largest file read, in bytes (default 5 MB). */
  'max-bytes'?: number | string;
  /** Views a wall screen turns through, comma-separated: `overview,gaps,budget`. */
  rotate?: string;
  /** Seconds each view of `rotate` stays (default 20); a click or key pauses for three turns. */
  'rotate-seconds'?: number | string;
}

/** What a refresh did. */
export interface ChisoRefresh {
  /** A new valid file replaced the one shown. */
  swap: boolean;
  /** The figures shown are the last good ones, and the banner says since when. */
  stale: boolean;
  /** Failed fetches in a row. */
  failures: number;
  /** Milliseconds until the next fetch. */
  next: number;
}

/** A mounted widget. */
export interface ChisoHandle {
  /** Changes some options; the others stay. */
  update(changes: ChisoOptions): void;
  /** Fetches `src` now; resolves once drawn (`null` without `src`). */
  refresh(): Promise<ChisoRefresh | null>;
  /** Unmounts the widget and frees its memory. Safe to call twice. */
  destroy(): void;
}

/** Mounts the widget in `element` (in its shadow root). Data problems show inside the widget. */
export function mount(element: Element, options: ChisoOptions): ChisoHandle;

/** `detail` of the `chiso-drawn` event, fired on the element (bubbling, composed) right after a
 * render has painted its canvases. */
export interface ChisoDrawnDetail {
  /** The view drawn. */
  view?: ChisoView;
  /** `true` when the error panel was drawn instead. */
  error?: boolean;
  /** On the first drawing after a file was read: ms to read and validate its text. */
  readMs?: number;
  /** On the first drawing after a file was read: ms to compute its figures. */
  scoreMs?: number;
}

declare global {
  interface HTMLElementTagNameMap {
    'chiso-widget': HTMLElement;
  }
  interface HTMLElementEventMap {
    'chiso-drawn': CustomEvent<ChisoDrawnDetail>;
    /** After each what-if recompute: `detail.query` is the scenario's text (empty at baseline). */
    'chiso-scenario': CustomEvent<{ query: string }>;
  }
}
