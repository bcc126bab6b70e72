// The gaps view under a scenario (`scenario` attribute or `update({scenario})`): the gaps shown are
// those `chiso report` gives for a file publishing the scenario's points, under the scenario
// watermark; taking the scenario away shows the file's own gaps again, without the watermark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setup, openPage, settled, tableCells } from './browser.mjs';
import { DATASET, WATERMARK, reportOf } from './whatif.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => env && env.close());

/** The default file with the province's points of `code` published as `points` (illustrative). */
function publishedAt(code, points) {
  const d = JSON.parse(fs.readFileSync(DATASET, 'utf8'));
  const province = d.meta.province;
  const period = d.observations.find((o) => o.code.startsWith('dti:') && o.entity === province).period;
  d.observations = d.observations.filter((o) => !(o.code === `dti:${code}` && o.entity === province && o.period === period));
  d.observations.push({ code: `dti:${code}`, entity: province, period, points, source: { id: d.sources[0].id }, illustrative: true });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-gaps-')), 'published.json');
  fs.writeFileSync(file, JSON.stringify(d));
  return file;
}

/**
 * The gaps table's figures: {code: {points, max, gap, recoverable}}, in the order shown; `open`
 * opens the table first (else it is read hidden, as it is once the widget is ready).
 */
async function gapsShown(page, { open = true } = {}) {
  if (open) await page.evaluate(() => {
    const root = document.querySelector('chiso-widget').shadowRoot;
    const toggle = root.querySelector('[data-action="toggle"][aria-controls="table-gaps"]');
    if (toggle && toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  });
  await page.waitForFunction(() => document.querySelector('chiso-widget').shadowRoot.querySelectorAll('table[data-source="dti.gaps"] tr[data-key]').length > 0);
  const rows = new Map();
  for (const c of await tableCells(page)) {
    if (c.source !== 'dti.gaps') continue;
    if (!rows.has(c.key)) rows.set(c.key, {});
    rows.get(c.key)[c.field] = c.value;
  }
  return rows;
}

/** The report's gaps as the table shows them. */
function gapsOf(report) {
  return new Map(report.dti.gaps.map((g) => [g.code, { points: g.points, max: g.max, gap: g.gap, recoverable: g.recoverable }]));
}

async function watermarks(page) {
  return page.evaluate(() => [...document.querySelector('chiso-widget').shadowRoot.querySelectorAll('[data-watermark]')].map((e) => e.textContent));
}

test('gaps: a scenario bringing the largest gap to its maximum shows the gaps of a file that published it, watermarked', async () => {
  const baseline = reportOf();
  const top = baseline.dti.gaps[0];
  const scenario = `p~dti:${top.code}=${top.max}`;
  const expected = reportOf(publishedAt(top.code, top.max));
  assert.notDeepEqual([...gapsOf(expected).keys()], [...gapsOf(baseline).keys()], 'the scenario reorders the gaps');

  const page = await openPage(env.browser, `${env.server.url}/embed.html?view=gaps`, { width: 1280 });
  assert.equal(await settled(page), 'ready');
  assert.deepEqual([...(await gapsShown(page)).entries()], [...gapsOf(baseline).entries()], 'the file\'s own gaps first');
  assert.deepEqual(await watermarks(page), []);

  const drawn = page.evaluate(() => new Promise((resolve) => document.querySelector('chiso-widget').addEventListener('chiso-drawn', resolve, { once: true })));
  await page.evaluate((s) => document.querySelector('chiso-widget').setAttribute('scenario', s), scenario);
  await drawn;
  // The hidden table's rows follow once the charts are drawn: ready means they are in.
  assert.equal(await settled(page), 'ready');
  assert.deepEqual([...(await gapsShown(page, { open: false })).entries()], [...gapsOf(expected).entries()]);
  const shown = await gapsShown(page);
  assert.deepEqual([...shown.entries()], [...gapsOf(expected).entries()]);
  assert.equal(shown.get(top.code).recoverable, 0, `${top.code} has nothing left to recover`);
  assert.deepEqual(await watermarks(page), [WATERMARK.vi]);
  const mark = await page.evaluate((code) => document.querySelector('chiso-widget').shadowRoot
    .querySelector(`table[data-source="dti.gaps"] tr[data-key="${code}"] td[data-field="points"]`).textContent, top.code);
  assert.match(mark, /\*/, 'the scenario\'s figure carries the illustrative mark');

  // Taken away: the file's gaps again, no watermark.
  await page.evaluate(() => document.querySelector('chiso-widget').removeAttribute('scenario'));
  await page.waitForFunction(() => !document.querySelector('chiso-widget').shadowRoot.querySelector('[data-watermark]'));
  assert.deepEqual([...(await gapsShown(page)).entries()], [...gapsOf(baseline).entries()]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('gaps: an unreadable scenario shows the file\'s gaps and a notice naming the bad part', async () => {
  const page = await openPage(env.browser, `${env.server.url}/embed.html?view=gaps&lang=en`, { width: 1280 });
  assert.equal(await settled(page), 'ready');
  await page.evaluate(() => document.querySelector('chiso-widget').setAttribute('scenario', 'p~dti:1.1=abc'));
  await page.waitForFunction(() => document.querySelector('chiso-widget').shadowRoot.querySelector('[data-notice="scenario"]'));
  const notice = await page.evaluate(() => document.querySelector('chiso-widget').shadowRoot.querySelector('[data-notice="scenario"]').textContent);
  assert.match(notice, /p~dti:1\.1=abc/);
  assert.deepEqual(await watermarks(page), []);
  assert.deepEqual([...(await gapsShown(page)).entries()], [...gapsOf(reportOf()).entries()]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
