import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { hashPassword } from '../src/server/auth/passwords';
import { migrate } from '../src/server/db/migrate';
import { activityStatuses, activityTypes, users } from '../src/server/db/schema';
import { createWorkspace } from '../src/server/features/workspaces/workspaces.service';
import {
  type DemoTypeKey,
  languageOfCountry,
  contactValues,
  customerValues,
  userValues,
  pick,
  planActivityHistory,
  seededRandom,
} from '../src/server/demo/factories';
import { countries } from '../src/server/demo/people';
import type { BenchDb } from './db';
import { log, Progress } from './progress';

/** Every bench user signs in with this; hashed once at a cheap cost (the server verifies any cost). */
export const BENCH_PASSWORD = 'bench-password-2026';
export const benchEmail = (i: number) => `user${i}@bench.tend.test`;
/** The salesperson whose to-do list and session the API scenarios use (an ordinary user). */
export const BENCH_USER_INDEX = 1;

export interface DatasetSize {
  activities: number;
  customers: number;
  contacts: number;
  users: number;
}

/** 10 customers and about 30 contacts per 100 activities, 50 users. */
export function sizeFor(activities: number): DatasetSize {
  return { activities, customers: Math.max(10, Math.round(activities / 10)), contacts: Math.round(activities * 0.3), users: 50 };
}

export interface LoadedDataset {
  workspaceId: string;
  userIds: string[];
  typeIds: Map<string, string>;
  statusIds: Map<string, string>;
  counts: { customers: number; contacts: number; activities: number; openActivities: number };
  /** A customer with the most activities (its timeline is the longest). */
  busiestCustomerId: string;
  busiestCustomerActivities: number;
  /** A sample of customers with one of their contacts, for the create scenario. */
  customerSample: { customerId: string; contactId: string | null }[];
  /** Words of the activity texts with their share of activities, from a sample, most frequent first. */
  wordShares: { word: string; share: number }[];
  timings: { generateAndInsertS: number; indexS: number; analyzeS: number; totalS: number };
}

const BATCH = 5000;
/** Batches per transaction: big enough that commits are rare, small enough to keep memory flat. */
const BATCHES_PER_TX = 10;

interface Columns {
  [name: string]: { type: string; values: unknown[] };
}

/** One INSERT … SELECT * FROM unnest($1::t1[], $2::t2[], …): one parameter per column. */
async function insertColumns(db: BenchDb, table: string, columns: Columns) {
  const names = Object.keys(columns);
  const list = names.map((n) => `"${n}"`).join(', ');
  const unnest = names.map((n, i) => `$${i + 1}::${columns[n].type}[]`).join(', ');
  await db.query(
    `INSERT INTO ${table} (${list}) SELECT * FROM unnest(${unnest})`,
    names.map((n) => columns[n].values),
  );
}

/** Column buffers that fill up to BATCH rows and then go to the database in one statement. */
class BulkWriter {
  private columns: Columns;
  private rows = 0;
  private batches = 0;
  private inTx = false;
  written = 0;
  constructor(
    private readonly db: BenchDb,
    private readonly table: string,
    private readonly types: Record<string, string>,
    private readonly progress: Progress,
  ) {
    this.columns = this.empty();
  }
  private empty(): Columns {
    return Object.fromEntries(Object.entries(this.types).map(([n, type]) => [n, { type, values: [] as unknown[] }]));
  }
  async add(row: Record<string, unknown>) {
    for (const name of Object.keys(this.types)) this.columns[name].values.push(row[name] ?? null);
    if (++this.rows >= BATCH) await this.flush();
  }
  async flush() {
    if (this.rows === 0) return;
    if (!this.inTx) {
      await this.db.exec('BEGIN');
      this.inTx = true;
    }
    await insertColumns(this.db, this.table, this.columns);
    this.written += this.rows;
    this.rows = 0;
    this.columns = this.empty();
    this.progress.update(this.written);
    if (++this.batches % BATCHES_PER_TX === 0) await this.commit();
  }
  async commit() {
    if (!this.inTx) return;
    await this.db.exec('COMMIT');
    this.inTx = false;
  }
  async finish() {
    await this.flush();
    await this.commit();
    this.progress.finish();
  }
}

interface CustomerRef {
  id: string;
  countryCode: string;
  responsibleId: string;
  contacts: { id: string; firstName: string }[];
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u0591-\u05c7]/g, '');

const CUSTOMER_COLUMNS = {
  id: 'uuid',
  workspace_id: 'uuid',
  name: 'text',
  status: 'text',
  email: 'text',
  phone: 'text',
  website: 'text',
  address: 'text',
  postal_code: 'text',
  city: 'text',
  country_code: 'text',
  responsible_id: 'uuid',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
};

const CONTACT_COLUMNS = {
  id: 'uuid',
  workspace_id: 'uuid',
  customer_id: 'uuid',
  first_name: 'text',
  last_name: 'text',
  title: 'text',
  email: 'text',
  phone: 'text',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
};

const ACTIVITY_COLUMNS = {
  id: 'uuid',
  workspace_id: 'uuid',
  type_id: 'uuid',
  status_id: 'uuid',
  subject: 'text',
  note: 'text',
  customer_id: 'uuid',
  contact_id: 'uuid',
  responsible_id: 'uuid',
  scheduled_at: 'timestamptz',
  ends_at: 'timestamptz',
  all_day: 'bool',
  done: 'bool',
  done_at: 'timestamptz',
  previous_activity_id: 'uuid',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  created_by_id: 'uuid',
};

/** The workspace through the product's own service (so it has the default types and statuses), and its users in bulk. */
async function createPeople(db: BenchDb, size: DatasetSize, seed: number) {
  const passwordHash = await hashPassword(BENCH_PASSWORD, 10);
  const { workspaceId, adminId } = await createWorkspace(
    db.db,
    {
      workspaceName: 'Bench Trading',
      locale: 'en',
      timeZone: 'Europe/Copenhagen',
      admin: { email: benchEmail(0), name: 'Bench Admin', password: BENCH_PASSWORD },
    },
    10,
  );
  const ru = seededRandom(seed + 1);
  const more = Array.from({ length: size.users - 1 }, (_, k) => {
    const i = k + 1;
    const country = countries[i % countries.length];
    const user = userValues(ru, country, i % 10 === 5 ? 'manager' : 'user');
    // Bulk-inserted with one shared hash (a thousand hashes would dominate the load); values as the factories make them.
    return { workspaceId, email: benchEmail(i), ...user, passwordHash, locale: 'en' };
  });
  const inserted = more.length ? await db.db.insert(users).values(more).returning({ id: users.id, email: users.email }) : [];
  const byEmail = new Map(inserted.map((u) => [u.email, u.id]));
  const userIds = [adminId, ...more.map((u) => byEmail.get(u.email)!)];
  const typeIds = new Map(
    (await db.db.select({ id: activityTypes.id, key: activityTypes.key }).from(activityTypes).where(eq(activityTypes.workspaceId, workspaceId))).map((t) => [
      t.key,
      t.id,
    ]),
  );
  const statusIds = new Map(
    (
      await db.db.select({ id: activityStatuses.id, key: activityStatuses.key }).from(activityStatuses).where(eq(activityStatuses.workspaceId, workspaceId))
    ).map((s) => [s.key, s.id]),
  );
  return { workspaceId, userIds, typeIds, statusIds };
}

/** Drops the secondary indexes (answers their definitions, to rebuild them) and the per-row triggers for the bulk load. */
async function prepareBulkLoad(db: BenchDb) {
  // Secondary indexes are dropped during the load and rebuilt from their exact definitions after:
  // one sorted build is several times faster than maintaining trigram GIN indexes row by row.
  const indexes = await db.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('customers', 'contacts', 'activities', 'audit_log')
       AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY indexname`,
  );
  for (const ix of indexes) await db.exec(`DROP INDEX "${ix.indexname}"`);
  // The rows are consistent by construction; skipping the per-row foreign-key triggers halves the load time.
  await db.exec(`SET session_replication_role = replica`);
  return indexes;
}

/** Customers from the shared factories, each with 1–5 contacts (returned as rows, written after the customers). */
async function loadCustomers(db: BenchDb, size: DatasetSize, seed: number, now: Date, workspaceId: string, userIds: string[]) {
  const r = seededRandom(seed);
  const customers: CustomerRef[] = [];
  const customerWriter = new BulkWriter(db, 'customers', CUSTOMER_COLUMNS, new Progress('customers', size.customers));
  const contactRows: Record<string, unknown>[] = [];
  for (let i = 0; i < size.customers; i++) {
    const country = countries[i % countries.length];
    const c = customerValues(r, country);
    const id = randomUUID();
    const responsibleId = pick(r, userIds);
    const created = new Date(now.getTime() - Math.floor(r() * 900) * 86_400_000);
    await customerWriter.add({
      id,
      workspace_id: workspaceId,
      name: c.name,
      status: c.status,
      email: c.email,
      phone: c.phone,
      website: c.website,
      address: c.address,
      postal_code: c.postalCode,
      city: c.city,
      country_code: c.countryCode,
      responsible_id: responsibleId,
      created_at: created,
      updated_at: created,
    });
    const ref: CustomerRef = { id, countryCode: country.countryCode, responsibleId, contacts: [] };
    // 1–5 contacts, 3 on average: 30 per 100 activities.
    const n = 1 + Math.floor(r() * 5);
    for (let k = 0; k < n; k++) {
      const p = contactValues(r, id, country);
      const contactId = randomUUID();
      ref.contacts.push({ id: contactId, firstName: p.firstName });
      contactRows.push({
        id: contactId,
        workspace_id: workspaceId,
        customer_id: id,
        first_name: p.firstName,
        last_name: p.lastName ?? '',
        title: p.title ?? null,
        email: p.email ?? null,
        phone: p.phone ?? null,
        created_at: created,
        updated_at: created,
      });
    }
    customers.push(ref);
  }
  await customerWriter.finish();
  return { customers, contactRows };
}

/** Writes the contacts and fills what their triggers would have; answers how many. */
async function loadContacts(db: BenchDb, contactRows: Record<string, unknown>[]): Promise<number> {
  const contactWriter = new BulkWriter(db, 'contacts', CONTACT_COLUMNS, new Progress('contacts', contactRows.length));
  for (const row of contactRows) await contactWriter.add(row);
  await contactWriter.finish();
  contactRows.length = 0;
  // Replica mode skips the contacts triggers that keep customers.contact_search_text (migration
  // 0006): fill it the way that migration's backfill does, and drop the old row versions.
  await db.exec(`UPDATE customers c SET contact_search_text = k.text
    FROM (SELECT customer_id, string_agg(search_text, E'\\n' ORDER BY id) AS text FROM contacts WHERE deleted_at IS NULL GROUP BY customer_id) k
    WHERE k.customer_id = c.id`);
  await db.exec('VACUUM customers');
  return contactWriter.written;
}

interface People {
  workspaceId: string;
  userIds: string[];
  typeIds: Map<string, string>;
  statusIds: Map<string, string>;
}

/** Activities planned per customer by the shared history planner, customers visited in turn until the count is reached. */
async function loadActivities(db: BenchDb, size: DatasetSize, seed: number, now: Date, people: People, customers: CustomerRef[]) {
  const { workspaceId, userIds, typeIds, statusIds } = people;
  const activityWriter = new BulkWriter(db, 'activities', ACTIVITY_COLUMNS, new Progress('activities', size.activities));
  const ra = seededRandom(seed + 2);
  const perCustomer = new Map<number, number>();
  const wordDocs = new Map<string, number>();
  const SAMPLE = 20_000;
  let sampled = 0;
  let open = 0;
  let total = 0;
  // Customers are visited in turn (again from the first when they run out) until the count is reached.
  for (let visit = 0; total < size.activities && visit < size.activities; visit++) {
    const index = visit % customers.length;
    const customer = customers[index];
    const language = ra() < 0.25 ? 'en' : languageOfCountry(customer.countryCode);
    const plan = planActivityHistory(ra, { language, now, timeZone: 'Europe/Copenhagen', contactNames: customer.contacts.map((c) => c.firstName) });
    const ids = plan.map(() => randomUUID());
    for (let i = 0; i < plan.length && total < size.activities; i++) {
      const p = plan[i];
      const responsibleId = ra() < 0.85 ? customer.responsibleId : pick(ra, userIds);
      const status = p.done ? (p.typeKey === 'quote' && ra() < 0.5 ? 'succeeded' : 'done') : ra() < 0.15 ? 'postponed' : 'scheduled';
      if (sampled < SAMPLE) {
        sampled++;
        for (const w of new Set(fold(`${p.subject} ${p.note ?? ''}`).match(/\p{L}{4,}/gu) ?? [])) wordDocs.set(w, (wordDocs.get(w) ?? 0) + 1);
      }
      if (!p.done) open++;
      perCustomer.set(index, (perCustomer.get(index) ?? 0) + 1);
      const doneAt = p.done ? new Date(Math.min(now.getTime(), p.scheduledAt.getTime() + 2 * 3600_000)) : null;
      await activityWriter.add({
        id: ids[i],
        workspace_id: workspaceId,
        type_id: typeIds.get(p.typeKey as DemoTypeKey) ?? typeIds.values().next().value,
        status_id: statusIds.get(status) ?? null,
        subject: p.subject,
        note: p.note,
        customer_id: customer.id,
        contact_id: p.contact === null ? null : customer.contacts[p.contact].id,
        responsible_id: responsibleId,
        scheduled_at: p.scheduledAt,
        ends_at: p.typeKey === 'meeting' && !p.allDay ? new Date(p.scheduledAt.getTime() + 3600_000) : null,
        all_day: p.allDay,
        done: p.done,
        done_at: doneAt,
        previous_activity_id: p.previous === null ? null : ids[p.previous],
        created_at: new Date(Math.min(now.getTime(), p.scheduledAt.getTime() - 3 * 86_400_000)),
        updated_at: doneAt ?? now,
        created_by_id: responsibleId,
      });
      total++;
    }
  }
  await activityWriter.finish();
  return { perCustomer, wordDocs, sampled, open, total };
}

/**
 * The change log the records would have left: an entry for each customer, contact and activity
 * created, and one for each activity completed, as the services write them (names, customer).
 */
async function loadChangeLog(db: BenchDb, workspaceId: string) {
  const progress = new Progress('change log', 4);
  const insert = 'INSERT INTO audit_log (workspace_id, at, user_id, action, entity, entity_id, customer_id, entity_name, after)';
  const statements = [
    `${insert} SELECT workspace_id, created_at, responsible_id, 'create', 'customer', id, id, name, jsonb_build_object('name', name, 'status', status)
       FROM customers WHERE workspace_id = $1`,
    `${insert} SELECT k.workspace_id, k.created_at, c.responsible_id, 'create', 'contact', k.id, k.customer_id, trim(k.first_name || ' ' || k.last_name),
       jsonb_build_object('firstName', k.first_name, 'lastName', k.last_name) FROM contacts k JOIN customers c ON c.id = k.customer_id WHERE k.workspace_id = $1`,
    `${insert} SELECT workspace_id, created_at, created_by_id, 'create', 'activity', id, customer_id, subject, jsonb_build_object('subject', subject, 'typeId', type_id)
       FROM activities WHERE workspace_id = $1`,
    `${insert} SELECT workspace_id, done_at, responsible_id, 'complete', 'activity', id, customer_id, subject, jsonb_build_object('done', true, 'statusId', status_id)
       FROM activities WHERE workspace_id = $1 AND done`,
  ];
  for (const [i, text] of statements.entries()) {
    await db.query(text, [workspaceId]);
    progress.update(i + 1);
  }
  progress.finish();
}

/** Rebuilds the dropped indexes and analyzes; answers the seconds each took. */
async function rebuildIndexes(db: BenchDb, indexes: { indexdef: string }[]) {
  const indexStarted = Date.now();
  await db.exec(db.engine === 'postgres' ? `SET maintenance_work_mem = '1GB'` : `SET maintenance_work_mem = '256MB'`);
  const ixProgress = new Progress('indexes', indexes.length);
  for (const [i, ix] of indexes.entries()) {
    await db.exec(ix.indexdef);
    ixProgress.update(i + 1);
  }
  ixProgress.finish();
  const indexS = (Date.now() - indexStarted) / 1000;
  const analyzeStarted = Date.now();
  // Vacuumed as autovacuum does after a bulk load (PostgreSQL 13+ vacuums insert-only tables too): the
  // visibility map set, index-only scans (the visibility rule's) read no heap pages.
  await db.exec('VACUUM (ANALYZE) activities, customers, customer_participants');
  await db.exec('ANALYZE');
  const analyzeS = (Date.now() - analyzeStarted) / 1000;
  return { indexS, analyzeS };
}

/**
 * Builds the workspace through the product's own service (so it has the default types and
 * statuses), then customers, contacts and activities from the shared factories in bulk.
 */
export async function loadDataset(db: BenchDb, size: DatasetSize, seed = 2026): Promise<LoadedDataset> {
  const started = Date.now();
  await migrate(db.db);
  const people = await createPeople(db, size, seed);
  const { workspaceId, userIds, typeIds, statusIds } = people;
  const indexes = await prepareBulkLoad(db);
  const now = new Date();
  const { customers, contactRows } = await loadCustomers(db, size, seed, now, workspaceId, userIds);
  const contactCount = await loadContacts(db, contactRows);
  const { perCustomer, wordDocs, sampled, open, total } = await loadActivities(db, size, seed, now, people, customers);
  await loadChangeLog(db, workspaceId);
  await db.exec(`SET session_replication_role = origin`);
  // Replica mode skipped the activities triggers that keep customer_participants (migration 0033).
  await db.exec('SELECT tend_participants_rebuild()');
  // …and the day counts reports read (migration 0047).
  await db.exec('SELECT tend_activity_counts_rebuild(id, time_zone) FROM workspaces');
  const inserted_s = (Date.now() - started) / 1000;
  const { indexS, analyzeS } = await rebuildIndexes(db, indexes);

  let busiest = 0;
  for (const [index, n] of perCustomer) if (n > (perCustomer.get(busiest) ?? 0)) busiest = index;
  const sampleRandom = seededRandom(seed + 3);
  const customerSample = Array.from({ length: Math.min(2000, customers.length) }, () => {
    const c = pick(sampleRandom, customers);
    return { customerId: c.id, contactId: c.contacts.length ? pick(sampleRandom, c.contacts).id : null };
  });
  const wordShares = [...wordDocs].map(([word, n]) => ({ word, share: n / Math.max(1, sampled) })).sort((a, b) => b.share - a.share);
  const totalS = (Date.now() - started) / 1000;
  log(
    `  loaded ${total.toLocaleString('en-US')} activities in ${totalS.toFixed(1)} s (rows ${inserted_s.toFixed(1)} s, indexes ${indexS.toFixed(1)} s, analyze ${analyzeS.toFixed(1)} s)`,
  );
  return {
    workspaceId,
    userIds,
    typeIds,
    statusIds,
    counts: { customers: customers.length, contacts: contactCount, activities: total, openActivities: open },
    busiestCustomerId: customers[busiest].id,
    busiestCustomerActivities: perCustomer.get(busiest) ?? 0,
    customerSample,
    wordShares,
    timings: { generateAndInsertS: inserted_s, indexS, analyzeS, totalS },
  };
}
