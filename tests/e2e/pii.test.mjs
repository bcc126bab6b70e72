// The pii view on the briefing page, per /work/briefs/contract-issue6.md: at baseline its figures
// are `chiso report --format json`'s pii section (score, rank, input and output sub-indices,
// strengths and weaknesses) and its pillar chart is painted; a PII slider moved with the keyboard
// changes the score to what `chiso whatif` computes, under the watermark; reset brings it back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, settled, canvasInk } from './browser.mjs';
import { WATERMARK, expected, reportOf, state, show, press, figureChanged, shows, rankText } from './whatif.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => env && env.close());

async function piiPage(query = '') {
  const page = await openPage(env.browser, `${env.server.url}/briefing.html${query}`, { width: 1600, height: 900 });
  assert.equal(await settled(page), 'ready');
  await show(page, 'pii');
  return page;
}

/** Text of the rows of a table of the widget. */
async function rows(page, name) {
  return page.evaluate(
    (n) => [...document.querySelector('chiso-widget').shadowRoot.querySelectorAll(`[data-table="${n}"] tr`)].map((tr) => tr.textContent),
    name,
  );
}

test('pii: the baseline figures are the report\'s pii section, the pillar chart is painted', async () => {
  const page = await piiPage();
  const s = await state(page);
  const pii = reportOf().pii;
  const side = (code) => pii.pillars.find((p) => p.code === code).score;
  assert.ok(shows(s.figures['pii-score'], 'vi', pii.score), `score "${s.figures['pii-score']}" ≠ ${pii.score}`);
  assert.ok(shows(s.figures['pii-input'], 'vi', side('input')), `input "${s.figures['pii-input']}"`);
  assert.ok(shows(s.figures['pii-output'], 'vi', side('output')), `output "${s.figures['pii-output']}"`);
  const ranks = [pii.rank, pii.published_rank].filter(Boolean).map((r) => `${r.rank}/${r.of}`);
  assert.ok(ranks.includes(rankText(s.figures['pii-rank'])), `rank "${s.figures['pii-rank']}" is none of ${ranks}`);
  assert.deepEqual(s.watermarks, []);
  const canvases = await canvasInk(page);
  const chart = await page.evaluate(() => !!document.querySelector('chiso-widget').shadowRoot.querySelector('canvas[data-chart="pii-pillars"]'));
  assert.ok(chart, 'canvas[data-chart="pii-pillars"]');
  assert.ok(canvases.some((c) => c.ink > 0.005), 'the pillar chart is painted');
  for (const [table, list] of [['strengths', pii.strengths], ['weaknesses', pii.weaknesses]]) {
    const text = (await rows(page, table)).join('\n');
    for (const line of list) assert.ok(text.includes(line.name.vi), `${table} lists ${line.code} ${line.name.vi}`);
  }
  // The sliders are chiso whatif's PII offers, at their baseline.
  const offers = expected('').pii_offers;
  assert.deepEqual(s.sliders.map((x) => x.code), offers.map((o) => o.code));
  for (const [i, o] of offers.entries()) assert.equal(Number(s.sliders[i].range), o.baseline, o.code);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('pii: ArrowRight on a PII slider changes the score to chiso whatif\'s, watermarked; reset restores', async () => {
  const page = await piiPage();
  const start = await state(page);
  const top = start.sliders[0];
  assert.ok(top.code.startsWith('pii:'), top.code);
  await press(page, `[data-slider="${top.code}"] input[type=range]`, 'ArrowRight', 20);
  await figureChanged(page, 'pii-score', start.figures['pii-score']);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('scenario'));
  let s = await state(page);
  const want = expected(s.scenario);
  const line = (code) => want.pii.lines.find((l) => l.code === code);
  assert.ok(line('PII').after > line('PII').before, 'the score rises');
  assert.ok(shows(s.figures['pii-score'], 'vi', line('PII').after), `score "${s.figures['pii-score']}" ≠ ${line('PII').after}`);
  assert.ok(shows(s.figures['pii-input'], 'vi', line('input').after));
  assert.ok(shows(s.figures['pii-output'], 'vi', line('output').after));
  assert.ok(s.watermarks.length > 0);
  for (const w of s.watermarks) assert.equal(w, WATERMARK.vi);
  await page.evaluate(() => document.querySelector('chiso-widget').shadowRoot.querySelector('button[data-action="reset"]').click());
  await page.waitForFunction(() => !new URL(location.href).searchParams.get('scenario'));
  s = await state(page);
  assert.equal(s.figures['pii-score'], start.figures['pii-score']);
  assert.deepEqual(s.sliders, start.sliders);
  assert.deepEqual(s.watermarks, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
