import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Customer } from '../../../shared/customers';
import type { Column } from '../../components/DataTable';
import { useFormat } from '../../format';
import { useUsers } from '../users/useUsers';
import { StatusBadge } from './StatusBadge';
import { useCustomerStatuses } from './useCustomerStatuses';

/** A link to the customer, the table's first column (the customer list and the trash). */
export function CustomerNameLink({ customer }: { customer: { id: string; name: string } }) {
  return (
    <Link className="table__primary" dir="auto" to={`/customers/${customer.id}`}>
      {customer.name}
    </Link>
  );
}

/** The customer list's columns: name, status, place, phone, email and the responsible user. */
export function useCustomerColumns(): Column<Customer>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useCustomerStatuses();
  const { nameOf: userName } = useUsers();
  return [
    { key: 'name', header: t('fields.name'), cell: (customer) => <CustomerNameLink customer={customer} /> },
    { key: 'status', header: t('fields.status'), cell: (customer) => <StatusBadge statusKey={customer.status} name={nameOf(customer.status)} /> },
    {
      key: 'city',
      header: t('fields.city'),
      className: 'nowrap',
      cell: (customer) => [customer.city, format.country(customer.countryCode)].filter(Boolean).join(', '),
    },
    { key: 'phone', header: t('fields.phone'), className: 'nowrap', cell: (customer) => <bdi>{customer.phone}</bdi> },
    { key: 'email', header: t('fields.email'), cell: (customer) => <bdi>{customer.email}</bdi> },
    { key: 'responsible', header: t('fields.responsible'), className: 'nowrap', cell: (customer) => <bdi>{userName(customer.responsibleId)}</bdi> },
  ];
}
