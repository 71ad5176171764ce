import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerCombobox } from './CustomerCombobox';
import type { CustomerRef } from './CustomerPicker';

/** Several customers: chosen ones as removable chips, more added by searching. */
export function CustomersPicker({
  label,
  value,
  onChange,
  exclude = [],
  error,
}: {
  label: string;
  value: CustomerRef[];
  onChange: (value: CustomerRef[]) => void;
  exclude?: readonly string[];
  error?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <div className="multi-picker">
      <CustomerCombobox
        label={label}
        text={text}
        error={error}
        placeholder={t('activity.customerPlaceholder')}
        exclude={[...exclude, ...value.map((customer) => customer.id)]}
        onText={setText}
        onPick={(customer) => {
          setText('');
          onChange([...value, customer]);
        }}
      />
      {value.length ? (
        <ul className="chips" aria-label={label}>
          {value.map((customer) => (
            <li key={customer.id} className="chip">
              <bdi>{customer.name}</bdi>
              <button
                type="button"
                className="chip__remove"
                aria-label={t('activity.removeNamed', { name: customer.name })}
                onClick={() => onChange(value.filter((item) => item.id !== customer.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
