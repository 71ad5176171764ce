import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace, PASSWORD } from '../../../../test/helpers';
import { RACE_POOL_SIZE, roundsOn, statusCounts } from '../../../../test/races';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp({ poolSize: RACE_POOL_SIZE });
  admin = await newWorkspace(t);
});
afterAll(() => t.close());

/** The answers that are not the one success or a 409 naming the email. */
const wrongAnswers = (results: LightMyRequestResponse[], success: number) =>
  results.filter((r) => r.statusCode !== success && !(r.statusCode === 409 && refusal(r, 409).fields?.email)).map((r) => `${r.statusCode} ${r.body}`);

// The email is checked, then inserted: on PostgreSQL requests at once all passed the check, and the
// unique index refused all but one of them with a server error.
describe('users with one email at once', () => {
  it('10 users created with one email at once: one is created, the others answer 409 naming the email (5 rounds on PostgreSQL)', async () => {
    const all: LightMyRequestResponse[] = [];
    const wrong: string[] = [];
    const rounds = roundsOn(t.database.engine, 5);
    for (let round = 0; round < rounds; round++) {
      const email = `twin-${round}-${Date.now()}@test.tend`;
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => admin.post('/api/v1/users', { email, name: `Twin ${i}`, password: PASSWORD, role: 'user' })),
      );
      all.push(...results);
      wrong.push(...wrongAnswers(results, 201));
    }
    expect({ answers: statusCounts(all), wrong }).toEqual({ answers: { 201: rounds, 409: 9 * rounds }, wrong: [] });
  });

  it('two users given one email at once: one gets it, the other answers 409 (5 rounds on PostgreSQL)', async () => {
    const all: LightMyRequestResponse[] = [];
    const wrong: string[] = [];
    const rounds = roundsOn(t.database.engine, 5);
    for (let round = 0; round < rounds; round++) {
      const [a, b] = [await newUser(t, admin), await newUser(t, admin)];
      const email = `shared-${round}-${Date.now()}@test.tend`;
      const results = await Promise.all([a, b].map((u) => admin.patch(`/api/v1/users/${u.user.id}`, { email })));
      all.push(...results);
      wrong.push(...wrongAnswers(results, 200));
    }
    expect({ answers: statusCounts(all), wrong }).toEqual({ answers: { 200: rounds, 409: rounds }, wrong: [] });
  });
});
