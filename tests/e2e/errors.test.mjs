// Bad input shows an error panel in the widget's language, naming the problem; the page around
// it keeps working and nothing uncaught reaches the console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, settled } from './browser.mjs';
import { BAD } from './server.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => env && env.close());

const CASES = [
  { name: 'a 404', src: '/bad/missing.json', kind: 'http', vi: /404/, en: /answered 404/ },
  { name: 'a network error', src: 'http://127.0.0.1:9/nothing.json', kind: 'network', vi: /Không kết nối được/, en: /Could not reach/ },
  { name: 'invalid JSON', src: '/bad/invalid.json', kind: 'parse', vi: /dòng 1/, en: /line 1/ },
  { name: 'a file that fails validation', src: '/bad/validation.json', kind: 'invalid', vi: new RegExp(BAD.validation.path.replace(/[[\]]/g, '\\$&')), en: /points between 0 and the indicator's maximum/ },
];

for (const c of CASES) {
  test(`${c.name} shows its error panel in vi and en`, async () => {
    const page = await openPage(env.browser, `${env.server.url}/e2e/errors.html?src=${encodeURIComponent(c.src)}`);
    assert.equal(await settled(page), 'error');
    const panel = () =>
      page.evaluate(() => {
        const p = document.querySelector('chiso-widget').shadowRoot.querySelector('.error');
        return { kind: p.dataset.error, text: p.textContent, role: p.getAttribute('role') };
      });
    let p = await panel();
    assert.equal(p.kind, c.kind);
    assert.equal(p.role, 'alert');
    assert.match(p.text, c.vi);
    await page.evaluate(() => document.querySelector('chiso-widget').setAttribute('lang', 'en'));
    await page.waitForFunction(() => /[a-z]/.test(document.querySelector('chiso-widget').shadowRoot.querySelector('.error-title').textContent) && document.querySelector('chiso-widget').shadowRoot.querySelector('.chiso').lang === 'en');
    p = await panel();
    assert.match(p.text, c.en);
    // The rest of the page keeps working.
    await page.click('#counter');
    assert.equal(await page.textContent('#count'), '1');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('a widget without src says so', async () => {
  const page = await openPage(env.browser, `${env.server.url}/e2e/errors.html`);
  assert.equal(await settled(page), 'error');
  const kind = await page.evaluate(() => document.querySelector('chiso-widget').shadowRoot.querySelector('.error').dataset.error);
  assert.equal(kind, 'no_source');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
