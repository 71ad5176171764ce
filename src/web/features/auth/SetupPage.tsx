import { useTranslation } from 'react-i18next';
import { WorkspaceForm } from './WorkspaceForm';

/** First run: name the workspace and create its first admin, then land signed in. */
export function SetupPage() {
  const { t } = useTranslation();
  return <WorkspaceForm endpoint="/setup" title={t('setup.title')} intro={t('setup.intro')} />;
}
