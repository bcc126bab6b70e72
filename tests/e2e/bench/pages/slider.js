// The what-if slider benchmark's page (tests/e2e/bench/slider.mjs): one <chiso-widget view="whatif">
// on `?data=<file under /data/>`; `window.slider.step()` moves the first slider by one step the way
// the range input does (value, then an `input` event), started right after a painted frame.
//
// What a step returns (milliseconds):
//   work   = the input event → the widget's `chiso-scenario` event (fired once the recomputed figures
//            and charts are drawn);
//   paint  = the step's start → the frame that shows it, counted on the browser's frame clock (the
//            `requestAnimationFrame` timestamps, which mark each frame's start on the display's
//            beat): (start of the frame that shows the step − start of the frame the step began
//            after) plus any delay that frame's own rendering adds to the frame after it. A frame
//            whose callbacks run more than SLACK_MS after its timestamp (the main thread was busy)
//            counts from the next beat. A step that fits in one 60 Hz frame reads one frame interval
//            (16.7 ms); a step whose work misses the next frame, or whose frame renders too long,
//            reads two (33 ms).
//   render = main-thread time of the frame that shows the step: its start → the first task after it
//            (its animation callbacks, style, layout, paint and commit).
//   event  = the input event → that first task after the frame that shows the step (the previous
//            version of this benchmark called this "next paint"; it adds `render` to the frame wait).
// `idle()` is the same measure with nothing changed, and `busy(ms)` with a synchronous busy loop of
// `ms` instead of the slider: the method's controls (a busy loop of 5 ms must read one frame, one of
// 25 ms two).
const params = new URLSearchParams(location.search);
const widget = document.createElement('chiso-widget');
widget.setAttribute('src', `/data/${params.get('data')}`);
widget.setAttribute('view', 'whatif');
widget.setAttribute('lang', params.get('lang') || 'vi');
widget.setAttribute('sliders', params.get('sliders') || '6');
document.getElementById('stage').append(widget);

/**
 * The next frame: {frame: its start on the frame clock, ran: performance.now() when its animation
 * callbacks ran, after: performance.now() in the first task after it}.
 */
function afterFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame((frame) => {
      const ran = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ frame, ran, after: performance.now() });
      channel.port2.postMessage(0);
    });
  });
}

/** The next frame: {frame, ran} as above. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame((frame) => resolve({ frame, ran: performance.now() })));

/**
 * How late a frame's animation callbacks may run after its start and still count as on time. A
 * busy main thread receives the frame late but keeps its timestamp; such a frame counts from the
 * next beat of the frame clock at or after the time it ran, less this slack.
 */
const SLACK_MS = 4;

/** The beat of the frame clock at which `f` (from afterFrame/nextFrame) effectively started. */
function beat(f) {
  const lateBy = f.ran - SLACK_MS - f.frame;
  return lateBy > 0 ? f.frame + Math.ceil(lateBy / interval) * interval : f.frame;
}

const range = () => widget.shadowRoot && widget.shadowRoot.querySelector('[data-slider] input[type=range]');
let direction = 1;

/**
 * Measures one change: waits for a painted frame, then calls `change()` (which resolves with
 * performance.now() once the change is drawn), then follows the frames until the change is shown.
 */
async function measure(change) {
  const before = await afterFrame();
  const t0 = performance.now();
  const t1 = await change();
  const shown = await afterFrame();
  const following = await nextFrame();
  return { t0, t1, before, shown, following };
}

/** The frame interval of this display: the median gap between 60 consecutive frame starts. */
async function frameInterval() {
  const starts = [];
  for (let i = 0; i < 61; i++) starts.push(await nextFrame());
  const gaps = starts.slice(1).map((s, i) => s.frame - starts[i].frame).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)];
}

let interval = 1000 / 60;

/** The figures of one measured change (see the file's comment). */
function figures({ t0, t1, before, shown, following }) {
  const late = Math.max(0, beat(following) - beat(shown) - interval);
  return {
    work: t1 - t0,
    paint: beat(shown) - before.frame + late,
    render: shown.after - shown.frame,
    event: shown.after - t0,
  };
}

window.slider = {
  /** Measures the display's frame interval (call once before the steps). */
  async calibrate() {
    interval = await frameInterval();
    return interval;
  },
  /** The method's floor: nothing changed. */
  async idle() {
    return figures(await measure(async () => performance.now()));
  },
  /** The method's control: a synchronous busy loop of `ms` instead of the slider. */
  async busy(ms) {
    return figures(
      await measure(async () => {
        const end = performance.now() + ms;
        while (performance.now() < end);
        return performance.now();
      }),
    );
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
      const listener = () => done(performance.now());
      widget.addEventListener('chiso-scenario', listener, { once: true });
      r.value = String(next);
      r.dispatchEvent(new Event('input', { bubbles: true }));
      const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 3000));
      const t1 = await Promise.race([drawn, timeout]);
      widget.removeEventListener('chiso-scenario', listener);
      if (t1 === null) throw new Error('no chiso-scenario event within 3 s of the input event');
      return t1;
    });
    return { ...figures(m), value: r.value };
  },
};
