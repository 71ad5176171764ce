import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../api';

/** Who can see a customer and why; asked again when the customer changes (its responsible may have). */
export const useCustomerAccess = (customer: { id: string; updatedAt: string }) =>
  useQuery({
    queryKey: ['customers', 'access', customer.id, customer.updatedAt],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/customers/{id}/access', { params: { path: { id: customer.id } }, signal })),
  });
