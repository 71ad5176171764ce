import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CustomerListItem } from '../../../shared/customers';
import type { Column } from '../../components/DataTable';
import { useFormat } from '../../format';
import { useUsers } from '../users/useUsers';
import { ariaSortOf, SortHeader, type SortState } from './SortHeader';
import { StatusBadge } from './StatusBadge';
import { useCustomerStatuses } from './useCustomerStatuses';
import { useMatchLabel } from './useMatchLabel';

/** A link to the customer, the table's first column (the customer list and the trash). */
export function CustomerNameLink({ customer }: { customer: { id: string; name: string } }) {
  return (
    <Link className="table__primary" dir="auto" to={`/customers/${customer.id}`}>
      {customer.name}
    </Link>
  );
}

/** The name, and under it why the customer matched when it was not by its name. */
function NameCell({ customer }: { customer: CustomerListItem }) {
  const matchLabel = useMatchLabel();
  return (
    <>
      <CustomerNameLink customer={customer} />
      {customer.match && customer.match.field !== 'name' ? <span className="match-reason">{matchLabel(customer.match)}</span> : null}
    </>
  );
}

/**
 * The customer list's columns (user data isolated: names `dir=auto`, phone and email always left to right): name, status, place, phone, email, the responsible user and the last change; name, status, city and change sort. */
export function useCustomerColumns(sorting?: SortState): Column<CustomerListItem>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useCustomerStatuses();
  const { nameOf: userName } = useUsers();
  const header = (column: 'name' | 'status' | 'city' | 'updated', label: string) =>
    sorting ? { header: <SortHeader state={sorting} column={column} label={label} />, sort: ariaSortOf(sorting, column) } : { header: label };
  return [
    { key: 'name', ...header('name', t('fields.name')), cell: (customer) => <NameCell customer={customer} /> },
    { key: 'status', ...header('status', t('fields.status')), cell: (customer) => <StatusBadge statusKey={customer.status} name={nameOf(customer.status)} /> },
    {
      key: 'city',
      ...header('city', t('fields.city')),
      className: 'nowrap',
      cell: (customer) => <bdi>{[customer.city, format.country(customer.countryCode)].filter(Boolean).join(', ')}</bdi>,
    },
    { key: 'phone', header: t('fields.phone'), className: 'nowrap', cell: (customer) => <bdi dir="ltr">{customer.phone}</bdi> },
    { key: 'email', header: t('fields.email'), cell: (customer) => <bdi dir="ltr">{customer.email}</bdi> },
    { key: 'responsible', header: t('fields.responsible'), className: 'nowrap', cell: (customer) => <bdi>{userName(customer.responsibleId)}</bdi> },
    { key: 'updated', ...header('updated', t('customerFind.updated')), className: 'nowrap', cell: (customer) => format.date(customer.updatedAt) },
  ];
}
