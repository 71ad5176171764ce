import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TodoProject } from './TodoProject';
import type { TodoItem } from '../../../shared/todo';
import { useFormat } from '../../format';
import { activityHref, contactHref, customerHref, excerpt } from '../activities/links';
import { TypeBadge } from '../activities/TypeBadge';
import { DocumentsButton } from '../documents/DocumentsButton';
import { BucketBadge } from './BucketBadge';
import type { TodoListProps } from './list-props';
import { RowActions } from './RowActions';
import { sectionOf } from './sections';
import { MailDirection } from '../mail/MailDirection';

/** One activity as a card: when and its bucket, customer, what to do, contact, type; then the actions. */
export function TodoCard({ item, ...list }: Omit<TodoListProps, 'items'> & { item: TodoItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li
      className={`todo-card todo-row--${sectionOf(item)}`}
      data-bucket={item.bucket}
      data-todo-row={item.id}
      tabIndex={list.tabStopId === item.id ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) list.onRowFocus(item.id);
      }}
    >
      <div className="todo-card__meta">
        <span className="todo-row__when">{format.when(item.scheduledAt, item.allDay)}</span>
        <BucketBadge bucket={item.bucket} done={item.done} />
        <TypeBadge type={list.lookups.typeOf(item.typeId)} fallback={item.typeKey} />
        <MailDirection direction={item.direction} />
      </div>
      {item.customerId ? (
        <span className="todo-card__customer">
          <Link to={customerHref(item.customerId)} dir="auto">
            {item.customerName}
          </Link>
          <TodoProject item={item} />
        </span>
      ) : null}
      <Link className="todo-card__subject" to={activityHref(item.id)} dir="auto">
        {item.subject}
      </Link>
      <DocumentsButton activityId={item.id} subject={item.subject} count={item.documentCount} />
      {item.contactId && item.customerId ? (
        <Link className="todo-card__contact" to={contactHref(item.customerId, item.contactId)} dir="auto">
          {item.contactName}
        </Link>
      ) : null}
      {list.showResponsible ? <bdi className="muted">{list.responsibleName(item.responsibleId)}</bdi> : null}
      {item.note ? (
        <p className="todo-card__note muted" dir="auto">
          {excerpt(item.note, 120)}
        </p>
      ) : null}
      <div className="todo-card__actions">
        {item.done ? null : (
          <label className="todo-card__select">
            <input type="checkbox" checked={list.selected.has(item.id)} onChange={(event) => list.onSelect(item.id, event.target.checked)} />
            <span className="visually-hidden">{t('bulk.selectNamed', { subject: item.subject })}</span>
          </label>
        )}
        <RowActions item={item} {...list.actions} wide />
      </div>
    </li>
  );
}
