import { eq, sql } from 'drizzle-orm';
import { type Queryable, rows } from '../../db/client';
import { loginThrottle } from '../../db/schema';
import { AppError } from '../../http/errors';
import { FORGET_AFTER_MS, type ThrottlePolicy } from './throttle';

/**
 * Counts one attempt for the key and answers its number, in ONE statement: the row lock of the
 * upsert orders parallel attempts, and each one sets the wait before the next (see
 * waitAfterAttempt, which this SQL mirrors). An attempt that comes while the key waits is not
 * counted and answers 429 with Retry-After.
 */
export async function countAttempt(db: Queryable, key: string, policy: ThrottlePolicy): Promise<number> {
  const next = sql`(CASE WHEN t.last_attempt_at < now() - make_interval(secs => ${FORGET_AFTER_MS / 1000}::int) THEN 1 ELSE t.attempts + 1 END)`;
  const wait = sql`least(${policy.maxWaitMs}::float8, ${policy.firstWaitMs}::float8 * power(2::float8, least(30, ${next} - ${policy.free}::int - 1)))`;
  const counted = await rows<{ attempts: number }>(
    db,
    sql`INSERT INTO login_throttle AS t (key, attempts, last_attempt_at, blocked_until)
        VALUES (${key}, 1, now(), '-infinity')
        ON CONFLICT (key) DO UPDATE SET
          attempts = ${next},
          last_attempt_at = now(),
          blocked_until = CASE WHEN ${next} > ${policy.free}::int THEN now() + make_interval(secs => ${wait} / 1000) ELSE '-infinity' END
        WHERE t.blocked_until <= now()
        RETURNING attempts`,
  );
  if (counted.length > 0) return Number(counted[0].attempts);
  // The database's clock set the wait, so it also says how long is left.
  const [row] = await rows<{ retry: number }>(
    db,
    sql`SELECT greatest(1, ceil(extract(epoch FROM blocked_until - now())))::int AS retry FROM login_throttle WHERE key = ${key}`,
  );
  const retry = row ? Number(row.retry) : 1;
  throw new AppError('too_many_requests', 'Too many sign-in attempts. Try again in a moment.', undefined, { 'retry-after': String(retry) }).because(
    'too_many_sign_ins',
    { seconds: retry },
  );
}

/** A successful sign-in: the email starts again from zero. */
export async function clearAttempts(db: Queryable, key: string) {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

/** A successful sign-in gives its attempt back to the address: addresses are counted for failures. */
export async function giveBackAttempt(db: Queryable, key: string) {
  await db
    .update(loginThrottle)
    .set({ attempts: sql`greatest(${loginThrottle.attempts} - 1, 0)` })
    .where(eq(loginThrottle.key, key));
}

/** Removes counts that are forgotten anyway (no attempt for FORGET_AFTER_MS, no wait running). */
export async function pruneAttempts(db: Queryable) {
  await db.execute(
    sql`DELETE FROM login_throttle WHERE last_attempt_at < now() - make_interval(secs => ${FORGET_AFTER_MS / 1000}::int) AND blocked_until < now()`,
  );
}
