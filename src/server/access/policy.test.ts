import { describe, expect, it } from 'vitest';
import { type Action, type Kind, type Ownership, type Role, can, ownershipOf } from './policy';

const roles: Role[] = ['admin', 'manager', 'user'];
const ownerships: (Ownership | undefined)[] = [undefined, 'own', 'team', 'unassigned', 'other'];

/**
 * The whole policy as a table: kind, action, and for each role the ownerships it is allowed on
 * ('all': every record and the kind as a whole, as for lists and new records; '-': never).
 * Every (kind, action) pair not in the table is refused to everyone.
 */
type Cell = 'all' | '-' | Ownership[];
const table: [Kind, Action, admin: Cell, manager: Cell, user: Cell][] = [
  ['customer', 'read', 'all', 'all', 'all'],
  ['customer', 'create', 'all', 'all', 'all'],
  ['customer', 'change', 'all', 'all', 'all'],
  ['customer', 'delete', 'all', ['own', 'team', 'unassigned'], ['own']],
  ['customer', 'restore', 'all', ['own', 'team', 'unassigned'], ['own']],
  ['customer', 'purge', 'all', '-', '-'],
  ['contact', 'read', 'all', 'all', 'all'],
  ['contact', 'create', 'all', 'all', 'all'],
  ['contact', 'change', 'all', 'all', 'all'],
  ['contact', 'delete', 'all', ['own', 'team', 'unassigned'], ['own']],
  ['activity', 'read', 'all', 'all', 'all'],
  ['activity', 'create', 'all', 'all', 'all'],
  ['activity', 'change', 'all', 'all', 'all'],
  ['activity', 'delete', 'all', ['own', 'team', 'unassigned'], ['own']],
  ['setting', 'read', 'all', 'all', 'all'],
  ['setting', 'create', 'all', '-', '-'],
  ['setting', 'change', 'all', '-', '-'],
  ['setting', 'delete', 'all', '-', '-'],
  ['group', 'read', 'all', 'all', 'all'],
  ['group', 'create', 'all', '-', '-'],
  ['group', 'change', 'all', '-', '-'],
  ['group', 'delete', 'all', '-', '-'],
  ['budget', 'read', 'all', 'all', 'all'],
  ['budget', 'change', 'all', '-', '-'],
  ['user', 'read', 'all', 'all', 'all'],
  ['user', 'create', 'all', '-', '-'],
  ['user', 'manage', 'all', '-', '-'],
  ['user', 'change', ['own'], ['own'], ['own']],
  ['audit-log', 'read', 'all', '-', '-'],
  ['token', 'read', ['own'], ['own'], ['own']],
  ['token', 'create', 'all', 'all', 'all'],
  ['token', 'delete', ['own'], ['own'], ['own']],
  ['workspace', 'read', 'all', 'all', 'all'],
  ['workspace', 'change', 'all', '-', '-'],
  // IMAP mailboxes are personal, an admin's too.
  ['mailbox', 'read', ['own'], ['own'], ['own']],
  ['mailbox', 'create', 'all', 'all', 'all'],
  ['mailbox', 'change', ['own'], ['own'], ['own']],
  ['mailbox', 'delete', ['own'], ['own'], ['own']],
];

const allowedBy = (cell: Cell, ownership: Ownership | undefined) =>
  cell === 'all' ? true : cell === '-' ? false : ownership !== undefined && cell.includes(ownership);

describe('the access policy, role × action × ownership', () => {
  const cases = table.flatMap(([kind, action, ...cells]) =>
    roles.flatMap((role, i) => ownerships.map((ownership) => ({ kind, action, role, ownership, allowed: allowedBy(cells[i], ownership) }))),
  );
  it.each(cases)('$role $action $kind ($ownership) → $allowed', ({ kind, action, role, ownership, allowed }) => {
    expect(can({ role }, action, { kind, ownership })).toBe(allowed);
  });

  it('refuses every pair the table does not name, to everyone', () => {
    const kinds: Kind[] = ['customer', 'contact', 'activity', 'setting', 'user', 'group', 'budget', 'audit-log', 'token', 'workspace', 'mailbox'];
    const actions: Action[] = ['read', 'create', 'change', 'delete', 'restore', 'purge', 'manage'];
    const named = new Set(table.map(([kind, action]) => `${kind}/${action}`));
    for (const kind of kinds) {
      for (const action of actions.filter((a) => !named.has(`${kind}/${a}`))) {
        for (const role of roles)
          for (const ownership of ownerships) expect(can({ role }, action, { kind, ownership }), `${role} ${action} ${kind}`).toBe(false);
      }
    }
  });
});

describe('ownership from the responsible users', () => {
  const me = { userId: 'me' };
  const team = new Set(['me', 'ann']);
  it.each([
    [['me'], 'own'],
    [['bo', 'me'], 'own'], // an activity of mine on someone else's customer
    [[null, 'me'], 'own'], // an unassigned activity on my customer
    [['ann'], 'team'],
    [['bo', 'ann'], 'team'],
    [['bo'], 'other'],
    [[null], 'unassigned'],
    [[null, null], 'unassigned'],
    [[], 'unassigned'],
  ] as [(string | null)[], Ownership][])('%j → %s', (responsible, expected) => {
    expect(ownershipOf(me, responsible, team)).toBe(expected);
  });
  it('without a team (not a manager) a colleague is just other', () => {
    expect(ownershipOf(me, ['ann'])).toBe('other');
  });
});
