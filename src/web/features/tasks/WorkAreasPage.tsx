import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useParams } from 'react-router-dom';
import type { ListItem } from '../../../shared/settings';
import type { WorkAreaCustomer } from '../../../shared/tasks';
import { client, unwrap } from '../../api';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { activityHref, customerHref } from '../activities/links';
import { useShortDates } from '../todo/useShortDates';
import { useSettingsList } from '../settings/lists/useSettingsList';

/** A tab per active work area; the first is open when none is named. */
export function WorkAreasPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const areas = useSettingsList<ListItem>('work-areas').items.filter((a) => a.active);
  const current = id ?? areas[0]?.id;
  return (
    <section className="work-areas">
      <PageHeader title={t('tasks.areas.title')} />
      <nav className="tabs" aria-label={t('tasks.areas.title')}>
        {areas.map((area) => (
          <NavLink
            key={area.id}
            to={`/work-areas/${area.id}`}
            className={() => (area.id === current ? 'tab tab--active' : 'tab')}
            aria-current={area.id === current ? 'page' : undefined}
          >
            <span dir="auto">{area.name}</span>
          </NavLink>
        ))}
      </nav>
      {current ? <AreaCustomers areaId={current} /> : null}
    </section>
  );
}

function AreaCustomers({ areaId }: { areaId: string }) {
  const { t } = useTranslation();
  const { data, error, isPending } = useQuery({
    queryKey: ['work-areas', areaId, 'customers'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/work-areas/{id}/customers', { params: { path: { id: areaId }, query: { limit: 500 } }, signal })),
  });
  if (error) return <Alert>{generalMessage(t, error)}</Alert>;
  if (isPending) return <p role="status">{t('common.loading')}</p>;
  if (data.items.length === 0) return <p className="empty">{t('tasks.areas.none')}</p>;
  return (
    <table className="data-table work-areas__table">
      <thead>
        <tr>
          <th scope="col">{t('tasks.areas.customer')}</th>
          <th scope="col">{t('tasks.areas.next')}</th>
          <th scope="col">{t('tasks.areas.last')}</th>
        </tr>
      </thead>
      <tbody>
        {data.items.map((row) => (
          <AreaRow key={row.customerId} row={row} />
        ))}
      </tbody>
    </table>
  );
}

function AreaRow({ row }: { row: WorkAreaCustomer }) {
  const { t } = useTranslation();
  const format = useShortDates();
  return (
    <tr data-work-area-customer={row.customerId} className={row.overdue ? 'work-areas__row--overdue' : undefined}>
      <td>
        <Link to={customerHref(row.customerId)} dir="auto">
          {row.customerName}
        </Link>
      </td>
      <td>
        {row.nextTask ? (
          <>
            <Link to={activityHref(row.nextTask.id)} dir="auto">
              {row.nextTask.subject}
            </Link>{' '}
            <span className="muted nowrap">{format.when(row.nextTask.scheduledAt, row.nextTask.allDay)}</span>
            {row.overdue ? <span className="badge badge--overdue">{t('tasks.areas.overdue')}</span> : null}
          </>
        ) : (
          t('tasks.areas.nothing')
        )}
      </td>
      <td>
        {row.lastDone ? (
          <>
            <span dir="auto">{row.lastDone.subject}</span>{' '}
            <span className="muted nowrap">{row.lastDone.doneAt ? format.dateTime(row.lastDone.doneAt) : ''}</span>
          </>
        ) : (
          t('tasks.areas.nothing')
        )}
      </td>
    </tr>
  );
}
