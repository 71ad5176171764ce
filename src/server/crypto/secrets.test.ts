import { describe, expect, it } from 'vitest';
import { open, SealedSecretError, SecretKeyMissingError, seal } from './secrets';

const KEY = 'a test key that is long enough for tend';

describe('sealed secrets', () => {
  it('round-trips, differs each time, and never contains the plain text', () => {
    const a = seal(KEY, 'hunter2 æøå');
    const b = seal(KEY, 'hunter2 æøå');
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('hunter2');
    expect(open(KEY, a)).toBe('hunter2 æøå');
  });

  it('refuses without a key, with another key, and when altered', () => {
    expect(() => seal(null, 'x')).toThrow(SecretKeyMissingError);
    expect(() => seal('', 'x')).toThrow(SecretKeyMissingError);
    const sealed = seal(KEY, 'secret');
    expect(() => open(`${KEY}!`, sealed)).toThrow(SealedSecretError);
    const flipped = `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'AB' : 'AA'}`;
    expect(() => open(KEY, flipped)).toThrow(SealedSecretError);
    expect(() => open(KEY, 'v9.abc')).toThrow(SealedSecretError);
    expect(() => open(KEY, 'v1.abc')).toThrow(SealedSecretError);
  });
});
