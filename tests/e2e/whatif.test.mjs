// The what-if views on the briefing page (www/briefing.html, `sync-url`), per
// /work/briefs/contract-issue6.md: a slider moved with the keyboard changes the total and the rank
// shown, to the figures `chiso whatif` computes for the scenario the page URL holds; the watermark
// is there exactly when an override is active (vi and en); reloading the URL restores the scenario;
// reset restores the baseline; the budget what-if changes the year-end projection; the page keeps
// to the portal's strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, settled } from './browser.mjs';
import { WATERMARK, expected, state, show, press, figureChanged, shows, rankText } from './whatif.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => env && env.close());

async function briefing(query = '') {
  const page = await openPage(env.browser, `${env.server.url}/briefing.html${query}`, { width: 1600, height: 900 });
  assert.equal(await settled(page), 'ready');
  await show(page, 'whatif');
  return page;
}

/** The total, index and rank shown equal `chiso whatif`'s for the page URL's scenario. */
function assertFigures(s, lang) {
  const want = expected(s.scenario || '');
  const p = want.position;
  assert.ok(p, 'chiso whatif gives a position');
  assert.ok(shows(s.figures.total, lang, p.total_after), `total "${s.figures.total}" ≠ ${p.total_after}`);
  assert.ok(shows(s.baselines.total, lang, p.total_before), `baseline total "${s.baselines.total}" ≠ ${p.total_before}`);
  assert.ok(
    shows(s.figures.index, lang, p.index_after, [1, 0.001, 0.01]),
    `index "${s.figures.index}" ≠ ${p.index_after}`,
  );
  assert.equal(rankText(s.figures.rank), `${p.rank_after.rank}/${p.rank_after.of}`);
  assert.equal(rankText(s.baselines.rank), `${p.rank_before.rank}/${p.rank_before.of}`);
  return want;
}

test('whatif: the offered sliders are chiso whatif\'s offers, each at its baseline', async () => {
  const page = await briefing();
  const s = await state(page);
  const want = expected('');
  assert.deepEqual(
    s.sliders.map((x) => x.code),
    want.offers.map((o) => o.code),
  );
  for (const [i, o] of want.offers.entries()) {
    const x = s.sliders[i];
    assert.equal(Number(x.range), o.baseline, `${o.code} range at ${x.range}`);
    assert.equal(Number(x.number), o.baseline, `${o.code} number at ${x.number}`);
    assert.deepEqual([x.min, x.max, x.step], [o.min, o.max, o.step], o.code);
  }
  assert.equal(s.scenario, null, 'no scenario in the URL at baseline');
  assert.deepEqual(s.watermarks, [], 'no watermark at baseline');
  assertFigures(s, 'vi');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('whatif: ArrowRight on a slider changes the total and the rank to chiso whatif\'s', async () => {
  const page = await briefing();
  const start = await state(page);
  const top = start.sliders[0];
  // Enough steps to pass the next peer: the first offer's step × k ≥ the gap to the peer above
  // (3.7 points in the default dataset); 40 presses of 0.1.
  const k = 40;
  await press(page, `[data-slider="${top.code}"] input[type=range]`, 'ArrowRight', k);
  await figureChanged(page, 'total', start.figures.total);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('scenario'));
  const s = await state(page);
  const moved = s.sliders.find((x) => x.code === top.code);
  const value = Number(top.range) + k * top.step;
  assert.ok(Math.abs(Number(moved.range) - Math.min(value, top.max)) < 1e-9, `range at ${moved.range}, expected ${value}`);
  assert.equal(Number(moved.number), Number(moved.range), 'the number input follows the range');
  assert.ok(s.scenario.includes(top.code), `URL scenario ${s.scenario} names ${top.code}`);
  const want = assertFigures(s, 'vi');
  assert.notEqual(s.figures.total, start.figures.total);
  assert.notEqual(rankText(s.figures.rank), rankText(start.figures.rank), 'the rank moved');
  assert.equal(want.position.rank_after.rank, want.position.rank_before.rank - 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('whatif: the watermark is there exactly while an override is active, in vi and in en', async () => {
  const page = await briefing();
  assert.deepEqual((await state(page)).watermarks, []);
  const top = (await state(page)).sliders[0];
  const total = (await state(page)).figures.total;
  await press(page, `[data-slider="${top.code}"] input[type=range]`, 'ArrowRight', 1);
  await figureChanged(page, 'total', total);
  let s = await state(page);
  assert.ok(s.watermarks.length > 0, 'a watermark with an override');
  for (const w of s.watermarks) assert.equal(w, WATERMARK.vi);
  await page.evaluate(() => document.querySelector('chiso-widget').setAttribute('lang', 'en'));
  await page.waitForFunction(
    (w) => [...document.querySelector('chiso-widget').shadowRoot.querySelectorAll('[data-watermark]')].some((el) => el.textContent.trim() === w),
    WATERMARK.en,
  );
  s = await state(page);
  for (const w of s.watermarks) assert.equal(w, WATERMARK.en);
  assertFigures(s, 'en');
  // Reset: no override, no watermark, in en too.
  await page.evaluate(() => document.querySelector('chiso-widget').shadowRoot.querySelector('button[data-action="reset"]').click());
  await page.waitForFunction(
    () => document.querySelector('chiso-widget').shadowRoot.querySelectorAll('[data-watermark]').length === 0,
    null,
    { timeout: 10000 },
  );
  s = await state(page);
  assert.equal(s.scenario, null, 'the URL parameter is gone after reset');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('whatif: reloading the page URL restores the scenario exactly (figures and sliders)', async () => {
  const page = await briefing();
  const start = await state(page);
  const [a, b] = start.sliders;
  await press(page, `[data-slider="${a.code}"] input[type=range]`, 'ArrowRight', 25);
  await press(page, `[data-slider="${b.code}"] input[type=range]`, 'ArrowRight', 12);
  await page.waitForFunction(
    (codes) => codes.every((c) => (new URL(location.href).searchParams.get('scenario') || '').includes(c)),
    [a.code, b.code],
  );
  const before = await state(page);
  const url = page.url();
  assert.ok(new URL(url).searchParams.get('scenario'));
  await page.reload();
  assert.equal(await settled(page), 'ready');
  await page.waitForFunction(() => document.querySelector('chiso-widget').shadowRoot.querySelector('[data-slider]'));
  const after = await state(page);
  assert.equal(page.url(), url, 'the URL is unchanged by loading');
  assert.deepEqual(after.figures, before.figures);
  assert.deepEqual(after.baselines, before.baselines);
  assert.deepEqual(after.sliders, before.sliders);
  assert.deepEqual(after.watermarks, before.watermarks);
  assertFigures(after, 'vi');
  // A second page opened on the shared link shows the same.
  const other = await openPage(env.browser, url, { width: 1600, height: 900 });
  assert.equal(await settled(other), 'ready');
  await other.waitForFunction(() => document.querySelector('chiso-widget').shadowRoot.querySelector('[data-slider]'));
  assert.deepEqual((await state(other)).figures, before.figures);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(other.errors, []);
  await other.context().close();
  await page.context().close();
});

test('whatif: a scenario in the page URL opens it; reset restores the baseline', async () => {
  const base = await briefing();
  const baseline = await state(base);
  await base.context().close();
  const o = expected('').offers[0];
  const value = Math.min(o.max, o.baseline + 100 * o.step);
  const kind = o.input === 'value' ? 'v' : 'p';
  const page = await briefing(`?scenario=${encodeURIComponent(`${kind}~${o.code}=${value}`)}`);
  let s = await state(page);
  assert.equal(Number(s.sliders[0].range), value);
  assert.ok(s.watermarks.length > 0);
  assertFigures(s, 'vi');
  await page.evaluate(() => document.querySelector('chiso-widget').shadowRoot.querySelector('button[data-action="reset"]').click());
  await page.waitForFunction(() => !new URL(location.href).searchParams.get('scenario'));
  await page.waitForFunction(
    () => document.querySelector('chiso-widget').shadowRoot.querySelectorAll('[data-watermark]').length === 0,
  );
  s = await state(page);
  assert.deepEqual(s.figures, baseline.figures, 'figures back to the baseline');
  assert.deepEqual(s.sliders, baseline.sliders, 'sliders back to the baseline');
  assert.equal(s.figures.total, s.baselines.total);
  assert.equal(s.figures.rank, s.baselines.rank);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('whatif: an unreadable scenario shows the baseline and a notice naming the bad part', async () => {
  const page = await briefing('?scenario=v~dti:8.2%3D80%3Boops');
  const s = await state(page);
  assert.deepEqual(s.watermarks, []);
  assertFigures({ ...s, scenario: '' }, 'vi');
  const text = await page.evaluate(() => document.querySelector('chiso-widget').shadowRoot.textContent);
  assert.ok(text.includes('oops'), 'the notice names the bad part');
  await page.context().close();
});

test('budget-whatif: X % by month M changes the year-end projection to chiso whatif\'s', async () => {
  const page = await briefing();
  await show(page, 'budget-whatif');
  const start = await state(page);
  const offer = expected('').budget_offer;
  assert.ok(start.figures.projection, 'a projection figure');
  assert.equal(start.figures.projection, start.baselines.projection);
  assert.deepEqual(start.watermarks, []);
  // 35 % by June, typed into the number input and chosen in the month list.
  await page.evaluate(() => {
    const root = document.querySelector('chiso-widget').shadowRoot;
    const month = root.querySelector('select[data-budget="month"]');
    month.value = '6';
    month.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.evaluate(() => {
    const root = document.querySelector('chiso-widget').shadowRoot;
    const share = root.querySelector('input[type=number][data-budget="share"]');
    share.value = '35';
    share.dispatchEvent(new Event('input', { bubbles: true }));
    share.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await figureChanged(page, 'projection', start.figures.projection);
  await page.waitForFunction(() => (new URL(location.href).searchParams.get('scenario') || '').includes('m~'));
  const s = await state(page);
  const want = expected(s.scenario);
  const line = want.budget.find((b) => b.line === offer.line);
  assert.ok(line, `chiso whatif changes ${offer.line}`);
  const amount = line.after.pace.projected_year_end;
  const rate = line.after.pace.projected_rate;
  assert.ok(Math.abs(amount - 422821) < 1, `35 % by June → ${amount}`);
  assert.ok(shows(s.figures.projection, 'vi', amount, [1, 1000]), `projection "${s.figures.projection}" ≠ ${amount}`);
  assert.ok(shows(s.figures.projection, 'vi', rate), `projection "${s.figures.projection}" lacks ${rate} %`);
  assert.ok(shows(s.baselines.projection, 'vi', line.before.pace.projected_year_end, [1, 1000]));
  assert.ok(s.watermarks.length > 0);
  // The range follows the number input.
  assert.equal(Number(s.budget['share:input:range']), 35);
  await page.evaluate(() => document.querySelector('chiso-widget').shadowRoot.querySelector('button[data-action="reset"]').click());
  await page.waitForFunction(() => !new URL(location.href).searchParams.get('scenario'));
  const back = await state(page);
  assert.equal(back.figures.projection, start.figures.projection);
  assert.deepEqual(back.watermarks, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('briefing: served with the portal CSP as a header, the three views and both languages break no rule', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1600, height: 900 } });
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/strict/briefing.html?scenario=p~dti:8.2%3D19`);
  assert.equal(await settled(page), 'ready');
  for (const lang of ['vi', 'en']) {
    for (const view of ['whatif', 'budget-whatif', 'pii']) {
      await page.click(`#views button[data-view="${view}"]`);
      await page.waitForFunction((v) => document.querySelector('chiso-widget').shadowRoot.querySelector(`.panel[data-view="${v}"]`), view);
      assert.equal(await page.evaluate(() => new URL(location.href).searchParams.get('view')), view);
    }
    if (lang === 'vi') await page.click('#lang');
  }
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  await context.close();
});
