import { activityListQuerySchema, timelineQuerySchema } from '../src/shared/activities';
import { customerListQuerySchema } from '../src/shared/customers';
import { todoFilterSchema, todoQuerySchema } from '../src/shared/todo';
import type { Database } from '../src/server/db/client';
import type { Actor } from '../src/server/db/scope';
import { makeActivityText, makeOutcome, seededRandom } from '../src/server/demo/factories';
import { listActivities, listCustomerActivities } from '../src/server/features/activities/activities.service';
import { listCustomers } from '../src/server/features/customers/customers.service';
import { countTodo, listTodo } from '../src/server/features/todo/todo.service';

import { listAuditLog, listCustomerHistory } from '../src/server/features/history/history.service';
import { auditLogQuerySchema, historyQuerySchema } from '../src/shared/history';
import { BENCH_USER_INDEX, type LoadedDataset } from './dataset';
import type { BenchDb, CapturedQuery } from './db';
import type { HttpScenario } from './load';
import { customerFindScenarios } from './customer-scenarios';
import { commentScenarios } from './comment-scenarios';
import { salesScenarios } from './sales-scenarios';
import { projectScenarios } from './project-scenarios';
import { visibilityScenarios } from './visibility-scenarios';
import { calendarScenarios } from './calendar-scenarios';
import { taskScenarios } from './task-scenarios';
import { documentScenarios } from './document-scenarios';
import { mailScenarios } from './mail-scenarios';
import { partnerScenarios } from './partner-scenarios';
import { webhookScenarios } from './webhook-scenarios';
import { reportScenarios } from './report-scenarios';
import { exportScenarios } from './export-scenarios';

export interface ReadScenario {
  name: string;
  kind: 'read';
  /** What it asks, for the report. */
  detail: string;
  http: HttpScenario;
  /** The product's own statements for this request, captured from its service on a recording Drizzle handle. */
  sql: CapturedQuery[];
  /** Asked as the workspace's admin (the change log is for admins) instead of the bench user. */
  admin?: boolean;
  /** Asked as the bench's manager, or as the bench user with the workspace's customer visibility restricted. */
  as?: 'manager' | 'restricted';
}

export interface WriteScenario {
  name: string;
  kind: 'write';
  detail: string;
  http: HttpScenario;
}

export type Scenario = ReadScenario | WriteScenario;

/** Runs a service call once on a recording handle and keeps the statements it sent, in order. */
async function capture(db: BenchDb, call: (recording: Database) => Promise<unknown>): Promise<CapturedQuery[]> {
  const log: CapturedQuery[] = [];
  await call(db.recording(log));
  return log;
}

const count = async (db: BenchDb, text: string, params: unknown[]) => Number((await db.query<{ n: string | number }>(text, params))[0].n);

/** A word in roughly 0.1–1 % of activities (aiming at 0.4 %), from the generator's own word counts. */
function pickSearchWord(dataset: LoadedDataset): string {
  const candidates = dataset.wordShares.filter((w) => w.share >= 0.001 && w.share <= 0.01 && /^[a-z]{6,}$/.test(w.word));
  if (candidates.length === 0) return dataset.wordShares.find((w) => /^[a-z]{6,}$/.test(w.word))?.word ?? 'levering';
  return candidates.reduce((best, w) => (Math.abs(w.share - 0.004) < Math.abs(best.share - 0.004) ? w : best)).word;
}

/** --only: a prefix of scenario names, or with a trailing `$` one name exactly (`todo$`: the to-do, not todo-counts). */
export const onlyMatches = (name: string, pattern: string) => (pattern.endsWith('$') ? name === pattern.slice(0, -1) : name.startsWith(pattern));

export interface ScenarioSet {
  actor: Actor;
  email: string;
  scenarios: Scenario[];
  notes: Record<string, string | number>;
}

/**
 * Builds every scenario for a loaded dataset while the bench still holds the database: captures
 * each read's SQL from the product's services, counts what the searches match, and fetches the
 * open activities the complete scenario will tick off (each request needs a fresh one).
 */
export async function prepareScenarios(
  db: BenchDb,
  dataset: LoadedDataset,
  options: { seconds: number; email: string; only?: string[] },
): Promise<ScenarioSet> {
  // --only: the groups that write rows to set themselves up run only when one of their scenarios is
  // measured (so a kept dataset, --keep, is not set up twice).
  const only = options.only ?? [];
  const needed = (names: string[]) => only.length === 0 || names.some((n) => only.some((p) => onlyMatches(n, p)));
  const userId = dataset.userIds[BENCH_USER_INDEX];
  const [user] = await db.query<{ time_zone: string; locale: string }>('SELECT time_zone, locale FROM users WHERE id = $1', [userId]);
  const actor: Actor = { userId, workspaceId: dataset.workspaceId, role: 'user', locale: user.locale, timeZone: user.time_zone, restricted: false };
  const notes: Record<string, string | number> = {};
  const { todoOpen, word, partial, customerQ } = await countMatches(db, dataset, userId, notes);
  const reads = [
    ...(await readScenarios(db, dataset, actor, notes, { todoOpen, word, partial, customerQ })),
    ...(await historyScenarios(db, dataset, actor)),
    ...(await customerFindScenarios(db, actor, notes, capture)),
    ...(await visibilityScenarios(db, dataset, actor, word, notes, capture)),
    ...(needed(['calendar-week-10-users']) ? await calendarScenarios(db, dataset, actor, notes, capture) : []),
    ...(needed(['keyword-customers-month', 'keyword-customers-year']) ? await commentScenarios(db, dataset, actor, notes, capture) : []),
    ...(needed(['work-area-customers', 'todo-undated', 'notifications']) ? await taskScenarios(db, dataset, actor, notes, capture) : []),
    ...(needed(['search-document-name']) ? await documentScenarios(db, dataset, actor, notes, capture) : []),
    ...(needed(['mail-unmatched', 'mailboxes']) ? await mailScenarios(db, dataset, actor, notes, capture) : []),
    ...(needed(['customer-partners']) ? await partnerScenarios(db, dataset, actor, notes, capture) : []),
    ...(needed(['sales-projects-list', 'campaign-results']) ? await salesScenarios(db, dataset, actor, notes, capture) : []),
    ...(await reportScenarios(db, dataset, actor, notes, capture)),
    ...(needed(['export']) ? await exportScenarios(db, dataset, actor, notes, capture) : []),
    ...(needed(['project-tree']) ? await projectScenarios(db, dataset, actor, notes, capture) : []),
    ...(needed(['webhook-deliveries']) ? await webhookScenarios(db, dataset, actor, notes, capture) : []),
  ];
  const writes = needed(['create', 'complete+follow-up']) ? await writeScenarios(db, dataset, options.seconds, notes) : [];
  // The setups above rewrite tens of thousands of activities at once (campaign, work area, projects,
  // undated tasks): a twentieth of them for the campaign alone leaves most pages out of the visibility
  // map, and the to-do counts' index-only scans would read the table. Vacuumed as autovacuum (or the
  // embedded engine's nightly job) leaves a table some time after such a change.
  await db.exec('VACUUM (ANALYZE) activities, customers');
  return { actor, email: options.email, scenarios: [...reads, ...writes], notes };
}

/** What the scenarios will find (noted in the report): the user's open activities and the searches' matches. */
async function countMatches(db: BenchDb, dataset: LoadedDataset, userId: string, notes: Record<string, string | number>) {
  const todoOpen = await count(db, 'SELECT count(*) AS n FROM activities WHERE responsible_id = $1 AND NOT done', [userId]);
  notes.todoUserOpenActivities = todoOpen;
  const word = pickSearchWord(dataset);
  const partial = word.slice(1, 5);
  notes.searchWord = word;
  notes.searchWordMatches = await count(db, `SELECT count(*) AS n FROM activities WHERE search_text LIKE tend_fold($1)`, [`%${word}%`]);
  notes.searchPartial = partial;
  notes.searchPartialMatches = await count(db, `SELECT count(*) AS n FROM activities WHERE search_text LIKE tend_fold($1)`, [`%${partial}%`]);
  const customerQ = 'ostergaa';
  notes.customerQuery = customerQ;
  notes.customerQueryMatches = await count(
    db,
    `SELECT count(*) AS n FROM customers c WHERE c.search_text LIKE tend_fold($1) OR EXISTS (SELECT 1 FROM contacts k WHERE k.customer_id = c.id AND k.search_text LIKE tend_fold($1))`,
    [`%${customerQ}%`],
  );
  notes.timelineCustomerActivities = dataset.busiestCustomerActivities;

  return { todoOpen, word, partial, customerQ };
}

/** The reads, each with the SQL the product's service runs for it. */
async function readScenarios(
  db: BenchDb,
  dataset: LoadedDataset,
  actor: Actor,
  notes: Record<string, string | number>,
  { todoOpen, word, partial, customerQ }: { todoOpen: number; word: string; partial: string; customerQ: string },
): Promise<ReadScenario[]> {
  return [
    {
      name: 'todo',
      kind: 'read',
      detail: `GET /api/v1/todo?limit=50 (a user with ${todoOpen.toLocaleString('en-US')} open activities)`,
      http: { method: 'GET', path: '/api/v1/todo?limit=50' },
      sql: await capture(db, (rec) => listTodo(rec, actor, todoQuerySchema.parse({ limit: '50' }))),
    },
    ...(await todoScenarios(db, actor, todoOpen)),
    {
      name: 'timeline',
      kind: 'read',
      detail: `GET /api/v1/customers/{id}/activities (${dataset.busiestCustomerActivities} activities)`,
      http: { method: 'GET', path: `/api/v1/customers/${dataset.busiestCustomerId}/activities?limit=50` },
      sql: await capture(db, (rec) => listCustomerActivities(rec, actor, dataset.busiestCustomerId, timelineQuerySchema.parse({ limit: '50' }))),
    },
    {
      name: 'search-word',
      kind: 'read',
      detail: `GET /api/v1/activities?q=${word} (${notes.searchWordMatches} matches)`,
      http: { method: 'GET', path: `/api/v1/activities?q=${encodeURIComponent(word)}` },
      sql: await capture(db, (rec) => listActivities(rec, actor, activityListQuerySchema.parse({ q: word }))),
    },
    {
      name: 'search-partial',
      kind: 'read',
      detail: `GET /api/v1/activities?q=${partial} (${notes.searchPartialMatches} matches)`,
      http: { method: 'GET', path: `/api/v1/activities?q=${encodeURIComponent(partial)}` },
      sql: await capture(db, (rec) => listActivities(rec, actor, activityListQuerySchema.parse({ q: partial }))),
    },
    {
      name: 'customer-search',
      kind: 'read',
      detail: `GET /api/v1/customers?q=${customerQ} (${notes.customerQueryMatches} matches, Østergaard)`,
      http: { method: 'GET', path: `/api/v1/customers?q=${customerQ}` },
      sql: await capture(db, (rec) => listCustomers(rec, actor, customerListQuerySchema.parse({ q: customerQ }))),
    },
  ];
}

/** The to-do sorted by customer (a join and a sort the due-date index cannot serve) and its counts per bucket (the whole list). */
async function todoScenarios(db: BenchDb, actor: Actor, todoOpen: number): Promise<ReadScenario[]> {
  const open = todoOpen.toLocaleString('en-US');
  return [
    {
      name: 'todo-by-customer',
      kind: 'read',
      detail: `GET /api/v1/todo?limit=50&sort=customer&order=asc (${open} open activities)`,
      http: { method: 'GET', path: '/api/v1/todo?limit=50&sort=customer&order=asc' },
      sql: await capture(db, (rec) => listTodo(rec, actor, todoQuerySchema.parse({ limit: '50', sort: 'customer', order: 'asc' }))),
    },
    {
      name: 'todo-counts',
      kind: 'read',
      detail: `GET /api/v1/todo/counts (${open} open activities)`,
      http: { method: 'GET', path: '/api/v1/todo/counts' },
      sql: await capture(db, (rec) => countTodo(rec, actor, todoFilterSchema.parse({}))),
    },
    {
      name: 'todo-counts-all',
      kind: 'read',
      detail: 'GET /api/v1/todo/counts?responsibleId=all (every open activity of the workspace)',
      http: { method: 'GET', path: '/api/v1/todo/counts?responsibleId=all' },
      sql: await capture(db, (rec) => countTodo(rec, actor, todoFilterSchema.parse({ responsibleId: 'all' }))),
    },
  ];
}

/** The change log: a customer's history (as its user) and the workspace's log, whole and by one person (as the admin). */
async function historyScenarios(db: BenchDb, dataset: LoadedDataset, actor: Actor): Promise<ReadScenario[]> {
  const admin: Actor = { ...actor, userId: dataset.userIds[0], role: 'admin' };
  const customerId = dataset.busiestCustomerId;
  return [
    {
      name: 'customer-history',
      kind: 'read',
      detail: `GET /api/v1/customers/{id}/history (the customer with ${dataset.busiestCustomerActivities} activities)`,
      http: { method: 'GET', path: `/api/v1/customers/${customerId}/history?limit=50` },
      sql: await capture(db, (rec) => listCustomerHistory(rec, actor, customerId, historyQuerySchema.parse({ limit: '50' }))),
    },
    {
      name: 'audit-log',
      kind: 'read',
      detail: 'GET /api/v1/audit-log (the newest 50 changes, admin)',
      http: { method: 'GET', path: '/api/v1/audit-log?limit=50' },
      sql: await capture(db, (rec) => listAuditLog(rec, admin, auditLogQuerySchema.parse({ limit: '50' }))),
      admin: true,
    },
    {
      name: 'audit-log-user',
      kind: 'read',
      detail: "GET /api/v1/audit-log?userId= (one person's changes, admin)",
      http: { method: 'GET', path: `/api/v1/audit-log?limit=50&userId=${actor.userId}` },
      sql: await capture(db, (rec) => listAuditLog(rec, admin, auditLogQuerySchema.parse({ limit: '50', userId: actor.userId }))),
      admin: true,
    },
  ];
}

/** The writes: bodies made up front, and the open activities the complete scenario ticks off. */
async function writeScenarios(db: BenchDb, dataset: LoadedDataset, seconds: number, notes: Record<string, string | number>): Promise<WriteScenario[]> {
  // Writes: bodies made up front from the same text factories, so the load generator only copies strings.
  const r = seededRandom(99);
  const callType = dataset.typeIds.get('call')!;
  const followUpType = dataset.typeIds.get('follow_up')!;
  const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().replace('Z', '+00:00');
  const createBodies = dataset.customerSample.map((c, i) => {
    const text = makeActivityText(r, i % 2 ? 'da' : 'hu', 'call');
    return JSON.stringify({
      typeId: callType,
      subject: text.subject,
      note: text.note,
      customerId: c.customerId,
      contactId: c.contactId,
      scheduledAt: future(1 + (i % 30)),
    });
  });
  let created = 0;

  // Enough distinct open activities for the whole phase at up to 2,000 completions a second.
  const wanted = Math.ceil(2000 * seconds);
  const openIds = (
    await db.query<{ id: string }>('SELECT id::text AS id FROM activities WHERE workspace_id = $1 AND NOT done ORDER BY id LIMIT $2', [
      dataset.workspaceId,
      wanted,
    ])
  ).map((x) => x.id);
  const completeBodies = Array.from({ length: 500 }, (_, i) =>
    JSON.stringify({
      note: makeOutcome(r, 'nb'),
      followUp: { scheduledAt: future(7 + (i % 21)), typeId: followUpType, text: makeActivityText(r, 'en', 'follow_up').subject },
    }),
  );
  let completed = 0;
  notes.completeIdsAvailable = openIds.length;

  return [
    {
      name: 'create',
      kind: 'write',
      detail: 'POST /api/v1/activities (a call with customer, contact, note)',
      http: { method: 'POST', path: '/api/v1/activities', next: () => ({ body: createBodies[created++ % createBodies.length] }) },
    },
    {
      name: 'complete+follow-up',
      kind: 'write',
      detail: 'POST /api/v1/activities/{id}/complete with followUp (a distinct open activity each time)',
      http: {
        method: 'POST',
        path: `/api/v1/activities/${openIds[0]}/complete`,
        // Each request takes the next unused id; autocannon builds one request ahead per connection, hence the margin.
        next: () => ({ path: `/api/v1/activities/${openIds[completed++ % openIds.length]}/complete`, body: completeBodies[completed % completeBodies.length] }),
        ...(openIds.length < wanted ? { amount: Math.max(1, openIds.length - 30) } : {}),
      },
    },
  ];
}
