import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Webhook } from '../../../shared/webhooks';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { generalMessage } from '../../components/errors';
import { DeliveryLog } from './DeliveryLog';
import { WebhookForm } from './WebhookForm';
import { useWebhooks } from './useWebhooks';
import './webhooks.css';

type Api = ReturnType<typeof useWebhooks>;

function WebhookCard({ webhook, api }: { webhook: Webhook; api: Api }) {
  const { t } = useTranslation();
  const [showLog, setShowLog] = useState(false);
  const [tested, setTested] = useState(false);
  return (
    <li className="card webhook">
      <div className="webhook__head">
        <code className="webhook__url" dir="ltr">
          {webhook.url}
        </code>
        {webhook.enabled ? null : <span className="badge badge--muted">{t('webhooks.off')}</span>}
        {webhook.lastStatus ? <span className="muted">{t('webhooks.lastStatus', { status: t(`webhooks.status.${webhook.lastStatus}`) })}</span> : null}
      </div>
      <p className="muted webhook__events">{webhook.events.map((e) => t(`webhooks.event.${e.replace('.', '_')}`)).join(', ')}</p>
      <div className="webhook__actions">
        <button type="button" className="button button--small" aria-expanded={showLog} onClick={() => setShowLog((v) => !v)}>
          {showLog ? t('webhooks.hideLog') : t('webhooks.showLog')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={api.test.isPending}
          onClick={() => api.test.mutate(webhook.id, { onSuccess: () => setTested(true) })}
        >
          {t('webhooks.sendTest')}
        </button>
        <button type="button" className="button button--small" onClick={() => api.update.mutate({ id: webhook.id, body: { enabled: !webhook.enabled } })}>
          {webhook.enabled ? t('webhooks.turnOff') : t('webhooks.turnOn')}
        </button>
        <ConfirmButton
          label={t('webhooks.delete')}
          question={t('webhooks.deleteQuestion')}
          confirmLabel={t('webhooks.deleteConfirm')}
          danger
          onConfirm={() => api.remove.mutateAsync(webhook.id).then(() => undefined)}
        />
      </div>
      {tested ? <output className="muted">{t('webhooks.testQueued')}</output> : null}
      {showLog ? <DeliveryLog webhookId={webhook.id} url={webhook.url} /> : null}
    </li>
  );
}

/** Settings → Webhooks (admins): the URLs told about changes, their delivery logs, a new one. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const api = useWebhooks();
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  if (api.list.isError) return <Alert>{generalMessage(t, api.list.error)}</Alert>;
  if (!api.list.data) return <p aria-busy="true">{t('common.loading')}</p>;
  return (
    <div className="webhooks">
      {secret ? (
        <Alert kind="success">
          <p>{t('webhooks.secretOnce')}</p>
          <code className="webhook__secret" dir="ltr">
            {secret}
          </code>
        </Alert>
      ) : null}
      {adding ? (
        <WebhookForm
          onCancel={() => setAdding(false)}
          onSubmit={async (body) => {
            const created = await api.create.mutateAsync(body);
            setSecret(created.secret);
            setAdding(false);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setAdding(true);
            setSecret(null);
          }}
        >
          {t('webhooks.add')}
        </button>
      )}
      {api.list.data.length === 0 ? (
        <p className="empty">{t('webhooks.none')}</p>
      ) : (
        <ul className="webhooks__list">
          {api.list.data.map((webhook) => (
            <WebhookCard key={webhook.id} webhook={webhook} api={api} />
          ))}
        </ul>
      )}
    </div>
  );
}
