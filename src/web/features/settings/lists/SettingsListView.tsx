import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListItem } from '../../../../shared/settings';
import { Alert } from '../../../components/Alert';
import { generalMessage } from '../../../components/errors';
import { AddItemForm, type ExtraFields } from './AddItemForm';
import { ListRow } from './ListRow';
import { useListOrder } from './useListOrder';
import { type SettingsList, useSettingsList } from './useSettingsList';

interface SettingsListViewProps<T extends ListItem, E extends Record<string, unknown>> {
  /** The list's API path under /api/v1, e.g. `industries`. */
  path: string;
  /** The list's name, e.g. "Industries": its accessible name and the add form's ("Add to Industries"). */
  title: string;
  extra?: ExtraFields<E>;
  details?: (item: T, change: (change: Record<string, unknown>) => Promise<unknown>) => ReactNode;
  /** More actions on a row; they see the whole list. */
  actions?: (item: T, items: T[]) => ReactNode;
}

function ListState<T extends ListItem>({ list, order }: { list: SettingsList<T>; order: ReturnType<typeof useListOrder<T>> }) {
  const { t } = useTranslation();
  return (
    <>
      {list.error ? <Alert>{generalMessage(t, list.error)}</Alert> : null}
      {order.error ? <Alert>{generalMessage(t, order.error)}</Alert> : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {order.announcement}
      </p>
      {list.loading ? <p role="status">{t('common.loading')}</p> : null}
      {!list.loading && list.items.length === 0 ? <p className="empty">{t('settings.list.empty')}</p> : null}
      {list.items.length > 0 ? <p className="muted settings-hint">{t('settings.list.orderHint')}</p> : null}
    </>
  );
}

/** A settings list: add, rename, (de)activate, delete, and reorder by dragging or with the move buttons. */
export function SettingsListView<T extends ListItem, E extends Record<string, unknown> = Record<string, never>>({
  path,
  title,
  extra,
  details,
  actions,
}: SettingsListViewProps<T, E>) {
  const { t } = useTranslation();
  const list = useSettingsList<T>(path);
  const order = useListOrder(list);
  return (
    <>
      <AddItemForm label={t('settings.list.addTo', { list: title })} extra={extra} onAdd={list.create} />
      <ListState list={list} order={order} />
      <ol className="settings-list" aria-label={title}>
        {list.items.map((item, position) => (
          <ListRow
            key={item.id}
            item={item}
            position={position}
            count={list.items.length}
            drag={order.rowDrag(item)}
            onMove={(delta) => order.move(position, delta)}
            onChange={(change) => list.update(item.id, change)}
            onDelete={() => list.remove(item.id)}
            details={details?.(item, (change) => list.update(item.id, change).catch((failure: unknown) => order.setError(failure)))}
            actions={actions?.(item, list.items)}
          />
        ))}
      </ol>
    </>
  );
}
