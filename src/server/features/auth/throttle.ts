/**
 * Sign-in throttling, pure: after each failure the answer is slowed a little more, and after
 * MAX_FAILURES within the window the key is refused (429) until the window ends, even with the
 * right password. Keys are an email and a client address, counted separately.
 */
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES = { email: 5, address: 30 } as const;

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
}

export function activeFailures(state: ThrottleState | null, now: Date): number {
  if (!state) return 0;
  return now.getTime() - state.windowStartedAt.getTime() < WINDOW_MS ? state.failures : 0;
}

export function retryAfterSeconds(state: ThrottleState | null, now: Date, max: number): number | null {
  if (activeFailures(state, now) < max || !state) return null;
  return Math.max(1, Math.ceil((state.windowStartedAt.getTime() + WINDOW_MS - now.getTime()) / 1000));
}

/** How long to hold back the answer to a failed attempt that was the n-th failure in the window. */
export function delayAfterFailure(failures: number): number {
  return Math.min(200 * Math.max(0, failures - 1), 2000);
}

export function recordFailure(state: ThrottleState | null, now: Date): ThrottleState {
  const failures = activeFailures(state, now);
  return failures === 0 || !state ? { failures: 1, windowStartedAt: now } : { failures: failures + 1, windowStartedAt: state.windowStartedAt };
}
