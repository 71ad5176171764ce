import type { DragEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';

export interface RowDrag {
  dragging: boolean;
  onDragStart: (event: DragEvent<HTMLElement>, row: HTMLElement | null) => void;
  onDragEnd: () => void;
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
}

/** The handle a row is dragged by (the move buttons do the same from the keyboard, so it is hidden from screen readers). */
export function DragHandle({ drag, row }: { drag: RowDrag; row: RefObject<HTMLLIElement | null> }) {
  const { t } = useTranslation();
  return (
    <span
      className="drag-handle"
      draggable
      title={t('settings.list.dragHint')}
      aria-hidden="true"
      data-testid="drag-handle"
      onDragStart={(event) => drag.onDragStart(event, row.current)}
      onDragEnd={drag.onDragEnd}
    >
      ⠿
    </span>
  );
}
