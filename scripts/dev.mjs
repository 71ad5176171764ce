// Development: the API with tsx watch on :3000 and Vite's dev server (proxying /api) on :5173.
import { spawn } from 'node:child_process';

const run = (cmd, args) => spawn(cmd, args, { stdio: 'inherit', env: process.env });
const children = [run('npx', ['tsx', 'watch', 'src/server/main.ts', ...process.argv.slice(2)]), run('npx', ['vite'])];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
