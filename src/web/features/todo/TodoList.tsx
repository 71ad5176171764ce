import { useTranslation } from 'react-i18next';
import type { TodoItem } from '../../../shared/todo';
import type { ActivityLookups } from '../activities/useActivityLookups';
import { useUsers } from '../users/useUsers';
import type { TodoListProps } from './list-props';
import { TodoCards } from './TodoCards';
import { TodoTable } from './TodoTable';
import type { TodoFilters, useTodo } from './useTodo';
import type { useTodoWork } from './useTodoWork';
import { useTodoOrder } from './usePreferences';

interface TodoListOwnProps {
  todo: ReturnType<typeof useTodo>;
  shown: TodoItem[];
  phone: boolean;
  filters: TodoFilters;
  lookups: ActivityLookups;
  work: ReturnType<typeof useTodoWork>;
}

/** Loading, nothing to do, or the list: a table on a laptop, cards on a phone. */
export function TodoList({ todo, shown, phone, filters, lookups, work }: TodoListOwnProps) {
  const { t } = useTranslation();
  const { nameOf } = useUsers();
  const order = useTodoOrder();
  if (todo.loading && !todo.loaded) {
    return (
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (shown.length === 0 && !todo.loading) {
    return (
      <div className="empty">
        <p>{filters.view === 'today' ? t('todo.noneToday') : t('todo.none')}</p>
      </div>
    );
  }
  const list: TodoListProps = {
    items: shown,
    counts: todo.counts,
    lookups,
    showResponsible: filters.who !== 'me' || filters.groupId !== '',
    responsibleName: nameOf,
    tabStopId: work.focus.tabStopId,
    onRowFocus: work.focus.setFocusedId,
    selected: work.selection.selected,
    onSelect: work.selection.onSelect,
    actions: work.rowActions,
  };
  return (
    <div className="todo-list" aria-busy={todo.loading}>
      {phone ? <TodoCards {...list} /> : <TodoTable {...list} order={order} onSort={order.sortBy} />}
    </div>
  );
}
