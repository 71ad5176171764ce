import { run } from './run';

/** The `tend` command line (bin/tend.mjs runs this file): `tend <command> [options]`, see `tend --help`. */
const code = await run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
process.exitCode = code;
