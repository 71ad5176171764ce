import type { Readable, Writable } from 'node:stream';

/** What a command of `tend` (the command line) gets: its streams and environment, so tests can drive it. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

/**
 * One command of `tend` (src/server/cli/commands/*.ts, listed in src/server/cli/commands/index.ts).
 * `run` gets the arguments after the command's name and answers the exit code: 0 done, 1 failed,
 * 2 wrong usage (the message names the flag). `--help` is handled by the caller from `usage`.
 */
export interface CliCommand {
  /** One or two words, e.g. "import" or "user create". */
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}
