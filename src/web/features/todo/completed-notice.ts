import type { TFunction } from 'i18next';
import type { ActivityWithNext } from '../../../shared/activities';
import type { TodoItem } from '../../../shared/todo';
import type { useFormat } from '../../format';

/** What the to-do says once an item is done: with its next follow-up and when, if there is one. */
export function completedNotice(t: TFunction, format: ReturnType<typeof useFormat>, item: TodoItem, { next }: ActivityWithNext) {
  return next
    ? t('todo.completedWithNext', { subject: item.subject, next: next.subject, when: format.when(next.scheduledAt, next.allDay) })
    : t('todo.completed', { subject: item.subject });
}
