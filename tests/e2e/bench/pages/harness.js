// Shared by the benchmark pages: the marks the runner reads, and the measured update.
// `chart-drawn` is set when the library has drawn both charts, `chart-painted` at the next paint.

import { afterFrame, calibrate, measure } from './frames.js';

/** Resolves with performance.now() right after the next painted frame (rAF, then a task). */
export async function afterPaint() {
  return (await afterFrame()).after;
}

/** The precomputed figures the peers draw (from `chiso report --format json`). */
export async function peerData() {
  return (await fetch('/data/peers.json')).json();
}

/** Marks the first chart as drawn, and the paint after it. */
export async function drawn() {
  performance.mark('chart-drawn');
  await afterPaint();
  performance.mark('chart-painted');
}

/**
 * Publishes `window.bench`: `update(k)` applies update k (1-based) and resolves when the library has
 * drawn it; `measure(k)` starts right after a painted frame and returns frames.js `measure`'s
 * {work, paint, render, event} in ms (paint on the browser's frame clock: one frame interval when
 * the update fits in a frame); `calibrate()` measures the frame interval first.
 */
export function register({ update, prepare = async () => {}, wasmBytes = async () => 0, signal = 'sync' }) {
  window.bench = {
    signal,
    prepare,
    wasmBytes,
    calibrate,
    measure: (k) => measure(() => update(k)),
  };
}

/** The series of the monthly line chart, in long form: {month, series, value}. */
export function paceLong(pace) {
  const out = [];
  for (const m of pace) {
    out.push({ month: m.month, series: 'Lộ trình', value: m.planned });
    out.push({ month: m.month, series: 'Tiến độ đều', value: m.even });
    if (m.disbursed !== null) out.push({ month: m.month, series: 'Đã giải ngân', value: m.disbursed });
  }
  return out;
}
