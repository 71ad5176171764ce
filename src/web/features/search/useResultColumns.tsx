import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Column } from '../../components/DataTable';
import { useFormat } from '../../format';
import { activityHref, customerHref, excerpt } from '../activities/links';
import { TypeBadge } from '../activities/TypeBadge';
import { useActivityLookups } from '../activities/useActivityLookups';
import { useUsers } from '../users/useUsers';
import { MailDirection } from '../mail/MailDirection';
import type { useActivitySearch } from './useActivitySearch';

type Found = ReturnType<typeof useActivitySearch>['items'][number];

/** The search results' columns: when, type, subject, customer, responsible, a note excerpt and open or done. */
export function useResultColumns(): Column<Found>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const lookups = useActivityLookups();
  const { nameOf } = useUsers();
  return [
    { key: 'when', header: t('activity.when'), className: 'nowrap', cell: (activity) => format.when(activity.scheduledAt, activity.allDay) },
    {
      key: 'type',
      header: t('activity.type'),
      className: 'nowrap',
      cell: (activity) => (
        <>
          <TypeBadge type={lookups.typeOf(activity.typeId)} /> <MailDirection direction={activity.direction} />
        </>
      ),
    },
    {
      key: 'subject',
      header: t('activity.subject'),
      cell: (activity) => (
        <Link className="table__primary" to={activityHref(activity.id)} dir="auto">
          {activity.subject}
        </Link>
      ),
    },
    {
      key: 'customer',
      header: t('activity.customer'),
      cell: (activity) =>
        activity.customerId ? (
          <Link to={customerHref(activity.customerId)} dir="auto">
            {activity.customerName ?? ''}
          </Link>
        ) : null,
    },
    { key: 'responsible', header: t('activity.responsible'), className: 'nowrap', cell: (activity) => <bdi>{nameOf(activity.responsibleId)}</bdi> },
    {
      key: 'note',
      header: t('activity.note'),
      title: (activity) => activity.note ?? undefined,
      cell: (activity) => <bdi>{excerpt(activity.note)}</bdi>,
    },
    {
      key: 'state',
      header: t('todo.state'),
      className: 'nowrap',
      cell: (activity) => (
        <span className={activity.done ? 'badge badge--done' : 'badge badge--open'}>{activity.done ? t('todo.done') : t('activity.open')}</span>
      ),
    },
  ];
}
