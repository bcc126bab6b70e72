// The portal's strict Content-Security-Policy, sent as an HTTP header (and the pages' own meta):
// default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:
// Every view, in both languages and every theme, the wall screen with its stale banner and the
// error panel render with zero `securitypolicyviolation` events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, settled } from './browser.mjs';
import { STRICT_CSP } from './server.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => env && env.close());

/** A page whose every CSP violation, from the first script on, is recorded in `page.violations`. */
async function strictPage(path, { width = 1440, height = 900 } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.violations = [];
  page.errors = [];
  await page.exposeFunction('cspViolation', (v) => page.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  page.on('pageerror', (e) => page.errors.push(e.message));
  const response = await page.goto(`${env.server.url}/strict${path}`);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  return page;
}

/** Shows each view the widget offers (its tabs), waiting for each to be drawn. */
async function everyView(page, selector) {
  const views = await page.evaluate(
    (sel) => [...document.querySelector(sel).shadowRoot.querySelectorAll('[role="tab"][data-view]')].map((t) => t.dataset.view),
    selector,
  );
  assert.ok(views.length >= 6, `tabs: ${views}`);
  for (const view of views) {
    await page.evaluate(([sel, v]) => document.querySelector(sel).setAttribute('view', v), [selector, view]);
    await page.waitForFunction(
      ([sel, v]) => document.querySelector(sel).shadowRoot.querySelector('.panel')?.dataset.view === v,
      [selector, view],
    );
    // Open the data tables too: their cells are drawn then.
    await page.evaluate((sel) => {
      for (const b of document.querySelector(sel).shadowRoot.querySelectorAll('[data-action="toggle"][aria-expanded="false"]')) b.click();
    }, selector);
    await page.waitForTimeout(100);
  }
  return views;
}

test('every view, language and theme of the portal page renders with no CSP violation', async () => {
  const page = await strictPage('/index.html');
  assert.equal(await settled(page, '#widget'), 'ready');
  for (const [lang, theme] of [
    ['vi', 'light'],
    ['en', 'dark'],
    ['vi', 'ioc'],
  ]) {
    await page.evaluate(([l, t]) => {
      const el = document.querySelector('#widget');
      el.setAttribute('lang', l);
      el.setAttribute('theme', t);
    }, [lang, theme]);
    await everyView(page, '#widget');
  }
  assert.deepEqual(page.violations, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the wall screen, its stale banner and the error panel render with no CSP violation', async () => {
  const { feed } = env.server;
  feed.set('good');
  const page = await strictPage('/ioc.html?src=/feed/data.json&refresh=600&timeout=1&rotate=overview,gaps,budget&rotate-seconds=1', {
    width: 1920,
    height: 1080,
  });
  assert.equal(await settled(page, '#wall'), 'ready');
  feed.set('500');
  assert.equal((await page.evaluate(() => document.querySelector('#wall').refresh())).stale, true);
  await page.waitForTimeout(2500); // two turns of the rotation
  await everyView(page, '#wall');
  feed.set('invalid-json');
  await page.evaluate(() => {
    const el = document.createElement('chiso-widget');
    el.id = 'broken';
    el.setAttribute('src', '/feed/data.json?broken');
    document.body.append(el);
  });
  assert.equal(await settled(page, '#broken'), 'error');
  feed.set('good');
  assert.deepEqual(page.violations, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
