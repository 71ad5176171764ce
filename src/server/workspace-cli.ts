import { run } from './cli/run';

/**
 * `npm run workspace:create -- --name "Acme" --admin-email a@acme.test --admin-name "Ann Admin"
 * [--locale da] [--time-zone Europe/Copenhagen]`: kept for existing scripts; it is
 * `tend workspace create` (src/server/cli/commands/workspace-create.ts).
 */
process.exitCode = await run(['workspace', 'create', ...process.argv.slice(2)], {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
