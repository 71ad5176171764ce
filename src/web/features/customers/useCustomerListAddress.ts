import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { type CustomerSort, customerSortSchema } from '../../../shared/customers';
import { useDebounced, useOnChange } from '../../components/hooks';

export type SortOrder = 'asc' | 'desc';
export type CustomerFilterName = 'status' | 'industryId' | 'categoryId';

/** The customer list's search words, filters and order, kept in the address so a search can be bookmarked. */
export function useCustomerListAddress() {
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebounced(text.trim(), 250);

  // Only the debounced text goes into the address.
  useOnChange(q, (words) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (words) next.set('q', words);
        else next.delete('q');
        return next;
      },
      { replace: true, state: location.state },
    ),
  );

  const setFilter = (name: CustomerFilterName, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const sort = customerSortSchema.safeParse(params.get('sort')).data;
  const order: SortOrder = params.get('order') === 'desc' ? 'desc' : 'asc';
  /** A sort and order into the address (none: by name, or best match first while searching). */
  const setSort = (next: CustomerSort | undefined, nextOrder: SortOrder = 'asc') =>
    setParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (next) params.set('sort', next);
        else params.delete('sort');
        if (next && nextOrder === 'desc') params.set('order', 'desc');
        else params.delete('order');
        return params;
      },
      { replace: true },
    );
  const filters = { status: params.get('status') ?? '', industryId: params.get('industryId') ?? '', categoryId: params.get('categoryId') ?? '' };
  return { text, setText, q, typing: q !== text.trim(), filters, setFilter, sort, order, setSort };
}
