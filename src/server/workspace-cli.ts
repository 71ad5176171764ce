import { run } from './cli/run';

/**
 * `npm run workspace:create -- --name "Acme" --admin-email a@acme.test --admin-name "Ann Admin"
 * [--locale da] [--time-zone Europe/Copenhagen]`: kept for existing scripts; it is
 * `tend workspace create` (src/server/cli/commands/workspace-create.ts).
 */
const code = await run(['workspace', 'create', ...process.argv.slice(2)], {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
// This script always answered 1 for any failure, wrong usage included; scripts may rely on it.
process.exitCode = code === 2 ? 1 : code;
