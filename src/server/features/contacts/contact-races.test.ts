import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContact, makeCustomer } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';
import { RACE_POOL_SIZE, roundsOn, statusCounts, unexpected } from '../../../../test/races';
import { rows } from '../../db/client';

let t: TestApp;
let alice: Client;

beforeAll(async () => {
  t = await createTestApp({ poolSize: RACE_POOL_SIZE });
  alice = await newWorkspace(t);
});
afterAll(() => t.close());

const newCustomer = async (name: string): Promise<string> => (await makeCustomer(t, alice, { name })).id;
const newContact = async (customerId: string, firstName: string): Promise<string> =>
  (await makeContact(t, alice, customerId, { firstName, lastName: 'Race' })).id;

/** Customers whose contact search text is not what their live contacts give now. */
async function staleSearchText(customerIds: string[]): Promise<string[]> {
  const stale = await rows<{ id: string }>(
    t.database.db,
    sql`SELECT c.id::text AS id FROM customers c
         WHERE c.id = ANY(${`{${customerIds.join(',')}}`}::uuid[])
           AND c.contact_search_text IS DISTINCT FROM coalesce((SELECT string_agg(k.search_text, E'\n' ORDER BY k.id) FROM contacts k
                                                                 WHERE k.customer_id = c.id AND k.deleted_at IS NULL), '')`,
  );
  return stale.map((r) => r.id);
}

// On PostgreSQL the foreign-key check of every new contact holds a share lock on the customer; the
// search-text trigger then locked the customer FOR UPDATE, which waits for every other holder:
// 18 of 20 such creations died as deadlocks.
describe('contacts written in parallel', () => {
  it('20 contacts created at once for one customer all succeed, and the search text has all 20 (10 rounds on PostgreSQL)', async () => {
    const all: LightMyRequestResponse[] = [];
    const missing: string[] = [];
    const rounds = roundsOn(t.database.engine, 10);
    for (let round = 0; round < rounds; round++) {
      const customerId = await newCustomer(`Parallel Kontakt ${round}`);
      const names = Array.from({ length: 20 }, (_, i) => `Samtidig${round}x${i}`);
      const results = await Promise.all(names.map((firstName) => alice.post('/api/v1/contacts', { customerId, firstName, lastName: 'Race' })));
      all.push(...results);
      const created = names.filter((_, i) => results[i].statusCode === 201);
      const [{ text }] = await rows<{ text: string }>(t.database.db, sql`SELECT contact_search_text AS text FROM customers WHERE id = ${customerId}`);
      missing.push(...created.filter((name) => !text.includes(name.toLowerCase())));
    }
    expect(statusCounts(all), unexpected(all, [201]) ?? '').toEqual({ 201: 20 * rounds });
    expect(missing).toEqual([]);
  });

  it('contacts moved, trashed, renamed and added at once keep both customers search text right (5 rounds on PostgreSQL)', async () => {
    const all: LightMyRequestResponse[] = [];
    const stale: string[] = [];
    const rounds = roundsOn(t.database.engine, 5);
    for (let round = 0; round < rounds; round++) {
      const a = await newCustomer(`Flyt A ${round}`);
      const b = await newCustomer(`Flyt B ${round}`);
      const ofA: string[] = [];
      const ofB: string[] = [];
      for (let i = 0; i < 6; i++) {
        ofA.push(await newContact(a, `Aalborg${round}x${i}`));
        ofB.push(await newContact(b, `Bergen${round}x${i}`));
      }
      const results = await Promise.all([
        ...ofA.slice(0, 3).map((id) => alice.patch(`/api/v1/contacts/${id}`, { customerId: b })),
        ...ofB.slice(0, 3).map((id) => alice.patch(`/api/v1/contacts/${id}`, { customerId: a })),
        alice.delete(`/api/v1/contacts/${ofA[3]}`),
        alice.delete(`/api/v1/contacts/${ofB[3]}`),
        alice.patch(`/api/v1/contacts/${ofA[4]}`, { firstName: `Renamed${round}a` }),
        alice.patch(`/api/v1/contacts/${ofB[4]}`, { firstName: `Renamed${round}b`, customerId: a }),
        ...[0, 1, 2].flatMap((i) => [
          alice.post('/api/v1/contacts', { customerId: a, firstName: `NewA${round}x${i}` }),
          alice.post('/api/v1/contacts', { customerId: b, firstName: `NewB${round}x${i}` }),
        ]),
      ]);
      all.push(...results);
      stale.push(...(await staleSearchText([a, b])));
    }
    expect(statusCounts(all), unexpected(all, [200, 201]) ?? '').toEqual({ 200: 10 * rounds, 201: 6 * rounds });
    expect(stale).toEqual([]);
  });
});
