import { run } from './cli/run';

/** `npm run db:migrate`: kept for existing scripts and the built server; it is `tend migrate`. */
process.exitCode = await run(['migrate', ...process.argv.slice(2)], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
