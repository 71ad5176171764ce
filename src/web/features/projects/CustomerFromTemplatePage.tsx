import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useUsers } from '../users/useUsers';
import { exportCustomer, importCustomer, useTemplateCustomers } from './useProjects';

/** Reads an uploaded JSON file; a file that is not JSON gives an empty object (the server then says what is wrong). */
async function readJson(file: File): Promise<Record<string, unknown>> {
  try {
    return JSON.parse(await file.text()) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Coworkers to share the new customer with. */
function ShareWith({ chosen, setChosen }: { chosen: string[]; setChosen: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const { users } = useUsers();
  return (
    <fieldset>
      <legend>{t('templates.shareWith')}</legend>
      {users.map((user) => (
        <label key={user.id} className="checkbox-row">
          <input
            type="checkbox"
            checked={chosen.includes(user.id)}
            onChange={(e) => setChosen(e.target.checked ? [...chosen, user.id] : chosen.filter((id) => id !== user.id))}
          />{' '}
          <bdi>{user.name}</bdi>
        </label>
      ))}
    </fieldset>
  );
}

/** "New customer from template": a template customer of this workspace or an uploaded document, a new name, coworkers to share with. */
export function CustomerFromTemplatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: templates = [] } = useTemplateCustomers();
  const [templateId, setTemplateId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [shareWith, setShareWith] = useState<string[]>([]);
  const action = useSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await action.run(async () => {
      const document = file ? await readJson(file) : await exportCustomer(templateId, true);
      return importCustomer({ document, name, shareWith: { userIds: shareWith } });
    });
    if (created) navigate(`/customers/${created.id}`);
  };
  return (
    <>
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <Link to="/customers">{t('nav.customers')}</Link>
      </nav>
      <PageHeader title={t('templates.newFrom')} />
      {action.error ? <Alert>{generalMessage(t, action.error)}</Alert> : null}
      <form className="card form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('templates.pick')}
          <select value={templateId} onChange={(e) => setTemplateId(e.target.value)} disabled={file !== null}>
            <option value="">—</option>
            {templates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('templates.upload')}
          <input type="file" accept="application/json,.json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <label>
          {t('templates.newName')}
          <input required value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
        </label>
        <ShareWith chosen={shareWith} setChosen={setShareWith} />
        <button type="submit" className="button button--primary" disabled={action.busy || !name.trim() || (!file && !templateId)}>
          {t('templates.create')}
        </button>
      </form>
    </>
  );
}
