import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { listItemCreateSchema } from '../../../../shared/settings';
import { Alert } from '../../../components/Alert';
import { FormTextField } from '../../../components/FormTextField';
import { useApiForm } from '../../../components/useApiForm';
import { useFieldValues } from './useFieldValues';

type FormSchema = z.ZodType<Record<string, unknown>, Record<string, unknown>>;

export interface ExtraFields<E> {
  initial: E;
  /** The list's rules for the name and these fields (its create schema, as the form holds the values); by default the name's. */
  schema?: FormSchema;
  /** Field names the server may name in errors; the initial values' names are always shown beside their fields. */
  names?: readonly string[];
  render: (values: E, set: (change: Partial<E>) => void, errors: Record<string, string>) => ReactNode;
  /** The body to send; by default the name and the extra values. */
  toInput?: (name: string, values: E) => Record<string, unknown>;
}

interface AddItemFormProps<E> {
  label: string;
  extra?: ExtraFields<E>;
  onAdd: (input: Record<string, unknown>) => Promise<unknown>;
}

const nameOnly = listItemCreateSchema.pick({ name: true });

/** Adds an item to a settings list (checked with the list's rules first); stays open for the next one. */
export function AddItemForm<E extends Record<string, unknown>>({ label, extra, onAdd }: AddItemFormProps<E>) {
  const { t } = useTranslation();
  const start: Record<string, unknown> = { ...extra?.initial, name: '' };
  const api = useApiForm(extra?.schema ?? nameOnly, start, async ({ name, ...values }) => {
    const text = String(name ?? '');
    const extraValues = { ...extra?.initial, ...values } as E;
    await onAdd(extra ? (extra.toInput?.(text, extraValues) ?? { ...extraValues, name: text }) : { name: text });
    api.form.reset(start);
  });
  return (
    <form className="settings-add" onSubmit={api.submit} noValidate aria-label={label}>
      {api.general ? <Alert>{api.general}</Alert> : null}
      <div className="settings-add__fields">
        <FormTextField control={api.form.control} name="name" label={t('fields.name')} error={api.errorOf('name')} required autoComplete="off" />
        {extra ? <Extra extra={extra} api={api} /> : null}
        <div className="settings-add__submit">
          <button type="submit" className="button button--primary" disabled={api.busy}>
            {api.busy ? t('common.saving') : t('settings.list.add')}
          </button>
        </div>
      </div>
    </form>
  );
}

/** The list's own fields, drawn by the page, bound to the form. */
function Extra<E extends Record<string, unknown>>({ extra, api }: { extra: ExtraFields<E>; api: ReturnType<typeof useApiForm<FormSchema>> }) {
  const { values, set, errors } = useFieldValues(api.form, extra.initial, api.errorOf);
  return <>{extra.render(values, set, errors)}</>;
}
