// What a build is made from, for scripts/start.mjs to tell whether dist/ is up to date.
import fs from 'node:fs';
import path from 'node:path';

export const BUILD_STAMP = 'dist/build-stamp.json';
const SOURCES = ['src', 'vite.config.ts', 'package-lock.json', 'scripts/build-server.mjs', 'scripts/finish-build.mjs'];

/**
 * The build inputs' latest modification time (ms) and their number (a deleted file changes it),
 * tests left out; cheap: a few hundred stats.
 */
export function sourcesState() {
  let newest = 0;
  let count = 0;
  const visit = (file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const name of fs.readdirSync(file)) visit(path.join(file, name));
    else if (!/\.test\.tsx?$/.test(file)) {
      newest = Math.max(newest, stat.mtimeMs);
      count++;
    }
  };
  SOURCES.forEach(visit);
  return { newest, count };
}
