import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-db';
import type { DatabaseHandle } from '../db/client';
import { constraintAnswer } from '../db/constraint-errors';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** The error a statement fails with on this engine, as the services see it (wrapped by Drizzle). */
async function failureOf(statement: ReturnType<typeof sql>): Promise<unknown> {
  try {
    await database.db.execute(statement);
  } catch (error) {
    return error;
  }
  throw new Error('the statement did not fail');
}

describe('database refusals of changes made at the same moment', () => {
  it('answer 409 with a message, whichever engine refused them; other errors stay 500', async () => {
    const workspace = sql`(SELECT gen_random_uuid())`;
    const duplicate = await failureOf(sql`INSERT INTO tend_migrations (tag) VALUES ('0000_extensions')`);
    expect(constraintAnswer(duplicate)).toMatchObject({ status: 409, message: 'Another record already has this value' });
    expect(constraintAnswer(duplicate)).toMatchObject({ fields: { tag: 'Already in use' }, reasons: { tag: { code: 'in_use' } } });
    const missing = await failureOf(sql`INSERT INTO industries (workspace_id, name) VALUES (${workspace}, 'Orphan')`);
    expect(constraintAnswer(missing)).toMatchObject({ status: 400, code: 'validation_failed' });
    // A deadlock or serialization failure cannot be provoked in one connection: the driver's shape.
    expect(constraintAnswer(new Error('x', { cause: { code: '40P01', severity: 'ERROR' } }))?.message).toMatch(/at the same moment/);
    expect(constraintAnswer(await failureOf(sql`SELECT 1 / 0`))).toBeNull();
    expect(constraintAnswer(Object.assign(new Error('pipe'), { code: 'EPIPE' }))).toBeNull();
  });
});
