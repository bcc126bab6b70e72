// The side-by-side benchmark (`cargo xtask bench`): chiso and four charting libraries draw the same
// two charts from the same data in Debian's headless Chromium; writes bench/RESULTS.md and prints it.
// Environment (set by the xtask): CHISO_ROOT, CHISO_CLI (the chiso binary), CHISO_PEERS (the
// folder holding node_modules of the peers), CHISO_NATIONAL (optional: the national-scale file),
// CHISO_BENCH_RUNS (first-chart runs, default 7), CHISO_BENCH_UPDATES (updates, default 60).
// `node bench/run.mjs --only chiso [--parts first,update,national]`: a quick run of some libraries and
// parts, printing the figures as JSON (bench/RESULTS.md is only written by a full run).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { ARGS } from '../browser.mjs';
import { prepare } from './prepare.mjs';
import { startServer } from './server.mjs';
import { LIBRARIES, writeResults } from './results.mjs';
import { median, pct } from './stats.mjs';

const ROOT = process.env.CHISO_ROOT || path.resolve(import.meta.dirname, '..', '..', '..');
const PEERS = process.env.CHISO_PEERS || path.join(ROOT, 'target', 'bench-peers');
const OUT = path.join(ROOT, 'target', 'bench');
const RUNS = Math.max(7, Number(process.env.CHISO_BENCH_RUNS || 7));
const UPDATES = Math.max(50, Number(process.env.CHISO_BENCH_UPDATES || 60));
const WARMUP = 5;
const RATES = [1, 4];
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ONLY = arg('--only')?.split(',');
const PARTS = new Set((arg('--parts') || 'first,update,national').split(','));
const QUICK = Boolean(ONLY || arg('--parts'));
const RUN_LIBRARIES = ONLY ? LIBRARIES.filter((l) => ONLY.includes(l.id)) : LIBRARIES;

const log = (...a) => console.error('[bench]', ...a);

const summary = (xs) => ({ median: median(xs), p95: pct(xs, 95), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

/** The library order of run `r`: rotated, so no library always goes first. */
const rotated = (r) => RUN_LIBRARIES.map((_, i) => RUN_LIBRARIES[(i + r) % RUN_LIBRARIES.length]);

async function openLibrary(browser, server, lib, rate, { query = '' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const loaded = [];
  page.on('requestfinished', (req) => loaded.push(new URL(req.url()).pathname));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${server.url}/pages/${lib.page}.html${query}`);
  try {
    await page.waitForFunction(() => window.bench || window.national, null, { timeout: 120000 });
  } catch (e) {
    throw new Error(`${lib.name}: the page did not draw (${errors.join('; ') || e.message})`);
  }
  if (errors.length) throw new Error(`${lib.name}: page errors: ${errors.join('; ')}`);
  return { context, page, cdp, loaded, errors };
}

/** Bytes the page loaded for the charts: every JS, wasm and CSS file except the page's own. */
function transfer(loaded) {
  const files = [...new Set(loaded)].filter((p) => (p.startsWith('/peers/') || p.startsWith('/pkg/')) && /\.(m?js|wasm|css)$/.test(p));
  let raw = 0;
  let gzip = 0;
  const list = [];
  for (const p of files) {
    const body = fs.readFileSync(serverPath(p));
    const gz = zlib.gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gzip += gz;
    list.push({ path: p, raw: body.length, gzip: gz });
  }
  return { raw, gzip, files: list };
}

let serverPath;

async function main() {
  const chiso = process.env.CHISO_CLI || path.join(ROOT, 'target', 'debug', 'chiso');
  const prep = prepare({ root: ROOT, chiso, out: OUT, variants: UPDATES });
  log(`data: ${prep.bars} bars, ${prep.months} months, ${prep.variants} update files in ${OUT}`);
  const server = await startServer({ root: ROOT, peers: PEERS, data: OUT });
  serverPath = server.resolve;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const results = Object.fromEntries(LIBRARIES.map((l) => [l.id, { first: {}, painted: {}, update: {}, transfer: null, memory: null }]));
  // chiso's other way to change all values: a new file, read, validated and scored again.
  results.chiso.updateFile = {};

  // 1. Time to first chart, fresh context each run (cold cache), interleaved across libraries.
  for (let r = 0; r < (PARTS.has('first') ? RUNS : 0); r++) {
    for (const rate of RATES) {
      for (const lib of rotated(r)) {
        const { context, page, loaded } = await openLibrary(browser, server, lib, rate);
        const marks = await page.evaluate(() => ({
          drawn: performance.getEntriesByName('chart-drawn')[0]?.startTime,
          painted: performance.getEntriesByName('chart-painted')[0]?.startTime,
        }));
        const res = results[lib.id];
        (res.first[rate] ||= []).push(marks.drawn);
        (res.painted[rate] ||= []).push(marks.painted);
        if (!res.transfer) res.transfer = transfer(loaded);
        await context.close();
        log(`first chart run ${r + 1}/${RUNS} ${rate}× ${lib.name}: ${marks.drawn.toFixed(0)} ms`);
      }
    }
  }

  // 2. Memory after render, then updates: one page per library open at a time of the same rate,
  //    blocks of 10 updates in turn across libraries.
  for (const rate of PARTS.has('update') ? RATES : []) {
    const pages = [];
    const entries = RUN_LIBRARIES.flatMap((lib) =>
      lib.id === 'chiso'
        ? [{ lib, into: 'update' }, { lib, into: 'updateFile', query: '?update=file' }]
        : [{ lib, into: 'update' }]);
    for (const { lib, into, query } of entries) {
      const opened = await openLibrary(browser, server, lib, rate, { query });
      pages.push({ lib, into, ...opened });
      if (rate === 1 && into === 'update') {
        await opened.cdp.send('HeapProfiler.collectGarbage');
        const heap = await opened.cdp.send('Runtime.getHeapUsage');
        const wasm = await opened.page.evaluate(() => window.bench.wasmBytes());
        results[lib.id].memory = { heap: heap.usedSize, wasm };
      }
      await opened.page.evaluate((n) => window.bench.prepare(n), UPDATES);
      results[lib.id].signal = await opened.page.evaluate(() => window.bench.signal);
    }
    for (const p of pages) {
      await p.page.evaluate(() => window.bench.calibrate());
      for (let k = 1; k <= WARMUP; k++) await p.page.evaluate((i) => window.bench.measure(i), k);
    }
    const block = 10;
    for (let start = 1; start <= UPDATES; start += block) {
      for (const p of pages) {
        const out = (results[p.lib.id][p.into][rate] ||= { work: [], paint: [] });
        for (let k = start; k < start + block && k <= UPDATES; k++) {
          const m = await p.page.evaluate((i) => window.bench.measure(i), k);
          out.work.push(m.work);
          out.paint.push(m.paint);
        }
      }
      log(`updates ${rate}×: ${Math.min(start + block - 1, UPDATES)}/${UPDATES}`);
    }
    for (const p of pages) {
      if (p.errors.length) throw new Error(`${p.lib.name}: page errors: ${p.errors.join('; ')}`);
      await p.context.close();
    }
  }

  // 3. chiso on the national-scale file (parse + validate + score + draw of one widget), 1×: given its
  // URL (`src`: the widget fetches the bytes) and given its text inline (`data`), runs interleaved.
  let national = null;
  const nationalFile = process.env.CHISO_NATIONAL;
  if (PARTS.has('national') && nationalFile && fs.existsSync(nationalFile)) {
    fs.copyFileSync(nationalFile, path.join(OUT, 'national.json'));
    const modes = { src: '&via=src', data: '' };
    const times = { src: [], data: [] };
    // Parse + validate + score by the widget's own clock (`chiso-drawn`'s readMs + scoreMs).
    const stages = { src: [], data: [] };
    const errors = {};
    let bytes = 0;
    const lib = LIBRARIES.find((l) => l.id === 'chiso');
    for (let r = 0; r < RUNS; r++) {
      for (const [mode, query] of Object.entries(modes)) {
        if (errors[mode]) continue;
        const { context, page } = await openLibrary(browser, server, lib, 1, { query: `?national=/data/national.json${query}` });
        const n = await page.evaluate(() => window.national);
        await context.close();
        if (n.error) {
          errors[mode] = n.error;
          log(`national (${mode}): ${n.error}`);
          continue;
        }
        times[mode].push(n.ms);
        if (n.readMs !== undefined) stages[mode].push(n.readMs + n.scoreMs);
        bytes = n.bytes;
        log(`national (${mode}) run ${r + 1}/${RUNS}: ${n.ms.toFixed(0)} ms, of which read + score ${n.readMs} + ${n.scoreMs} ms (the page's own fetch of the file before: ${n.fetchMs.toFixed(0)} ms)`);
      }
    }
    const of = (mode) => (errors[mode]
      ? { error: errors[mode], bytes }
      : { ...summary(times[mode]), bytes, ...(stages[mode].length ? { parseScore: summary(stages[mode]) } : {}) });
    national = { ...of('src'), inline: of('data') };
  }

  const version = (await browser.version());
  await browser.close();
  await server.close();

  if (QUICK) {
    const brief = (xs) => (xs && xs.length ? { median: +median(xs).toFixed(1), p95: +pct(xs, 95).toFixed(1), n: xs.length } : null);
    const out = Object.fromEntries(RUN_LIBRARIES.map((l) => {
      const r = results[l.id];
      return [l.id, Object.fromEntries(RATES.map((rate) => [`${rate}x`, { first: brief(r.first[rate]), work: brief(r.update[rate]?.work), paint: brief(r.update[rate]?.paint) }]))];
    }));
    if (out.chiso) {
      const f = results.chiso.updateFile;
      out['chiso-by-file'] = Object.fromEntries(RATES.map((rate) => [`${rate}x`, { work: brief(f[rate]?.work), paint: brief(f[rate]?.paint) }]));
    }
    console.log(JSON.stringify({ load: os.loadavg().map((x) => x.toFixed(1)).join(' '), results: out, national }, null, 1));
    return;
  }
  const summarised = {};
  for (const lib of LIBRARIES) {
    const r = results[lib.id];
    summarised[lib.id] = {
      transfer: r.transfer,
      memory: r.memory,
      signal: r.signal,
      first: Object.fromEntries(RATES.map((rate) => [rate, summary(r.first[rate])])),
      painted: Object.fromEntries(RATES.map((rate) => [rate, summary(r.painted[rate])])),
      update: Object.fromEntries(RATES.map((rate) => [rate, { work: summary(r.update[rate].work), paint: summary(r.update[rate].paint) }])),
    };
    if (r.updateFile) {
      summarised[lib.id].updateFile = Object.fromEntries(RATES.map((rate) => [rate, { work: summary(r.updateFile[rate].work), paint: summary(r.updateFile[rate].paint) }]));
    }
  }
  const peersPkg = (name) => JSON.parse(fs.readFileSync(path.join(PEERS, 'node_modules', name, 'package.json'), 'utf8')).version;
  const meta = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    chromium: version,
    node: process.version,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model || 'unknown'}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(0)} GB`,
    load: os.loadavg().map((x) => x.toFixed(1)).join(' '),
    commit: (() => {
      try {
        return execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
      } catch {
        return 'unknown';
      }
    })(),
    versions: Object.fromEntries(['chart.js', 'echarts', '@observablehq/plot', 'd3', 'vega', 'vega-lite', 'vega-embed'].map((n) => [n, peersPkg(n)])),
    runs: RUNS,
    updates: UPDATES,
    bars: prep.bars,
    months: prep.months,
  };
  fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify({ meta, results: summarised, national }, null, 2));
  const md = writeResults({ meta, results: summarised, national, file: path.join(ROOT, 'bench', 'RESULTS.md') });
  console.log(md);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
