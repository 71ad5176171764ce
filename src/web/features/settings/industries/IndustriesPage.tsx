import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListItem } from '../../../../shared/settings';
import { SettingsListView } from '../lists/SettingsListView';
import { useSettingsList } from '../lists/useSettingsList';
import { MoveCustomersDialog } from './MoveCustomersDialog';

/** Industries, and moving all customers of one industry to another. */
export function IndustriesPage() {
  const { t } = useTranslation();
  const list = useSettingsList<ListItem>('industries');
  const [moving, setMoving] = useState<ListItem | null>(null);
  const title = t('settings.sections.industries');
  return (
    <>
      <SettingsListView
        list={list}
        label={title}
        addLabel={t('settings.list.addTo', { list: title })}
        actions={(item) =>
          list.items.length > 1 ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => setMoving(item)}
              aria-label={t('settings.industries.moveNamed', { name: item.name })}
            >
              {t('settings.industries.move')}
            </button>
          ) : null
        }
      />
      {moving ? <MoveCustomersDialog from={moving} industries={list.items} onClose={() => setMoving(null)} /> : null}
    </>
  );
}
