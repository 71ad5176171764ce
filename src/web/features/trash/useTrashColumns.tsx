import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../shared/customers';
import { type Column, useActionsColumn } from '../../components/DataTable';
import { useFormat } from '../../format';
import { useMe } from '../../session';
import { CustomerNameLink } from '../customers/useCustomerColumns';
import { useUsers } from '../users/useUsers';
import { TrashRowActions } from './TrashRowActions';

type TrashColumnsOptions = {
  busy: { restore: boolean; purge: boolean };
  onRestore: (customer: Customer) => Promise<void>;
  onPurge: (customer: Customer) => Promise<void>;
};

/** The trash table's columns: name, who trashed it, when, and the row's Restore/Delete buttons. */
export function useTrashColumns({ busy, onRestore, onPurge }: TrashColumnsOptions): Column<Customer>[] {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const { nameOf, loading: usersLoading } = useUsers();
  const actions = useActionsColumn<Customer>((customer) => (
    <TrashRowActions customer={customer} busy={busy} canPurge={me.role === 'admin'} onRestore={onRestore} onPurge={onPurge} />
  ));
  return [
    { key: 'name', header: t('fields.name'), cell: (customer) => <CustomerNameLink customer={customer} /> },
    { key: 'by', header: t('trash.deletedBy'), cell: (customer) => <bdi>{nameOf(customer.deletedById) || (usersLoading ? '' : t('common.unknownUser'))}</bdi> },
    { key: 'at', header: t('trash.deletedAt'), className: 'nowrap', cell: (customer) => format.dateTime(customer.deletedAt) },
    actions,
  ];
}
