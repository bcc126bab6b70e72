// The wall screen (www/ioc.html) against a server that misbehaves on demand (feed.mjs): the last
// good figures stay, under a "stale since …" banner, whatever the server does; a new good file
// replaces them; a reload with the server down shows the kept file; the views rotate and pause
// when someone uses the screen; nothing scrolls at 1920×1080 or 3840×2160.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createRequire } from 'node:module';
import { setup, openPage, settled, tableCells } from './browser.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let env;
before(async () => {
  env = await setup();
});
after(async () => env && env.close());

const WALL = '#wall';

/** The wall page on the test feed: refreshed by the test (`refresh()`), one view, 1 s timeout. */
function wallUrl(extra = '') {
  return `${env.server.url}/ioc.html?src=/feed/data.json&refresh=600&timeout=1&rotate=overview${extra}`;
}

/** What the wall shows: state, file hash, banner, the figures of its tables. */
async function shown(page) {
  const s = await page.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    const banner = root.querySelector('.stale');
    return {
      state: root.querySelector('.chiso')?.dataset.state,
      hash: root.querySelector('.provenance')?.dataset.sha256 || null,
      banner: banner ? banner.textContent : null,
      bannerRole: banner ? banner.getAttribute('role') : null,
      bannerVisible: banner ? banner.getBoundingClientRect().height > 0 : false,
      error: root.querySelector('.error')?.dataset.error || null,
    };
  }, WALL);
  s.cells = (await tableCells(page, WALL)).map((c) => `${c.source}/${c.key}/${c.field}=${c.value}`).join('\n');
  return s;
}

const refresh = (page) => page.evaluate((sel) => document.querySelector(sel).refresh(), WALL);

/** SHA-256 of a served file (the footer shows the same). */
async function sha256(text) {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(text).digest('hex');
}

const FAILURES = ['404', '500', 'invalid-json', 'invalid-dataset', 'huge-numbers', 'deep', 'too-large', 'hang'];

test('every failure keeps the last good figures under a stale banner; a new file replaces them; recovery', async () => {
  const { feed } = env.server;
  feed.set('good');
  const page = await openPage(env.browser, wallUrl('&max-bytes=5000000'));
  assert.equal(await settled(page, WALL), 'ready');
  const good = await shown(page);
  assert.equal(good.hash, await sha256(feed.good.body));
  assert.equal(good.banner, null);
  assert.ok(good.cells.length > 1000, 'the figures are in the tables');

  for (const mode of FAILURES) {
    feed.set(mode);
    const answer = await refresh(page);
    assert.equal(answer.stale, true, mode);
    assert.equal(answer.swap, false, mode);
    const s = await shown(page);
    assert.equal(s.state, 'ready', mode);
    assert.equal(s.hash, good.hash, `${mode}: the last good file stays`);
    assert.equal(s.cells, good.cells, `${mode}: the same figures`);
    assert.match(s.banner, /Dữ liệu có thể đã cũ từ \d\d:\d\d \d\d\/\d\d\/\d{4}/, mode);
    assert.equal(s.bannerRole, 'status');
    assert.ok(s.bannerVisible, `${mode}: the banner is visible`);
  }
  // The banner names the last problem: here the time limit.
  assert.match((await shown(page)).banner, /quá thời gian chờ/);

  // A new good file: swapped in, banner gone.
  feed.set('good2');
  let answer = await refresh(page);
  assert.deepEqual([answer.swap, answer.stale], [true, false]);
  const next = await shown(page);
  assert.equal(next.hash, await sha256(feed.good2.body));
  assert.notEqual(next.cells, good.cells);
  assert.equal(next.banner, null);

  // The server goes down, then comes back with the first file.
  feed.set('500');
  assert.equal((await refresh(page)).stale, true);
  feed.set('good');
  answer = await refresh(page);
  assert.deepEqual([answer.swap, answer.stale, answer.failures], [true, false, 0]);
  assert.equal((await shown(page)).cells, good.cells);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('refreshes are conditional: an unchanged file is answered 304 and not redrawn', async () => {
  const { feed } = env.server;
  feed.set('good');
  const page = await openPage(env.browser, wallUrl());
  assert.equal(await settled(page, WALL), 'ready');
  const from = feed.requests.length;
  const answer = await refresh(page);
  assert.equal(answer.swap, false);
  const request = feed.requests.at(-1);
  assert.equal(feed.requests.length, from + 1);
  assert.equal(request.ifNoneMatch, feed.good.etag);
  assert.equal(request.ifModifiedSince, feed.good.modified);
  await page.context().close();
});

test('the refresh timer fetches by itself and backs off while the server fails', async () => {
  const { feed } = env.server;
  feed.set('good');
  const page = await openPage(env.browser, wallUrl().replace('refresh=600', 'refresh-seconds=1'));
  assert.equal(await settled(page, WALL), 'ready');
  feed.set('500');
  const from = feed.requests.length;
  await page.waitForFunction((sel) => document.querySelector(sel).shadowRoot.querySelector('.stale'), WALL, { timeout: 5000 });
  feed.set('good2');
  await page.waitForFunction(
    ([sel, hash]) => document.querySelector(sel).shadowRoot.querySelector('.provenance')?.dataset.sha256 === hash,
    [WALL, await sha256(feed.good2.body)],
    { timeout: 6000 },
  );
  assert.equal((await shown(page)).banner, null);
  assert.ok(feed.requests.length - from >= 2, 'at least one failed fetch and one good one');
  await page.context().close();
});

test('a reload with the server down shows the kept file with the banner', async () => {
  const { feed } = env.server;
  feed.set('good2');
  const page = await openPage(env.browser, wallUrl());
  assert.equal(await settled(page, WALL), 'ready');
  const before = await shown(page);
  for (const down of ['500', 'hang', 'network']) {
    if (down === 'network') {
      feed.set('good');
      await page.route('**/feed/data.json', (route) => route.abort('connectionrefused'));
    } else {
      feed.set(down);
    }
    await page.reload();
    assert.equal(await settled(page, WALL), 'ready', down);
    await page.waitForFunction((sel) => document.querySelector(sel).shadowRoot.querySelector('.stale'), WALL, { timeout: 5000 });
    const after = await shown(page);
    assert.equal(after.hash, before.hash, down);
    assert.equal(after.cells, before.cells, down);
    assert.match(after.banner, /Dữ liệu có thể đã cũ/, down);
  }
  await page.unroute('**/feed/data.json');
  feed.set('good');
  await page.context().close();
});

test('the wall rotates through its views, pauses when touched, and never scrolls', async () => {
  const { feed } = env.server;
  feed.set('good');
  for (const [width, height] of [
    [1920, 1080],
    [3840, 2160],
  ]) {
    const page = await openPage(env.browser, `${env.server.url}/ioc.html?src=/feed/data.json&rotate-seconds=1&rotate=overview,gaps,budget`, { width, height });
    assert.equal(await settled(page, WALL), 'ready');
    const view = () => page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('.panel')?.dataset.view, WALL);
    const seen = new Set([await view()]);
    const start = Date.now();
    while (seen.size < 3 && Date.now() - start < 8000) {
      await page.waitForTimeout(200);
      seen.add(await view());
      const fits = await page.evaluate(() => ({
        x: document.scrollingElement.scrollWidth <= innerWidth,
        y: document.scrollingElement.scrollHeight <= innerHeight,
      }));
      assert.deepEqual(fits, { x: true, y: true }, `no scrollbars at ${width}×${height}`);
    }
    assert.deepEqual([...seen].sort(), ['budget', 'gaps', 'overview'], `${width}×${height}`);
    // "data as of" and the publication date are on the screen.
    const head = await page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('.head').textContent, WALL);
    assert.match(head, /Công bố \d{4}-\d\d-\d\d/);
    assert.match(head, /số liệu đến \d{4}-\d\d-\d\d/);
    // Someone clicks a tab: rotation pauses for three turns.
    await page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('[data-view="gaps"][data-action="tab"]').click(), WALL);
    assert.equal(await view(), 'gaps');
    // One turn is 1 s and the pause three: at 1.5 s the view would have turned without the pause.
    await page.waitForTimeout(1500);
    assert.equal(await view(), 'gaps', 'paused after a click');
    await page.waitForFunction((sel) => document.querySelector(sel).shadowRoot.querySelector('.panel')?.dataset.view !== 'gaps', WALL, { timeout: 5000 });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('on the wall, every chart of the overview, the gaps and the budget ends on the screen; the gaps say how many rows are left out', async () => {
  env.server.feed.set('good');
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ]) {
    for (const view of ['overview', 'gaps', 'budget']) {
      const page = await openPage(env.browser, `${env.server.url}/ioc.html?src=/feed/data.json&rotate=&view=${view}`, { width, height });
      assert.equal(await settled(page, WALL), 'ready');
      await page.waitForFunction((sel) => [...document.querySelector(sel).shadowRoot.querySelectorAll('canvas')].every((c) => c.width !== 300), WALL);
      const charts = await page.evaluate((sel) => {
        const root = document.querySelector(sel).shadowRoot;
        const panel = root.querySelector('.panel').getBoundingClientRect();
        return [...root.querySelectorAll('canvas')].map((c) => ({
          bottom: c.getBoundingClientRect().bottom,
          panel: panel.bottom,
          hidden: Number(c.dataset.hiddenRows || 0),
        }));
      }, WALL);
      assert.ok(charts.length > 0, `${view} has a chart`);
      for (const c of charts) assert.ok(c.bottom <= c.panel + 0.5, `${view} at ${width}×${height}: chart ends at ${c.bottom}, panel at ${c.panel}`);
      // The gaps list more sub-indicators than a screen holds at a readable size: the rest are
      // counted, not silently cut. The overview's nine main indicators fit whole at 1920×1080.
      if (view === 'gaps') assert.ok(charts[0].hidden > 0, `gaps at ${width}×${height} left out no row`);
      if (view === 'overview' && width === 1920) assert.equal(charts[0].hidden, 0);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  }
});

test('the wall screen and its stale banner have no serious axe violation, in vi and en', async () => {
  const { feed } = env.server;
  feed.set('good');
  const page = await openPage(env.browser, wallUrl('&rotate=overview,gaps,budget&rotate-seconds=600'), { width: 1920, height: 1080, bypassCSP: true });
  assert.equal(await settled(page, WALL), 'ready');
  feed.set('500');
  await refresh(page);
  await page.addScriptTag({ path: path.resolve(AXE) });
  const problems = [];
  for (const lang of ['vi', 'en']) {
    for (const view of ['overview', 'gaps', 'budget']) {
      await page.evaluate(([v, l]) => {
        const el = document.querySelector('#wall');
        el.setAttribute('view', v);
        el.setAttribute('lang', l);
      }, [view, lang]);
      await page.waitForFunction(
        ([v, l]) => {
          const root = document.querySelector('#wall').shadowRoot;
          return root.querySelector(`.panel[data-view="${v}"]`) && root.querySelector('.chiso').lang === l && root.querySelector('.stale');
        },
        [view, lang],
      );
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      });
      for (const v of violations) problems.push(`${view} ${lang}: ${v}`);
    }
  }
  assert.match(await page.evaluate(() => document.querySelector('#wall').shadowRoot.querySelector('.stale').textContent), /Data may be out of date since \d\d:\d\d, \d+ \w{3} \d{4} \(HTTP 500\)/);
  assert.deepEqual(problems, []);
  feed.set('good');
  await page.context().close();
});
