import type { CliCommand, CliIo } from './command';
import { CliError, knownMessage, UsageError } from './cli-support';
import { commands as registry } from './commands';

function overview(commands: CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = [...commands].sort((a, b) => a.name.localeCompare(b.name)).map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: tend <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    "tend <command> --help shows a command's options. The database is the one the server uses:",
    'DATABASE_URL (PostgreSQL) or else the embedded data directory TEND_DATA_DIR (default ./data).',
    '',
  ].join('\n');
}

/** The command named by the first one or two words of argv (two-word names win: "user create"). */
function findCommand(argv: string[], commands: CliCommand[]): { command: CliCommand; rest: string[] } | null {
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(' ');
    const command = commands.find((c) => c.name === name);
    if (command && argv.length >= words) return { command, rest: argv.slice(words) };
  }
  return null;
}

const usageText = (command: CliCommand) => (command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);

/**
 * `tend <command> [args]`: answers the exit code (0 done, 1 failed, 2 wrong usage). Messages go to
 * stderr; a user's mistake is one clear line, only a bug shows a stack trace.
 */
export async function run(argv: string[], io: CliIo, commands: CliCommand[] = registry): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    (argv.length === 0 ? io.stderr : io.stdout).write(overview(commands));
    return argv.length === 0 ? 2 : 0;
  }
  const found = findCommand(argv, commands);
  if (!found) {
    const group = commands.filter((c) => c.name.startsWith(`${argv[0]} `));
    const hint = group.length ? ` (${argv[0]} has: ${group.map((c) => c.name.split(' ')[1]).join(', ')})` : '';
    io.stderr.write(`tend: unknown command '${argv.slice(0, group.length && argv[1] ? 2 : 1).join(' ')}'${hint}. See tend --help.\n`);
    return 2;
  }
  const { command, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(usageText(command));
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`tend ${command.name}: ${error.message}\n\n${usageText(command)}`);
      return 2;
    }
    const known = knownMessage(error);
    io.stderr.write(known === null ? `tend ${command.name} failed: ${(error as Error)?.stack ?? String(error)}\n` : `tend ${command.name}: ${known}\n`);
    return 1;
  }
}

export { CliError, UsageError };
