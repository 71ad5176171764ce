import { useTranslation } from 'react-i18next';
import type { ListItem } from '../../../../shared/settings';
import { SettingsListView } from './SettingsListView';
import { useSettingsList } from './useSettingsList';

/** A list with names only: contact roles, origins, sources, products. */
export function SimpleListPage({ path, title }: { path: string; title: string }) {
  const { t } = useTranslation();
  const list = useSettingsList<ListItem>(path);
  return <SettingsListView list={list} label={title} addLabel={t('settings.list.addTo', { list: title })} />;
}
