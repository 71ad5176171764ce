import { useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ActivityWithNext } from '../../../shared/activities';
import type { TodoItem } from '../../../shared/todo';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../format';
import { CompleteDialog } from '../activities/CompleteDialog';
import { useActivityLookups } from '../activities/useActivityLookups';
import { useUsers } from '../users/useUsers';
import { TodoFilters } from './TodoFilters';
import { TodoTable } from './TodoTable';
import { useTodo, useTodoFilters } from './useTodo';
import { LoadMore } from '../../components/LoadMore';

/** What the to-do says once an item is done: with its next follow-up and when, if there is one. */
function completedNotice(t: TFunction, format: ReturnType<typeof useFormat>, item: TodoItem, { next }: ActivityWithNext) {
  return next
    ? t('todo.completedWithNext', { subject: item.subject, next: next.subject, when: format.when(next.scheduledAt, next.allDay) })
    : t('todo.completed', { subject: item.subject });
}

/** The salesperson's day: what to follow up, overdue first; complete with the next follow-up in place. */
export function TodoPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const lookups = useActivityLookups();
  const { nameOf } = useUsers();
  const { filters, setFilter } = useTodoFilters();
  const todo = useTodo(filters, format.timeZone);
  const [completing, setCompleting] = useState<TodoItem | null>(null);
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const completed = (item: TodoItem, result: ActivityWithNext) => {
    setNotice(completedNotice(t, format, item, result));
    if (!filters.includeDone) todo.remove(item.id);
    setCompleting(null);
  };

  const empty = filters.view === 'today' ? t('todo.noneToday') : t('todo.none');
  return (
    <>
      <PageHeader
        title={t('todo.title')}
        actions={
          <Link className="button button--primary" to="/activities/new">
            {t('activity.new')}
          </Link>
        }
      />
      <TodoFilters filters={filters} setFilter={setFilter} lookups={lookups} />
      <p ref={noticeRef} tabIndex={-1} className={notice ? 'alert alert--success' : 'visually-hidden'} role="status">
        {notice}
      </p>
      {todo.error ? <Alert>{generalMessage(t, todo.error)}</Alert> : null}
      {todo.loading && !todo.loaded ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : todo.items.length === 0 && !todo.loading ? (
        <div className="empty">
          <p>{empty}</p>
        </div>
      ) : (
        <div aria-busy={todo.loading}>
          <TodoTable items={todo.items} lookups={lookups} showResponsible={filters.who !== 'me'} responsibleName={nameOf} onComplete={setCompleting} />
        </div>
      )}
      <LoadMore hasMore={todo.hasMore} loading={todo.loadingMore} onLoadMore={todo.loadMore} />
      {completing ? (
        <CompleteDialog
          activity={completing}
          lookups={lookups}
          onClose={() => setCompleting(null)}
          onCompleted={(result) => completed(completing, result)}
          fallbackFocus={() => noticeRef.current}
        />
      ) : null}
    </>
  );
}
