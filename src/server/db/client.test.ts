import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { wrapPglite } from './client';
import { preparedRead } from './prepared';

// Engine-independent: the embedded engine's switch for the named-statement fast path.
const opened: PGlite[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.close()));
});

async function open(namedStatements?: boolean) {
  const client = await PGlite.create();
  opened.push(client);
  return { client, handle: wrapPglite(client, namedStatements === undefined ? {} : { namedStatements }) };
}

const answer = preparedRead('client_test_answer', (db) =>
  db
    .select({ n: sql<number>`${sql.placeholder('n')}::int + 1` })
    .from(sql`(SELECT 1) AS one`)
    .prepare('client_test_answer'),
);

const namedOnServer = async (client: PGlite) => (await client.exec(`SELECT count(*)::int AS n FROM pg_prepared_statements`))[0].rows[0] as { n: number };

describe('the PGlite named-statement switch', () => {
  it('is on by default: prepared reads become named statements in the backend', async () => {
    const { client, handle } = await open();
    expect(await answer(handle.db, { n: 41 })).toEqual([{ n: 42 }]);
    expect((await namedOnServer(client)).n).toBe(1);
  });

  it('off: the same reads answer the same through PGlite’s own query, nothing is named', async () => {
    const { client, handle } = await open(false);
    expect(await answer(handle.db, { n: 41 })).toEqual([{ n: 42 }]);
    expect((await namedOnServer(client)).n).toBe(0);
  });
});
