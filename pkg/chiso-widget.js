// chiso-widget: the entry module. Importing it loads the WebAssembly, defines <chiso-widget>, and
// exports mount() for pages that prefer a JS API. Works under a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval'): no inline script, no inline style, no eval.
import init, { mountWidget } from './dist/chiso_widget.js';

await init({ module_or_path: new URL('./dist/chiso_widget_bg.wasm', import.meta.url) });

/**
 * Mounts the widget in `element` (in its shadow root).
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
    destroy() {
      if (inner) {
        inner.destroy();
        inner.free();
        inner = null;
      }
    },
  };
}
