// Where chiso's time goes: a CPU profile (CDP Profiler) of the benchmark's chiso page, first
// chart and 20 updates, with self time summed by function (wasm functions by name).
// `node bench/profile.mjs [rate]` from tests/e2e, after `cargo xtask bench` prepared target/bench/;
// `node bench/profile.mjs [rate] national`: the national-scale file (target/bench/national.json)
// read and drawn by one widget (overview). `CHISO_PROFILE_INCLUSIVE=N` adds the N largest inclusive
// times; `CHISO_PROFILE_UNDER=name` counts those only in samples under a function named *name*.
import { chromium } from 'playwright-core';
import path from 'node:path';
import { ARGS } from '../browser.mjs';
import { startServer } from './server.mjs';

const ROOT = process.env.CHISO_ROOT || path.resolve(import.meta.dirname, '..', '..', '..');
const rate = Number(process.argv[2] || 1);
const national = process.argv[3] === 'national';
const server = await startServer({
  root: ROOT,
  peers: process.env.CHISO_PEERS || path.join(ROOT, 'target', 'bench-peers'),
  data: process.env.CHISO_BENCH_DATA || path.join(ROOT, 'target', 'bench'),
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });

/** Self time (ms) by function of a CDP profile, largest first. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? path.basename(f.url) : ''}`.trim();
    counts.set(key, (counts.get(key) || 0) + (dt[i] || 0) / 1000);
  });
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** Inclusive time (ms) by function: each sample counts once for every function on its stack;
 * with `under`, only the samples whose stack holds a function whose name contains it. */
function inclusiveTimes(profile, under) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const counts = new Map();
  const stack = (id) => {
    const names = [];
    for (let at = id; at !== undefined; at = parent.get(at)) names.push(byId.get(at).callFrame.functionName || '');
    return names;
  };
  profile.samples.forEach((id, i) => {
    if (under && !stack(id).some((name) => name.includes(under))) return;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at).callFrame;
      const key = (f.functionName || '(anonymous)').replace(/::h[0-9a-f]{16}$/, '');
      if (seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) || 0) + (profile.timeDeltas[i] || 0) / 1000);
    }
  });
  return [...counts].sort((a, b) => b[1] - a[1]);
}

async function profiled(label, page, cdp, action) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  const rows = selfTimes(profile);
  const total = rows.reduce((s, [, t]) => s + t, 0);
  console.log(`\n## ${label} (${rate}×): ${total.toFixed(0)} ms sampled`);
  for (const [name, t] of rows.slice(0, 25)) console.log(`${t.toFixed(1).padStart(8)} ms  ${name.slice(0, 110)}`);
  if (process.env.CHISO_PROFILE_INCLUSIVE) {
    const under = process.env.CHISO_PROFILE_UNDER;
    console.log(`\n### inclusive (self and callees), the ${process.env.CHISO_PROFILE_INCLUSIVE} largest${under ? `, in samples under a function named *${under}*` : ''}`);
    for (const [name, t] of inclusiveTimes(profile, under).slice(0, Number(process.env.CHISO_PROFILE_INCLUSIVE))) console.log(`${t.toFixed(1).padStart(8)} ms  ${name.slice(0, 110)}`);
  }
}

const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate });
if (national) {
  await profiled('national file (mount → overview drawn)', page, cdp, async () => {
    await page.goto(`${server.url}/pages/chiso.html?national=/data/national.json${process.env.CHISO_NATIONAL_VIA === "src" ? "&via=src" : ""}`);
    await page.waitForFunction(() => window.national, null, { timeout: 120000 });
  });
  console.log('national:', JSON.stringify(await page.evaluate(() => window.national)));
  await browser.close();
  await server.close();
  process.exit(0);
}
await profiled('first chart (navigation → both widgets drawn)', page, cdp, async () => {
  await page.goto(`${server.url}/pages/chiso.html`);
  await page.waitForFunction(() => window.bench, null, { timeout: 120000 });
});
console.log('chart-drawn at', (await page.evaluate(() => performance.getEntriesByName('chart-drawn')[0].startTime)).toFixed(0), 'ms');
await page.evaluate(() => window.bench.prepare(20));
await profiled('20 updates of the gaps widget (a scenario each; ?update=file: a new file each)', page, cdp, async () => {
  for (let k = 1; k <= 20; k++) await page.evaluate((i) => window.bench.measure(i), k);
});
await browser.close();
await server.close();
