import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListItem } from '../../../../shared/settings';
import { Alert } from '../../../components/Alert';
import { generalMessage } from '../../../components/errors';
import { AddItemForm, type ExtraFields } from './AddItemForm';
import { ListRow } from './ListRow';
import { useDragOrder } from './useDragOrder';
import { moved, type SettingsList } from './useSettingsList';

interface SettingsListViewProps<T extends ListItem, E extends Record<string, unknown>> {
  list: SettingsList<T>;
  /** The list's accessible name, e.g. "Industries". */
  label: string;
  addLabel: string;
  extra?: ExtraFields<E>;
  details?: (item: T, change: (change: Record<string, unknown>) => Promise<unknown>) => ReactNode;
  actions?: (item: T) => ReactNode;
}

/** A settings list: add, rename, (de)activate, delete, and reorder by dragging or with the move buttons. */
export function SettingsListView<T extends ListItem, E extends Record<string, unknown> = Record<string, never>>({
  list,
  label,
  addLabel,
  extra,
  details,
  actions,
}: SettingsListViewProps<T, E>) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const [orderError, setOrderError] = useState<unknown>(null);

  const saveOrder = async (ids: string[], movedId: string) => {
    setOrderError(null);
    try {
      await list.reorder(ids);
      const item = list.items.find((candidate) => candidate.id === movedId);
      if (item) setAnnouncement(t('settings.list.movedTo', { name: item.name, position: ids.indexOf(movedId) + 1, count: ids.length }));
    } catch (failure) {
      setOrderError(failure);
    }
  };

  const ids = list.items.map((item) => item.id);
  const { rowDrag } = useDragOrder({
    items: list.items,
    preview: list.preview,
    commit: (next) => {
      const first = next.findIndex((id, index) => id !== ids[index]);
      void saveOrder(next, next[first] ?? next[0]);
    },
  });

  return (
    <>
      <AddItemForm label={addLabel} extra={extra} onAdd={list.create} />
      {list.error ? <Alert>{generalMessage(t, list.error)}</Alert> : null}
      {orderError ? <Alert>{generalMessage(t, orderError)}</Alert> : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {list.loading ? <p role="status">{t('common.loading')}</p> : null}
      {!list.loading && list.items.length === 0 ? <p className="empty">{t('settings.list.empty')}</p> : null}
      {list.items.length > 0 ? <p className="muted settings-hint">{t('settings.list.orderHint')}</p> : null}
      <ol className="settings-list" aria-label={label}>
        {list.items.map((item, position) => (
          <ListRow
            key={item.id}
            item={item}
            position={position}
            count={list.items.length}
            drag={rowDrag(item)}
            onMove={(delta) => saveOrder(moved(ids, position, position + delta), item.id)}
            onChange={(change) => list.update(item.id, change)}
            onDelete={() => list.remove(item.id)}
            details={details?.(item, (change) => list.update(item.id, change).catch((failure: unknown) => setOrderError(failure)))}
            actions={actions?.(item)}
          />
        ))}
      </ol>
    </>
  );
}
