// Every view renders a painted canvas, its table equals `chiso report --format json`, and the
// `view`, `lang` and `theme` attributes re-render the widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, settled, canvasInk, tableCells, report, resolve, VIEWS } from './browser.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => env && env.close());

async function show(page, view) {
  await page.evaluate((v) => document.querySelector('chiso-widget').setAttribute('view', v), view);
  await page.waitForFunction(
    (v) => document.querySelector('chiso-widget').shadowRoot.querySelector(`.panel[data-view="${v}"]`),
    view,
  );
}

async function openTables(page) {
  await page.evaluate(() => {
    for (const b of document.querySelector('chiso-widget').shadowRoot.querySelectorAll('button.toggle')) {
      if (b.getAttribute('aria-expanded') === 'false') b.click();
    }
  });
}

for (const view of VIEWS) {
  test(`${view}: a painted canvas, and table values equal chiso report`, async () => {
    const page = await openPage(env.browser, `${env.server.url}/index.html`, { dpr: 2 });
    assert.equal(await settled(page), 'ready');
    await show(page, view);
    const canvases = await canvasInk(page);
    assert.ok(canvases.length > 0, 'the view has a chart');
    for (const c of canvases) {
      assert.equal(c.error, null);
      assert.ok(c.ink > 0.005, `canvas ${c.width}×${c.height} is blank (${c.ink})`);
    }
    await openTables(page);
    const cells = await tableCells(page);
    const json = report();
    let compared = 0;
    for (const cell of cells) {
      const item = (resolve(json, cell.source) || []).find((x) => String(x[cell.keyField]) === cell.key);
      assert.ok(item, `${cell.source} has no item ${cell.keyField}=${cell.key}`);
      const expected = resolve(item, cell.field);
      if (cell.value === null) {
        assert.ok(expected === null || expected === undefined, `${cell.source}/${cell.key}.${cell.field}: shown missing, report has ${expected}`);
      } else {
        assert.equal(cell.value, expected, `${cell.source}/${cell.key}.${cell.field}`);
      }
      compared++;
    }
    assert.ok(compared >= 5, `only ${compared} numbers compared`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('switching lang, view and theme attributes re-renders', async () => {
  const page = await openPage(env.browser, `${env.server.url}/index.html`);
  await settled(page);
  const text = () => page.evaluate(() => document.querySelector('chiso-widget').shadowRoot.querySelector('.panel').textContent);
  const vi = await text();
  assert.match(vi, /điểm/);
  await page.evaluate(() => document.querySelector('chiso-widget').setAttribute('lang', 'en'));
  await page.waitForFunction(() => /points/.test(document.querySelector('chiso-widget').shadowRoot.querySelector('.panel').textContent));
  const en = await text();
  assert.notEqual(en, vi);
  // Numbers follow the language: 182,34 in Vietnamese, 182.34 in English.
  assert.match(vi, /182,34/);
  assert.match(en, /182\.34/);
  await show(page, 'budget');
  assert.match(await text(), /budget/i);
  await page.evaluate(() => document.querySelector('chiso-widget').setAttribute('theme', 'dark'));
  const theme = await page.evaluate(() => document.querySelector('chiso-widget').shadowRoot.querySelector('.chiso').dataset.theme);
  assert.equal(theme, 'dark');
  const ink = await canvasInk(page);
  assert.ok(ink.every((c) => c.ink > 0.005));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the tabs switch views by mouse and by keyboard alone', async () => {
  const page = await openPage(env.browser, `${env.server.url}/index.html`, { width: 360, height: 800 });
  await settled(page);
  const focused = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      return el ? `${el.tagName.toLowerCase()}${el.dataset.view ? `[${el.dataset.view}]` : ''}${el.className ? `.${el.className}` : ''}` : '';
    });
  // Tab through the page and the widget: every control is reached.
  const seen = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    seen.add(await focused());
  }
  for (const view of VIEWS) assert.ok(seen.has(`button[${view}]`), `tab ${view} reached: ${[...seen]}`);
  assert.ok(seen.has('button.toggle'), 'the table toggle is reached');
  // Enter on a focused tab switches the view; the gaps view's agency filter is reachable too.
  await page.evaluate(() => document.querySelector('chiso-widget').shadowRoot.querySelector('button[data-view="gaps"]').focus());
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('chiso-widget').shadowRoot.querySelector('.panel[data-view="gaps"]'));
  const more = new Set();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    more.add(await focused());
  }
  assert.ok([...more].some((s) => s.startsWith('select')), `the agency filter is reached: ${[...more]}`);
  await page.keyboard.press('Shift+Tab');
  // Arrow keys move between tabs.
  await page.evaluate(() => document.querySelector('chiso-widget').shadowRoot.querySelector('button[data-view="gaps"]').focus());
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('chiso-widget').shadowRoot.querySelector('.panel[data-view="agencies"]'));
  // The table toggle opens the table from the keyboard.
  await page.evaluate(() => document.querySelector('chiso-widget').shadowRoot.querySelector('button.toggle').focus());
  await page.keyboard.press('Enter');
  const expanded = await page.evaluate(() => document.querySelector('chiso-widget').shadowRoot.querySelector('button.toggle').getAttribute('aria-expanded'));
  assert.equal(expanded, 'true');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
