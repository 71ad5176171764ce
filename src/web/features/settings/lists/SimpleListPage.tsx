import type { ListItem } from '../../../../shared/settings';
import { SettingsListView } from './SettingsListView';

/** A list with names only: contact roles, origins, sources, work areas, status keywords. */
export function SimpleListPage({ path, title }: { path: string; title: string }) {
  return <SettingsListView<ListItem> path={path} title={title} />;
}
