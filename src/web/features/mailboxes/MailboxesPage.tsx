import { Mail, RefreshCw } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mailbox, MailboxForm as MailboxFormValues } from '../../../shared/mailboxes';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { generalMessage } from '../../components/errors';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../format';
import { bodyOf, MailboxForm } from './MailboxForm';
import { useMailboxes } from './useMailboxes';
import './mailboxes.css';

type Api = ReturnType<typeof useMailboxes>;

const BADGE: Record<Mailbox['status'], string> = { idle: 'badge--ok', queued: 'badge--muted', syncing: 'badge--muted', error: 'badge--overdue' };

/** Where the mailbox stands: its status, the folder being read and how far, the last sync, or why it failed. */
function MailboxState({ mailbox }: { mailbox: Mailbox }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { status, progress, lastSyncAt, lastErrorCode } = mailbox;
  return (
    <div className="mailbox__state">
      <span className={`badge ${BADGE[status]}`}>{t(`mailboxes.status.${status}`)}</span>
      {status === 'syncing' && progress ? (
        <output className="mailbox__progress">
          {t('mailboxes.progress', { folder: progress.folder, done: format.number(progress.done), total: format.number(progress.total) })}
        </output>
      ) : null}
      <span className="muted">{lastSyncAt ? t('mailboxes.lastSync', { time: format.dateTime(lastSyncAt) }) : t('mailboxes.neverSynced')}</span>
      {status === 'error' && lastErrorCode ? <Alert>{t(`mailboxes.errors.${lastErrorCode}`)}</Alert> : null}
    </div>
  );
}

function MailboxCard({ mailbox, api, onEdit }: { mailbox: Mailbox; api: Api; onEdit: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const running = mailbox.status === 'queued' || mailbox.status === 'syncing';
  return (
    <li className="card mailbox">
      <h2 className="mailbox__title">
        <Mail aria-hidden size={18} /> <bdi dir="ltr">{mailbox.username}</bdi>
      </h2>
      <p className="muted">
        <bdi dir="ltr">
          {mailbox.host}:{mailbox.port}
        </bdi>{' '}
        · {mailbox.tls ? t('mailboxes.withTls') : t('mailboxes.withoutTls')} · <bdi dir="ltr">{mailbox.folders.join(', ')}</bdi>
        {mailbox.syncSince ? <> · {t('mailboxes.readsFrom', { date: format.day(mailbox.syncSince) })}</> : null}
        {mailbox.aliases.length > 0 ? (
          <>
            {' '}
            · <bdi dir="ltr">{mailbox.aliases.join(', ')}</bdi>
          </>
        ) : null}
      </p>
      <MailboxState mailbox={mailbox} />
      <div className="form__actions">
        <button type="button" className="button" disabled={running || api.sync.isPending} onClick={() => api.sync.mutate(mailbox.id)}>
          <RefreshCw aria-hidden size={16} /> {t('mailboxes.syncNow')}
        </button>
        <button type="button" className="button" onClick={onEdit}>
          {t('common.edit')}
        </button>
        <ConfirmButton
          danger
          label={t('mailboxes.remove')}
          question={t('mailboxes.removeQuestion', { name: mailbox.username })}
          confirmLabel={t('mailboxes.removeConfirm')}
          onConfirm={() => api.remove.mutateAsync(mailbox.id)}
        />
      </div>
    </li>
  );
}

/** The add or edit form in a card; closes once saved. */
function Editor({ mailbox, api, onDone }: { mailbox?: Mailbox; api: Api; onDone: () => void }) {
  const save = async (values: MailboxFormValues) => {
    if (mailbox) await api.update.mutateAsync({ id: mailbox.id, body: bodyOf(values) });
    else await api.create.mutateAsync({ ...bodyOf(values), password: values.password });
    onDone();
  };
  return (
    <div className="card">
      <MailboxForm mailbox={mailbox} onSave={save} onCancel={onDone} />
    </div>
  );
}

/** My mailboxes: IMAP accounts whose mail to and from customers is journaled in the background. */
export function MailboxesPage() {
  const { t } = useTranslation();
  const api = useMailboxes();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const items = api.list.data ?? [];
  const failed = api.list.error ?? api.sync.error ?? api.remove.error;
  const current = items.find((m) => m.id === editing);
  const close = () => setEditing(null);
  return (
    <>
      <PageHeader
        title={t('mailboxes.title')}
        actions={
          <button type="button" className="button button--primary" onClick={() => setEditing('new')} disabled={editing === 'new'}>
            {t('mailboxes.add')}
          </button>
        }
      >
        <p className="muted">{t('mailboxes.intro')}</p>
      </PageHeader>
      {failed ? <Alert>{generalMessage(t, failed)}</Alert> : null}
      {editing === 'new' || current ? <Editor key={current?.id ?? 'new'} mailbox={current} api={api} onDone={close} /> : null}
      {api.list.isSuccess && items.length === 0 && editing === null ? (
        <div className="empty">
          <p>{t('mailboxes.empty')}</p>
        </div>
      ) : null}
      <ul className="mailboxes">
        {items.map((mailbox) => (
          <MailboxCard key={mailbox.id} mailbox={mailbox} api={api} onEdit={() => setEditing(mailbox.id)} />
        ))}
      </ul>
    </>
  );
}
