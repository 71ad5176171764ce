import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/test-db';
import type { DatabaseHandle } from '../../db/client';
import { lookUp } from './activity-writes.repository';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

it('answers grouped look-ups from one SELECT in their own shape, leaving out the columns not asked', async () => {
  const found = await lookUp(database.db, {
    n: sql<number>`1 + 1`,
    refs: { typeOk: sql<boolean>`true`, customerName: sql<string | null>`NULL`, statusOk: undefined },
    followUp: { typeOk: sql<boolean>`false` },
    contact: undefined,
  });
  expect(found).toEqual({ n: 2, refs: { typeOk: true, customerName: null }, followUp: { typeOk: false } });
  expect('statusOk' in found.refs).toBe(false);
  const typed: { n: number; refs: { typeOk: boolean | undefined } } = found; // a type error if the answer were a bag
  expect(typed.n).toBe(2);
  expect(await lookUp(database.db, {})).toEqual({});
});
