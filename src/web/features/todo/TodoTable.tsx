import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Bucket, TodoItem } from '../../../shared/todo';
import { BUCKETS } from '../../../shared/todo';
import { useFormat } from '../../format';
import { activityHref, contactHref, customerHref, excerpt } from '../activities/links';
import { TypeBadge } from '../activities/TypeBadge';
import type { ActivityLookups } from '../activities/useActivityLookups';
import { BucketBadge } from './BucketBadge';

interface TodoTableProps {
  items: TodoItem[];
  lookups: ActivityLookups;
  showResponsible: boolean;
  responsibleName: (id: string) => string;
  onComplete: (item: TodoItem) => void;
}

/** The to-do list as a table, grouped by overdue, today and future; each row says its bucket in words. */
export function TodoTable({ items, lookups, showResponsible, responsibleName, onComplete }: TodoTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const groups = BUCKETS.map((bucket) => ({ bucket, items: items.filter((item) => item.bucket === bucket) })).filter((group) => group.items.length > 0);
  const columns = showResponsible ? 9 : 8;
  return (
    <div className="table-wrap">
      <table className="table todo-table" aria-label={t('todo.title')}>
        <thead>
          <tr>
            <th scope="col">{t('todo.followUpDate')}</th>
            <th scope="col">{t('activity.customer')}</th>
            <th scope="col">{t('todo.followUpText')}</th>
            <th scope="col">{t('activity.contact')}</th>
            <th scope="col">{t('activity.type')}</th>
            {showResponsible ? <th scope="col">{t('activity.responsible')}</th> : null}
            <th scope="col">{t('todo.lastModified')}</th>
            <th scope="col">{t('activity.note')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.bucket} className={`todo-group todo-group--${group.bucket}`}>
            <tr className="todo-group__header">
              <th scope="rowgroup" colSpan={columns}>
                {t(`todo.groups.${group.bucket}`, { count: group.items.length })}
              </th>
            </tr>
            {group.items.map((item) => (
              <TodoRow
                key={item.id}
                item={item}
                bucket={group.bucket}
                lookups={lookups}
                showResponsible={showResponsible}
                responsibleName={responsibleName}
                onComplete={onComplete}
                format={format}
              />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function TodoRow({
  item,
  bucket,
  lookups,
  showResponsible,
  responsibleName,
  onComplete,
  format,
}: Omit<TodoTableProps, 'items'> & { item: TodoItem; bucket: Bucket; format: ReturnType<typeof useFormat> }) {
  const { t } = useTranslation();
  return (
    <tr className={`todo-row todo-row--${item.done ? 'done' : bucket}`} data-bucket={bucket}>
      <td className="todo-row__when">
        <span className="nowrap">{format.when(item.scheduledAt, item.allDay)}</span> <BucketBadge bucket={bucket} done={item.done} />
      </td>
      <td>
        {item.customerId ? (
          <Link to={customerHref(item.customerId)} dir="auto">
            {item.customerName}
          </Link>
        ) : null}
      </td>
      <td>
        <Link className="table__primary" to={activityHref(item.id)} dir="auto">
          {item.subject}
        </Link>
      </td>
      <td>
        {item.contactId && item.customerId ? (
          <Link to={contactHref(item.customerId, item.contactId)} dir="auto">
            {item.contactName}
          </Link>
        ) : null}
      </td>
      <td className="nowrap">
        <TypeBadge type={lookups.typeOf(item.typeId)} fallback={item.typeKey} />
      </td>
      {showResponsible ? (
        <td className="nowrap">
          <bdi>{responsibleName(item.responsibleId)}</bdi>
        </td>
      ) : null}
      <td className="nowrap muted">{format.dateTime(item.updatedAt)}</td>
      <td className="todo-row__note" title={item.note ?? undefined}>
        <bdi>{excerpt(item.note)}</bdi>
      </td>
      <td className="table__actions">
        {item.done ? null : (
          <button
            type="button"
            className="button button--small"
            onClick={() => onComplete(item)}
            aria-label={t('todo.completeNamed', { subject: item.subject })}
            aria-haspopup="dialog"
          >
            {t('todo.complete')}
          </button>
        )}
      </td>
    </tr>
  );
}
