import fs from 'node:fs';
import { type DataDirLock, type LockOwner, lockDataDir } from './data-dir-lock';
import { PgliteThread } from './pglite-thread';

/** The embedded database's thread, starting, and the data directory's lock taken for it. */
export interface StartedThread {
  lock: DataDirLock;
  /** Null when PGlite runs on the main thread (TEND_PGLITE_THREAD=0). */
  thread: Promise<PgliteThread> | null;
}

/**
 * Takes the data directory's lock and starts the database's thread. Light on purpose (no Drizzle,
 * no node-postgres): the server calls it before loading the rest of itself, so the thread opens the
 * data directory (1–2 s at a million activities) while the main thread loads the app's modules.
 */
export function lockAndStart(dataDir: string, holder: LockOwner['kind'], onThread: boolean): StartedThread {
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir, holder);
  const thread = onThread ? PgliteThread.start({ dataDir }) : null;
  // Awaited when the database is opened, which reports its failure; not an unhandled rejection meanwhile.
  thread?.catch(() => {});
  return { lock, thread };
}
