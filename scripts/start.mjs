// `npm start`: build only when a source is newer than the last build, then run the built server in
// this same process (arguments such as --demo pass through). A built checkout starts in about a second.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { BUILD_STAMP, newestSource } from './sources.mjs';

function upToDate() {
  if (!fs.existsSync('dist/server/main.js') || !fs.existsSync('dist/server/web/index.html')) return false;
  try {
    return JSON.parse(fs.readFileSync(BUILD_STAMP, 'utf8')).newestSource >= newestSource();
  } catch {
    return false;
  }
}

process.chdir(new URL('..', import.meta.url).pathname);
if (!upToDate()) {
  console.log('Building Tend (the sources changed since the last build)…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import('../dist/server/main.js');
