import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeActivity, makeCustomer, makeGroup } from '../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../test/helpers';
import type { Actor } from '../db/scope';
import { editableBy } from './access.repository';

/**
 * THE visibility rule (visibility.ts) as a table: who, in which mode, sees a customer and may
 * change it, through what. null = cannot see it, 'read', 'edit'. Evaluated by the database, since
 * the rule is SQL.
 */

type Seen = null | 'read' | 'edit';
type Who =
  | 'responsible'
  | 'stranger'
  | 'readShare'
  | 'editShare'
  | 'groupMember'
  | 'subgroupMember'
  | 'parentOfSharedSubgroup'
  | 'activityResponsible'
  | 'activityGuest'
  | 'manager'
  | 'admin';

/** [who, restricted?, expected]. Unrestricted users (and managers, admins) see and change everything, as before. */
const table: [Who, boolean, Seen][] = [
  ['responsible', true, 'edit'],
  ['stranger', true, null],
  ['readShare', true, 'read'],
  ['editShare', true, 'edit'],
  ['groupMember', true, 'read'],
  ['subgroupMember', true, 'read'],
  ['parentOfSharedSubgroup', true, null],
  ['activityResponsible', true, 'read'],
  ['activityGuest', true, 'read'],
  ['manager', false, 'edit'],
  ['admin', false, 'edit'],
  ['stranger', false, 'edit'],
  ['readShare', false, 'edit'],
];

let t: TestApp;
const people = {} as Record<Who, Client>;
let customerId: string;

const actorOf = (c: Client, restricted: boolean): Actor => ({ ...c.user, userId: c.user.id, restricted });

beforeAll(async () => {
  t = await createTestApp();
  const admin = await newWorkspace(t);
  people.admin = admin;
  people.manager = await newUser(t, admin, 'manager');
  const users: Who[] = [
    'responsible',
    'stranger',
    'readShare',
    'editShare',
    'groupMember',
    'subgroupMember',
    'parentOfSharedSubgroup',
    'activityResponsible',
    'activityGuest',
  ];
  for (const who of users) people[who] = await newUser(t, admin, 'user', { name: who });
  const team = await makeGroup(t, admin, { name: 'Team' }, [{ userId: people.groupMember.user.id, roleName: '' }]);
  await makeGroup(t, admin, { name: 'Team North', parentId: team.id }, [{ userId: people.subgroupMember.user.id, roleName: '' }]);
  const top = await makeGroup(t, admin, { name: 'Top' }, [{ userId: people.parentOfSharedSubgroup.user.id, roleName: '' }]);
  const sub = await makeGroup(t, admin, { name: 'Top South', parentId: top.id });
  customerId = (await makeCustomer(t, admin, { name: 'Tabel ApS', responsibleId: people.responsible.user.id })).id;
  await makeActivity(t, admin, { customerId, responsibleId: people.activityResponsible.user.id, additionalUserIds: [people.activityGuest.user.id] });
  const put = await admin.request('PUT', `/api/v1/customers/${customerId}/shares`, {
    items: [
      { userId: people.readShare.user.id, access: 'read' },
      { userId: people.editShare.user.id, access: 'edit' },
      { groupId: team.id, access: 'read' },
      { groupId: sub.id, access: 'edit' },
    ],
  });
  expect(put.statusCode, put.body).toBe(200);
});
afterAll(() => t.close());

describe('the visibility rule', () => {
  it.each(table)('%s (restricted: %s) → %s', async (who, restricted, expected) => {
    const editable = await editableBy(t.database.db, actorOf(people[who], restricted), 'customer', customerId);
    expect(editable === null ? null : editable ? 'edit' : 'read').toBe(expected);
  });

  it('another workspace sees nothing, restricted or not', async () => {
    const other = await newWorkspace(t);
    for (const restricted of [true, false]) expect(await editableBy(t.database.db, actorOf(other, restricted), 'customer', customerId)).toBeNull();
  });
});
