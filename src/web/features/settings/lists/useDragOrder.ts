import { useRef, useState, type DragEvent } from 'react';
import type { ListItem } from '../../../../shared/settings';
import { moved } from './useSettingsList';

interface Options<T extends ListItem> {
  items: T[];
  /** Shows an order while dragging. */
  preview: (ids: string[]) => void;
  /** Saves the order when the item is dropped. */
  commit: (ids: string[]) => void;
}

/**
 * HTML5 drag and drop over a list's rows: the dragged row takes the place of the row under the
 * pointer as it moves; dropping saves, dropping outside the list puts the old order back.
 */
export function useDragOrder<T extends ListItem>({ items, preview, commit }: Options<T>) {
  const [draggingId, setDraggingId] = useState<string | null>(null);
  const startIds = useRef<string[]>([]);
  const dropped = useRef(false);
  const ids = items.map((item) => item.id);

  const rowDrag = (item: T) => ({
    dragging: draggingId === item.id,
    onDragStart: (event: DragEvent<HTMLElement>, row: HTMLElement | null) => {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', item.id);
      if (row) event.dataTransfer.setDragImage(row, 16, 16);
      startIds.current = ids;
      dropped.current = false;
      setDraggingId(item.id);
    },
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!draggingId) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (item.id === draggingId) return;
      const from = ids.indexOf(draggingId);
      const to = ids.indexOf(item.id);
      if (from >= 0 && to >= 0) preview(moved(ids, from, to));
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      if (!draggingId) return;
      event.preventDefault();
      dropped.current = true;
      setDraggingId(null);
      if (ids.join() !== startIds.current.join()) commit(ids);
    },
    onDragEnd: () => {
      if (!dropped.current && startIds.current.length) preview(startIds.current);
      setDraggingId(null);
    },
  });

  return { rowDrag, dragging: draggingId !== null };
}
