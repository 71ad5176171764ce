// Bundles the server into dist/server (dependencies stay in node_modules) and copies the SQL migrations beside it.
import { build } from 'esbuild';
import fs from 'node:fs';

fs.rmSync('dist/server', { recursive: true, force: true });
// No stamp until the whole build succeeded (scripts/finish-build.mjs writes it): npm start then rebuilds.
fs.rmSync('dist/build-stamp.json', { force: true });
await build({
  entryPoints: { main: 'src/server/main.ts', 'migrate-cli': 'src/server/migrate-cli.ts' },
  outdir: 'dist/server',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // main.ts imports the app only once the database is opening: its own chunk, loaded then.
  splitting: true,
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
fs.cpSync('src/server/db/migrations', 'dist/server/migrations', { recursive: true });
// The embedded database's thread (src/server/db/pglite-thread.ts starts it from beside the bundle).
fs.cpSync('src/server/db/pglite-worker.mjs', 'dist/server/pglite-worker.mjs');
fs.cpSync('src/server/db/pglite-file-sizes.mjs', 'dist/server/pglite-file-sizes.mjs');
