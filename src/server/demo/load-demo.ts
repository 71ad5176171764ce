import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { activities, activityStatuses, activityTypes, users, workspaces } from '../db/schema';
import type { Actor } from '../db/scope';
import { makeContact, makeCustomer, makeUser } from './records';
import { createWorkspace } from '../features/workspaces/workspaces.service';
import { countries } from './people';
import { languageOfCountry, contactValues, customerValues, userValues, pick, planActivityHistory, seededRandom, type Random } from './factories';

/** Every demo user signs in with this password (documented in the README). */
export const DEMO_PASSWORD = 'tend-demo-2026';
export const DEMO_ADMIN_EMAIL = 'admin@demo.tend.test';
const CUSTOMERS_PER_COUNTRY = 16;

interface DemoOptions {
  kdfCost: number;
  progress: (line: string) => void;
  seed?: number;
}

async function demoWorkspace(db: Database, kdfCost: number) {
  const [existing] = await db.select({ id: workspaces.id }).from(workspaces).orderBy(asc(workspaces.createdAt)).limit(1);
  if (existing) return existing.id;
  const created = await createWorkspace(
    db,
    {
      workspaceName: 'Nordlys Trading',
      locale: 'en',
      timeZone: 'Europe/Copenhagen',
      admin: { email: DEMO_ADMIN_EMAIL, name: 'Demo Admin', password: DEMO_PASSWORD },
    },
    kdfCost,
  );
  return created.workspaceId;
}

/**
 * Salespeople in each role and country, made by the admin through the users service (the user record
 * factory); a demo loaded again into its workspace keeps the ones it made the first time.
 */
async function demoUsers(db: Database, admin: Actor, kdfCost: number, seed: number): Promise<string[]> {
  const r = seededRandom(seed + 1);
  const roles = ['manager', 'user', 'user', 'manager', 'user', 'user', 'user', 'user'] as const;
  const existing = new Set((await db.select({ email: users.email }).from(users).where(eq(users.workspaceId, admin.workspaceId))).map((u) => u.email));
  const ids: string[] = [];
  for (const [i, role] of roles.entries()) {
    const country = countries[i % countries.length];
    const values = userValues(r, country, role);
    const email = `${role}${i + 1}@demo.tend.test`;
    if (existing.has(email)) continue;
    ids.push((await makeUser(db, admin, { ...values, email, password: DEMO_PASSWORD, kdfCost }, r)).id);
  }
  return ids;
}

/** Loads a realistic workspace: users in every role, customers with contacts from DK, NO, HU and IL. */
export async function loadDemo(db: Database, options: DemoOptions) {
  const seed = options.seed ?? 2026;
  const workspaceId = await demoWorkspace(db, options.kdfCost);
  const [admin] = await db.select().from(users).where(eq(users.workspaceId, workspaceId)).orderBy(asc(users.createdAt)).limit(1);
  const actor: Actor = { userId: admin.id, workspaceId, role: 'admin', locale: admin.locale, timeZone: admin.timeZone, restricted: false };
  options.progress('demo: adding users');
  const salespeople = [admin.id, ...(await demoUsers(db, actor, options.kdfCost, seed))];

  const r = seededRandom(seed);
  const total = CUSTOMERS_PER_COUNTRY * countries.length;
  let done = 0;
  const histories: DemoCustomer[] = [];
  for (const country of countries) {
    for (let i = 0; i < CUSTOMERS_PER_COUNTRY; i++) {
      const customer = await makeCustomer(db, actor, { ...customerValues(r, country), responsibleId: pick(r, salespeople) }, r);
      const contactCount = 1 + Math.floor(r() * 3);
      const contacts = [];
      for (let c = 0; c < contactCount; c++) contacts.push(await makeContact(db, actor, customer.id, contactValues(r, customer.id, country), r));
      histories.push({ id: customer.id, countryCode: country.countryCode, responsibleId: customer.responsibleId ?? admin.id, contacts });
      done++;
      if (done % 16 === 0 || done === total) options.progress(`demo: customers ${done}/${total}`);
    }
  }
  const activityCount = await loadActivityHistory(db, workspaceId, histories, {
    r: seededRandom(seed + 2),
    salespeople,
    adminId: admin.id,
    timeZone: admin.timeZone,
    progress: options.progress,
  });
  options.progress(`demo: loaded ${total} customers, ${activityCount} activities and ${salespeople.length} users (password for demo users: see README)`);
  return { workspaceId, customers: total, activities: activityCount };
}

interface DemoCustomer {
  id: string;
  countryCode: string;
  responsibleId: string;
  contacts: { id: string; firstName: string }[];
}

const BATCH = 500;

/**
 * Two years of follow-up chains per customer, in the customer's language (a quarter of them in
 * English), inserted in multi-row batches. Ids are made here so a follow-up can name its previous
 * link in the same batch; links come in chain order, so a previous one is never in a later batch.
 */
/** The workspace's activity types and statuses by key, for rows written in bulk. */
async function activityKeyIds(db: Database, workspaceId: string) {
  const types = await db.select({ id: activityTypes.id, key: activityTypes.key }).from(activityTypes).where(eq(activityTypes.workspaceId, workspaceId));
  const statuses = await db
    .select({ id: activityStatuses.id, key: activityStatuses.key })
    .from(activityStatuses)
    .where(eq(activityStatuses.workspaceId, workspaceId));
  return { typeIds: new Map(types.map((t) => [t.key, t.id])), statusIds: new Map(statuses.map((t) => [t.key, t.id])) };
}

async function loadActivityHistory(
  db: Database,
  workspaceId: string,
  customers: DemoCustomer[],
  options: { r: Random; salespeople: string[]; adminId: string; timeZone: string; progress: (line: string) => void; now?: Date },
): Promise<number> {
  const { r } = options;
  const now = options.now ?? new Date();
  const { typeIds, statusIds } = await activityKeyIds(db, workspaceId);
  const [firstTypeId] = typeIds.values();
  if (!firstTypeId) {
    options.progress('demo: this workspace has no activity types; skipping the activity history');
    return 0;
  }
  const rows: (typeof activities.$inferInsert)[] = [];
  customers.forEach((customer, index) => {
    const language = r() < 0.25 ? 'en' : languageOfCountry(customer.countryCode);
    const plan = planActivityHistory(r, { language, now, timeZone: options.timeZone, contactNames: customer.contacts.map((c) => c.firstName) });
    const ids = plan.map(() => randomUUID());
    plan.forEach((p, i) => {
      // Every fourth customer's open follow-ups are the demo admin's, so the first sign-in has a to-do list.
      const responsibleId = !p.done && index % 4 === 0 ? options.adminId : r() < 0.85 ? customer.responsibleId : pick(r, options.salespeople);
      const status = p.done ? (p.typeKey === 'quote' && r() < 0.5 ? 'succeeded' : 'done') : r() < 0.15 ? 'postponed' : 'scheduled';
      rows.push({
        id: ids[i],
        workspaceId,
        typeId: typeIds.get(p.typeKey) ?? firstTypeId,
        statusId: statusIds.get(status) ?? null,
        subject: p.subject,
        note: p.note,
        customerId: customer.id,
        contactId: p.contact === null ? null : customer.contacts[p.contact].id,
        responsibleId,
        scheduledAt: p.scheduledAt,
        endsAt: p.typeKey === 'meeting' && !p.allDay ? new Date(p.scheduledAt.getTime() + 3600_000) : null,
        allDay: p.allDay,
        done: p.done,
        doneAt: p.done ? new Date(Math.min(now.getTime(), p.scheduledAt.getTime() + 2 * 3600_000)) : null,
        previousActivityId: p.previous === null ? null : ids[p.previous],
        createdById: responsibleId,
        createdAt: new Date(Math.min(now.getTime(), p.scheduledAt.getTime() - 3 * 86_400_000)),
        updatedAt: p.done ? new Date(Math.min(now.getTime(), p.scheduledAt.getTime() + 2 * 3600_000)) : now,
      });
    });
  });
  for (let start = 0; start < rows.length; start += BATCH) {
    await db.insert(activities).values(rows.slice(start, start + BATCH));
    options.progress(`demo: activities ${Math.min(start + BATCH, rows.length)}/${rows.length}`);
  }
  return rows.length;
}
