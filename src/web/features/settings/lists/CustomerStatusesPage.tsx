import { useTranslation } from 'react-i18next';
import type { CustomerStatus } from '../../../../shared/settings';
import { TextField } from '../../../components/Field';
import { keyOf } from './keyOf';
import { SettingsListView } from './SettingsListView';
import { useSettingsList } from './useSettingsList';

/** Customer statuses: each has a key other records refer to, chosen when it is added. */
export function CustomerStatusesPage() {
  const { t } = useTranslation();
  const list = useSettingsList<CustomerStatus>('customer-statuses');
  const title = t('settings.sections.customerStatuses');
  return (
    <SettingsListView
      list={list}
      label={title}
      addLabel={t('settings.list.addTo', { list: title })}
      extra={{
        initial: { key: '' },
        names: ['key'],
        render: (values, set, errors) => (
          <TextField
            label={t('settings.statuses.key')}
            value={values.key}
            onChange={(key) => set({ key })}
            error={errors.key}
            hint={t('settings.statuses.keyHint')}
            autoComplete="off"
          />
        ),
        toInput: (name, values) => ({ name, key: values.key.trim() || keyOf(name) }),
      }}
      details={(item) => <code className="settings-key">{item.key}</code>}
    />
  );
}
