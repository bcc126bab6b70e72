// The what-if slider benchmark's page (tests/e2e/bench/slider.mjs): one <chiso-widget view="whatif">
// on `?data=<file under /data/>`; `window.slider.step()` moves the first slider by one step the way
// the range input does (value, then an `input` event), started right after a painted frame.
//
// A step returns the figures of frames.js `measure`: work (the input event → the widget's
// `chiso-scenario` event, fired once the recomputed figures and charts are drawn), paint (frames on
// the browser's frame clock until the step is shown), render and event. `idle()` is the same measure
// with nothing changed, and `busy(ms)` with a synchronous busy loop of `ms` instead of the slider:
// the method's controls (a busy loop of 5 ms must read one frame, one of 25 ms two).
import { afterFrame, calibrate, measure } from './frames.js';

const params = new URLSearchParams(location.search);
const widget = document.createElement('chiso-widget');
widget.setAttribute('src', `/data/${params.get('data')}`);
widget.setAttribute('view', 'whatif');
widget.setAttribute('lang', params.get('lang') || 'vi');
widget.setAttribute('sliders', params.get('sliders') || '6');
document.getElementById('stage').append(widget);

const range = () => widget.shadowRoot && widget.shadowRoot.querySelector('[data-slider] input[type=range]');
let direction = 1;

window.slider = {
  /** Measures the display's frame interval (call once before the steps). */
  calibrate,
  /** The method's floor: nothing changed. */
  async idle() {
    return measure(async () => {});
  },
  /** The method's control: a synchronous busy loop of `ms` instead of the slider. */
  async busy(ms) {
    return measure(async () => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    });
  },
  /** Resolves once the whatif view shows its first slider; returns its attributes. */
  async ready() {
    const start = performance.now();
    while (!range()) {
      const root = widget.shadowRoot && widget.shadowRoot.querySelector('.chiso');
      if (root && root.getAttribute('data-state') === 'error') throw new Error('the widget shows an error');
      if (performance.now() - start > 30000) throw new Error('the whatif view shows no slider after 30 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    await afterFrame();
    const r = range();
    return { code: r.dataset.code, min: r.min, max: r.max, step: r.step, value: r.value };
  },
  /** One step of the slider (back down once it reaches its maximum). */
  async step() {
    const r = range();
    const step = Number(r.step) || 1;
    let next = Number(r.value) + direction * step;
    if (next > Number(r.max) || next < Number(r.min)) {
      direction = -direction;
      next = Number(r.value) + direction * step;
    }
    const m = await measure(async () => {
      let done;
      const drawn = new Promise((resolve) => {
        done = resolve;
      });
      const listener = () => done(true);
      widget.addEventListener('chiso-scenario', listener, { once: true });
      r.value = String(next);
      r.dispatchEvent(new Event('input', { bubbles: true }));
      const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 3000));
      const t1 = await Promise.race([drawn, timeout]);
      widget.removeEventListener('chiso-scenario', listener);
      if (t1 === null) throw new Error('no chiso-scenario event within 3 s of the input event');
    });
    return { ...m, value: r.value };
  },
};
