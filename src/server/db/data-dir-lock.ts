import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One process at a time on an embedded data directory. PGlite is a single-process PostgreSQL:
 * two servers on one directory both acknowledge writes and one of them loses its writes at the
 * next start, so the second one must refuse to start.
 *
 * The lock is a file `tend.lock` inside the directory, created atomically (written beside it,
 * then hard-linked into place, which fails when it exists) and holding who owns it. It is
 * removed on a clean shutdown and on any exit of the process; after a crash or SIGKILL it stays,
 * and the next start judges it stale when its owner provably is gone:
 * - the machine restarted since (Linux boot id differs), or
 * - its pid is not alive (`kill(pid, 0)` answers ESRCH), or
 * - its pid is alive but is another process: Linux process start time differs (a pid reused
 *   after a reboot or by a container restarted with the same pid), or it is this very process.
 * A lock written on another host cannot be judged (its pid means nothing here): it is kept, and
 * the message says which file to delete if that server is really gone.
 */
export const LOCK_FILE = 'tend.lock';

export interface LockOwner {
  pid: number;
  host: string;
  /** What holds it: a server (with its address once it listens) or the migration command. */
  kind: 'server' | 'migration';
  url: string | null;
  startedAt: string;
  token: string;
  bootId: string | null;
  processStart: string | null;
}

export class DataDirLockedError extends Error {}

export interface DataDirLock {
  /** Records the server's address once it listens (the port may be chosen by the system). */
  listening(url: string): void;
  release(): void;
}

function readProcFile(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

const bootId = () => readProcFile('/proc/sys/kernel/random/boot_id')?.trim() ?? null;

/** Field 22 of /proc/<pid>/stat: start time in clock ticks since boot (Linux only). */
function processStart(pid: number): string | null {
  const stat = readProcFile(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's process.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** True when the owner recorded in the lock is provably gone, so the lock may be taken over. */
export function isStale(owner: LockOwner, self = { host: os.hostname(), pid: process.pid, bootId: bootId() }): boolean {
  if (owner.host !== self.host) return false;
  if (owner.bootId && self.bootId && owner.bootId !== self.bootId) return true;
  if (owner.pid === self.pid) return true;
  if (!isAlive(owner.pid)) return true;
  const start = processStart(owner.pid);
  return owner.processStart !== null && start !== null && start !== owner.processStart;
}

function readOwner(file: string): LockOwner | null {
  const text = readProcFile(file);
  if (text === null) return null;
  try {
    return JSON.parse(text) as LockOwner;
  } catch {
    return null;
  }
}

function writeAtomically(file: string, owner: LockOwner): boolean {
  const temp = `${file}.${owner.pid}.${owner.token}`;
  fs.writeFileSync(temp, JSON.stringify(owner, null, 2));
  try {
    fs.linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function lockedMessage(dataDir: string, file: string, owner: LockOwner): string {
  const relative = path.relative(process.cwd(), dataDir);
  const shown = relative === '' ? '.' : relative.startsWith('..') ? dataDir : `./${relative}`;
  const who = owner.kind === 'migration' ? '`npm run db:migrate`' : 'another Tend server';
  const facts = [
    `pid ${owner.pid}`,
    ...(owner.host === os.hostname() ? [] : [`on host ${owner.host}`]),
    ...(owner.url ? [owner.url] : []),
    `since ${owner.startedAt}`,
  ];
  const message = `the data directory ${shown} is in use by ${who} (${facts.join(', ')}). Stop it first.`;
  return owner.host === os.hostname() ? message : `${message} If that process is really gone, delete ${file}.`;
}

/** Takes the lock on `dataDir` for this process, or throws DataDirLockedError naming the owner. */
export function lockDataDir(dataDir: string, kind: LockOwner['kind']): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    kind,
    url: null,
    startedAt: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
    bootId: bootId(),
    processStart: processStart(process.pid),
  };
  for (let attempt = 0; !writeAtomically(file, owner); attempt++) {
    const current = readOwner(file);
    // Locks are linked into place whole, so an unreadable one is damaged (a power cut, a full
    // disk): it gets one more look, then is taken over.
    if (current && !isStale(current)) throw new DataDirLockedError(lockedMessage(dataDir, file, current));
    if (attempt >= 3) throw new DataDirLockedError(`the data directory ${dataDir} is locked (${file}) and could not be taken over`);
    if (current || attempt > 0) removeIfOwnedBy(file, current?.token ?? null);
  }
  const release = () => removeIfOwnedBy(file, owner.token);
  process.on('exit', release);
  return {
    listening(url) {
      owner.url = url;
      if (readOwner(file)?.token !== owner.token) return;
      // Replaced by a rename, so a process starting meanwhile never reads a half-written lock.
      const temp = `${file}.${owner.pid}.${owner.token}`;
      fs.writeFileSync(temp, JSON.stringify(owner, null, 2));
      fs.renameSync(temp, file);
    },
    release() {
      process.off('exit', release);
      release();
    },
  };
}

/** Removes the lock only if it is still the one judged (another process may have taken it meanwhile). */
function removeIfOwnedBy(file: string, token: string | null) {
  if ((readOwner(file)?.token ?? null) === token) fs.rmSync(file, { force: true });
}
