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
