// The built widget's size over the network: wasm + JS, gzip. Printed on every run, and a failure
// above 200 KB (the budget; bench/size.md has the figures and how they were cut).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './server.mjs';

const LIMIT_KB = 200;

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : [p];
  });
}

test(`the widget is at most ${LIMIT_KB} KB gzip (wasm + JS)`, () => {
  const pkg = path.join(ROOT, 'pkg');
  const shipped = [path.join(pkg, 'chiso-widget.js'), ...files(path.join(pkg, 'dist'))].filter((f) => /\.(js|wasm)$/.test(f));
  let wasm = 0;
  let js = 0;
  for (const f of shipped) {
    const gz = zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length;
    if (f.endsWith('.wasm')) wasm += gz;
    else js += gz;
  }
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`widget size (gzip -9): wasm ${kb(wasm)} KB + JS ${kb(js)} KB = ${kb(wasm + js)} KB (limit ${LIMIT_KB} KB)`);
  assert.ok(wasm > 0 && js > 0, 'the widget is built');
  assert.ok(wasm + js <= LIMIT_KB * 1024, `the widget is ${kb(wasm + js)} KB gzip (wasm ${kb(wasm)} + JS ${kb(js)}), over the ${LIMIT_KB} KB limit`);
});
