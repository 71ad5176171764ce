import { useCallback } from 'react';
import type { CustomerStatus } from '../../../shared/settings';
import { useListOptions } from '../settings/pickers/useListOptions';

/** The workspace's customer statuses, in their order, with a lookup from key to name. */
export function useCustomerStatuses() {
  const { items: statuses } = useListOptions<CustomerStatus>('customer-statuses');
  const nameOf = useCallback((key: string) => statuses.find((status) => status.key === key)?.name ?? key, [statuses]);
  return { statuses, nameOf };
}
