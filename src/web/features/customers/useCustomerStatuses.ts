import { useCallback } from 'react';
import type { CustomerStatus } from '../../../shared/settings';
import { api, type Page } from '../../api';
import { useLoad } from '../../components/hooks';

/** The workspace's customer statuses, in their order, with a lookup from key to name. */
export function useCustomerStatuses() {
  const { data } = useLoad((signal) => api.get<Page<CustomerStatus>>('/customer-statuses', undefined, signal), 'customer-statuses');
  const statuses = data?.items ?? [];
  const nameOf = useCallback((key: string) => statuses.find((status) => status.key === key)?.name ?? key, [statuses]);
  return { statuses, nameOf };
}
