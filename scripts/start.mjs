// `npm start`: build only when a source is newer than the last build, then run the built server in
// this same process (arguments such as --demo pass through): a built checkout starts without building.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { BUILD_STAMP, sourcesState } from './sources.mjs';

function upToDate() {
  if (!fs.existsSync('dist/server/main.js') || !fs.existsSync('dist/server/web/index.html')) return false;
  try {
    const built = JSON.parse(fs.readFileSync(BUILD_STAMP, 'utf8')).sources;
    const now = sourcesState();
    return built.newest >= now.newest && built.count === now.count;
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
