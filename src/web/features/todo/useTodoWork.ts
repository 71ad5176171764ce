import type { TFunction } from 'i18next';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { TodoItem } from '../../../shared/todo';
import { generalMessage } from '../../components/errors';
import { useFormat } from '../../format';
import { activityHref } from '../activities/links';
import type { RowActionHandlers } from './RowActions';
import type { Schedule } from './snooze';
import { useRowFocus } from './useRowFocus';
import { type BulkChange, useTodoActions } from './useTodoActions';
import { useTodoKeys } from './useTodoKeys';

/** The rows chosen for a bulk change. */
function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const onSelect = useCallback((id: string, on: boolean) => {
    setSelected((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  return { selected, onSelect, clear: () => setSelected(new Set()) };
}

/** What a bulk change says when done: "2 activities done." */
const bulkDone = (t: TFunction, change: BulkChange, count: number, when?: string) =>
  change.action === 'complete'
    ? t('bulk.completed', { count })
    : change.action === 'reschedule'
      ? t('bulk.rescheduled', { count, when })
      : t('bulk.reassigned', { count });

/** The live messages: `notice` for what happened (shown), `position` for where the keyboard is (read out only). */
function useMessages() {
  const [notice, setNotice] = useState('');
  const [position, setPosition] = useState('');
  return { notice, setNotice, position, setPosition };
}

/**
 * Working through the to-do: the keyboard's row, the chosen rows, the dialogs and menus open,
 * and the quick actions (each one request), every outcome said in the live region.
 */
export function useTodoWork(shown: TodoItem[]) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const actions = useTodoActions();
  const messages = useMessages();
  const { setNotice } = messages;
  const selection = useSelection();
  const [completing, setCompleting] = useState<TodoItem | null>(null);
  const [snoozeOpenId, setSnoozeOpenId] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const findRef = useRef<HTMLInputElement>(null);
  const describe = useCallback(
    (item: TodoItem, position: number, total: number) =>
      messages.setPosition(
        t('keys.position', { position, total, subject: item.subject, customer: item.customerName ?? '', when: format.when(item.scheduledAt, item.allDay) }),
      ),
    [t, format, messages.setPosition],
  );
  const focus = useRowFocus(shown, describe);
  const failed = (error: unknown) => setNotice(generalMessage(t, error));

  const rowActions: RowActionHandlers = {
    snoozeOpenId,
    setSnoozeOpenId,
    onComplete: setCompleting,
    onTick: (item) => actions.tick(item.id).then(() => setNotice(t('todo.completed', { subject: item.subject })), failed),
    onSnooze: (item: TodoItem, schedule: Schedule, when: string) =>
      actions.snooze(item.id, schedule).then(() => setNotice(t('snooze.done', { subject: item.subject, when })), failed),
  };
  const bulk = (change: BulkChange, when?: string) =>
    actions.bulk([...selection.selected], change).then(() => {
      setNotice(bulkDone(t, change, selection.selected.size, when));
      selection.clear();
    }, failed);

  const { focused } = focus;
  useTodoKeys({
    move: focus.move,
    open: () => focused && navigate(activityHref(focused.id)),
    complete: () => focused && !focused.done && rowActions.onTick(focused),
    followUp: () => focused && !focused.done && setCompleting(focused),
    snooze: () => focused && !focused.done && setSnoozeOpenId(focused.id),
    search: () => findRef.current?.focus(),
    help: () => setHelp(true),
  });
  return { ...messages, actions, rowActions, bulk, selection, focus, completing, setCompleting, help, setHelp, findRef };
}
