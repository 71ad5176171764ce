import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../../shared/workspace';
import { Alert } from '../../../components/Alert';
import { generalMessage } from '../../../components/errors';
import { ExchangeRatesForm } from './ExchangeRatesForm';
import { useWorkspace } from './useWorkspace';
import { WorkspaceSettingsForm } from './WorkspaceSettingsForm';

type Save = ReturnType<typeof useWorkspace>['save']['mutateAsync'];

/** A form over the workspace's settings, once they are loaded, in a card. */
function WorkspaceCard({ form }: { form: (workspace: Workspace, save: Save) => ReactNode }) {
  const { t } = useTranslation();
  const { workspace, save } = useWorkspace();
  if (workspace.error) return <Alert>{generalMessage(t, workspace.error)}</Alert>;
  if (!workspace.data) return <p className="muted">{t('common.loading')}</p>;
  return <div className="card">{form(workspace.data, save.mutateAsync)}</div>;
}

/** Settings → Workspace: the name, default language and time zone, first day of the week and currency. */
export function WorkspaceSettingsPage() {
  return <WorkspaceCard form={(workspace, save) => <WorkspaceSettingsForm workspace={workspace} onSave={save} />} />;
}

/** Settings → Exchange rates: what other currencies are worth in the workspace's (a page of its own). */
export function ExchangeRatesPage() {
  return <WorkspaceCard form={(workspace, save) => <ExchangeRatesForm workspace={workspace} onSave={save} />} />;
}
