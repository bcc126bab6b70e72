// Helpers of the what-if browser tests (whatif.test.mjs, pii.test.mjs): the expected figures from
// `chiso whatif` / `chiso report` (the same core functions the widget calls), the widget's figures
// and sliders as the contract names them (data-figure, data-slider, data-watermark…), and numbers
// read back from their vi/en text.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT } from './browser.mjs';

export const DATASET = path.join(ROOT, 'www', 'data', 'khanh-hoa.json');
export const WATERMARK = {
  vi: 'KỊCH BẢN — không phải số liệu chính thức',
  en: 'Scenario — not official figures',
};

/** The `chiso` binary: CHISO_CLI, else the debug or release build, else `cargo run`. */
function chiso(args) {
  const candidates = [
    process.env.CHISO_CLI,
    path.join(ROOT, 'target', 'debug', 'chiso'),
    path.join(ROOT, 'target', 'release', 'chiso'),
  ].filter(Boolean);
  const bin = candidates.find((f) => fs.existsSync(f));
  const opts = { encoding: 'utf8', maxBuffer: 1 << 26, cwd: ROOT };
  return bin
    ? execFileSync(bin, args, opts)
    : execFileSync('cargo', ['run', '--quiet', '-p', 'chiso-cli', '--', ...args], opts);
}

/** `chiso whatif DATASET --scenario TEXT --format json`. */
export function expected(scenario = '', file = DATASET) {
  return JSON.parse(chiso(['whatif', file, '--scenario', scenario, '--format', 'json']));
}

/** `chiso report DATASET --format json`. */
export function reportOf(file = DATASET) {
  return JSON.parse(chiso(['report', file, '--format', 'json']));
}

/**
 * Every number written in a text, in vi (`1.234,5`) or en (`1,234.5`) format, with the number of
 * decimals written: [{value, decimals}].
 */
export function numbers(text, lang) {
  const [group, decimal] = lang === 'en' ? [',', '.'] : ['.', ','];
  const re = lang === 'en' ? /-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?/g : /-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?/g;
  return (text.replace(/\u2212/g, '-').match(re) || []).map((s) => {
    const [int, frac = ''] = s.split(decimal);
    return { value: Number(`${int.split(group).join('')}.${frac || '0'}`), decimals: frac.length };
  });
}

/** True when `text` shows `x` as written (rounded to the decimals shown), or, with `scales`, x/s. */
export function shows(text, lang, x, scales = [1]) {
  return numbers(text, lang).some(({ value, decimals }) =>
    scales.some((s) => Math.abs(value - x / s) <= 0.5 * 10 ** -decimals + 1e-9),
  );
}

/** Reads the widget's what-if state: figures, baselines, sliders, watermark, page URL parameter. */
export async function state(page) {
  return page.evaluate(() => {
    const root = document.querySelector('chiso-widget').shadowRoot;
    const text = (sel) => {
      const el = root.querySelector(sel);
      return el ? el.textContent.trim() : null;
    };
    const figures = {};
    for (const el of root.querySelectorAll('[data-figure]')) figures[el.dataset.figure] = el.textContent.trim();
    const baselines = {};
    for (const el of root.querySelectorAll('[data-baseline]')) baselines[el.dataset.baseline] = el.textContent.trim();
    const sliders = [...root.querySelectorAll('[data-slider]')].map((row) => {
      const range = row.querySelector('input[type=range]');
      const number = row.querySelector('input[type=number]');
      return {
        code: row.dataset.slider,
        range: range && range.value,
        number: number && number.value,
        min: range && Number(range.min),
        max: range && Number(range.max),
        step: range && Number(range.step),
      };
    });
    const budget = {};
    for (const el of root.querySelectorAll('[data-budget]')) {
      budget[`${el.dataset.budget}:${el.tagName.toLowerCase()}${el.type ? `:${el.type}` : ''}`] = el.value;
    }
    return {
      figures,
      baselines,
      sliders,
      budget,
      watermarks: [...root.querySelectorAll('[data-watermark]')].map((el) => el.textContent.trim()),
      changes: text('[data-changes="targets"]'),
      scenario: new URL(window.location.href).searchParams.get('scenario'),
      lang: document.querySelector('chiso-widget').getAttribute('lang') || 'vi',
    };
  });
}

/** Shows a view (the `view` attribute) and waits for its first slider or figure. */
export async function show(page, view) {
  await page.evaluate((v) => document.querySelector('chiso-widget').setAttribute('view', v), view);
  await page.waitForFunction(
    (v) => {
      const root = document.querySelector('chiso-widget').shadowRoot;
      return root.querySelector(`.panel[data-view="${v}"]`) && root.querySelector('[data-figure]');
    },
    view,
    { timeout: 20000 },
  );
}

/** Focuses the range input of a slider and presses a key `k` times (the keyboard path). */
export async function press(page, selector, key, k) {
  await page.evaluate((sel) => document.querySelector('chiso-widget').shadowRoot.querySelector(sel).focus(), selector);
  for (let i = 0; i < k; i++) await page.keyboard.press(key);
}

/** Waits until a figure's text differs from `before`. */
export async function figureChanged(page, name, before) {
  await page.waitForFunction(
    ([n, b]) => {
      const el = document.querySelector('chiso-widget').shadowRoot.querySelector(`[data-figure="${n}"]`);
      return el && el.textContent.trim() !== b;
    },
    [name, before],
    { timeout: 10000 },
  );
}

/** The `r/of` of a rank as shown, e.g. "16/34" in "Hạng 16/34". */
export function rankText(text) {
  const m = (text || '').match(/(\d+)\s*\/\s*(\d+)/);
  return m ? `${m[1]}/${m[2]}` : null;
}
