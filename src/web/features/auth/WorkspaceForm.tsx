import type { ReactNode } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { setupSchema } from '../../../shared/auth';
import { Alert } from '../../components/Alert';
import { FormTextField } from '../../components/FormTextField';
import { TimeZoneField } from '../../components/TimeZoneField';
import { useApiForm } from '../../components/useApiForm';
import { LANGUAGES } from '../../i18n';
import { useSession } from '../../session';
import { authApi } from './auth-api';
import { AuthLayout } from './AuthLayout';
import { LanguageField } from './LanguageField';

type WorkspaceApi = ReturnType<typeof useApiForm<typeof setupSchema>>;

const guessTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Copenhagen';

interface WorkspaceFormProps {
  /** First run (`/setup`) or opt-in sign-up (`/signup`): the same form, another endpoint. */
  endpoint: '/setup' | '/signup';
  title: string;
  intro: string;
  footer?: ReactNode;
}

function WorkspaceZone({ api }: { api: WorkspaceApi }) {
  const { t } = useTranslation();
  const { field } = useController({ control: api.form.control, name: 'timeZone' });
  return <TimeZoneField label={t('fields.timeZone')} value={field.value ?? ''} onChange={field.onChange} error={api.errorOf('timeZone')} />;
}

/** Name a new workspace and create its first admin (checked with the server's rules), then land signed in. */
export function WorkspaceForm({ endpoint, title, intro, footer }: WorkspaceFormProps) {
  const { t, i18n } = useTranslation();
  const { signedIn } = useSession();
  const locale = LANGUAGES.find((language) => language.code === i18n.language)?.code ?? 'en';
  const start = { workspaceName: '', name: '', email: '', password: '', locale, timeZone: guessTimeZone() };
  const api = useApiForm(setupSchema, start, async (values) => {
    const body = setupSchema.parse(values);
    const result = await (endpoint === '/setup' ? authApi.setup(body) : authApi.signUp(body));
    signedIn(result.user);
  });
  const { control } = api.form;
  return (
    <AuthLayout title={title} intro={intro}>
      <form className="form" onSubmit={api.submit} noValidate>
        {api.general ? <Alert>{api.general}</Alert> : null}
        <FormTextField
          control={control}
          name="workspaceName"
          label={t('setup.workspaceName')}
          error={api.errorOf('workspaceName')}
          autoComplete="organization"
          autoFocus
          required
        />
        <FormTextField control={control} name="name" label={t('fields.name')} error={api.errorOf('name')} autoComplete="name" required />
        <FormTextField control={control} name="email" type="email" label={t('fields.email')} error={api.errorOf('email')} autoComplete="username" required />
        <FormTextField
          control={control}
          name="password"
          type="password"
          label={t('fields.password')}
          error={api.errorOf('password')}
          hint={t('fields.passwordHint')}
          autoComplete="new-password"
          required
        />
        <LanguageField control={control} name="locale" error={api.errorOf('locale')} />
        <WorkspaceZone api={api} />
        <button type="submit" className="button button--primary button--wide" disabled={api.busy}>
          {api.busy ? t('setup.busy') : t('setup.submit')}
        </button>
      </form>
      {footer}
    </AuthLayout>
  );
}
