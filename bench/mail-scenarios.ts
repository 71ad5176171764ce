import { unmatchedQuerySchema } from '../src/shared/mail';
import type { Database } from '../src/server/db/client';
import type { Actor } from '../src/server/db/scope';
import { listUnmatched } from '../src/server/features/mail/unmatched.service';
import { listMailboxes } from '../src/server/features/mailboxes/mailboxes.service';
import type { LoadedDataset } from './dataset';
import type { BenchDb, CapturedQuery } from './db';
import type { ReadScenario } from './scenarios';

/** Unmatched mail waiting: one per this many activities, spread over the users (IMAP now keeps what matched no customer). */
const UNMATCHED_EVERY = 25;
/** Each user's IMAP mailboxes. */
const MAILBOXES_PER_USER = 2;

/**
 * Unmatched mail and mailboxes made in the database, one statement each: waiting mail with small
 * raw bytes (the list never reads them) spread over the users and the last year, and two mailboxes
 * per user with a sealed-looking password that nobody opens.
 */
async function seedMail(db: BenchDb, dataset: LoadedDataset): Promise<void> {
  // Made once: a kept dataset (--keep) already has them.
  const seeded = await db.query('SELECT 1 FROM mailboxes WHERE workspace_id = $1 AND host = $2 LIMIT 1', [dataset.workspaceId, 'imap.bench.invalid']);
  if (seeded.length > 0) return;
  await db.query(
    `INSERT INTO mail_unmatched (workspace_id, user_id, source, direction, message_id, subject, from_address, to_addresses, sent_at, preview, size, raw, created_at)
     SELECT a.workspace_id, coalesce(a.responsible_id, $2::uuid),
       CASE WHEN abs(hashtext(a.id::text)) % 3 = 0 THEN 'dropbox' ELSE 'imap' END, 'in',
       '<' || a.id || '@bench.invalid>', left(a.subject, 200),
       jsonb_build_object('name', 'Afsender', 'address', 'afsender@bench.invalid'),
       jsonb_build_array(jsonb_build_object('name', '', 'address', 'modtager@bench.invalid')),
       coalesce(a.scheduled_at, a.created_at), left(coalesce(a.note, ''), 200), 64, '\\x00'::bytea, coalesce(a.scheduled_at, a.created_at)
     FROM activities a WHERE a.workspace_id = $1 AND abs(hashtext(a.id::text || 'u')) % ${UNMATCHED_EVERY} = 0`,
    [dataset.workspaceId, dataset.userIds[0]],
  );
  await db.query(
    `INSERT INTO mailboxes (workspace_id, user_id, host, port, username, password_sealed, sync_since, aliases, status, last_sync_at)
     SELECT $1, u, 'imap.bench.invalid', 993, 'box' || n || '-' || u || '@bench.invalid', 'v1.bench', current_date - 30,
       CASE WHEN n = 1 THEN '{}'::text[] ELSE ARRAY['alias-' || u || '@bench.invalid'] END, 'idle', now()
     FROM unnest($2::uuid[]) AS u, generate_series(1, ${MAILBOXES_PER_USER}) AS n`,
    [dataset.workspaceId, `{${dataset.userIds.join(',')}}`],
  );
  await db.exec('ANALYZE mail_unmatched; ANALYZE mailboxes');
}

/**
 * The Mail page's unmatched inbox (the bench user's own, and everyone's as the admin) and the
 * user's mailboxes page (issue 16), first page of 50.
 */
export async function mailScenarios(
  db: BenchDb,
  dataset: LoadedDataset,
  actor: Actor,
  notes: Record<string, string | number>,
  capture: (db: BenchDb, call: (recording: Database) => Promise<unknown>) => Promise<CapturedQuery[]>,
): Promise<ReadScenario[]> {
  await seedMail(db, dataset);
  const count = async (text: string, params: unknown[]) => Number((await db.query<{ n: string | number }>(text, params))[0].n);
  notes.unmatchedMail = await count('SELECT count(*) AS n FROM mail_unmatched WHERE workspace_id = $1', [dataset.workspaceId]);
  notes.unmatchedMailOfUser = await count('SELECT count(*) AS n FROM mail_unmatched WHERE user_id = $1', [actor.userId]);
  notes.mailboxes = await count('SELECT count(*) AS n FROM mailboxes WHERE workspace_id = $1', [dataset.workspaceId]);
  const admin: Actor = { ...actor, userId: dataset.userIds[0], role: 'admin' };
  return [
    {
      name: 'mail-unmatched',
      kind: 'read',
      detail: `GET /api/v1/mail/unmatched (the user's ${notes.unmatchedMailOfUser} waiting mails of ${notes.unmatchedMail}; first page of 50, newest first)`,
      http: { method: 'GET', path: '/api/v1/mail/unmatched?limit=50' },
      sql: await capture(db, (rec) => listUnmatched(rec, actor, unmatchedQuerySchema.parse({ limit: '50' }))),
    },
    {
      name: 'mail-unmatched-all',
      kind: 'read',
      detail: `GET /api/v1/mail/unmatched?all=true (everyone's ${notes.unmatchedMail} waiting mails, admin; first page of 50)`,
      http: { method: 'GET', path: '/api/v1/mail/unmatched?limit=50&all=true' },
      sql: await capture(db, (rec) => listUnmatched(rec, admin, unmatchedQuerySchema.parse({ limit: '50', all: 'true' }))),
      admin: true,
    },
    {
      name: 'mailboxes',
      kind: 'read',
      detail: `GET /api/v1/mailboxes (the user's own of ${notes.mailboxes} mailboxes)`,
      http: { method: 'GET', path: '/api/v1/mailboxes' },
      sql: await capture(db, (rec) => listMailboxes(rec, actor)),
    },
  ];
}
