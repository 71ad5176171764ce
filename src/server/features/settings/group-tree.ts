/**
 * Groups form a tree. Moving a group under one of its own descendants (or itself) would make a
 * cycle and detach the subtree from the root: refuse it. Pure; the service passes the parent map.
 */
export function wouldCreateCycle(parentOf: Map<string, string | null>, groupId: string, newParentId: string | null): boolean {
  let current = newParentId;
  const seen = new Set<string>();
  while (current) {
    if (current === groupId) return true;
    if (seen.has(current)) return true; // an existing cycle: never make it worse
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

export interface GroupNode<T> {
  item: T;
  children: GroupNode<T>[];
}

/** Builds the tree for display, siblings in the given order. */
export function buildTree<T extends { id: string; parentId: string | null }>(items: T[]): GroupNode<T>[] {
  const nodes = new Map(items.map((item) => [item.id, { item, children: [] as GroupNode<T>[] }]));
  const roots: GroupNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.item.parentId ? nodes.get(node.item.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
