// Shared by the benchmark pages: the marks the runner reads, and the measured update.
// `chart-drawn` is set when the library has drawn both charts, `chart-painted` at the next paint.

/** Resolves with performance.now() right after the next painted frame (rAF, then a task). */
export function afterPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  });
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
 * drawn it; `measure(k)` starts right after a painted frame and returns {work, paint} in ms.
 */
export function register({ update, prepare = async () => {}, wasmBytes = async () => 0, signal = 'sync' }) {
  window.bench = {
    signal,
    prepare,
    wasmBytes,
    async measure(k) {
      await afterPaint();
      const t0 = performance.now();
      await update(k);
      const work = performance.now() - t0;
      const paint = (await afterPaint()) - t0;
      return { work, paint };
    },
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
