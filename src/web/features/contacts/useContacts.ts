import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { z } from 'zod';
import type { contactCreateSchema, ContactUpdate } from '../../../shared/contacts';

/** What a form sends: the schema's input (the server fills in defaults). */
type ContactCreate = z.input<typeof contactCreateSchema>;
import { client, unwrap } from '../../api';

const contactsOfKey = (customerId: string | null) => ['contacts', 'of', customerId];

/** A customer's contacts (all of them: a customer has few), for its page and the contact picker. */
export const useContactsOf = (customerId: string | null) =>
  useQuery({
    queryKey: contactsOfKey(customerId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/contacts', { params: { query: { customerId: customerId ?? '', limit: 500 } }, signal })),
    enabled: customerId !== null && customerId !== '',
  });

/** Adding, changing and deleting a customer's contacts; each marks the customer's contacts (and timelines) stale. */
export function useContactWrites(customerId: string) {
  const queryClient = useQueryClient();
  const changed = useCallback(() => queryClient.invalidateQueries({ queryKey: ['contacts'] }), [queryClient]);
  const path = (id: string) => ({ params: { path: { id } } });
  return {
    create: (input: Omit<ContactCreate, 'customerId'>) => unwrap(client.POST('/api/v1/contacts', { body: { ...input, customerId } })).finally(changed),
    update: (id: string, change: ContactUpdate) => unwrap(client.PATCH('/api/v1/contacts/{id}', { ...path(id), body: change })).finally(changed),
    remove: (id: string) =>
      unwrap(client.DELETE('/api/v1/contacts/{id}', path(id)))
        .then(() => true)
        .finally(changed),
  };
}
