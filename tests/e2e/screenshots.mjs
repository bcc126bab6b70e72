// Screenshots of every view at 360 px and 1440 px, light and dark, into target/screenshots/, for
// people to look at (not committed): node tests/e2e/screenshots.mjs (after cargo xtask build).
import fs from 'node:fs';
import path from 'node:path';
import { setup, openPage, settled, VIEWS, ROOT } from './browser.mjs';

const out = path.join(ROOT, 'target', 'screenshots');
fs.mkdirSync(out, { recursive: true });
const env = await setup();
const only = process.argv.slice(2);
for (const width of [360, 1440]) {
  for (const theme of ['light', 'dark']) {
    const page = await openPage(env.browser, `${env.server.url}/index.html`, { width, height: 900, dpr: 1 });
    await settled(page);
    for (const view of VIEWS) {
      if (only.length && !only.includes(view)) continue;
      await page.evaluate(([v, t]) => {
        const el = document.querySelector('chiso-widget');
        el.setAttribute('view', v);
        el.setAttribute('theme', t);
        document.body.classList.toggle('dark', t === 'dark');
      }, [view, theme]);
      await page.waitForFunction((v) => document.querySelector('chiso-widget').shadowRoot.querySelector(`.panel[data-view="${v}"]`), view);
      await page.waitForTimeout(150);
      const file = path.join(out, `${view}-${width}-${theme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    if (page.errors.length) console.log('errors:', page.errors);
    await page.context().close();
  }
}
await env.close();
