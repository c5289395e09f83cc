// Issue 8 quality bar: the JavaScript the browser must load before the first screen (the entry chunk and the chunks
// index.html preloads) stays within 250 kB gzip. Lazy route chunks are not counted: they load on navigation.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = new URL('../dist', import.meta.url).pathname;
const budget = Number(process.env.SPBE_WEB_INITIAL_JS_BUDGET ?? 250 * 1024);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const script of new Set(scripts)) {
  const size = gzipSync(readFileSync(join(dist, script))).length;
  total += size;
  console.log(`initial js ${script}: ${(size / 1024).toFixed(1)} kB gzip`);
}
console.log(`initial js total: ${(total / 1024).toFixed(1)} kB gzip (budget ${(budget / 1024).toFixed(0)} kB)`);
if (total > budget) {
  console.error('initial JavaScript is over budget: split a route or a library out of the entry chunk');
  process.exit(1);
}
