import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListItem } from '../../../../shared/settings';
import { SettingsListView } from '../lists/SettingsListView';
import { MoveCustomersDialog } from './MoveCustomersDialog';

/** Industries, and moving all customers of one industry to another. */
export function IndustriesPage() {
  const { t } = useTranslation();
  const [industries, setIndustries] = useState<ListItem[]>([]);
  const [moving, setMoving] = useState<ListItem | null>(null);
  return (
    <>
      <SettingsListView<ListItem>
        path="industries"
        title={t('settings.sections.industries')}
        actions={(item, items) =>
          items.length > 1 ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setIndustries(items);
                setMoving(item);
              }}
              aria-label={t('settings.industries.moveNamed', { name: item.name })}
            >
              {t('settings.industries.move')}
            </button>
          ) : null
        }
      />
      {moving ? <MoveCustomersDialog from={moving} industries={industries} onClose={() => setMoving(null)} /> : null}
    </>
  );
}
