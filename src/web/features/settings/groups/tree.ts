import type { Group } from '../../../../shared/settings';

export interface GroupNode {
  group: Group;
  depth: number;
}

/** The groups in tree order (each followed by its subgroups), with their depth; groups whose parent is gone are roots. */
export function flattenTree(groups: readonly Group[]): GroupNode[] {
  const known = new Set(groups.map((group) => group.id));
  const children = new Map<string | null, Group[]>();
  for (const group of groups) {
    const parent = group.parentId && known.has(group.parentId) ? group.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), group]);
  }
  const out: GroupNode[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
    for (const group of list) {
      if (seen.has(group.id)) continue;
      seen.add(group.id);
      out.push({ group, depth });
      visit(group.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
