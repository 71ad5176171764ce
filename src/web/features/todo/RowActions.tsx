import { Check } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { TodoItem } from '../../../shared/todo';
import type { Schedule } from './snooze';
import { SnoozeMenu } from './SnoozeMenu';

/** What a row (or card) can do to its activity; the page holds the state behind it. */
export interface RowActionHandlers {
  onTick: (item: TodoItem) => void;
  onComplete: (item: TodoItem) => void;
  onSnooze: (item: TodoItem, schedule: Schedule, when: string) => void;
  snoozeOpenId: string | null;
  setSnoozeOpenId: (id: string | null) => void;
}

/** Done (no follow-up), snooze, and complete with a follow-up: one click each, the last a dialog. */
export function RowActions({ item, wide, ...actions }: RowActionHandlers & { item: TodoItem; wide?: boolean }) {
  const { t } = useTranslation();
  if (item.done) return null;
  const tickLabel = t('todo.tickNamed', { subject: item.subject });
  return (
    <div className="row-actions">
      <button
        type="button"
        className={wide ? 'button button--small' : 'button button--small button--icon'}
        aria-label={tickLabel}
        title={tickLabel}
        onClick={() => actions.onTick(item)}
      >
        <Check aria-hidden="true" size={16} />
        {wide ? <span>{t('todo.tick')}</span> : null}
      </button>
      <SnoozeMenu
        label={t('snooze.named', { subject: item.subject })}
        activity={{ ...item, scheduledAt: item.scheduledAt ?? new Date().toISOString() }}
        open={actions.snoozeOpenId === item.id}
        onOpenChange={(open) => actions.setSnoozeOpenId(open ? item.id : null)}
        onChoose={(schedule, when) => actions.onSnooze(item, schedule, when)}
        wide={wide}
      />
      <button
        type="button"
        className="button button--small"
        onClick={() => actions.onComplete(item)}
        aria-label={t('todo.completeNamed', { subject: item.subject })}
        aria-haspopup="dialog"
      >
        {t('todo.complete')}
      </button>
    </div>
  );
}
