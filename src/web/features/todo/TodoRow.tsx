import { Link } from 'react-router-dom';
import type { TodoItem } from '../../../shared/todo';
import { activityHref, contactHref, customerHref } from '../activities/links';
import { TypeBadge } from '../activities/TypeBadge';
import { DocumentsButton } from '../documents/DocumentsButton';
import { BucketBadge } from './BucketBadge';
import type { TodoListProps } from './list-props';
import { RowActions } from './RowActions';
import { TodoProject } from './TodoProject';
import { sectionOf } from './sections';
import { NoteCell, SelectCell } from './TodoCells';
import { useShortDates } from './useShortDates';
import { MailDirection } from '../mail/MailDirection';

/** One activity on one line; the row itself takes the keyboard's focus (j/k), its note shows in full on hover or focus. */
export function TodoRow({ item, ...list }: Omit<TodoListProps, 'items'> & { item: TodoItem }) {
  const format = useShortDates();
  const section = sectionOf(item);
  return (
    <tr
      className={`todo-row todo-row--${section}`}
      data-bucket={item.bucket}
      data-todo-row={item.id}
      tabIndex={list.tabStopId === item.id ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) list.onRowFocus(item.id);
      }}
    >
      <SelectCell item={item} selected={list.selected.has(item.id)} onSelect={list.onSelect} />
      <td className="todo-row__when">
        <span className="nowrap">{format.when(item.scheduledAt, item.allDay)}</span> <BucketBadge bucket={item.bucket} done={item.done} />
      </td>
      <td className="truncate">
        {item.customerId ? (
          <Link to={customerHref(item.customerId)} dir="auto">
            {item.customerName}
          </Link>
        ) : null}
        <TodoProject item={item} />
      </td>
      <td className="truncate">
        <Link className="table__primary" to={activityHref(item.id)} dir="auto" title={item.subject}>
          {item.subject}
        </Link>{' '}
        <DocumentsButton activityId={item.id} subject={item.subject} count={item.documentCount} />
      </td>
      <td className="truncate">
        {item.contactId && item.customerId ? (
          <Link to={contactHref(item.customerId, item.contactId)} dir="auto">
            {item.contactName}
          </Link>
        ) : null}
      </td>
      <td className="truncate">
        <TypeBadge type={list.lookups.typeOf(item.typeId)} fallback={item.typeKey} /> <MailDirection direction={item.direction} />
      </td>
      {list.showResponsible ? (
        <td className="truncate">
          <bdi>{list.responsibleName(item.responsibleId)}</bdi>
        </td>
      ) : null}
      <td className="truncate muted">{format.dateTime(item.updatedAt)}</td>
      <NoteCell note={item.note} />
      <td className="table__actions">
        <RowActions item={item} {...list.actions} />
      </td>
    </tr>
  );
}
