// After `vite build` and the server bundle: compress the web app's files (the server sends the .br
// or .gz beside a file to browsers that accept it; compressing once here costs nothing per request),
// then write the stamp that `npm start` compares with the sources (scripts/start.mjs).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { BUILD_STAMP, sourcesState } from './sources.mjs';

const WEB = 'dist/server/web';
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

let raw = 0;
let br = 0;
for (const file of [...files(WEB)]) {
  if (!COMPRESSIBLE.test(file) || file.includes(`${path.sep}.vite${path.sep}`)) continue;
  const content = fs.readFileSync(file);
  if (content.length < 1024) continue; // not worth a second request header's bytes
  const brotli = zlib.brotliCompressSync(content, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  });
  fs.writeFileSync(`${file}.br`, brotli);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: 9 }));
  raw += content.length;
  br += brotli.length;
}
fs.writeFileSync(BUILD_STAMP, JSON.stringify({ builtAt: new Date().toISOString(), sources: sourcesState() }, null, 2));
console.log(`web app compressed: ${(raw / 1000).toFixed(0)} kB → ${(br / 1000).toFixed(0)} kB brotli`);
