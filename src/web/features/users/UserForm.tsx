import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/common';
import type { User } from '../../../shared/users';
import { Alert } from '../../components/Alert';
import { formErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Field';
import { useSubmit } from '../../components/hooks';
import { TimeZoneField } from '../../components/TimeZoneField';
import { isLanguage, LANGUAGES, type LanguageCode } from '../../i18n';
import { useMe } from '../../session';
import { useUsers } from './useUsers';
import { FormFooter } from '../../components/FormFooter';

const FIELDS = ['email', 'name', 'password', 'role', 'locale', 'timeZone'] as const;

/** Add a user: email, name, first password, role, language and time zone. */
export function UserForm({ onCreated, onCancel }: { onCreated: (user: User) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [values, setValues] = useState({
    email: '',
    name: '',
    password: '',
    role: 'user' as Role,
    locale: isLanguage(me.locale) ? me.locale : ('en' as LanguageCode),
    timeZone: me.timeZone,
  });
  const { busy, error, run } = useSubmit();
  const { create } = useUsers();
  const errors = formErrors(t, error, FIELDS);
  const set =
    <K extends keyof typeof values>(key: K) =>
    (value: (typeof values)[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const created = await run(() => create(values));
    if (created) onCreated(created);
  }

  return (
    <form className="form form--grid" onSubmit={submit} noValidate aria-label={t('users.add')}>
      {errors.general ? <Alert>{errors.general}</Alert> : null}
      <fieldset>
        <legend>{t('users.add')}</legend>
        <TextField label={t('fields.name')} value={values.name} onChange={set('name')} error={errors.fields.name} required autoFocus autoComplete="off" />
        <TextField
          label={t('fields.email')}
          type="email"
          value={values.email}
          onChange={set('email')}
          error={errors.fields.email}
          required
          autoComplete="off"
        />
        <TextField
          label={t('fields.password')}
          type="password"
          value={values.password}
          onChange={set('password')}
          error={errors.fields.password}
          hint={t('fields.passwordHint')}
          required
          autoComplete="new-password"
        />
        <SelectField
          label={t('fields.role')}
          value={values.role}
          onChange={(role) => set('role')(role as Role)}
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          error={errors.fields.role}
        />
        <SelectField
          label={t('fields.language')}
          value={values.locale}
          onChange={(locale) => isLanguage(locale) && set('locale')(locale)}
          options={LANGUAGES.map((language) => ({ value: language.code, label: language.name }))}
          error={errors.fields.locale}
        />
        <TimeZoneField label={t('fields.timeZone')} value={values.timeZone} onChange={set('timeZone')} error={errors.fields.timeZone} />
      </fieldset>
      <FormFooter submitLabel={t('users.addSubmit')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
