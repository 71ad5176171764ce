import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { formErrors } from '../../../components/errors';
import { TextField } from '../../../components/Field';
import { useSubmit } from '../../../components/hooks';

export interface ExtraFields<E> {
  initial: E;
  /** Field names the server may name in errors (shown beside the fields). */
  names: readonly string[];
  render: (values: E, set: (change: Partial<E>) => void, errors: Record<string, string>) => ReactNode;
  /** The body to send; by default the name and the extra values. */
  toInput?: (name: string, values: E) => Record<string, unknown>;
}

interface AddItemFormProps<E> {
  label: string;
  extra?: ExtraFields<E>;
  onAdd: (input: Record<string, unknown>) => Promise<unknown>;
}

/** Adds an item to a settings list; stays open for the next one. */
export function AddItemForm<E extends Record<string, unknown>>({ label, extra, onAdd }: AddItemFormProps<E>) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [values, setValues] = useState<E | undefined>(extra?.initial);
  const { busy, error, run } = useSubmit();
  const errors = formErrors(t, error, ['name', ...(extra?.names ?? [])]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = extra && values ? (extra.toInput?.(name, values) ?? { ...values, name }) : { name };
    const created = await run(() => onAdd(input));
    if (created !== undefined) {
      setName('');
      setValues(extra?.initial);
    }
  }

  return (
    <form className="settings-add" onSubmit={submit} noValidate aria-label={label}>
      {errors.general ? <Alert>{errors.general}</Alert> : null}
      <div className="settings-add__fields">
        <TextField label={t('fields.name')} value={name} onChange={setName} error={errors.fields.name} required autoComplete="off" />
        {extra && values ? extra.render(values, (change) => setValues((current) => (current ? { ...current, ...change } : current)), errors.fields) : null}
        <div className="settings-add__submit">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('common.saving') : t('settings.list.add')}
          </button>
        </div>
      </div>
    </form>
  );
}
