import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';

/** One round trip to the database: it answers, or this throws. */
export async function ping(db: Queryable) {
  await db.execute(sql`SELECT 1`);
}
