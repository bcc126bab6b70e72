// The handle of `mount()` is only a reference: a page may mount and forget it, the garbage
// collector runs, and the widget still loads and draws; destroy() still frees it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage } from './browser.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => env && env.close());

test('a widget mounted without keeping its handle survives garbage collection and draws', async () => {
  const page = await openPage(env.browser, `${env.server.url}/e2e/api.html`);
  await page.waitForFunction(() => window.chisoReady === true);
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => {
    for (let i = 0; i < 4; i++) {
      const el = document.createElement('div');
      el.className = 'forgotten';
      document.body.append(el);
      // The handle is dropped at once.
      window.chiso.mount(el, { src: '/data/khanh-hoa.json', view: ['overview', 'gaps', 'budget', 'tasks'][i] });
    }
  });
  for (let i = 0; i < 5; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(100);
  }
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.forgotten')].every((el) => {
        const root = el.shadowRoot && el.shadowRoot.querySelector('.chiso');
        const canvas = el.shadowRoot && el.shadowRoot.querySelector('canvas');
        return root && root.dataset.state === 'ready' && canvas && canvas.width > 0;
      }),
    null,
    { timeout: 20000 },
  );
  await cdp.send('HeapProfiler.collectGarbage');
  // Still working after GC: a tab click redraws.
  const drawn = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const el = document.querySelector('.forgotten');
        el.addEventListener('chiso-drawn', (e) => resolve(e.detail.view));
        el.shadowRoot.querySelector('button[data-view="targets"]').click();
      }),
  );
  assert.equal(drawn, 'targets');
  // destroy() frees a kept handle's widget: the count of mounted widgets goes down by one.
  const counts = await page.evaluate(() => {
    const before = window.chiso.mountedCount ? window.chiso.mountedCount() : null;
    window.handle.destroy();
    window.handle.destroy();
    const after = window.chiso.mountedCount ? window.chiso.mountedCount() : null;
    return { before, after, left: document.querySelector('#host').shadowRoot.querySelectorAll('.chiso').length };
  });
  assert.equal(counts.left, 0);
  if (counts.before !== null) assert.equal(counts.after, counts.before - 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
