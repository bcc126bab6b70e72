// axe-core on every view, light and dark: no serious or critical violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createRequire } from 'node:module';
import { setup, openPage, settled, VIEWS } from './browser.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let env;
before(async () => {
  env = await setup();
});
after(async () => env && env.close());

for (const theme of ['light', 'dark']) {
  test(`axe finds no serious or critical violation on any view (${theme})`, async () => {
    const page = await openPage(env.browser, `${env.server.url}/index.html`, { width: 1024, bypassCSP: true });
    await settled(page);
    await page.addScriptTag({ path: path.resolve(AXE) });
    const problems = [];
    for (const view of VIEWS) {
      await page.evaluate(
        ([v, t]) => {
          const el = document.querySelector('chiso-widget');
          el.setAttribute('view', v);
          el.setAttribute('theme', t);
        },
        [view, theme],
      );
      await page.waitForFunction((v) => document.querySelector('chiso-widget').shadowRoot.querySelector(`.panel[data-view="${v}"]`), view);
      // Open the tables so that they are checked too.
      await page.evaluate(() => {
        for (const b of document.querySelector('chiso-widget').shadowRoot.querySelectorAll('button.toggle')) b.click();
      });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      });
      for (const v of violations) problems.push(`${view}: ${v}`);
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
