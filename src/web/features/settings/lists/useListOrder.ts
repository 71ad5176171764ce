import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListItem } from '../../../../shared/settings';
import { useDragOrder } from './useDragOrder';
import { moved, type SettingsList } from './useSettingsList';

/** Reordering a settings list, by dragging or with the move buttons: saved at once, announced to screen readers. */
export function useListOrder<T extends ListItem>(list: SettingsList<T>) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<unknown>(null);
  const ids = list.items.map((item) => item.id);

  const save = async (next: string[], movedId: string) => {
    setError(null);
    try {
      await list.reorder(next);
      const item = list.items.find((candidate) => candidate.id === movedId);
      if (item) setAnnouncement(t('settings.list.movedTo', { name: item.name, position: next.indexOf(movedId) + 1, count: next.length }));
    } catch (failure) {
      setError(failure);
    }
  };

  const { rowDrag } = useDragOrder({
    items: list.items,
    preview: list.preview,
    commit: (next) => {
      const first = next.findIndex((id, index) => id !== ids[index]);
      void save(next, next[first] ?? next[0]);
    },
  });
  const move = (position: number, delta: -1 | 1) => save(moved(ids, position, position + delta), ids[position]);
  return { rowDrag, move, announcement, error, setError };
}
