import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { WorkspaceForm } from './WorkspaceForm';

/** Opt-in sign-up (TEND_SIGNUP=1): a new workspace and its admin on a server hosting many. */
export function SignUpPage() {
  const { t } = useTranslation();
  return (
    <WorkspaceForm
      endpoint="/signup"
      title={t('signUp.title')}
      intro={t('signUp.intro')}
      footer={
        <p className="auth__switch">
          {t('signUp.haveAccount')} <Link to="/">{t('signUp.signIn')}</Link>
        </p>
      }
    />
  );
}
