import { useTranslation } from 'react-i18next';
import { CATEGORY_TARGETS, type Category, categoryCreateSchema } from '../../../../shared/settings';
import { SelectField } from '../../../components/Field';
import { SettingsListView } from './SettingsListView';

type Target = Category['appliesTo'];
const isTarget = (value: string): value is Target => (CATEGORY_TARGETS as readonly string[]).includes(value);

/** "Customers", "Contacts", "Customers and contacts" in the user's language. */
export function useTargetOptions() {
  const { t } = useTranslation();
  const label = (target: Target) =>
    target === 'customer' ? t('settings.categories.customer') : target === 'contact' ? t('settings.categories.contact') : t('settings.categories.both');
  return { label, options: CATEGORY_TARGETS.map((target) => ({ value: target, label: label(target) })) };
}

/** Categories, each for customers, contacts or both (seed 003). */
export function CategoriesPage() {
  const { t } = useTranslation();
  const targets = useTargetOptions();
  return (
    <SettingsListView<Category, { appliesTo: Target }>
      path="categories"
      title={t('settings.sections.categories')}
      extra={{
        initial: { appliesTo: 'both' as Target },
        schema: categoryCreateSchema,
        render: (values, set, errors) => (
          <SelectField
            label={t('settings.categories.appliesTo')}
            value={values.appliesTo}
            onChange={(value) => isTarget(value) && set({ appliesTo: value })}
            options={targets.options}
            error={errors.appliesTo}
          />
        ),
      }}
      details={(item, change) => (
        <label className="settings-inline-field">
          <span className="visually-hidden">{t('settings.categories.appliesToNamed', { name: item.name })}</span>
          <select value={item.appliesTo} onChange={(event) => void change({ appliesTo: event.target.value })}>
            {targets.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      )}
    />
  );
}
