import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { errorSchema } from '../../src/shared/common';
import { type TestApp, createTestApp } from '../helpers';
import { type Fixtures, createFixtures } from './fixtures';
import { type FuzzRequest, type Operation, describe as describeRequest, injectOptions, operationsOf, requestArbitrary } from './requests';

/**
 * Requests generated from the served OpenAPI document, for every operation, as an admin, a user
 * and anonymously: nothing a client sends may answer 5xx, and every non-2xx answer is in the
 * error format. FUZZ_RUNS sets the number of requests (npm run fuzz runs many more), FUZZ_SEED
 * replays a run: the seed is printed at the start and with every failure.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

let t: TestApp;
let fixtures: Fixtures;
let operations: Operation[];

/** The server's last error log line, to say why a request answered 5xx. */
let lastError = '';
const logger = {
  level: 'error',
  stream: {
    write: (line: string) => {
      lastError = line;
    },
  },
};

beforeAll(async () => {
  t = await createTestApp({ logger });
  fixtures = await createFixtures(t);
  const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  operations = operationsOf(res.json());
});
afterAll(() => t.close());

/** The error message of a logged line, without the request (the key of a failure). */
function causeOf(logged: string): string {
  try {
    const line = JSON.parse(logged) as { err?: { message?: string; cause?: { message?: string } } };
    return `${line.err?.message?.split('\n')[0].slice(0, 100) ?? ''} ${line.err?.cause?.message ?? ''}`;
  } catch {
    return logged.slice(0, 200);
  }
}

/** Everything wrong with one answer, or null. */
function problemWith(res: LightMyRequestResponse, logged: string): string | null {
  if (res.statusCode >= 500) return `answered ${res.statusCode}: ${causeOf(logged)}`;
  const isJson = String(res.headers['content-type'] ?? '').startsWith('application/json');
  if (res.statusCode < 300) {
    if (res.statusCode === 204 || !isJson) return null;
    try {
      JSON.parse(res.body);
      return null;
    } catch {
      return `answered ${res.statusCode} with a body that is not JSON`;
    }
  }
  try {
    const parsed = errorSchema.safeParse(JSON.parse(res.body));
    return parsed.success ? null : `answered ${res.statusCode} outside the error format: ${res.body.slice(0, 300)}`;
  } catch {
    return `answered ${res.statusCode} with a body that is not JSON: ${res.body.slice(0, 300)}`;
  }
}

/** The same number of requests for each operation, each operation's stream seeded from the run's seed. */
function generate(): FuzzRequest[][] {
  const perOperation = Math.ceil(RUNS / operations.length);
  const ctx = { ids: fixtures.allIds };
  return operations.map((op, i) =>
    fc.sample(requestArbitrary(op, ctx, fixtures.idsByCollection, fixtures.callers.length), { seed: SEED + i, numRuns: perOperation }),
  );
}

it(`answers every fuzzed request without a 5xx and in the error format (${RUNS} requests)`, { timeout: 120_000 + RUNS * 60 }, async () => {
  console.log(`fuzz: seed ${SEED} (FUZZ_SEED=${SEED} to replay), ${RUNS} requests over ${operations.length} operations on ${inject('engine')}`);
  const streams = generate();
  const failures = new Map<string, string[]>();
  let sent = 0;
  let serverErrors = 0;
  const statuses = new Map<number, number>();
  for (let round = 0; round < streams[0].length; round++) {
    for (const [index, stream] of streams.entries()) {
      const request = stream[round];
      const caller = fixtures.callers[request.caller];
      const res = await t.app.inject(injectOptions(request, caller.headers));
      sent++;
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      if (res.statusCode >= 500) serverErrors++;
      // A fuzzed sign-out (or password change) must not leave the rest of the run anonymous.
      if (res.statusCode === 401 && caller.name !== 'anonymous') await fixtures.refresh();
      const problem = problemWith(res, lastError);
      lastError = '';
      if (problem) {
        const key = `${request.method} ${operations[index].path} ${problem.replace(/(.)\1{20,}/g, '$1$1$1…').slice(0, 120)}`;
        const examples = failures.get(key) ?? [];
        if (examples.length < 3) examples.push(`${describeRequest(request, caller.name)}\n    → ${problem}`);
        failures.set(key, examples);
      }
    }
  }
  const byStatus = [...statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');
  console.log(`fuzz: ${sent} requests, ${serverErrors} answered 5xx, ${failures.size} distinct failures (seed ${SEED}); answers ${byStatus}`);
  const report = [...failures.entries()].map(([key, examples]) => `${key}\n  ${examples.join('\n  ')}`).join('\n');
  expect(report, `seed ${SEED}`).toBe('');
});
