// chiso: the real widget, twice (view "gaps" and view "budget"), given the raw chiso/1 file's text
// (it parses, validates and scores it, then draws). An update changes the points of all sub-indicators:
// by default as a what-if scenario given to the gaps widget (`update({scenario})`: the new points are scored
// through the framework, the gaps recomputed, then drawn — the widget's own way to change values, as a slider
// does); with `?update=file`, as a new file (inline JSON text) that is read, validated and scored again.
// `?national=URL` instead mounts one widget (overview) on that file's text (with `&via=src`, on its URL)
// and marks when it is drawn.
import { mount } from '/pkg/chiso-widget.js';
import init from '/pkg/dist/chiso_widget.js';
import { drawn, register } from './harness.js';

const params = new URLSearchParams(location.search);

/** True once the widget has fired `chiso-drawn` (then only that event ends a measurement). */
let hasEvent = false;
document.addEventListener('chiso-drawn', () => {
  hasEvent = true;
});

function state(host) {
  const root = host.shadowRoot && host.shadowRoot.querySelector('.chiso');
  return root ? root.getAttribute('data-state') : null;
}

/** Every canvas of the widget has been sized by its painter (a fresh canvas is 300 × 150). */
function painted(host) {
  const canvases = [...host.shadowRoot.querySelectorAll('canvas')];
  return canvases.length > 0 && canvases.every((c) => c.width !== 300 || c.height !== 150);
}

/**
 * Resolves when the widget in `host` has drawn: its `chiso-drawn` event, or, for a widget that has
 * no such event, a DOM change seen after `trigger()` that leaves it ready with painted canvases
 * (after an update, only once it went through `loading`, i.e. the new data was read).
 */
function whenDrawn(host, trigger, { update = false } = {}) {
  return new Promise((resolve, reject) => {
    let sawLoading = !update;
    const done = (how) => {
      observer.disconnect();
      host.removeEventListener('chiso-drawn', onEvent);
      const s = state(host);
      if (s === 'error') reject(new Error('the widget shows an error'));
      else resolve(how);
    };
    const onEvent = () => done('event');
    host.addEventListener('chiso-drawn', onEvent);
    const observer = new MutationObserver(() => {
      if (hasEvent) return;
      const s = state(host);
      if (s === 'loading') sawLoading = true;
      if (s === 'error') done('error');
      else if (s === 'ready' && sawLoading && painted(host)) done('dom');
    });
    trigger();
    observer.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

const gapsHost = document.getElementById('gaps');
const paceHost = document.getElementById('pace');

if (params.has('national')) {
  // `&via=src`: the widget is given the URL (`src`) and fetches the file itself, as a page pointing at
  // the published file would (the clock then includes the fetch from the local server); otherwise the
  // page fetches the file first and gives the widget its text (`data`).
  const url = params.get('national');
  const viaSrc = params.get('via') === 'src';
  // (Both read the file once before the clock starts: its size sets `max-bytes`.)
  // The time of that fetch (`fetchMs`) shows how much of the `src` figure is the local server's.
  const f0 = performance.now();
  const text = viaSrc ? null : await (await fetch(url)).text();
  const bytes = viaSrc ? (await (await fetch(url)).arrayBuffer()).byteLength : text.length;
  const fetchMs = performance.now() - f0;
  const t0 = performance.now();
  // The file is larger than the widget's default size limit (5 MB): raise it (`max-bytes`).
  const options = { view: 'overview', lang: 'vi', 'max-bytes': String(2 * bytes) };
  if (viaSrc) options.src = url;
  else options.data = text;
  // The widget's own clock of the read (parse + validate) and the score, from its first `chiso-drawn`.
  let stages = {};
  gapsHost.addEventListener('chiso-drawn', (e) => {
    if (e.detail && e.detail.readMs !== undefined) stages = { readMs: e.detail.readMs, scoreMs: e.detail.scoreMs };
  });
  try {
    await whenDrawn(gapsHost, () => mount(gapsHost, options));
    window.national = { ms: performance.now() - t0, bytes, fetchMs, ...stages };
  } catch (e) {
    const panel = gapsHost.shadowRoot && gapsHost.shadowRoot.textContent;
    window.national = { error: `${e.message}: ${(panel || '').slice(0, 300)}`, bytes };
  }
} else {
  // The page fetches the file once and gives its text to both widgets (`data`), as the peers'
  // pages fetch their figures once. (With `src`, each widget fetches the file itself.)
  const text = await (await fetch('/data/bench.json')).text();
  let gaps;
  const first = await Promise.all([
    whenDrawn(gapsHost, () => {
      gaps = mount(gapsHost, { data: text, view: 'gaps', lang: 'vi' });
    }),
    whenDrawn(paceHost, () => mount(paceHost, { data: text, view: 'budget', lang: 'vi' })),
  ]);
  await drawn();
  const byFile = params.get('update') === 'file';
  const texts = [];
  register({
    signal: first.includes('event') ? 'event' : 'dom',
    async prepare(n) {
      if (byFile) {
        for (let k = 1; k <= n; k++) texts.push(await (await fetch(`/data/variants/${k}.json`)).text());
      } else {
        texts.push(...(await (await fetch('/data/scenarios.json')).json()).slice(0, n));
      }
    },
    async wasmBytes() {
      const wasm = await init();
      return wasm.memory.buffer.byteLength;
    },
    update(k) {
      const text = texts[(k - 1) % texts.length];
      const options = byFile ? { data: text } : { scenario: text };
      return whenDrawn(gapsHost, () => gaps.update(options), { update: byFile });
    },
  });
}
