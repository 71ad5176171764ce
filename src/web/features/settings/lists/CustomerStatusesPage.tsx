import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type CustomerStatus, customerStatusCreateSchema, keySchema } from '../../../../shared/settings';
import { TextField } from '../../../components/Field';
import { keyOf } from './keyOf';
import { SettingsListView } from './SettingsListView';

/** A status's key may be left empty: it is then made from the name. */
const formSchema = customerStatusCreateSchema.extend({ key: z.union([z.literal(''), keySchema]) });

/** Customer statuses: each has a key other records refer to, chosen when it is added. */
export function CustomerStatusesPage() {
  const { t } = useTranslation();
  return (
    <SettingsListView<CustomerStatus, { key: string }>
      path="customer-statuses"
      title={t('settings.sections.customerStatuses')}
      extra={{
        initial: { key: '' },
        schema: formSchema,
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
