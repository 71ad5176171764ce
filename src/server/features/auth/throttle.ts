/**
 * Sign-in throttling policy, pure. Every attempt is counted BEFORE the password is checked (so
 * parallel guesses cannot all slip through), per key: the account's email, the client's address,
 * and the address for sign-ups. The first `free` attempts run at once (failures are answered a
 * little later each time); every attempt after that makes the next one wait, 1 s, 2 s, 4 s …
 * up to `maxWaitMs`, answered 429 with Retry-After. A successful sign-in clears the email's count
 * and gives its attempt back to the address, so an address is counted for its failures only.
 * A key nobody tried for FORGET_AFTER_MS starts again from zero.
 */
export interface ThrottlePolicy {
  /** Attempts that run without any wait. */
  free: number;
  /** The first wait; each further attempt doubles it. */
  firstWaitMs: number;
  /** The longest wait, so that a stranger can never lock the owner out for long. */
  maxWaitMs: number;
}

export const POLICIES = {
  /** Per account: guessing one password gets slow fast; the owner waits at most two minutes. */
  email: { free: 5, firstWaitMs: 1000, maxWaitMs: 2 * 60_000 },
  /** Per client address (an office behind one NAT shares it): generous, waits of at most a minute. */
  address: { free: 50, firstWaitMs: 1000, maxWaitMs: 60_000 },
  /** Sign-ups per client address (each one creates a workspace). */
  signup: { free: 5, firstWaitMs: 10_000, maxWaitMs: 10 * 60_000 },
  /** Reset mails per email address: three at once (the third sets the first wait), then one per 5, 10 … minutes, so nobody can mail-bomb a mailbox. */
  forgotEmail: { free: 2, firstWaitMs: 5 * 60_000, maxWaitMs: 15 * 60_000 },
  /** "Forgot password" requests per client address (one client trying many addresses). */
  forgotAddress: { free: 10, firstWaitMs: 10_000, maxWaitMs: 10 * 60_000 },
} as const satisfies Record<string, ThrottlePolicy>;

export const FORGET_AFTER_MS = 15 * 60_000;

/** How long the attempt after the n-th counted one must wait, in milliseconds. */
export function waitAfterAttempt(attempts: number, policy: ThrottlePolicy): number {
  if (attempts <= policy.free) return 0;
  const doublings = Math.min(attempts - policy.free - 1, 30);
  return Math.min(policy.firstWaitMs * 2 ** doublings, policy.maxWaitMs);
}

/**
 * How long to hold back the answer to a failed attempt that was the n-th counted one: the free
 * attempts are slowed a little more each time; after them the waits take over.
 */
export function delayAfterFailure(attempts: number, policy: ThrottlePolicy): number {
  return attempts > policy.free ? 0 : 200 * Math.max(0, attempts - 1);
}
