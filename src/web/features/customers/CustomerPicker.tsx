import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerCombobox } from './CustomerCombobox';

export interface CustomerRef {
  id: string;
  name: string;
}

/** One customer, picked by searching; the text shows the chosen name, clearing it clears the choice. */
export function CustomerPicker({
  label,
  value,
  onChange,
  error,
  required,
}: {
  label: string;
  value: CustomerRef | null;
  onChange: (value: CustomerRef | null) => void;
  error?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value?.name ?? '');
  const chosenName = value?.name ?? '';
  useEffect(() => setText(chosenName), [chosenName]);
  return (
    <CustomerCombobox
      label={label}
      text={text}
      error={error}
      required={required}
      placeholder={t('activity.customerPlaceholder')}
      onText={(next) => {
        setText(next);
        if (value && next !== value.name) onChange(null);
      }}
      onPick={(customer) => {
        setText(customer.name);
        onChange(customer);
      }}
    />
  );
}

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
