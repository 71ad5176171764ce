import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { users, workspaces } from '../db/schema';
import type { Actor } from '../db/scope';
import { hashPassword } from '../auth/passwords';
import { createContact } from '../features/contacts/contacts.service';
import { createCustomer } from '../features/customers/customers.service';
import { createWorkspace } from '../features/workspaces/workspaces.service';
import { countries } from './people';
import { makeContact, makeCustomer, makePerson, pick, seededRandom } from './factories';

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
    { workspaceName: 'Nordlys Trading', locale: 'en', timeZone: 'Europe/Copenhagen', admin: { email: DEMO_ADMIN_EMAIL, name: 'Demo Admin', password: DEMO_PASSWORD } },
    kdfCost,
  );
  return created.workspaceId;
}

/** Salespeople in each role and country; one password hash shared, since they share the demo password. */
async function demoUsers(db: Database, workspaceId: string, kdfCost: number, seed: number) {
  const r = seededRandom(seed + 1);
  const passwordHash = await hashPassword(DEMO_PASSWORD, kdfCost);
  const roles = ['manager', 'user', 'user', 'manager', 'user', 'user', 'user', 'user'] as const;
  const rows = roles.map((role, i) => {
    const country = countries[i % countries.length];
    const person = makePerson(r, country);
    return {
      workspaceId,
      email: `${role}${i + 1}@demo.tend.test`,
      name: `${person.firstName} ${person.lastName}`,
      passwordHash,
      role,
      locale: country.locale,
      timeZone: country.timeZone,
    };
  });
  return db.insert(users).values(rows).onConflictDoNothing().returning({ id: users.id });
}

/** Loads a realistic workspace: users in every role, customers with contacts from DK, NO, HU and IL. */
export async function loadDemo(db: Database, options: DemoOptions) {
  const seed = options.seed ?? 2026;
  const workspaceId = await demoWorkspace(db, options.kdfCost);
  const [admin] = await db.select().from(users).where(eq(users.workspaceId, workspaceId)).orderBy(asc(users.createdAt)).limit(1);
  const actor: Actor = { userId: admin.id, workspaceId, role: 'admin', locale: admin.locale, timeZone: admin.timeZone };
  options.progress('demo: adding users');
  const salespeople = [admin.id, ...(await demoUsers(db, workspaceId, options.kdfCost, seed)).map((u) => u.id)];

  const r = seededRandom(seed);
  const total = CUSTOMERS_PER_COUNTRY * countries.length;
  let done = 0;
  for (const country of countries) {
    for (let i = 0; i < CUSTOMERS_PER_COUNTRY; i++) {
      const customer = await createCustomer(db, actor, { ...makeCustomer(r, country), responsibleId: pick(r, salespeople) });
      const contactCount = 1 + Math.floor(r() * 3);
      for (let c = 0; c < contactCount; c++) await createContact(db, actor, makeContact(r, customer.id, country));
      done++;
      if (done % 16 === 0 || done === total) options.progress(`demo: customers ${done}/${total}`);
    }
  }
  options.progress(`demo: loaded ${total} customers and ${salespeople.length} users (password for demo users: see README)`);
  return { workspaceId, customers: total };
}
