// chiso-widget: the entry module. Importing it loads the WebAssembly, defines <chiso-widget>, and
// exports mount() for pages that prefer a JS API. Works under a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval'): no inline script, no inline style, no eval.
import init, { mountWidget, mountedCount as count } from './dist/chiso_widget.js';

const wasm = await init({ module_or_path: new URL('./dist/chiso_widget_bg.wasm', import.meta.url) });

/** Bytes of WebAssembly memory the widgets of this page hold (for leak checks). */
export function wasmMemoryBytes() {
  return wasm.memory.buffer.byteLength;
}

/** How many widgets are mounted and not destroyed (for leak checks). */
export function mountedCount() {
  return count();
}

/**
 * Mounts the widget in `element` (in its shadow root). The widget lives until `destroy()` (or,
 * for `<chiso-widget>`, until the element is removed): the page need not keep the handle.
 * @param {Element} element
 * @param {import('./chiso-widget').ChisoOptions} options
 * @returns {import('./chiso-widget').ChisoHandle}
 */
export function mount(element, options = {}) {
  let inner = mountWidget(element, options);
  return {
    update(changes) {
      if (inner) inner.update(changes);
    },
    refresh() {
      return inner ? inner.refreshNow() : Promise.resolve(null);
    },
    destroy() {
      if (inner) {
        inner.destroy();
        inner.free();
        inner = null;
      }
    },
  };
}
