// The benchmark's static server: the pages, the peers' files (npm install folder), the built widget
// (www/pkg) and the prepared data. No compression: the runner gzips each file itself.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Starts the server on a free port; resolves to {url, close, resolve(pathname) → file}. */
export function startServer({ root, peers, data }) {
  const mounts = [
    ['/pages/', path.join(root, 'tests', 'e2e', 'bench', 'pages')],
    ['/peers/', path.join(peers, 'node_modules')],
    ['/pkg/', path.join(root, 'www', 'pkg')],
    ['/data/', data],
  ];
  const resolve = (pathname) => {
    for (let [prefix, dir] of mounts) {
      if (pathname.startsWith(prefix)) {
        dir = path.resolve(dir);
        const file = path.resolve(dir, pathname.slice(prefix.length));
        return file.startsWith(dir) ? file : null;
      }
    }
    return null;
  };
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = resolve(pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(body);
    });
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      done({ url: `http://127.0.0.1:${port}`, resolve, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
