// The browser's frame clock, for the benchmark pages (slider.js, harness.js): when a change made
// right after a painted frame is shown, counted in frames.
//
// `requestAnimationFrame` timestamps mark each frame's start on the display's beat (every
// `interval` ms). A change started after beat B0 (the last beat before its start) is shown by the
// frame of the first beat at or after its work ended (a frame that starts while the work is still
// running cannot show it, even if the busy main thread runs it late under its old timestamp), and
// only if that frame's own main-thread rendering ends before the next beat; each beat it overruns
// adds an interval. So a change that fits in one 60 Hz frame reads one interval (16.7 ms), one whose
// work or rendering misses a beat two (33 ms), and so on.

let interval = 1000 / 60;

/**
 * The next frame: {frame: its start on the frame clock, after: performance.now() in the first task
 * after it (its style, layout, paint and commit are done)}.
 */
export function afterFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame((frame) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ frame, after: performance.now() });
      channel.port2.postMessage(0);
    });
  });
}

/** The start of the next frame on the frame clock. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Measures the display's frame interval (the median gap between 60 consecutive frame starts) and uses it from then on. */
export async function calibrate() {
  const starts = [];
  for (let i = 0; i < 61; i++) starts.push(await nextFrame());
  const gaps = starts.slice(1).map((s, i) => s - starts[i]).sort((a, b) => a - b);
  interval = gaps[Math.floor(gaps.length / 2)];
  return interval;
}

/**
 * Waits for a painted frame, then runs `change()` (which resolves once the change is drawn) and
 * follows the frames until it is shown. Returns, in ms:
 *   work   = start → `change()` resolved;
 *   paint  = the beat the change started after → the beat of the frame that shows it, plus the
 *            beats that frame's rendering overruns (one interval if the change fits in one frame);
 *   render = main-thread time of the frame that shows it (its start → the first task after it);
 *   event  = start → that first task after it (adds `render` to the wait for the frame).
 */
export async function measure(change) {
  const before = await afterFrame();
  const t0 = performance.now();
  await change();
  const t1 = performance.now();
  const shown = await afterFrame();
  const start = before.frame + Math.floor((t0 - before.frame) / interval) * interval;
  const beat = Math.max(shown.frame, start + Math.max(1, Math.ceil((t1 - start) / interval)) * interval);
  const overrun = shown.after - (beat + interval);
  const late = overrun > 0 ? Math.ceil(overrun / interval) * interval : 0;
  return {
    work: t1 - t0,
    paint: beat - start + late,
    render: shown.after - shown.frame,
    event: shown.after - t0,
  };
}
