// Provenance: the widget's footer names the file it shows — title, publication date, version and
// the SHA-256 of its bytes — and the hash is the one `chiso report` gives for the same file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, settled, report } from './browser.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => env && env.close());

async function footer(page) {
  return page.evaluate(() => {
    const f = document.querySelector('chiso-widget').shadowRoot.querySelector('.provenance');
    return f && { text: f.textContent, sha256: f.dataset.sha256 };
  });
}

test('the footer shows the same file hash as chiso report', async () => {
  const page = await openPage(env.browser, `${env.server.url}/index.html`);
  assert.equal(await settled(page), 'ready');
  const shown = await footer(page);
  assert.ok(shown, 'the widget has a provenance footer');
  const { dataset } = report();
  assert.match(dataset.sha256, /^[0-9a-f]{64}$/, 'chiso report gives the full SHA-256');
  assert.equal(shown.sha256, dataset.sha256);
  assert.ok(shown.text.includes(`SHA-256 ${dataset.sha256.slice(0, 12)}`), shown.text);
  for (const part of [dataset.published, dataset.version]) {
    assert.ok(shown.text.includes(part), `${part} in ${shown.text}`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the footer follows the language and a new source', async () => {
  const page = await openPage(env.browser, `${env.server.url}/index.html`);
  assert.equal(await settled(page), 'ready');
  const before = await footer(page);
  await page.evaluate(() => document.querySelector('chiso-widget').setAttribute('lang', 'en'));
  await page.waitForFunction(() =>
    document.querySelector('chiso-widget').shadowRoot.querySelector('.provenance').textContent.includes('published'));
  const english = await footer(page);
  assert.equal(english.sha256, before.sha256, 'same file, same hash');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
