import type { FormEventHandler, ReactNode } from 'react';
import type { Control, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/common';
import { Alert } from '../../components/Alert';
import { FormFooter } from '../../components/FormFooter';
import { FormTextField } from '../../components/FormTextField';
import { ChoiceFields } from './ChoiceFields';

type Person = { name: string; email: string; role: Role; locale?: string; timeZone?: string };

interface PersonFormProps<T extends Person> {
  /** What useApiForm returned for the form. */
  api: {
    form: UseFormReturn<T, unknown, unknown>;
    submit: FormEventHandler<HTMLFormElement>;
    general: string | null;
    errorOf: (name: Path<T>) => string | undefined;
    busy: boolean;
  };
  title: string;
  submitLabel: string;
  onCancel: () => void;
  /** Fields between the email and the role (the first password of a user added directly). */
  children?: ReactNode;
}

/** Adding or inviting a person: name, email, what `children` adds, then role, language and time zone. */
export function PersonForm<T extends Person>({ api, title, submitLabel, onCancel, children }: PersonFormProps<T>) {
  const { t } = useTranslation();
  const { form, submit, general, errorOf, busy } = api;
  // The fields are those of every Person; the form's own type T has more (a password) that they need not know.
  const control = form.control as unknown as Control<Person>;
  const err = errorOf as unknown as (name: keyof Person) => string | undefined;
  return (
    <form className="form form--grid" onSubmit={submit} noValidate aria-label={title}>
      {general ? <Alert>{general}</Alert> : null}
      <fieldset>
        <legend>{title}</legend>
        <FormTextField control={control} name="name" label={t('fields.name')} error={err('name')} required autoFocus autoComplete="off" />
        <FormTextField control={control} name="email" type="email" label={t('fields.email')} error={err('email')} required autoComplete="off" />
        {children}
        <ChoiceFields form={form} errorOf={errorOf} roles={ROLES} />
      </fieldset>
      <FormFooter submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
