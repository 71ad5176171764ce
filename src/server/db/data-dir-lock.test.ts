import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, isStale, LOCK_FILE, lockDataDir, type LockOwner } from './data-dir-lock';

const here = { host: os.hostname(), pid: process.pid, bootId: 'boot-a' };
const owner = (extra: Partial<LockOwner>): LockOwner => ({
  pid: process.ppid,
  host: os.hostname(),
  kind: 'server',
  url: 'http://127.0.0.1:3000',
  startedAt: '2026-11-30T10:00:00.000Z',
  token: 'abc',
  bootId: 'boot-a',
  processStart: null,
  ...extra,
});
/** A pid that was alive a moment ago and is not any more. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;
const startOf = (pid: number) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19]!;

describe('judging a lock left by another process', () => {
  it.each([
    ['a live process on this host holds it', owner({}), false],
    ['its process is gone', owner({ pid: deadPid() }), true],
    ['the machine restarted since (another boot id)', owner({ bootId: 'boot-b' }), true],
    ['its pid is this very process (a restarted container gets the same pid)', owner({ pid: process.pid }), true],
    ['it was written on another host (its pid means nothing here)', owner({ host: 'elsewhere', pid: deadPid() }), false],
  ])('%s → stale: %s', (_, lock, stale) => {
    expect(isStale(lock, here)).toBe(stale);
  });

  it.runIf(fs.existsSync('/proc/self/stat'))('sees a pid reused by another process: same pid, another start time', () => {
    expect(isStale(owner({ processStart: startOf(process.ppid) }), here)).toBe(false);
    expect(isStale(owner({ processStart: String(Number(startOf(process.ppid)) + 1) }), here)).toBe(true);
  });
});

describe('lockDataDir', () => {
  const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'tend-lock-'));

  it('takes a free directory, refuses a held one naming the owner, and frees it on release', () => {
    const dataDir = dir();
    const lock = lockDataDir(dataDir, 'server');
    lock.listening('http://127.0.0.1:4321');
    // Written as another live process of this host would have.
    const held = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as LockOwner;
    fs.writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ ...held, pid: process.ppid, processStart: null, token: 'other' }));
    expect(() => lockDataDir(dataDir, 'migration')).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dataDir, 'migration')).toThrow(
      `is in use by another Tend server (pid ${process.ppid}, http://127.0.0.1:4321, since ${held.startedAt}). Stop it first.`,
    );
    lock.release(); // not ours any more: left in place
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(true);
    fs.rmSync(path.join(dataDir, LOCK_FILE));
    lockDataDir(dataDir, 'migration').release();
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('takes over a lock whose process is gone, and an unreadable one', () => {
    const dataDir = dir();
    fs.writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify(owner({ pid: deadPid(), bootId: null })));
    lockDataDir(dataDir, 'server').release();
    fs.writeFileSync(path.join(dataDir, LOCK_FILE), '{"pid": 12');
    const lock = lockDataDir(dataDir, 'server');
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });
});
