import { useCallback, useEffect, useRef, useState } from 'react';
import type { TodoItem } from '../../../shared/todo';

const rowElement = (id: string) => document.querySelector<HTMLElement>(`[data-todo-row="${CSS.escape(id)}"]`);

/**
 * The row the keyboard is on (a roving focus: that row alone is in the tab order). Moving focuses
 * the row's element, and `describe` says where one is, for the screen reader's live region. When
 * the row leaves the list (done, snoozed away), the one that takes its place gets the focus.
 */
export function useRowFocus(items: TodoItem[], describe: (item: TodoItem, position: number, total: number) => void) {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const lastIndex = useRef(0);
  const found = items.findIndex((item) => item.id === focusedId);
  const index = found >= 0 ? found : Math.min(lastIndex.current, items.length - 1);
  if (found >= 0) lastIndex.current = found;
  const focused = index >= 0 ? items[index] : null;

  const focusAt = useCallback(
    (next: number) => {
      const item = items[Math.max(0, Math.min(items.length - 1, next))];
      if (!item) return;
      setFocusedId(item.id);
      rowElement(item.id)?.focus();
      describe(item, items.indexOf(item) + 1, items.length);
    },
    [items, describe],
  );

  // The focused row is gone and focus with it (to the page): on to the row now in its place.
  const gone = focusedId !== null && found < 0;
  useEffect(() => {
    if (gone && items.length > 0 && (document.activeElement === document.body || document.activeElement === null)) focusAt(lastIndex.current);
  }, [gone, items, focusAt]);

  // From a row that has gone, the one in its place is already the next one.
  const move = (step: 1 | -1) => focusAt(focusedId === null ? 0 : found >= 0 || step < 0 ? index + step : index);
  return { focused, tabStopId: focused?.id ?? items[0]?.id ?? null, setFocusedId, move };
}
