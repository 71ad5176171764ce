import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface CheckListFieldProps {
  label: string;
  items: { id: string; name: string; active: boolean }[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  /** Below the choices, e.g. "New category". */
  children?: ReactNode;
}

/** Many items of a settings list as checkboxes; inactive ones show only while chosen. */
export function CheckListField({ label, items, value, onChange, error, children }: CheckListFieldProps) {
  const { t } = useTranslation();
  const shown = items.filter((item) => item.active || value.includes(item.id));
  const toggle = (id: string, on: boolean) => onChange(on ? [...value.filter((known) => known !== id), id] : value.filter((known) => known !== id));
  return (
    <fieldset className={error ? 'check-list field--invalid' : 'check-list'}>
      <legend>{label}</legend>
      {shown.length === 0 ? <p className="field__hint">{t('settings.pickers.noneYet')}</p> : null}
      <div className="check-list__options">
        {shown.map((item) => (
          <label key={item.id} className="checkbox">
            <input type="checkbox" checked={value.includes(item.id)} onChange={(event) => toggle(item.id, event.target.checked)} />
            <bdi>{item.name}</bdi>
          </label>
        ))}
      </div>
      {children}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
