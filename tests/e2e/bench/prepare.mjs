// The benchmark's data, written under target/bench/ (not committed):
// - `bench.json`: www/data/khanh-hoa.json with every DTI sub-indicator of the province scored
//   (the published file has 13 of 50; the 37 others get illustrative points), so the gaps chart has
//   one bar per sub-indicator with a maximum above 0 (47 of 50) and a slider-like update moves all;
// - `variants/<k>.json`: the same file with every sub-indicator's points changed (update k);
// - `peers.json`: what the peer libraries draw, from `chiso report --format json` of the base file
//   and of every variant (already scored: the peers get the numbers chiso computes itself);
// - `scenarios.json`: the same points of every variant as a what-if scenario text (`p~dti:<code>=<points>`
//   for each sub-indicator), which chiso's gaps widget applies to the base file it has already read.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const PROVINCE = 'khanh-hoa';

/** Points of sub-indicator `i` (maximum `max`) in variant `k`: between 20 % and 80 % of the maximum. */
function points(i, k, max) {
  const frac = ((i * 37 + k * 11) % 97) / 97;
  return Math.round(max * (0.2 + 0.6 * frac) * 100) / 100;
}

/** The sub-indicators (leaves) of the DTI framework of a dataset. */
function leavesOf(d) {
  const dti = d.frameworks.find((f) => f.id === 'dti');
  const parents = new Set(dti.indicators.map((i) => i.parent).filter(Boolean));
  return dti.indicators.filter((i) => !parents.has(i.code));
}

/** Variant `k`'s points as a scenario text: the same figures as `variant(base, k)` gives. */
function scenario(base, k) {
  return leavesOf(base)
    .map((leaf, i) => `p~dti:${leaf.code}=${leaf.max > 0 ? points(i, k, leaf.max) : 0}`)
    .join(';');
}

/** The dataset of variant `k` (k = 0 is the base file). */
function variant(base, k) {
  const d = structuredClone(base);
  const leaves = leavesOf(d);
  const period = d.observations.find((o) => o.code === 'dti:6.1' && o.entity === PROVINCE).period;
  const codes = new Set(leaves.map((l) => `dti:${l.code}`));
  d.observations = d.observations.filter((o) => !(o.entity === PROVINCE && codes.has(o.code)));
  leaves.forEach((leaf, i) => {
    d.observations.push({
      code: `dti:${leaf.code}`,
      entity: PROVINCE,
      period,
      points: leaf.max > 0 ? points(i, k, leaf.max) : 0,
      source: { id: 'illustrative', section: 'benchmark' },
      illustrative: true,
    });
  });
  return d;
}

/** What a peer draws from a report: the gaps bars (label, recoverable, max) and the pace lines. */
function peerView(report) {
  const gaps = report.dti.gaps.map((g) => ({
    code: g.code,
    label: `${g.code} ${g.name.vi}`.slice(0, 48),
    recoverable: g.recoverable ?? 0,
    max: g.max,
  }));
  const line = report.budget.filter((b) => b.pace).at(-1);
  const pace = line ? line.pace.months.map((m) => ({ month: `T${m.month}`, planned: m.planned, even: m.even, disbursed: m.disbursed })) : [];
  return { gaps, pace };
}

/** Writes everything; returns {dir, variants, bars}. */
export function prepare({ root, chiso, out, variants = 60 }) {
  const base = JSON.parse(fs.readFileSync(path.join(root, 'www', 'data', 'khanh-hoa.json'), 'utf8'));
  fs.mkdirSync(path.join(out, 'variants'), { recursive: true });
  const report = (file) => JSON.parse(execFileSync(chiso, ['report', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  const views = [];
  for (let k = 0; k <= variants; k++) {
    const file = k === 0 ? path.join(out, 'bench.json') : path.join(out, 'variants', `${k}.json`);
    fs.writeFileSync(file, JSON.stringify(variant(base, k), null, 2));
    views.push(peerView(report(file)));
  }
  const [first, ...rest] = views;
  fs.writeFileSync(path.join(out, 'peers.json'), JSON.stringify({ ...first, updates: rest.map((v) => v.gaps) }));
  const scenarios = [];
  for (let k = 1; k <= variants; k++) scenarios.push(scenario(base, k));
  fs.writeFileSync(path.join(out, 'scenarios.json'), JSON.stringify(scenarios));
  return { dir: out, variants, bars: first.gaps.length, months: first.pace.length };
}
