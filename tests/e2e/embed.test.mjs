// The other ways in: the iframe page tells its parent its height; the JS API mounts, updates and
// destroys; the element survives being added and removed 100 times.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, settled } from './browser.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => env && env.close());

test('the iframe resizes to its content, without scrollbars', async () => {
  const page = await openPage(env.browser, `${env.server.url}/embed-demo.html`, { width: 1024 });
  const fits = () =>
    page.evaluate(() => {
      const frame = document.querySelector('iframe');
      const doc = frame.contentDocument;
      const content = doc.querySelector('main').getBoundingClientRect().height;
      return { frame: frame.getBoundingClientRect().height, content, scrolls: doc.documentElement.scrollHeight > doc.documentElement.clientHeight + 1 };
    });
  await page.waitForFunction(() => {
    const frame = document.querySelector('iframe');
    const w = frame.contentDocument && frame.contentDocument.querySelector('chiso-widget');
    const root = w && w.shadowRoot && w.shadowRoot.querySelector('.chiso[data-state="ready"]');
    return root && Math.abs(frame.getBoundingClientRect().height - frame.contentDocument.querySelector('main').getBoundingClientRect().height) < 2;
  }, null, { timeout: 20000 });
  const first = await fits();
  assert.ok(first.frame > 300, `iframe height ${first.frame}`);
  assert.equal(first.scrolls, false);
  // Another view, another height: the iframe follows.
  const frame = page.frameLocator('iframe');
  await frame.locator('button[data-view="targets"]').click();
  await page.waitForFunction((h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) > 20, first.frame);
  await page.waitForFunction(() => {
    const frame = document.querySelector('iframe');
    return Math.abs(frame.getBoundingClientRect().height - frame.contentDocument.querySelector('main').getBoundingClientRect().height) < 2;
  });
  const second = await fits();
  assert.notEqual(Math.round(second.frame), Math.round(first.frame));
  assert.equal(second.scrolls, false);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the JS API mounts with inline data, updates and destroys', async () => {
  const page = await openPage(env.browser, `${env.server.url}/e2e/api.html`);
  await page.waitForFunction(() => window.chisoReady === true);
  assert.equal(await settled(page, '#host'), 'ready');
  await page.evaluate(() => window.handle.update({ view: 'tasks', lang: 'en' }));
  await page.waitForFunction(() => document.querySelector('#host').shadowRoot.querySelector('.panel[data-view="tasks"]'));
  const text = await page.evaluate(() => document.querySelector('#host').shadowRoot.querySelector('.panel').textContent);
  assert.match(text, /tasks/);
  await page.evaluate(() => {
    window.handle.destroy();
    window.handle.destroy();
  });
  const left = await page.evaluate(() => document.querySelector('#host').shadowRoot.querySelectorAll('.chiso').length);
  assert.equal(left, 0);
  // Wrong arguments are an exception for the caller, not a broken page.
  const thrown = await page.evaluate(() => {
    try {
      window.chiso.mount(document.createElement('div'), 42);
      return null;
    } catch (e) {
      return String(e);
    }
  });
  assert.match(thrown, /options must be an object/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the element can be added and removed 100 times without errors', async () => {
  const page = await openPage(env.browser, `${env.server.url}/e2e/errors.html`);
  const result = await page.evaluate(async () => {
    const ready = (el) =>
      new Promise((resolve) => {
        const tick = () => {
          const root = el.shadowRoot && el.shadowRoot.querySelector('.chiso');
          const state = root && root.dataset.state;
          if (state && state !== 'loading') resolve(state);
          else requestAnimationFrame(tick);
        };
        tick();
      });
    const states = {};
    for (let i = 0; i < 100; i++) {
      const el = document.createElement('chiso-widget');
      el.setAttribute('src', '/data/khanh-hoa.json');
      el.setAttribute('view', ['overview', 'gaps', 'agencies', 'budget', 'targets', 'tasks'][i % 6]);
      document.body.append(el);
      // Every other one is removed before its data arrives.
      if (i % 2 === 0) {
        const s = await ready(el);
        states[s] = (states[s] || 0) + 1;
      }
      el.remove();
    }
    await new Promise((r) => setTimeout(r, 300));
    return { states, left: document.querySelectorAll('chiso-widget').length - 1 };
  });
  assert.deepEqual(result.states, { ready: 50 });
  assert.equal(result.left, 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the portal page works under its strict Content-Security-Policy', async () => {
  const page = await openPage(env.browser, `${env.server.url}/index.html`);
  const violations = [];
  await page.exposeFunction('cspViolation', (v) => violations.push(v));
  await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.cspViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  assert.equal(await settled(page), 'ready');
  await page.click('#lang');
  await page.waitForFunction(() => document.querySelector('chiso-widget').shadowRoot.querySelector('.chiso').lang === 'en');
  assert.deepEqual(violations, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the portal page reads wholly in English once switched, and wholly in Vietnamese again', async () => {
  const page = await openPage(env.browser, `${env.server.url}/index.html`);
  assert.equal(await settled(page), 'ready');
  // The page's own text (outside the widget), with the proper names and the language button taken out.
  const pageText = () =>
    page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      text: document.body.innerText.replace(/Khánh Hòa|Tiếng Việt/g, ''),
      controls: document.getElementById('controls').getAttribute('aria-label'),
    }));
  const vietnamese = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
  const vi = await pageText();
  assert.equal(vi.lang, 'vi');
  assert.match(vi.text, /Chuyển đổi số của tỉnh/);
  await page.click('#lang');
  await page.waitForFunction(() => document.querySelector('chiso-widget').shadowRoot.querySelector('.chiso').lang === 'en');
  const en = await pageText();
  assert.equal(en.lang, 'en');
  assert.match(en.title, /digital transformation/);
  assert.match(en.text, /where it stands, what is missing/);
  assert.match(en.text, /Department of Science and Technology/);
  assert.equal(en.controls, 'Language and appearance');
  const left = en.text.split('\n').filter((line) => vietnamese.test(line));
  assert.deepEqual(left, [], 'lines of the page still in Vietnamese after switching to English');
  await page.click('#lang');
  await page.waitForFunction(() => document.querySelector('chiso-widget').shadowRoot.querySelector('.chiso').lang === 'vi');
  assert.deepEqual(await pageText(), vi);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
