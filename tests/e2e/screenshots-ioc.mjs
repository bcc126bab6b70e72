// Screenshots of the wall screen (www/ioc.html) at 1920×1080 and 3840×2160, each rotated view, and
// the stale banner, into target/screenshots/ (not committed): node tests/e2e/screenshots-ioc.mjs
import fs from 'node:fs';
import path from 'node:path';
import { setup, openPage, settled, ROOT } from './browser.mjs';

const out = path.join(ROOT, 'target', 'screenshots');
fs.mkdirSync(out, { recursive: true });
const env = await setup();
for (const [width, height] of [
  [1920, 1080],
  [3840, 2160],
]) {
  env.server.feed.set('good');
  const page = await openPage(env.browser, `${env.server.url}/ioc.html?src=/feed/data.json&rotate=&refresh=600&timeout=2`, { width, height });
  await settled(page, '#wall');
  for (const view of ['overview', 'gaps', 'budget']) {
    await page.evaluate((v) => document.querySelector('#wall').setAttribute('view', v), view);
    await page.waitForFunction((v) => document.querySelector('#wall').shadowRoot.querySelector(`.panel[data-view="${v}"]`), view);
    await page.waitForTimeout(200);
    const file = path.join(out, `ioc-${view}-${width}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
  env.server.feed.set('500');
  await page.evaluate(() => document.querySelector('#wall').refresh());
  const file = path.join(out, `ioc-stale-${width}.png`);
  await page.screenshot({ path: file });
  console.log(file);
  if (page.errors.length) console.log('errors:', page.errors);
  await page.context().close();
}
env.server.feed.set('good');
await env.close();
