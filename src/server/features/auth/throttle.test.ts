import { describe, expect, it } from 'vitest';
import { trustProxyFrom } from '../../config';
import { POLICIES, delayAfterFailure, waitAfterAttempt } from './throttle';

describe('sign-in throttling policy', () => {
  it.each([
    [1, 0],
    [5, 0],
    [6, 1000],
    [7, 2000],
    [8, 4000],
    [12, 64_000],
    [13, 120_000],
    [1000, 120_000],
  ])('per account, attempt %i makes the next wait %i ms', (attempts, wait) => {
    expect(waitAfterAttempt(attempts, POLICIES.email)).toBe(wait);
  });

  it('is generous per address and never waits more than a minute there', () => {
    expect(waitAfterAttempt(POLICIES.address.free, POLICIES.address)).toBe(0);
    expect(waitAfterAttempt(POLICIES.address.free + 1, POLICIES.address)).toBe(1000);
    expect(waitAfterAttempt(10_000, POLICIES.address)).toBe(60_000);
  });

  it('slows each further free failure a little; after them the waits take over', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => delayAfterFailure(n, POLICIES.email));
    expect(delays).toEqual([0, 200, 400, 600, 800, 0, 0]);
  });
});

describe('TEND_TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['10.0.0.1', ['10.0.0.1']],
    ['10.0.0.0/8, 192.168.1.1 ,::1,fd00::/8,loopback', ['10.0.0.0/8', '192.168.1.1', '::1', 'fd00::/8', 'loopback']],
  ])('reads %j as %j', (raw, trust) => {
    expect(trustProxyFrom(raw)).toEqual(trust);
  });

  it.each(['true', '*', 'yes', '11', '10.0.0.0/33', '10.0.0.1/8/2', 'proxy.example.com', ','])('refuses %j (never "trust everyone")', (raw) => {
    expect(() => trustProxyFrom(raw)).toThrow(/TEND_TRUST_PROXY/);
  });
});
