import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { SelectField } from '../../../components/Field';
import type { LogFilters } from '../../history/useHistory';
import { useUsers } from '../../users/useUsers';

/** Records the log can be narrowed to: customers, contacts, activities, then the settings lists. */
export const ENTITIES = [
  'customer',
  'contact',
  'activity',
  'sales_project',
  'customer_status',
  'category',
  'industry',
  'contact_role',
  'origin',
  'source',
  'product',
  'activity_type',
  'activity_status',
  'group',
  'group_member',
  'sales_budget',
  'workspace',
] as const;
export const ACTIONS = ['create', 'update', 'trash', 'restore', 'complete', 'reopen', 'delete', 'move'] as const;

interface AuditFiltersProps {
  value: LogFilters;
  onChange: (next: LogFilters) => void;
}

/** The change log's filters: which records, who, which action, and a period. */
export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const { users } = useUsers();
  const choice = (key: 'entity' | 'userId' | 'action', all: string, options: { value: string; label: string }[]) => (
    <SelectField
      id={`audit-${key}`}
      label={t(`changelog.filter.${key === 'userId' ? 'user' : key}`)}
      value={value[key]}
      onChange={(chosen) => onChange({ ...value, [key]: chosen })}
      emptyLabel={all}
      options={options}
    />
  );
  return (
    <fieldset className="changelog-filters" aria-label={t('changelog.filters')}>
      {choice(
        'entity',
        t('changelog.filter.all'),
        ENTITIES.map((name) => ({ value: name, label: t(`changelog.entities.${name}`) })),
      )}
      {choice(
        'userId',
        t('changelog.filter.everyone'),
        users.map((user) => ({ value: user.id, label: user.name })),
      )}
      {choice(
        'action',
        t('changelog.filter.all'),
        ACTIONS.map((name) => ({ value: name, label: t(`changelog.actions.${name}`) })),
      )}
      {(['from', 'to'] as const).map((key) => (
        <div className="field" key={key}>
          <label htmlFor={`audit-${key}`}>{t(`changelog.filter.${key}`)}</label>
          <DateField id={`audit-${key}`} value={value[key]} onChange={(day) => onChange({ ...value, [key]: day })} />
        </div>
      ))}
    </fieldset>
  );
}
