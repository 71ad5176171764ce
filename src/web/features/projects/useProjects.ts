import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CustomerImport } from '../../../shared/customer-templates';
import type { ProjectNode } from '../../../shared/projects';
import { client, unwrap } from '../../api';

const treeKey = (customerId: string) => ['projects', 'tree', customerId];

/** A customer's project tree with the counts of each project's open and done tasks and comments. */
export const useProjectTree = (customerId: string) =>
  useQuery({
    queryKey: treeKey(customerId),
    queryFn: async ({ signal }) => {
      const tree = await unwrap(client.GET('/api/v1/customers/{id}/projects', { params: { path: { id: customerId } }, signal }));
      return tree.items as ProjectNode[];
    },
  });

/** One project. */
export const useProject = (id: string) =>
  useQuery({ queryKey: ['projects', 'one', id], queryFn: ({ signal }) => unwrap(client.GET('/api/v1/projects/{id}', { params: { path: { id } }, signal })) });

/** The customer's active projects, for pickers (archived ones are left out). */
export const useProjectOptions = (customerId: string | null | undefined) =>
  useQuery({
    queryKey: ['projects', 'options', customerId],
    enabled: Boolean(customerId),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/api/v1/projects', { params: { query: { customerId: customerId ?? undefined, archived: 'false', limit: 500 } }, signal })).then(
        (page) => page.items,
      ),
  });

/** The activities (tasks) of one project, open first. */
export const useProjectActivities = (projectId: string, enabled = true) =>
  useQuery({
    queryKey: ['activities', 'project', projectId],
    enabled,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/activities', { params: { query: { projectId, limit: 200 } }, signal })).then((page) => page.items),
  });

/** Adding, changing and deleting projects; each refreshes the trees, pickers and project pages. */
export function useProjectWrites() {
  const queryClient = useQueryClient();
  const refresh = async <T>(value: T) => {
    await queryClient.invalidateQueries({ queryKey: ['projects'] });
    return value;
  };
  return {
    create: (body: { customerId: string; parentId?: string | null; name: string }) => unwrap(client.POST('/api/v1/projects', { body })).then(refresh),
    update: (id: string, body: { name?: string; parentId?: string | null; archived?: boolean }) =>
      unwrap(client.PATCH('/api/v1/projects/{id}', { params: { path: { id } }, body })).then(refresh),
    remove: (id: string) => unwrap(client.DELETE('/api/v1/projects/{id}', { params: { path: { id } } })).then(refresh),
  };
}

/** The customer's export document (GET /customers/{id}/export). */
export const exportCustomer = (id: string, contacts: boolean) =>
  unwrap(client.GET('/api/v1/customers/{id}/export', { params: { path: { id }, query: { contacts: contacts ? 'true' : 'false' } } }));

/** A new customer from a document. */
export const importCustomer = (body: CustomerImport) => unwrap(client.POST('/api/v1/customers/import', { body }));

/** The workspace's template customers (for "New customer from template"). */
export const useTemplateCustomers = () =>
  useQuery({
    queryKey: ['customers', 'list', 'templates'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/customers', { params: { query: { template: 'true', limit: 200 } }, signal })).then((p) => p.items),
  });

/** Every project of a tree, depth first, with its depth (for pickers and "move to"). */
export function flatten(nodes: ProjectNode[], depth = 0): { node: ProjectNode; depth: number }[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flatten(node.children, depth + 1)]);
}

/** The node of a tree with this id. */
export function findNode(nodes: ProjectNode[], id: string): ProjectNode | undefined {
  return flatten(nodes).find((entry) => entry.node.id === id)?.node;
}
