import { useQuery } from '@tanstack/react-query';
import type { Activity } from '../../../shared/activities';
import type { Customer } from '../../../shared/customers';
import type { User } from '../../../shared/users';
import { client, unwrap } from '../../api';
import { useMe } from '../../session';

/** The customer's own answer says 'read' for a read-only share; absent (an answer to a write) means edit. */
export const readOnlyOf = (customer: Pick<Customer, 'access'> | undefined): boolean => customer?.access === 'read';

/** The server's rule (access policy `sharers`): its responsible, managers and admins share a customer. */
export const mayShare = (me: Pick<User, 'id' | 'role'>, customer: Pick<Customer, 'responsibleId' | 'deletedAt'>): boolean =>
  customer.deletedAt === null && (me.role !== 'user' || customer.responsibleId === me.id);

/** Whether the signed-in user takes part in the activity (its responsible or an additional user). */
export function useTakesPart() {
  const me = useMe();
  return (activity: Pick<Activity, 'responsibleId' | 'additionalUserIds'>) => activity.responsibleId === me.id || activity.additionalUserIds.includes(me.id);
}

/**
 * Whether the signed-in user may change the activity: one they take part in, or one whose customer
 * is not shared with them for reading only (the server's assertEditable). Reads the customer from
 * the same cache as its page.
 */
export function useActivityEditable(activity: Activity | undefined): boolean {
  const takesPart = useTakesPart();
  const customerId = activity?.customerId ?? '';
  const { data: customer } = useQuery({
    queryKey: ['customers', 'one', customerId],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/customers/{id}', { params: { path: { id: customerId } }, signal })),
    enabled: customerId !== '',
  });
  if (!activity) return false;
  return takesPart(activity) || !readOnlyOf(customer);
}
