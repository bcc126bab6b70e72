// The libraries of the benchmark, and bench/RESULTS.md from a run's figures.
import fs from 'node:fs';

/** The libraries, chiso first; `page` is tests/e2e/bench/pages/<page>.html. */
export const LIBRARIES = [
  { id: 'chiso', name: 'chiso', page: 'chiso' },
  { id: 'chartjs', name: 'Chart.js', page: 'chartjs' },
  { id: 'plot', name: 'Observable Plot + d3', page: 'plot' },
  { id: 'echarts', name: 'ECharts (simple)', page: 'echarts' },
  { id: 'vega', name: 'Vega-Lite + vega-embed', page: 'vega' },
];

const kb = (b) => (b / 1024).toFixed(1);
const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const mb = (b) => (b / 2 ** 20).toFixed(2);
const ratio = (a, b) => (a / b).toFixed(2);

function row(label, f) {
  return `| ${label} | ${LIBRARIES.map((l) => f(l.id)).join(' | ')} |`;
}

/** The national row's second figure: the widget given the file's text inline (`data`). */
const inline = (n) =>
  !n ? '' : n.error ? `; given its text inline (\`data\`): error (${n.error})` : `; given its text inline (\`data\`, the page fetched it first): median ${ms(n.median)} ms, p95 ${ms(n.p95)} ms, min ${ms(n.min)} ms`;

/** The national runs that did not fail: the `src` ones and the inline ones. */
const nationalRuns = (national) => [national, national && national.inline].filter((n) => n && !n.error);

/**
 * Whether the national goal is met. The goal is parse + score: judged on the widget's own clock
 * of reading (parse, validate) and scoring (`chiso-drawn`'s readMs + scoreMs), the faster of the
 * two ways; without those figures, on mount → drawn (which also holds the local fetch or the copy
 * of the JS string, and the drawing). `null` when not measured.
 */
function nationalMet(national) {
  const runs = nationalRuns(national);
  const stages = runs.filter((n) => n.parseScore).map((n) => n.parseScore.median);
  const times = stages.length ? stages : runs.map((n) => n.median);
  return times.length ? Math.min(...times) < 200 : null;
}

/** The parse + score figures of the national row, by the widget's clock. */
function parseScore(national) {
  const part = (n, way) => (n && n.parseScore ? `${way}: median ${ms(n.parseScore.median)} ms, p95 ${ms(n.parseScore.p95)} ms, min ${ms(n.parseScore.min)} ms` : null);
  const parts = [part(national, 'given `src`'), part(national && national.inline, 'given `data`')].filter(Boolean);
  return parts.length ? `**parse + score** (read, validate, score: the widget's own clock, \`chiso-drawn\`'s \`readMs\` + \`scoreMs\`) ${parts.join('; ')}. From mount to the drawn overview: ` : '';
}

/** Each goal of issue 7: {goal, met, detail}. */
export function goals(results, national) {
  const c = results.chiso;
  const peers = LIBRARIES.filter((l) => l.id !== 'chiso');
  const others = peers.filter((l) => l.id !== 'chartjs');
  const out = [];
  const chart = results.chartjs.transfer.gzip;
  const sizeBelow = others.filter((l) => c.transfer.gzip >= results[l.id].transfer.gzip).map((l) => l.name);
  out.push({
    goal: 'Transfer (gzip) below every peer except Chart.js, and at most 1.5× Chart.js (aim: below Chart.js)',
    met: sizeBelow.length === 0 && c.transfer.gzip <= 1.5 * chart,
    detail: `chiso ${kb(c.transfer.gzip)} KB = ${ratio(c.transfer.gzip, chart)}× Chart.js (${kb(chart)} KB); ` +
      (sizeBelow.length ? `not below ${sizeBelow.join(', ')}` : 'below every other peer') +
      (c.transfer.gzip < chart ? '; aim met (below Chart.js)' : `; aim: ${kb(c.transfer.gzip - chart)} KB above Chart.js`),
  });
  const first = (id) => results[id].first[4].median;
  const slower = peers.filter((l) => first('chiso') >= first(l.id));
  out.push({
    goal: 'Time to first chart at 4× throttling below every peer (median)',
    met: slower.length === 0,
    detail: `chiso ${ms(first('chiso'))} ms; ` + peers.map((l) => `${l.name} ${ms(first(l.id))} ms (${ratio(first('chiso'), first(l.id))}×)`).join(', '),
  });
  for (const rate of [1, 4]) {
    const work = (id) => results[id].update[rate].work.p95;
    const behind = peers.filter((l) => work('chiso') >= work(l.id));
    out.push({
      goal: `Update work p95 below every peer at ${rate}×`,
      met: behind.length === 0,
      detail: `chiso ${ms(work('chiso'))} ms; ` + peers.map((l) => `${l.name} ${ms(work(l.id))} ms`).join(', '),
    });
    const paint = c.update[rate].paint.p95;
    out.push({
      goal: `No dropped frame at ${rate}×: time to next paint p95 ≤ 17 ms`,
      met: paint <= 17,
      detail: `chiso p95 ${ms(paint)} ms (median ${ms(c.update[rate].paint.median)} ms)`,
    });
  }
  out.push({
    goal: 'Parse + score of the national dataset under 200 ms in the browser at 1×',
    met: nationalMet(national),
    detail: national && national.error
      ? `not measured: the widget showed an error (${national.error})`
      : national
      ? `${parseScore(national)}given the file's URL (\`src\`): median ${ms(national.median)} ms, p95 ${ms(national.p95)} ms, min ${ms(national.min)} ms over ${national.n} runs (${(national.bytes / 1e6).toFixed(2)} MB of JSON from mount to a drawn overview: fetch from a local server, read, validate, score, report, draw)${inline(national.inline)}`
      : 'not measured (no national file given)',
  });
  return out;
}

/** Writes bench/RESULTS.md; returns its text. */
export function writeResults({ meta, results, national, file }) {
  const L = [];
  L.push('# Benchmark: chiso beside the charting libraries a portal would use instead');
  L.push('');
  L.push('Written by `cargo xtask bench` (do not edit by hand; run the command again). KB = 1,024 bytes.');
  L.push('');
  L.push(`- **Date:** ${meta.date}; **code:** \`main\` at \`${meta.commit}\` (plus uncommitted work in the tree, if any)`);
  L.push(`- **Machine:** ${meta.cpus}, ${meta.memory} RAM, shared with other builds (load average ${meta.load} at the end)`);
  L.push(`- **Browser:** Debian's Chromium ${meta.chromium}, headless, via playwright-core; Node ${meta.node}`);
  L.push(`- **Peers (npm, pinned):** ${Object.entries(meta.versions).map(([n, v]) => `${n} ${v}`).join(', ')}`);
  L.push(`- **Charts:** the \`gaps\` bars of ${meta.bars} sub-indicators (recoverable points over the maximum) and the monthly cumulative disbursement lines (${meta.months} months: roadmap, even pace, disbursed)`);
  L.push(`- **Runs:** first chart ${meta.runs} runs per library and throttling, each in a fresh browser context (cold cache), libraries in rotated order; updates ${meta.updates} per library and throttling (after 5 warm-ups), in blocks of 10 taken in turn across the libraries`);
  L.push('');
  L.push('## Figures');
  L.push('');
  L.push(`| | ${LIBRARIES.map((l) => l.name).join(' | ')} |`);
  L.push(`|---|${LIBRARIES.map(() => '---:').join('|')}|`);
  L.push(row('Transfer, raw (KB)', (id) => kb(results[id].transfer.raw)));
  L.push(row('**Transfer, gzip -9 (KB)**', (id) => `**${kb(results[id].transfer.gzip)}**`));
  for (const rate of [1, 4]) {
    const b = rate === 4 ? '**' : '';
    L.push(row(`${b}First chart drawn, ${rate}×, median (ms)${b}`, (id) => `${b}${ms(results[id].first[rate].median)}${b}`));
    L.push(row(`First chart painted, ${rate}×, median (ms)`, (id) => ms(results[id].painted[rate].median)));
  }
  for (const rate of [1, 4]) {
    L.push(row(`Update work, ${rate}×, median / **p95** (ms)`, (id) => `${ms(results[id].update[rate].work.median)} / **${ms(results[id].update[rate].work.p95)}**`));
    L.push(row(`Update to next paint, ${rate}×, median / **p95** (ms)`, (id) => `${ms(results[id].update[rate].paint.median)} / **${ms(results[id].update[rate].paint.p95)}**`));
  }
  const byFile = results.chiso.updateFile;
  if (byFile) {
    for (const rate of [1, 4]) {
      L.push(row(`chiso given a new file instead, ${rate}×: work / next paint, median · p95 (ms)`, (id) => (id === 'chiso'
        ? `${ms(byFile[rate].work.median)} · ${ms(byFile[rate].work.p95)} / ${ms(byFile[rate].paint.median)} · ${ms(byFile[rate].paint.p95)}`
        : '')));
    }
  }
  L.push(row('JS heap after render (MB)', (id) => mb(results[id].memory.heap)));
  L.push(row('Wasm memory (MB)', (id) => mb(results[id].memory.wasm)));
  L.push(row('**JS heap + wasm (MB)**', (id) => `**${mb(results[id].memory.heap + results[id].memory.wasm)}**`));
  L.push('');
  L.push('### chiso against each peer (chiso ÷ peer; below 1 means chiso is smaller or faster)');
  L.push('');
  const peers = LIBRARIES.filter((l) => l.id !== 'chiso');
  const c = results.chiso;
  L.push(`| | ${peers.map((l) => l.name).join(' | ')} |`);
  L.push(`|---|${peers.map(() => '---:').join('|')}|`);
  const rrow = (label, f) => L.push(`| ${label} | ${peers.map((l) => ratio(f(c), f(results[l.id]))).join(' | ')} |`);
  rrow('Transfer, gzip', (r) => r.transfer.gzip);
  rrow('First chart, 1×', (r) => r.first[1].median);
  rrow('First chart, 4×', (r) => r.first[4].median);
  rrow('Update work p95, 1×', (r) => r.update[1].work.p95);
  rrow('Update work p95, 4×', (r) => r.update[4].work.p95);
  rrow('Update to next paint p95, 4×', (r) => r.update[4].paint.p95);
  rrow('JS heap + wasm', (r) => r.memory.heap + r.memory.wasm);
  L.push('');
  L.push('## Goals of issue 7');
  L.push('');
  L.push('| Goal | Met | Figures |');
  L.push('|---|---|---|');
  for (const g of goals(results, national)) L.push(`| ${g.goal} | ${g.met === null ? '–' : g.met ? '**yes**' : '**no**'} | ${g.detail} |`);
  L.push('');
  L.push('## What is measured');
  L.push('');
  L.push('- **The same two charts from the same data.** The data is `www/data/khanh-hoa.json` with every DTI sub-indicator of the province scored (the published file has 13 of 50; the others get illustrative points, so the bar chart has one bar per sub-indicator with a maximum above 0). **chiso reads the raw `chiso/1` file and computes everything itself** (read, validate, score, report, then draw); the peers get the already-scored numbers, precomputed by `chiso report --format json` — the work chiso does and they do not is in chiso\'s figures.');
  L.push('- **chiso draws more:** its page is the real widget twice (`view="gaps"` and `view="budget"`), with everything the widget shows around the charts (summary, the data tables, notes, footer, and the budget view\'s two other bar charts); its transfer carries the scoring engine, tables and two languages. The peers draw only the two charts.');
  L.push('- **Transfer:** every JS, wasm and CSS file the page loads for the charts (the peers\' npm files, the widget\'s `pkg/`), not the data and not the page\'s own harness script; raw bytes and the sum of `gzip -9` of each file.');
  L.push('- **First chart:** from navigation start to `performance.mark("chart-drawn")`, set by the page when the library has drawn both charts (ECharts flushed, vega-embed resolved, Chart.js constructed with animation off, Plot\'s SVGs inserted; chiso: both widgets\' `chiso-drawn`, fired once their canvases are painted, the rows of the collapsed data tables following at the next idle moment); chiso\'s page has the package README\'s `<link rel=modulepreload>` and wasm preload hints in its head, as the peers\' pages have their library\'s `<script>` there (either way the browser fetches them while it reads the page); "painted" is the next frame after it. CPU throttling with CDP `Emulation.setCPUThrottlingRate`.');
  L.push(`- **Update:** all ${meta.bars} values change (a new set of points, as a slider would give). Each update starts right after a painted frame (requestAnimationFrame, then a task); "work" ends when the library has drawn, "next paint" is counted on the browser's frame clock (\`tests/e2e/bench/pages/frames.js\`): from the last frame start (\`requestAnimationFrame\` timestamp) before the update to the first frame start at or after the update's work ended, plus one interval for each beat that frame's own rendering overruns. So an update that fits in one 60 Hz frame reads 16.7 ms and one that drops a frame 33 ms (the method's controls in \`bench/slider.md\`: a 5 ms busy loop reads one frame, a 25 ms one two). Peers: new arrays (Chart.js \`update("none")\`, ECharts \`setOption\` + flush, Vega \`view.data\` + \`runAsync\`, Plot a new SVG swapped in). **chiso: the new points given to the gaps widget as a what-if scenario (\`update({scenario})\`, one \`p~dti:<code>=<points>\` per sub-indicator, the same figures as the peers' update), which chiso scores through the framework (each sub-indicator, its parents, the total, the rank among the peers), turns into gaps, and draws** — with the summary, the table and the watermark of a scenario around the chart. The row "chiso given a new file instead" is chiso's other way to change every value: a new file (\`update({data})\`, inline JSON text), read, validated and scored again before drawing; no peer reads a file per update. chiso's end of drawing is detected by: ${c.signal === 'event' ? 'the widget\'s `chiso-drawn` event' : 'a DOM change leaving the widget ready with painted canvases after it went through `loading` (the widget has no drawn event)'}.`);
  L.push('- **Memory:** `Runtime.getHeapUsage` (used JS heap) after a forced garbage collection, once both charts are drawn at 1×, plus the wasm linear memory (`WebAssembly.Memory` size) for chiso.');
  L.push('- **National dataset:** the national-scale file (`chiso_core::synth`, 34 provinces × 5 years + 3,321 communes), one widget (`view="overview"`), from `mount()` to the drawn overview at 1×, two ways, runs interleaved: given the file\'s URL (`src`, as a page pointing at the published file: the widget fetches it from the bench\'s local server as bytes, then reads, validates, scores, reports and draws), and given its text inline (`data`: the page fetched the text before the clock starts; the widget copies the JS string into wasm, then the same steps). Each run also reads the widget\'s own clock of the file\'s read (parse and validate) and its scoring, which the first `chiso-drawn` after a read reports (`detail.readMs`, `detail.scoreMs`). The goal (parse + score) is judged on that figure, the faster of the two ways; the mount-to-drawn figures also hold the local fetch of 16.7 MB (`src`) or the copy of the JS string into wasm (`data`), the wait for the Web Crypto hash, and the drawing.');
  L.push('');
  L.push('Command: `cargo xtask bench` (`CHISO_BENCH_RUNS`, `CHISO_BENCH_UPDATES` for more runs). Raw figures: `target/bench/results.json`.');
  L.push('');
  const text = L.join('\n');
  fs.writeFileSync(file, text);
  return text;
}
