// Shared helpers of the browser tests: Debian's Chromium through playwright-core, a page that
// records uncaught errors and console errors, and readers of the widget's shadow DOM.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { start, ROOT } from './server.mjs';

export { ROOT };

export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const VIEWS = ['overview', 'gaps', 'agencies', 'budget', 'targets', 'tasks'];

/** Launches Chromium and the test server. */
export async function setup() {
  const server = await start();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Browser noise that is not an error of the page: failed loads the test asked for. */
function isNetworkNoise(text) {
  return /Failed to load resource|net::ERR_|status of 404/.test(text);
}

/** A page that collects uncaught errors and console errors in `page.errors`. */
export async function openPage(browser, url, { width = 1440, height = 900, bypassCSP = false, dpr = 1 } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: dpr,
    bypassCSP,
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !isNetworkNoise(m.text())) page.errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  return page;
}

/** Waits until the widget (the first, or `selector`) is ready or shows an error; returns the state. */
export async function settled(page, selector = 'chiso-widget') {
  const handle = await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      const root = el && el.shadowRoot && el.shadowRoot.querySelector('.chiso');
      const state = root && root.getAttribute('data-state');
      return state && state !== 'loading' ? state : null;
    },
    selector,
    { timeout: 20000 },
  );
  return handle.jsonValue();
}

/** Share of the canvas pixels that are painted, for each canvas of the widget. */
export async function canvasInk(page, selector = 'chiso-widget') {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    return [...root.querySelectorAll('canvas')].map((c) => {
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      let ink = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++;
      return { ink: ink / (c.width * c.height), width: c.width, height: c.height, error: c.getAttribute('data-error') };
    });
  }, selector);
}

/** Every numeric table cell of the widget: {source, keyField, key, field, value, text}. */
export async function tableCells(page, selector = 'chiso-widget') {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    const out = [];
    for (const table of root.querySelectorAll('table[data-source]')) {
      for (const tr of table.querySelectorAll('tr[data-key]')) {
        for (const td of tr.querySelectorAll('td[data-field]')) {
          out.push({
            source: table.dataset.source,
            keyField: table.dataset.keyField,
            key: tr.dataset.key,
            field: td.dataset.field,
            value: td.dataset.value === undefined ? null : Number(td.dataset.value),
            text: td.textContent,
          });
        }
      }
    }
    return out;
  }, selector);
}

/** The report's JSON (`chiso report --format json` of the default dataset). */
export function report() {
  const file = process.env.CHISO_REPORT_JSON || path.join(ROOT, 'target', 'e2e', 'report.json');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Resolves a table's `data-source` path in the report: `dti.gaps`, `budget[id=2026-total].pace.months`. */
export function resolve(value, pathText) {
  for (const part of pathText.split('.')) {
    const m = part.match(/^([^[]+)(?:\[([^=]+)=([^\]]+)\])?$/);
    if (!m || value == null) return undefined;
    value = value[m[1]];
    if (m[2] !== undefined) value = (value || []).find((x) => String(x[m[2]]) === m[3]);
  }
  return value;
}
