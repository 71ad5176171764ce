import { describe, expect, it } from 'vitest';
import { MAX_FAILURES, WINDOW_MS, activeFailures, delayAfterFailure, recordFailure, retryAfterSeconds } from './throttle';

const t0 = new Date('2026-11-22T09:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

describe('sign-in throttling', () => {
  it('counts failures within the window and forgets them after it', () => {
    let state = recordFailure(null, t0);
    state = recordFailure(state, later(1000));
    expect(activeFailures(state, later(2000))).toBe(2);
    expect(activeFailures(state, later(WINDOW_MS + 1))).toBe(0);
    expect(recordFailure(state, later(WINDOW_MS + 1))).toEqual({ failures: 1, windowStartedAt: later(WINDOW_MS + 1) });
  });

  it('slows each further failure down, up to a cap', () => {
    expect(delayAfterFailure(1)).toBe(0);
    expect(delayAfterFailure(2)).toBeGreaterThan(0);
    expect(delayAfterFailure(4)).toBeGreaterThan(delayAfterFailure(3));
    expect(delayAfterFailure(100)).toBe(2000);
  });

  it('refuses once the limit is reached, until the window ends', () => {
    let state = null;
    for (let i = 0; i < MAX_FAILURES.email - 1; i++) state = recordFailure(state, t0);
    expect(retryAfterSeconds(state, t0, MAX_FAILURES.email)).toBeNull();
    state = recordFailure(state, t0);
    expect(retryAfterSeconds(state, later(60_000), MAX_FAILURES.email)).toBe(WINDOW_MS / 1000 - 60);
    expect(retryAfterSeconds(state, later(WINDOW_MS), MAX_FAILURES.email)).toBeNull();
  });
});
