import type { LightMyRequestResponse } from 'fastify';

/**
 * Race tests send their requests at once with `Promise.all` over `app.inject`: on PostgreSQL each
 * request's transaction runs on its own pool connection, so they really run in parallel (PGlite has
 * one connection and runs them one after another: the same tests are then a sequential check).
 * The pool must be at least as large as the requests sent at once.
 */
export const RACE_POOL_SIZE = 24;

/** How many answers had each status, e.g. `{ 200: 19, 500: 1 }`: the assertion message shows it. */
export function statusCounts(responses: LightMyRequestResponse[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const r of responses) counts[r.statusCode] = (counts[r.statusCode] ?? 0) + 1;
  return counts;
}

/** The first answer that is not one of `expected`, with its body, for the assertion message. */
export function unexpected(responses: LightMyRequestResponse[], expected: number[]): string | null {
  const bad = responses.find((r) => !expected.includes(r.statusCode));
  return bad ? `${bad.statusCode} ${bad.body}` : null;
}

/**
 * How many rounds a race test runs: all of them on PostgreSQL, where the requests really overlap;
 * two on PGlite, where they run one by one and more rounds would only repeat the sequential check.
 */
export const roundsOn = (engine: 'embedded' | 'postgres', rounds: number) => (engine === 'postgres' ? rounds : Math.min(rounds, 2));
