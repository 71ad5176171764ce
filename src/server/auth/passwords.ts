import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { KdfQueue } from './kdf-queue';

/** Two derivations at once leave half of libuv's four threads (and a core) to everything else. */
export const kdfQueue = new KdfQueue(2, 32);

/**
 * scrypt from node:crypto. The parameters are stored with each hash so the cost can rise later
 * without invalidating old passwords: `scrypt$<log2N>$<r>$<p>$<salt>$<hash>`.
 */
function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  return kdfQueue.run(() => deriveNow(password, salt, logN, r, p));
}

function deriveNow(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, 32, { N: 2 ** logN, r, p, maxmem: 256 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export async function hashPassword(password: string, logN = 17): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, logN, 8, 1);
  return ['scrypt', logN, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), Number(logN), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash to check against when the email is unknown, so timing does not reveal which emails exist. */
const dummies = new Map<number, Promise<string>>();
export function dummyHash(logN: number): Promise<string> {
  let dummy = dummies.get(logN);
  if (!dummy) {
    dummy = hashPassword('not-a-real-password', logN);
    dummies.set(logN, dummy);
    // A refused attempt (the KDF queue was full) must not stay cached.
    dummy.catch(() => dummies.delete(logN));
  }
  return dummy;
}
