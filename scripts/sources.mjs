// What a build is made from, for scripts/start.mjs to tell whether dist/ is up to date.
import fs from 'node:fs';
import path from 'node:path';

export const BUILD_STAMP = 'dist/build-stamp.json';
const SOURCES = ['src', 'vite.config.ts', 'package-lock.json', 'scripts/build-server.mjs', 'scripts/finish-build.mjs'];

/** The latest modification time (ms) of any build input, test files included (cheap: a few hundred stats). */
export function newestSource() {
  let newest = 0;
  const visit = (file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const name of fs.readdirSync(file)) visit(path.join(file, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  SOURCES.forEach(visit);
  return newest;
}
