import type { z } from 'zod';
import { activityCreateSchema, type Activity, type ActivityWithNext } from '../../shared/activities';
import { contactCreateSchema, type Contact } from '../../shared/contacts';
import { customerCreateSchema, type Customer } from '../../shared/customers';
import { groupCreateSchema, groupMemberInputSchema, salesBudgetPutSchema } from '../../shared/settings';
import { tokenCreateSchema } from '../../shared/auth';
import { userCreateSchema, type User } from '../../shared/users';
import type { Database } from '../db/client';
import type { Actor } from '../db/scope';
import { completeActivity, createActivity, listTypes } from '../features/activities/activities.service';
import { createToken } from '../features/auth/auth.service';
import { createContact } from '../features/contacts/contacts.service';
import { createCustomer } from '../features/customers/customers.service';
import { putBudgets } from '../features/settings/budgets.service';
import { createGroup, getGroup, putMember } from '../features/settings/groups.service';
import { listDefinitions } from '../features/settings/settings-lists';
import { createItem } from '../features/settings/settings-lists.service';
import { createUser } from '../features/users/users.service';
import { createWorkspace } from '../features/workspaces/workspaces.service';
import { countries } from './people';
import { type DemoTypeKey, contactValues, customerValues, makeActivityText, pick, type Random, seededRandom, userValues } from './factories';

/**
 * Record factories: each builds realistic values (factories.ts), lets the caller override any of them,
 * reads the result with the same Zod schema the API reads a request body with, and saves it through
 * the feature's service with an actor. A record made here obeys the same rules (access, defaults,
 * checks, audit) as one made through the API. Used by the tests and the demo.
 */
const shared = seededRandom(20_261_130);

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

export async function makeCustomer(
  db: Database,
  actor: Actor,
  overrides: Partial<z.input<typeof customerCreateSchema>> = {},
  r: Random = shared,
): Promise<Customer> {
  return createCustomer(db, actor, customerCreateSchema.parse({ ...customerValues(r), ...overrides }));
}

export async function makeContact(
  db: Database,
  actor: Actor,
  customerId: string,
  overrides: Partial<z.input<typeof contactCreateSchema>> = {},
  r: Random = shared,
): Promise<Contact> {
  return createContact(db, actor, contactCreateSchema.parse({ ...contactValues(r, customerId), ...overrides }));
}

/** The id of one of the workspace's activity types, by key (call, meeting, email, task, …). */
export async function activityTypeId(db: Database, actor: Actor, key: string = 'call'): Promise<string> {
  const { items } = await listTypes(db, actor);
  const type = items.find((t) => t.key === key) ?? items[0];
  if (!type) throw new Error('This workspace has no activity types');
  return type.id;
}

type ActivityOverrides = Partial<z.input<typeof activityCreateSchema>> & { typeKey?: DemoTypeKey };

/** An activity, by default a call of the actor's, due now; `typeKey` picks the type when no typeId is given. */
export async function makeActivity(db: Database, actor: Actor, overrides: ActivityOverrides = {}, r: Random = shared): Promise<Activity> {
  const { typeKey = 'call', ...rest } = overrides;
  const typeId = rest.typeId ?? (await activityTypeId(db, actor, typeKey));
  const text = makeActivityText(r, 'en', typeKey);
  return createActivity(db, actor, activityCreateSchema.parse({ ...text, typeId, ...rest }));
}

/**
 * A follow-up chain of `length` links: the first made with `overrides`, each completed with a follow-up
 * a day later, the last one left open. Returns the links in chain order.
 */
export async function makeChain(db: Database, actor: Actor, length: number, overrides: ActivityOverrides = {}, r: Random = shared): Promise<Activity[]> {
  const links = [await makeActivity(db, actor, overrides, r)];
  for (let i = 1; i < length; i++) {
    const last = links[links.length - 1];
    const at = new Date(new Date(last.scheduledAt ?? Date.now()).getTime() + 86_400_000).toISOString();
    const typeKey = pick(r, ['call', 'meeting', 'follow_up'] as const);
    const followUp = { scheduledAt: at, typeId: await activityTypeId(db, actor, typeKey), text: makeActivityText(r, 'en', typeKey).subject };
    const done: ActivityWithNext = await completeActivity(db, actor, last.id, { followUp });
    links[links.length - 1] = done.activity;
    if (done.next) links.push(done.next);
  }
  return links;
}

type Role = 'admin' | 'manager' | 'user';

/** A user of the admin's workspace, with a realistic name, a unique address and the given password. */
export async function makeUser(
  db: Database,
  admin: Actor,
  options: { role?: Role; password: string; kdfCost: number } & Partial<z.input<typeof userCreateSchema>>,
  r: Random = shared,
): Promise<User> {
  const { kdfCost, role = 'user', ...rest } = options;
  const values = userValues(r, pick(r, countries), role);
  const input = userCreateSchema.parse({ ...values, email: `${role}-${unique()}@test.tend`, ...rest, role });
  return createUser(db, admin, input, kdfCost);
}

/** A workspace with its default lists and its first admin (no actor: workspaces are made by setup, sign-up or the CLI). */
export async function makeWorkspace(
  db: Database,
  options: { password: string; kdfCost: number; email?: string; name?: string; locale?: string; timeZone?: string },
) {
  const email = options.email ?? `admin-${unique()}@test.tend`;
  const created = await createWorkspace(
    db,
    {
      workspaceName: options.name ?? `Workspace ${counter}`,
      locale: options.locale ?? 'en',
      timeZone: options.timeZone ?? 'Europe/Copenhagen',
      admin: { email, name: 'Admin Person', password: options.password },
    },
    options.kdfCost,
  );
  return { ...created, email };
}

/** An item of a settings list (its URL segment: 'industries', 'categories', 'customer-statuses', …). */
export async function makeListItem(db: Database, actor: Actor, list: string, overrides: Record<string, unknown> = {}) {
  const def = listDefinitions.find((d) => d.path === list);
  if (!def) throw new Error(`No settings list "${list}"`);
  const name = `${list} ${unique()}`;
  const key = name.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  const base = 'shape' in def.create && 'key' in (def.create.shape as object) ? { name, key } : { name };
  return createItem(db, def, actor, def.create.parse({ ...base, ...overrides }) as Record<string, unknown>);
}

/** A group with members (user ids, each with an optional role name). */
export async function makeGroup(
  db: Database,
  actor: Actor,
  overrides: Partial<z.input<typeof groupCreateSchema>> = {},
  members: { userId: string; roleName?: string }[] = [],
) {
  const group = await createGroup(db, actor, groupCreateSchema.parse({ name: `Group ${unique()}`, ...overrides }));
  for (const member of members) await putMember(db, actor, group.id, groupMemberInputSchema.parse(member));
  return members.length ? getGroup(db, actor, group.id) : group;
}

/** A sales budget: the same amount every month of a year, for each user. */
export async function makeBudget(db: Database, actor: Actor, options: { userIds: string[]; year: number; amount?: number; currency?: string }) {
  const months = Array.from({ length: 12 }, (_, m) => `${options.year}-${String(m + 1).padStart(2, '0')}`);
  const items = options.userIds.flatMap((userId) =>
    months.map((month) => ({ userId, month, amount: options.amount ?? 100_000, currency: options.currency ?? 'DKK' })),
  );
  return putBudgets(db, actor, options.year, salesBudgetPutSchema.parse({ items }).items);
}

/** An API token of the actor's; the secret is only in the answer. */
export async function makeToken(db: Database, actor: Actor, name = `Token ${unique()}`) {
  return createToken(db, actor, tokenCreateSchema.parse({ name }).name);
}
