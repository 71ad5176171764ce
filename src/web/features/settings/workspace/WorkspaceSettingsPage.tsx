import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { generalMessage } from '../../../components/errors';
import { ExchangeRatesForm } from './ExchangeRatesForm';
import { useWorkspace } from './useWorkspace';
import { WorkspaceSettingsForm } from './WorkspaceSettingsForm';

/** Settings → Workspace: the name, default language and time zone, first day of the week and currency. */
export function WorkspaceSettingsPage() {
  const { t } = useTranslation();
  const { workspace, save } = useWorkspace();
  if (workspace.error) return <Alert>{generalMessage(t, workspace.error)}</Alert>;
  if (!workspace.data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <div className="card">
      <WorkspaceSettingsForm workspace={workspace.data} onSave={save.mutateAsync} />
    </div>
  );
}

/** Settings → Exchange rates: what other currencies are worth in the workspace's (a page of its own). */
export function ExchangeRatesPage() {
  const { t } = useTranslation();
  const { workspace, save } = useWorkspace();
  if (workspace.error) return <Alert>{generalMessage(t, workspace.error)}</Alert>;
  if (!workspace.data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <div className="card">
      <ExchangeRatesForm workspace={workspace.data} onSave={save.mutateAsync} />
    </div>
  );
}
