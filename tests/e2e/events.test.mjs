// The `chiso-drawn` event: fired on the element once a render has painted its canvases (first
// render, attribute changes, tabs), with `detail.error` on the error panel; a listener may call
// back into the widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage } from './browser.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => env && env.close());

test('chiso-drawn follows every painted render, and a listener may change the widget', async () => {
  const page = await openPage(env.browser, `${env.server.url}/e2e/errors.html`);
  const seen = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const seen = [];
        const el = document.createElement('chiso-widget');
        el.addEventListener('chiso-drawn', (e) => {
          // The canvases are painted when the event fires.
          const canvases = [...el.shadowRoot.querySelectorAll('canvas')];
          const painted = canvases.length > 0 && canvases.every((c) => c.width > 0 && c.style.height !== '');
          seen.push({ view: e.detail.view, painted, composed: e.composed, bubbles: e.bubbles });
          // From inside the listener: the next view, then a click on a tab.
          if (e.detail.view === 'overview') el.setAttribute('view', 'budget');
          else if (e.detail.view === 'budget') el.shadowRoot.querySelector('button[data-view="tasks"]').click();
          else resolve(seen);
        });
        el.setAttribute('src', '/data/khanh-hoa.json');
        document.body.append(el);
      }),
  );
  assert.deepEqual(
    seen.map((s) => s.view),
    ['overview', 'budget', 'tasks'],
  );
  assert.ok(seen.every((s) => s.painted && s.composed && s.bubbles), JSON.stringify(seen));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('chiso-drawn says error on the error panel', async () => {
  const page = await openPage(env.browser, `${env.server.url}/e2e/errors.html`);
  const detail = await page.evaluate(
    () =>
      new Promise((resolve) => {
        // Listened for on the document: the event bubbles out of the element.
        document.addEventListener('chiso-drawn', (e) => resolve(e.detail));
        const el = document.createElement('chiso-widget');
        el.setAttribute('src', '/no-such-file.json');
        document.body.append(el);
      }),
  );
  assert.equal(detail.error, true);
  await page.context().close();
});
