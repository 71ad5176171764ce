import type { Customer } from '../../../shared/customers';
import { usePages } from '../../components/usePages';

export const PAGE_SIZE = 25;

type Filters = { q?: string; status?: string; deleted?: boolean; industryId?: string; categoryId?: string };

/** Customers matching the filters: the first page, then more pages appended with "Load more". */
export const useCustomerPages = (filters: Filters) => usePages<Customer>('/customers', filters, PAGE_SIZE);
