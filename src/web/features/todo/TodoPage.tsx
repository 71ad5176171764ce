import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityWithNext } from '../../../shared/activities';
import type { TodoItem } from '../../../shared/todo';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { PHONE, useMediaQuery } from '../../components/useMediaQuery';
import { useFormat } from '../../format';
import { useActivityLookups } from '../activities/useActivityLookups';
import { BulkBar } from './BulkBar';
import { completedNotice } from './completed-notice';
import { HeaderActions } from './HeaderActions';
import { ShortcutHelp } from './ShortcutHelp';
import { findIn, shownOrder } from './sections';
import { TodoFilters } from './TodoFilters';
import { TodoList } from './TodoList';
import { useTodo, useTodoFilters } from './useTodo';
import { useTodoWork } from './useTodoWork';
import './todo.css';

// The dialog (and the activity form's fields it shares) loads when first opened: the day's first view stays small.
const CompleteDialog = lazy(() => import('../activities/CompleteDialog').then((module) => ({ default: module.CompleteDialog })));

/** The salesperson's day: what to follow up, overdue first; worked through by mouse, thumb or keyboard. */
export function TodoPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const lookups = useActivityLookups();
  const phone = useMediaQuery(PHONE);
  const { filters, setFilter } = useTodoFilters();
  const todo = useTodo(filters, format.timeZone);
  const [find, setFind] = useState('');
  const shown = shownOrder(findIn(todo.items, find));
  const work = useTodoWork(shown);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const completing = work.completing;

  const completed = (item: TodoItem, result: ActivityWithNext) => {
    work.setNotice(completedNotice(t, format, item, result));
    if (!filters.includeDone) todo.remove(item.id);
    work.setCompleting(null);
  };
  return (
    <>
      <PageHeader title={t('todo.title')} actions={<HeaderActions onHelp={() => work.setHelp(true)} exportParams={todo.query} />} />
      <TodoFilters filters={filters} setFilter={setFilter} lookups={lookups} folded={phone} find={find} setFind={setFind} findRef={work.findRef} />
      <p ref={noticeRef} tabIndex={-1} className={work.notice ? 'alert alert--success' : 'visually-hidden'} role="status">
        {work.notice}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {work.position}
      </p>
      {todo.error ? <Alert>{generalMessage(t, todo.error)}</Alert> : null}
      {work.selection.selected.size > 0 ? (
        <BulkBar count={work.selection.selected.size} busy={work.actions.busy} onChange={work.bulk} onClear={work.selection.clear} />
      ) : null}
      <TodoList todo={todo} shown={shown} phone={phone} filters={filters} lookups={lookups} work={work} />
      <LoadMore hasMore={todo.hasMore} loading={todo.loadingMore} onLoadMore={todo.loadMore} />
      {completing ? (
        <Suspense fallback={null}>
          <CompleteDialog
            activity={completing}
            lookups={lookups}
            onClose={() => work.setCompleting(null)}
            onCompleted={(result) => completed(completing, result)}
            fallbackFocus={() => noticeRef.current}
          />
        </Suspense>
      ) : null}
      {work.help ? <ShortcutHelp onClose={() => work.setHelp(false)} /> : null}
    </>
  );
}
