import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { formErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Field';
import { useSubmit } from '../../components/hooks';
import { TimeZoneField } from '../../components/TimeZoneField';
import { LANGUAGES, type LanguageCode } from '../../i18n';
import { useSession } from '../../session';
import { authApi } from './auth-api';
import { AuthLayout } from './AuthLayout';

const FIELDS = ['workspaceName', 'name', 'email', 'password', 'locale', 'timeZone'] as const;

function guessTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Copenhagen';
}

interface WorkspaceFormProps {
  /** First run (`/setup`) or opt-in sign-up (`/signup`): the same form, another endpoint. */
  endpoint: '/setup' | '/signup';
  title: string;
  intro: string;
  footer?: ReactNode;
}

/** Name a new workspace and create its first admin, then land signed in. */
export function WorkspaceForm({ endpoint, title, intro, footer }: WorkspaceFormProps) {
  const { t, i18n } = useTranslation();
  const { signedIn } = useSession();
  const [form, setForm] = useState({
    workspaceName: '',
    name: '',
    email: '',
    password: '',
    locale: (i18n.language === 'da' ? 'da' : 'en') as LanguageCode,
    timeZone: guessTimeZone(),
  });
  const { busy, error, run } = useSubmit();
  const errors = formErrors(t, error, FIELDS);
  const set =
    <K extends keyof typeof form>(key: K) =>
    (value: (typeof form)[K]) =>
      setForm((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await run(() => (endpoint === '/setup' ? authApi.setup(form) : authApi.signUp(form)));
    if (result) signedIn(result.user);
  }

  return (
    <AuthLayout title={title} intro={intro}>
      <form className="form" onSubmit={submit} noValidate>
        {errors.general ? <Alert>{errors.general}</Alert> : null}
        <TextField
          label={t('setup.workspaceName')}
          value={form.workspaceName}
          onChange={set('workspaceName')}
          error={errors.fields.workspaceName}
          autoComplete="organization"
          autoFocus
          required
        />
        <TextField label={t('fields.name')} value={form.name} onChange={set('name')} error={errors.fields.name} autoComplete="name" required />
        <TextField
          label={t('fields.email')}
          type="email"
          value={form.email}
          onChange={set('email')}
          error={errors.fields.email}
          autoComplete="username"
          required
        />
        <TextField
          label={t('fields.password')}
          type="password"
          value={form.password}
          onChange={set('password')}
          error={errors.fields.password}
          hint={t('fields.passwordHint')}
          autoComplete="new-password"
          required
        />
        <SelectField
          label={t('fields.language')}
          value={form.locale}
          onChange={(value) => {
            const locale = value as LanguageCode;
            set('locale')(locale);
            void i18n.changeLanguage(locale);
          }}
          options={LANGUAGES.map((language) => ({ value: language.code, label: language.name }))}
          error={errors.fields.locale}
        />
        <TimeZoneField label={t('fields.timeZone')} value={form.timeZone} onChange={set('timeZone')} error={errors.fields.timeZone} />
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? t('setup.busy') : t('setup.submit')}
        </button>
      </form>
      {footer}
    </AuthLayout>
  );
}
