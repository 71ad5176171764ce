import { useTranslation } from 'react-i18next';
import type { TodoListProps } from './list-props';
import { SortHeader } from './SortHeader';
import { sectionsOf } from './sections';
import { TodoRow } from './TodoRow';
import type { SortOrder, TodoSort } from './usePreferences';

interface TodoTableProps extends TodoListProps {
  order: { todoSort: TodoSort; todoOrder: SortOrder };
  onSort: (sort: TodoSort) => void;
}

/**
 * The to-do on a laptop: compact one-line rows under a header that stays in view, sortable by
 * due date, customer, type and last change; overdue, today, upcoming, then done, each with its count.
 */
export function TodoTable({ order, onSort, ...list }: TodoTableProps) {
  const { t } = useTranslation();
  const columns = list.showResponsible ? 10 : 9;
  const sort = { current: order, onSort };
  return (
    <table className={list.showResponsible ? 'table todo-table todo-table--responsible' : 'table todo-table'} aria-label={t('todo.title')}>
      <thead>
        <tr>
          <th scope="col" className="todo-table__select">
            <span className="visually-hidden">{t('bulk.select')}</span>
          </th>
          <SortHeader sort="due" {...sort} className="todo-table__when">
            {t('todo.followUpDate')}
          </SortHeader>
          <SortHeader sort="customer" {...sort}>
            {t('activity.customer')}
          </SortHeader>
          <th scope="col" className="todo-table__subject">
            {t('todo.followUpText')}
          </th>
          <th scope="col">{t('activity.contact')}</th>
          <SortHeader sort="type" {...sort} className="todo-table__type">
            {t('activity.type')}
          </SortHeader>
          {list.showResponsible ? <th scope="col">{t('activity.responsible')}</th> : null}
          <SortHeader sort="updated" {...sort} className="todo-table__updated">
            {t('todo.lastModified')}
          </SortHeader>
          <th scope="col">{t('activity.note')}</th>
          <th scope="col" className="todo-table__actions">
            <span className="visually-hidden">{t('common.actions')}</span>
          </th>
        </tr>
      </thead>
      {sectionsOf(list.items).map((group) => (
        <tbody key={group.section} className={`todo-group todo-group--${group.section}`}>
          <tr className="todo-group__header">
            <th scope="rowgroup" colSpan={columns}>
              {t(`todo.groups.${group.section}`, { count: list.counts?.[group.section] ?? group.items.length })}
            </th>
          </tr>
          {group.items.map((item) => (
            <TodoRow key={item.id} item={item} {...list} />
          ))}
        </tbody>
      ))}
    </table>
  );
}
