import type { Customer } from '../../../shared/customers';
import { api } from '../../api';
import { useLoad } from '../../components/hooks';
import type { CustomerRef } from './CustomerPicker';

/** Names for customer ids (an activity's customer and additional customers). */
export function useCustomerRefs(ids: readonly string[]) {
  const key = `customer-refs:${ids.join(',')}`;
  const { data, loading } = useLoad(
    async (signal) =>
      Promise.all(
        ids.map((id) =>
          api
            .get<Customer>(`/customers/${id}`, undefined, signal)
            .then((customer): CustomerRef => ({ id: customer.id, name: customer.name }))
            .catch((): CustomerRef => ({ id, name: '' })),
        ),
      ),
    key,
  );
  return { refs: data ?? [], loading: ids.length > 0 && loading };
}
