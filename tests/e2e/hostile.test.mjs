// Hostile and broken files: labels that are markup or script are shown as text in every view and
// language, and no injected code runs (the payload would set window.__pwned) — on a page without
// any Content-Security-Policy, so that nothing but the widget stands in the way. Broken files
// (too large, too deep, numbers out of range, no answer) give a clear error panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, settled, VIEWS } from './browser.mjs';
import { HOSTILE } from './feed.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => env && env.close());

/** Markup the widget's shadow root holds that no view builds: what an injection would leave. */
function injected(page) {
  return page.evaluate(() => {
    const root = document.querySelector('chiso-widget').shadowRoot;
    return {
      pwned: window.__pwned === true,
      images: root.querySelectorAll('img').length,
      scripts: root.querySelectorAll('script').length + document.querySelectorAll('script:not([src])').length,
      handlers: [...root.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
      text: root.textContent,
    };
  });
}

test('hostile labels are shown as text in every view, in vi and en, and no payload runs', async () => {
  env.server.feed.set('hostile');
  const page = await openPage(env.browser, `${env.server.url}/e2e/errors.html?src=/feed/data.json`);
  assert.equal(await settled(page), 'ready');
  for (const lang of ['vi', 'en']) {
    for (const view of VIEWS) {
      await page.evaluate(([v, l]) => {
        const el = document.querySelector('chiso-widget');
        el.setAttribute('lang', l);
        el.setAttribute('view', v);
      }, [view, lang]);
      await page.waitForFunction(
        ([v, l]) => {
          const root = document.querySelector('chiso-widget').shadowRoot;
          return root.querySelector('.panel')?.dataset.view === v && root.querySelector('.chiso')?.lang === l;
        },
        [view, lang],
      );
      // Open every data table, so that their labels are in the DOM too.
      await page.evaluate(() => {
        for (const b of document.querySelector('chiso-widget').shadowRoot.querySelectorAll('[data-action="toggle"][aria-expanded="false"]')) b.click();
      });
      await page.waitForTimeout(50);
      const found = await injected(page);
      assert.equal(found.pwned, false, `${view} ${lang}`);
      assert.deepEqual([found.images, found.scripts, found.handlers], [0, 0, 0], `${view} ${lang}`);
      const payload = lang === 'vi' ? HOSTILE.script : HOSTILE.img;
      if (view === 'overview' || view === 'gaps') assert.ok(found.text.includes(payload), `${view} ${lang} shows the label as text`);
    }
  }
  // The title is in the header, as text.
  const title = await page.evaluate(() => document.querySelector('chiso-widget').shadowRoot.querySelector('.title').textContent);
  assert.ok(title.startsWith(HOSTILE.img + HOSTILE.script), title);
  assert.deepEqual(page.errors, []);
  env.server.feed.set('good');
  await page.context().close();
});

test('a hostile value quoted by the error panel is text too', async () => {
  env.server.feed.set('hostile-invalid');
  const page = await openPage(env.browser, `${env.server.url}/e2e/errors.html?src=/feed/data.json`);
  assert.equal(await settled(page), 'error');
  const found = await injected(page);
  assert.equal(found.pwned, false);
  assert.deepEqual([found.images, found.scripts, found.handlers], [0, 0, 0]);
  assert.ok(found.text.includes(HOSTILE.img), found.text);
  env.server.feed.set('good');
  await page.context().close();
});

/** The error panel of a wall widget that never had good data. */
async function panel(mode, extra = '') {
  env.server.feed.set(mode);
  const page = await openPage(env.browser, `${env.server.url}/ioc.html?src=/feed/data.json&refresh=&rotate=&theme=light&timeout=1${extra}`);
  assert.equal(await settled(page, '#wall'), 'error', mode);
  const p = await page.evaluate(() => {
    const e = document.querySelector('#wall').shadowRoot.querySelector('.error');
    return { kind: e.dataset.error, text: e.textContent };
  });
  assert.deepEqual(page.errors, []);
  await page.context().close();
  env.server.feed.set('good');
  return p;
}

test('a file over the size limit is refused with its size and the limit', async () => {
  const p = await panel('too-large');
  assert.equal(p.kind, 'too_large');
  assert.match(p.text, /Tệp quá lớn: 6,\d MB, vượt giới hạn 5 MB/);
  const small = await panel('good', '&max-bytes=100000');
  assert.equal(small.kind, 'too_large');
  assert.match(small.text, /vượt giới hạn 97,7 KB/);
});

test('no answer within the time limit says so', async () => {
  const p = await panel('hang');
  assert.equal(p.kind, 'timeout');
  assert.match(p.text, /1 giây/);
});

test('deep nesting and out-of-range numbers are errors with where they are', async () => {
  const deep = await panel('deep');
  assert.equal(deep.kind, 'parse');
  assert.match(deep.text, /dòng 1/);
  const huge = await panel('huge-numbers');
  assert.equal(huge.kind, 'parse');
  assert.match(huge.text, /frameworks\[0\]\.indicators\[\d+\]\.rule\.categories\[0\]\.points/);
  assert.match(huge.text, /number out of range/);
});
