// The what-if slider benchmark's page (tests/e2e/bench/slider.mjs): one <chiso-widget view="whatif">
// on `?data=<file under /data/>`; `window.slider.step()` moves the first slider by one step the way
// the range input does (value, then an `input` event), started right after a painted frame, and
// returns {work, paint}: ms from the event until the widget's `chiso-scenario` event (fired once
// the recomputed figures and charts are drawn) and until the next painted frame.
const params = new URLSearchParams(location.search);
const widget = document.createElement('chiso-widget');
widget.setAttribute('src', `/data/${params.get('data')}`);
widget.setAttribute('view', 'whatif');
widget.setAttribute('lang', params.get('lang') || 'vi');
widget.setAttribute('sliders', params.get('sliders') || '6');
document.getElementById('stage').append(widget);

/** performance.now() right after the next painted frame (rAF, then a task). */
function afterPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  });
}

const range = () => widget.shadowRoot && widget.shadowRoot.querySelector('[data-slider] input[type=range]');
let direction = 1;

window.slider = {
  /**
   * The method's floor: the same measure with nothing changed (right after a painted frame, then
   * to the end of the next painted frame). A step that adds nothing to the frame reads this.
   */
  async idle() {
    await afterPaint();
    const t0 = performance.now();
    return (await afterPaint()) - t0;
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
    await afterPaint();
    const r = range();
    return { code: r.dataset.code, min: r.min, max: r.max, step: r.step, value: r.value };
  },
  /** One step of the slider (back down once it reaches its maximum). */
  async step() {
    await afterPaint();
    const r = range();
    const step = Number(r.step) || 1;
    let next = Number(r.value) + direction * step;
    if (next > Number(r.max) || next < Number(r.min)) {
      direction = -direction;
      next = Number(r.value) + direction * step;
    }
    let done;
    const drawn = new Promise((resolve) => {
      done = resolve;
    });
    const listener = () => done(performance.now());
    widget.addEventListener('chiso-scenario', listener, { once: true });
    const t0 = performance.now();
    r.value = String(next);
    r.dispatchEvent(new Event('input', { bubbles: true }));
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 3000));
    const t1 = await Promise.race([drawn, timeout]);
    widget.removeEventListener('chiso-scenario', listener);
    if (t1 === null) throw new Error('no chiso-scenario event within 3 s of the input event');
    const t2 = await afterPaint();
    return { work: t1 - t0, paint: t2 - t0, value: r.value };
  },
};
