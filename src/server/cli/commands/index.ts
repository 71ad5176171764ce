import type { CliCommand } from '../command';
import { backupCommand, restoreCommand } from './backup';
import { exportCommand } from './export';
import { importCommand } from './import';
import { migrateCommand } from './migrate';
import { userCreateCommand, userResetPasswordCommand } from './user';
import { workspaceCreateCommand } from './workspace-create';

/** Every command of `tend`, in the order `tend --help` does not care about (it sorts them). */
export const commands: CliCommand[] = [
  workspaceCreateCommand,
  userCreateCommand,
  userResetPasswordCommand,
  migrateCommand,
  backupCommand,
  restoreCommand,
  importCommand,
  exportCommand,
];
