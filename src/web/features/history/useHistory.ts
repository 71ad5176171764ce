import { client, unwrap } from '../../api';
import { usePages } from '../../components/usePages';

/** The change log's filters as the address and the API take them (empty: no filter). */
export interface LogFilters {
  entity: string;
  userId: string;
  action: string;
  from: string;
  to: string;
}

type Action = 'create' | 'update' | 'delete' | 'move' | 'trash' | 'restore' | 'complete' | 'reopen';
const orUndefined = (value: string) => value || undefined;

/** The workspace's change log (admins), newest first, 50 a page. */
export function useAuditLog(f: LogFilters) {
  const query = {
    entity: orUndefined(f.entity),
    userId: orUndefined(f.userId),
    action: orUndefined(f.action) as Action | undefined,
    from: orUndefined(f.from),
    to: orUndefined(f.to),
    limit: 50,
  };
  return usePages(['audit-log', query], (cursor, signal) => unwrap(client.GET('/api/v1/audit-log', { params: { query: { ...query, cursor } }, signal })));
}

/** One customer's history: the customer, its contacts and activities, newest first. */
export function useCustomerHistory(customerId: string) {
  return usePages(['customer-history', customerId], (cursor, signal) =>
    unwrap(client.GET('/api/v1/customers/{id}/history', { params: { path: { id: customerId }, query: { limit: 50, cursor } }, signal })),
  );
}
