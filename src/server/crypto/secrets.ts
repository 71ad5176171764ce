import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Secrets Tend must read back (an IMAP password), sealed at rest with TEND_SECRET_KEY:
 * AES-256-GCM under a key derived from the secret by HKDF-SHA256 with a random salt per value,
 * a random 96-bit IV, and the GCM tag. Format `v1.<base64url(salt ‖ iv ‖ tag ‖ ciphertext)>`:
 * the version lets a later format (another KDF, key rotation) live beside this one.
 * A tampered value or a wrong key fails to open (GCM authenticates), never yields garbage.
 */
const VERSION = 'v1';
const SALT = 16;
const IV = 12;
const TAG = 16;
const INFO = 'tend/sealed-secret/v1';

export class SecretKeyMissingError extends Error {
  constructor() {
    super('TEND_SECRET_KEY is not set: the administrator must set it before Tend can store passwords');
  }
}

/** Not openable with this key (another key, or altered): the message never shows the value. */
export class SealedSecretError extends Error {}

const keyFor = (secretKey: string, salt: Buffer) => Buffer.from(hkdfSync('sha256', Buffer.from(secretKey, 'utf8'), salt, INFO, 32));

export function seal(secretKey: string | null | undefined, plain: string): string {
  if (!secretKey) throw new SecretKeyMissingError();
  const salt = randomBytes(SALT);
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secretKey, salt), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([salt, iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

export function open(secretKey: string | null | undefined, sealed: string): string {
  if (!secretKey) throw new SecretKeyMissingError();
  const [version, payload] = sealed.split('.', 2);
  if (version !== VERSION || !payload) throw new SealedSecretError(`a sealed secret in an unknown format (${version ?? 'none'})`);
  const raw = Buffer.from(payload, 'base64url');
  if (raw.length < SALT + IV + TAG) throw new SealedSecretError('a sealed secret that is too short');
  const salt = raw.subarray(0, SALT);
  const iv = raw.subarray(SALT, SALT + IV);
  const tag = raw.subarray(SALT + IV, SALT + IV + TAG);
  const decipher = createDecipheriv('aes-256-gcm', keyFor(secretKey, salt), iv);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(raw.subarray(SALT + IV + TAG)), decipher.final()]).toString('utf8');
  } catch {
    throw new SealedSecretError('a sealed secret that does not open with TEND_SECRET_KEY (was the key changed?)');
  }
}
