// A published file whose server misbehaves on demand, for the wall-screen (IOC) tests and the soak
// benchmark. `GET /feed/data.json` answers according to `feed.mode`; the test switches the mode
// in-process (`feed.set('500')`) or over HTTP (`GET /feed/control?mode=500`).
//
// Modes: good and good2 (two valid files, 200 with ETag and Last-Modified, 304 to a matching
// If-None-Match or If-Modified-Since), 404, 500, invalid-json, invalid-dataset, hostile (a valid
// file whose labels are HTML and script that would set window.__pwned), hostile-invalid (its
// `format` is that markup, quoted by the error panel), deep (100,000-deep
// nesting), huge-numbers (1e400 and 1e300), too-large (6 MB), hang (no answer), slow (the good
// file after `feed.delayMs`).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const PAYLOAD_IMG = '<img src=x onerror="window.__pwned=true">';
const PAYLOAD_SCRIPT = '<script>window.__pwned=true</script>';
export const HOSTILE = { img: PAYLOAD_IMG, script: PAYLOAD_SCRIPT };

function readDefault(root) {
  return JSON.parse(fs.readFileSync(path.join(root, 'www', 'data', 'khanh-hoa.json'), 'utf8'));
}

/** The default file with other figures: a version and one sub-indicator's points lowered. */
function secondEdition(data) {
  const d = structuredClone(data);
  d.meta.version = `${d.meta.version || '1'}-next`;
  const o = d.observations.find((x) => typeof x.points === 'number' && x.points >= 1);
  o.points = Math.round((o.points - 1) * 100) / 100;
  return d;
}

/** A valid file whose labels are markup and script: they must be shown as text. */
function hostile(data) {
  const d = structuredClone(data);
  d.meta.title = { vi: `${PAYLOAD_IMG}${PAYLOAD_SCRIPT} Tỉnh`, en: `${PAYLOAD_IMG}${PAYLOAD_SCRIPT} Province` };
  for (const f of d.frameworks) {
    for (const x of f.indicators.slice(0, 12)) {
      x.name = { vi: `${PAYLOAD_SCRIPT}${x.name.vi}`, en: `${PAYLOAD_IMG}${x.name.en || x.name.vi}` };
    }
  }
  for (const e of d.entities.filter((x) => x.kind === 'agency').slice(0, 4)) {
    e.name = { vi: `${PAYLOAD_IMG}${e.name.vi}`, en: `${PAYLOAD_SCRIPT}${e.name.en || e.name.vi}` };
    if (e.short) e.short = { vi: PAYLOAD_IMG, en: PAYLOAD_SCRIPT };
  }
  for (const t of (d.targets || []).slice(0, 4)) t.name = { vi: `${PAYLOAD_SCRIPT}${t.name.vi}`, en: PAYLOAD_IMG };
  for (const t of (d.tasks || []).slice(0, 4)) t.title = { vi: `${PAYLOAD_IMG}${t.title.vi}`, en: PAYLOAD_SCRIPT };
  for (const s of (d.sources || []).slice(0, 2)) s.title = { vi: PAYLOAD_SCRIPT, en: PAYLOAD_IMG };
  return d;
}

/** Serves `body` (a string) as the published file, with validators derived from it. */
function entity(body, modified) {
  const etag = `"${crypto.createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
  return { body, etag, modified };
}

export function createFeed(root) {
  const base = readDefault(root);
  const good = entity(JSON.stringify(base, null, 2), 'Mon, 23 Nov 2026 06:00:00 GMT');
  const good2 = entity(JSON.stringify(secondEdition(base), null, 2), 'Mon, 23 Nov 2026 08:00:00 GMT');
  const hostileFile = entity(JSON.stringify(hostile(base), null, 2), 'Mon, 23 Nov 2026 09:00:00 GMT');
  const invalidDataset = structuredClone(base);
  invalidDataset.observations.find((o) => typeof o.points === 'number').points = 99999;
  const hugeNumbers = JSON.stringify(base, null, 2)
    .replace(/"points": [0-9.]+/, '"points": 1e400')
    .replace(/"max": [0-9.]+/, '"max": 1e300');
  const depth = 100000;
  const deep = JSON.stringify({ ...base, notes: '@@' }).replace('"@@"', '['.repeat(depth) + ']'.repeat(depth));
  const tooLarge = JSON.stringify({ ...base, padding: 'x'.repeat(6 * 1024 * 1024) });
  const hostileInvalid = JSON.stringify({ ...base, format: `${PAYLOAD_IMG}${PAYLOAD_SCRIPT}` });

  const hanging = new Set();
  const feed = {
    mode: 'good',
    delayMs: 3000,
    requests: [],
    good,
    good2,
    hostile: hostileFile,
    /** Switches the answer; ends any hanging request when leaving `hang`. */
    set(mode) {
      feed.mode = mode;
      if (mode !== 'hang') {
        for (const res of hanging) res.destroy();
        hanging.clear();
      }
    },
    /** Handles /feed/… requests; returns false for other paths. */
    handle(req, res, p) {
      if (p === '/feed/control') {
        const mode = new URL(req.url, 'http://x').searchParams.get('mode');
        if (mode) feed.set(mode);
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify({ mode: feed.mode, requests: feed.requests.length }));
        return true;
      }
      if (p !== '/feed/data.json') return false;
      feed.requests.push({
        mode: feed.mode,
        ifNoneMatch: req.headers['if-none-match'] || null,
        ifModifiedSince: req.headers['if-modified-since'] || null,
      });
      if (feed.requests.length > 100000) feed.requests.splice(0, 50000);
      const json = 'application/json; charset=utf-8';
      const plain = (status, text) => {
        res.writeHead(status, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache' });
        res.end(text);
      };
      const file = (f) => {
        const fresh =
          (req.headers['if-none-match'] && req.headers['if-none-match'] === f.etag) ||
          (!req.headers['if-none-match'] && req.headers['if-modified-since'] === f.modified);
        const headers = { ETag: f.etag, 'Last-Modified': f.modified, 'Cache-Control': 'no-cache' };
        if (fresh) {
          res.writeHead(304, headers);
          return res.end();
        }
        res.writeHead(200, { ...headers, 'Content-Type': json });
        res.end(f.body);
      };
      switch (feed.mode) {
        case 'good':
          file(good);
          break;
        case 'good2':
          file(good2);
          break;
        case 'hostile':
          file(hostileFile);
          break;
        case '404':
          plain(404, 'not found');
          break;
        case '500':
          plain(500, 'internal error');
          break;
        case 'invalid-json':
          res.writeHead(200, { 'Content-Type': json });
          res.end('{ "format": "chiso/1", "meta": { oops } }');
          break;
        case 'invalid-dataset':
          res.writeHead(200, { 'Content-Type': json });
          res.end(JSON.stringify(invalidDataset));
          break;
        case 'huge-numbers':
          res.writeHead(200, { 'Content-Type': json });
          res.end(hugeNumbers);
          break;
        case 'deep':
          res.writeHead(200, { 'Content-Type': json });
          res.end(deep);
          break;
        case 'hostile-invalid':
          res.writeHead(200, { 'Content-Type': json });
          res.end(hostileInvalid);
          break;
        case 'too-large':
          res.writeHead(200, { 'Content-Type': json });
          res.end(tooLarge);
          break;
        case 'hang':
          hanging.add(res);
          res.on('close', () => hanging.delete(res));
          break;
        case 'slow':
          setTimeout(() => file(good), feed.delayMs);
          break;
        default:
          plain(400, `unknown mode ${feed.mode}`);
          break;
      }
      return true;
    },
  };
  return feed;
}
