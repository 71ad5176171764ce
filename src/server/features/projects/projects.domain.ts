import type { ProjectNode } from '../../../shared/projects';

/** The projects of one customer as a tree: children under their parent, in the order given (by name). */
export function buildTree<T extends { id: string; parentId: string | null }>(flat: T[]): (T & { children: (T & { children: unknown[] })[] })[] {
  type Node = T & { children: Node[] };
  const nodes = new Map<string, Node>(flat.map((p) => [p.id, { ...p, children: [] }]));
  const roots: Node[] = [];
  for (const p of flat) {
    const node = nodes.get(p.id) as Node;
    const parent = p.parentId ? nodes.get(p.parentId) : undefined;
    // A parent left out (archived, filtered) puts the child at the top rather than losing it.
    (parent ? parent.children : roots).push(node);
  }
  return roots as (T & { children: (T & { children: unknown[] })[] })[];
}

/** Would moving `id` under `newParentId` make a cycle? True when the new parent is the project itself or one of its descendants. */
export function makesCycle(parents: ReadonlyMap<string, string | null>, id: string, newParentId: string): boolean {
  const seen = new Set<string>();
  for (let at: string | null | undefined = newParentId; at; at = parents.get(at)) {
    if (at === id) return true;
    if (seen.has(at)) return true; // a cycle already there: refuse rather than loop
    seen.add(at);
  }
  return false;
}

/** Every project of the subtree under `id` (itself included). */
export function subtreeIds(nodes: ProjectNode[], id: string): string[] {
  const find = (list: ProjectNode[]): ProjectNode | undefined => {
    for (const n of list) {
      if (n.id === id) return n;
      const inner = find(n.children);
      if (inner) return inner;
    }
    return undefined;
  };
  const ids: string[] = [];
  const walk = (n: ProjectNode) => {
    ids.push(n.id);
    for (const c of n.children) walk(c);
  };
  const root = find(nodes);
  if (root) walk(root);
  return ids;
}
