import { describe, expect, it } from 'vitest';
import type { Group } from '../../../shared/settings';
import { diff } from './audit/diff';
import { itemsOf, parseAmount, rowsOf } from './budgets/grid';
import { usageIn } from './conflict';
import { flattenTree } from './groups/tree';
import { keyOf } from './lists/keyOf';
import { moved } from './lists/useSettingsList';

const group = (id: string, parentId: string | null, order = 0): Group => ({ id, name: id, active: true, order, type: 'standard', parentId, memberCount: 0 });

describe('settings logic', () => {
  it('lays groups out as a tree at any depth; a lost parent makes a root', () => {
    const nodes = flattenTree([group('c', 'b'), group('b', 'a'), group('a', null, 1), group('z', null, 0), group('orphan', 'gone', 2)]);
    expect(nodes.map((n) => `${n.group.id}:${n.depth}`)).toEqual(['z:0', 'a:0', 'b:1', 'c:2', 'orphan:0']);
  });

  it('reads amounts people type, and saves only filled cells', () => {
    expect(parseAmount('120 000', 'en')).toBe(120000);
    expect(parseAmount('95000,50', 'en')).toBe(95000.5);
    expect(parseAmount('1,250.75', 'en')).toBe(1250.75);
    expect(parseAmount('1.500', 'da')).toBe(1500);
    expect(parseAmount('1,5', 'da')).toBe(1.5);
    expect(parseAmount('', 'en')).toBeNull();
    expect(parseAmount('abc', 'en')).toBeNaN();
    expect(parseAmount('-5', 'en')).toBeNaN();
    const rows = rowsOf(['u1'], [{ userId: 'u2', month: '2026-03', amount: 10.5, currency: 'NOK' }], 2026, 'DKK', 'da');
    expect(rows.map((r) => [r.userId, r.currency, r.amounts[2]])).toEqual([
      ['u1', 'DKK', ''],
      ['u2', 'NOK', '10,5'],
    ]);
    rows[0].amounts[0] = '1.500';
    expect(itemsOf(rows, 2026, 'da')).toEqual([
      { userId: 'u1', month: '2026-01', amount: 1500, currency: 'DKK' },
      { userId: 'u2', month: '2026-03', amount: 10.5, currency: 'NOK' },
    ]);
  });

  it('shows only what changed in the log, with names for people', () => {
    expect(diff({ id: '1', name: 'A', active: true }, { id: '1', name: 'B', active: true })).toEqual([{ field: 'name', before: 'A', after: 'B' }]);
    expect(diff(null, { name: 'New' })).toEqual([{ field: 'name', before: null, after: 'New' }]);
    expect(diff(null, { userId: 'u1' }, () => 'Mette')).toEqual([{ field: 'userId', before: null, after: 'Mette' }]);
    expect(diff(null, null)).toEqual([]);
  });

  it("reads the counts in the server's in-use message", () => {
    expect(usageIn({ customers: 3, contacts: 1 })).toEqual([
      { count: 3, what: 'customers' },
      { count: 1, what: 'contacts' },
    ]);
    expect(usageIn({ subgroups: 2, members: 4, somethingNew: 1 })).toEqual([
      { count: 2, what: 'subgroups' },
      { count: 4, what: 'members' },
    ]);
  });

  it('makes keys from names and moves items', () => {
    expect(keyOf('Key account')).toBe('key_account');
    expect(keyOf('Møde på kontoret')).toBe('moede_paa_kontoret');
    expect(keyOf('1. møde')).toBe('moede');
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
  });
});
