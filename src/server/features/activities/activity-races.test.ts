import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySchema, activityWithNextSchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import { activityType, makeChain, makeCustomer, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';
import { RACE_POOL_SIZE, roundsOn, statusCounts } from '../../../../test/races';

let t: TestApp;
let alice: Client;
let callType: string;
let customerId: string;

beforeAll(async () => {
  t = await createTestApp({ poolSize: RACE_POOL_SIZE });
  alice = await newWorkspace(t);
  callType = await activityType(t, alice, 'call');
  customerId = (await makeCustomer(t, alice, { name: 'Kæde og Søn ApS' })).id;
});
afterAll(() => t.close());

const followUp = (text: string) => ({ followUp: { scheduledAt: '2026-12-01T10:00:00Z', typeId: callType, text } });
/** The follow-up an answer to a complete made (its `next`). */
const nextOf = (res: LightMyRequestResponse) => parse(activityWithNextSchema, res).next?.id ?? '';

/** A follow-up chain of `length` links, the last one open; answers their ids, first to last. */
async function chainOf(length: number, name: string): Promise<string[]> {
  return (await makeChain(t, alice, length, { typeId: callType, subject: `${name} 0`, customerId })).map((link) => link.id);
}

/**
 * What is wrong with the chain through `ids` (the links that should remain, in order): walked
 * from either end it must be exactly those links, and each link's previous and next must agree.
 */
async function chainProblems(ids: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const end of [ids[0], ids.at(-1)!]) {
    const links = parse(listOf(activitySchema), await alice.get(`/api/v1/activities/${end}/chain`)).items;
    if (links.map((l) => l.id).join() !== ids.join())
      problems.push(`from ${end === ids[0] ? 'the first' : 'the last'} link: ${links.length} links, expected ${ids.length}`);
    links.forEach((l, i) => {
      if (l.previousActivityId !== (links[i - 1]?.id ?? null) || l.nextActivityId !== (links[i + 1]?.id ?? null))
        problems.push(`link ${i} does not agree with its neighbours`);
    });
  }
  return problems;
}

describe('activities and their follow-up chains changed by several requests at once', () => {
  it('deleting neighbouring links at once leaves one whole chain (15 rounds on PostgreSQL)', async () => {
    const all: LightMyRequestResponse[] = [];
    const problems: string[] = [];
    const rounds = roundsOn(t.database.engine, 15);
    for (let round = 0; round < rounds; round++) {
      const ids = await chainOf(5, `Neighbours ${round}`);
      // Links 2 and 3; every third round links 2, 3 and 4.
      const doomed = round % 3 === 2 ? [1, 2, 3] : [1, 2];
      const results = await Promise.all(doomed.map((i) => alice.delete(`/api/v1/activities/${ids[i]}`)));
      all.push(...results);
      problems.push(...(await chainProblems(ids.filter((_, i) => !doomed.includes(i)))).map((p) => `round ${round}: ${p}`));
    }
    expect({ answers: statusCounts(all), problems }, problems.join('\n')).toEqual({ answers: { 200: all.length }, problems: [] });
  });

  it('deleting a link while it is completed with a follow-up keeps the follow-up in the chain (15 rounds on PostgreSQL)', async () => {
    const problems: string[] = [];
    const rounds = roundsOn(t.database.engine, 15);
    for (let round = 0; round < rounds; round++) {
      const [first, open] = await chainOf(2, `Complete or delete ${round}`);
      const [completed, deleted] = await Promise.all([
        alice.post(`/api/v1/activities/${open}/complete`, followUp('Next')),
        alice.delete(`/api/v1/activities/${open}`),
      ]);
      expect(deleted.statusCode, deleted.body).toBe(200);
      // Completed first: its follow-up now follows the first link. Deleted first: nothing to complete (404).
      const remaining = completed.statusCode === 200 ? [first, nextOf(completed)] : [first];
      if (completed.statusCode !== 200 && completed.statusCode !== 404) problems.push(`round ${round}: complete answered ${completed.statusCode}`);
      problems.push(...(await chainProblems(remaining)).map((p) => `round ${round}: ${p}`));
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('ten completions with a follow-up at once make exactly one follow-up (10 rounds on PostgreSQL)', async () => {
    const all: LightMyRequestResponse[] = [];
    const problems: string[] = [];
    const rounds = roundsOn(t.database.engine, 10);
    for (let round = 0; round < rounds; round++) {
      const [id] = await chainOf(1, `Double complete ${round}`);
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => alice.post(`/api/v1/activities/${id}/complete`, followUp(`Next ${i}`))));
      all.push(...results);
      const winner = results.find((r) => r.statusCode === 200);
      if (winner) problems.push(...(await chainProblems([id, nextOf(winner)])));
    }
    expect(statusCounts(all)).toEqual({ 200: rounds, 409: 9 * rounds });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('changes of different fields at once are all kept (10 rounds on PostgreSQL)', async () => {
    const problems: string[] = [];
    const rounds = roundsOn(t.database.engine, 10);
    for (let round = 0; round < rounds; round++) {
      const [id] = await chainOf(1, `Two edits ${round}`);
      const start = parse(activitySchema, await alice.get(`/api/v1/activities/${id}`)).scheduledAt ?? '';
      const results = await Promise.all([
        alice.patch(`/api/v1/activities/${id}`, { scheduledAt: '2027-03-04T05:06:00.000Z' }),
        alice.patch(`/api/v1/activities/${id}`, { subject: `Edited ${round}` }),
        alice.patch(`/api/v1/activities/${id}`, { endsAt: '2027-03-04T08:00:00.000Z' }),
      ]);
      const now = parse(activitySchema, await alice.get(`/api/v1/activities/${id}`));
      // Moving the start moves a set end with it (a snooze keeps the duration), so the end is either the one
      // set (moved first) or the one set and then moved (set first); anything else lost a change.
      const moved = new Date(Date.parse('2027-03-04T08:00:00.000Z') + Date.parse('2027-03-04T05:06:00.000Z') - Date.parse(start)).toISOString();
      const kept = [
        now.scheduledAt === '2027-03-04T05:06:00.000Z',
        now.subject === `Edited ${round}`,
        now.endsAt === '2027-03-04T08:00:00.000Z' || now.endsAt === moved,
      ];
      if (results.some((r) => r.statusCode !== 200) || kept.includes(false)) {
        problems.push(`round ${round}: answered ${results.map((r) => r.statusCode).join('/')}, kept ${kept.join('/')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('ten changes asking for a follow-up at once make exactly one follow-up (10 rounds on PostgreSQL)', async () => {
    const all: LightMyRequestResponse[] = [];
    const problems: string[] = [];
    const rounds = roundsOn(t.database.engine, 10);
    for (let round = 0; round < rounds; round++) {
      const [id] = await chainOf(1, `Double follow-up ${round}`);
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => alice.patch(`/api/v1/activities/${id}`, { note: `Try ${i}`, ...followUp(`Next ${i}`) })),
      );
      all.push(...results);
      const winner = results.find((r) => r.statusCode === 200);
      if (winner) problems.push(...(await chainProblems([id, parse(activitySchema, winner).nextActivityId ?? ''])));
    }
    expect(statusCounts(all)).toEqual({ 200: rounds, 409: 9 * rounds });
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
