// A test server: www/ as the demo serves it, test pages from tests/e2e/pages under /e2e/, and
// programmable bad responses under /bad/ (404, invalid JSON, a file that fails validation), a
// published file that misbehaves on demand under /feed/ (feed.mjs), and www/ pages under /strict/
// served with the portal's Content-Security-Policy as a header.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createFeed } from './feed.mjs';

export const ROOT = process.env.CHISO_ROOT || path.resolve(import.meta.dirname, '..', '..');
const WWW = path.join(ROOT, 'www');
const PAGES = path.join(ROOT, 'tests', 'e2e', 'pages');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The default dataset with the first observation's points far above its maximum. */
function failsValidation() {
  const data = JSON.parse(fs.readFileSync(path.join(WWW, 'data', 'khanh-hoa.json'), 'utf8'));
  const i = data.observations.findIndex((o) => typeof o.points === 'number');
  data.observations[i].points = 99999;
  return { body: JSON.stringify(data), path: `observations[${i}].points` };
}

export const BAD = {
  invalid: '{ "format": "chiso/1", "meta": { oops } }',
  validation: failsValidation(),
};

/** The portal's policy (issue 5), sent as a header for pages under /strict/. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

function send(res, status, type, body, extra = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...extra });
  res.end(body);
}

/** Starts the server on a free port of 127.0.0.1; resolves to {url, close}. */
export function start() {
  const feed = createFeed(ROOT);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let p = decodeURIComponent(url.pathname);
    if (p.startsWith('/feed/') && feed.handle(req, res, p)) return;
    const strict = p.startsWith('/strict/');
    if (strict) p = p.slice('/strict'.length);
    const policy = strict ? { 'Content-Security-Policy': STRICT_CSP } : {};
    if (p === '/bad/missing.json') return send(res, 404, 'text/plain', 'not found');
    if (p === '/bad/invalid.json') return send(res, 200, TYPES['.json'], BAD.invalid);
    if (p === '/bad/validation.json') return send(res, 200, TYPES['.json'], BAD.validation.body);
    const base = p.startsWith('/e2e/') ? PAGES : WWW;
    const rel = p.startsWith('/e2e/') ? p.slice(5) : p.slice(1);
    let file = path.resolve(base, rel || 'index.html');
    if (!file.startsWith(base)) return send(res, 403, 'text/plain', 'forbidden');
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) return send(res, 404, 'text/plain', 'not found');
      send(res, 200, TYPES[path.extname(file)] || 'application/octet-stream', body, policy);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      const close = () => {
        feed.set('good');
        server.closeAllConnections();
        return new Promise((r) => server.close(r));
      };
      resolve({ url: `http://127.0.0.1:${port}`, feed, close });
    });
  });
}
