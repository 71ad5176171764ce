import { describe, expect, it } from 'vitest';
import { buildTree, wouldCreateCycle } from './group-tree';

// Sales ─┬─ Sales DK ── Sales Aarhus
//        └─ Sales NO
// Support
const parents = new Map<string, string | null>([
  ['sales', null],
  ['dk', 'sales'],
  ['aarhus', 'dk'],
  ['no', 'sales'],
  ['support', null],
]);

describe('group tree', () => {
  it('refuses to put a group under itself or its descendants', () => {
    expect(wouldCreateCycle(parents, 'sales', 'sales')).toBe(true);
    expect(wouldCreateCycle(parents, 'sales', 'aarhus')).toBe(true);
    expect(wouldCreateCycle(parents, 'dk', 'aarhus')).toBe(true);
  });

  it('allows moves elsewhere and to the root', () => {
    expect(wouldCreateCycle(parents, 'aarhus', 'no')).toBe(false);
    expect(wouldCreateCycle(parents, 'dk', 'support')).toBe(false);
    expect(wouldCreateCycle(parents, 'dk', null)).toBe(false);
  });

  it('builds the tree with children under their parents', () => {
    const items = [...parents].map(([id, parentId]) => ({ id, parentId }));
    const tree = buildTree(items);
    expect(tree.map((n) => n.item.id)).toEqual(['sales', 'support']);
    expect(tree[0].children.map((n) => n.item.id)).toEqual(['dk', 'no']);
    expect(tree[0].children[0].children.map((n) => n.item.id)).toEqual(['aarhus']);
  });
});
