import { useTranslation } from 'react-i18next';
import type { Delivery } from '../../../shared/webhooks';
import { Alert } from '../../components/Alert';
import { LoadMore } from '../../components/LoadMore';
import { useFormat } from '../../format';
import { useDeliveries } from './useWebhooks';

const BADGE: Record<Delivery['status'], string> = { pending: 'badge--muted', delivered: 'badge--ok', failed: 'badge--overdue' };

/** One webhook's deliveries: the event, how it went, the receiver's answer, when. */
export function DeliveryLog({ webhookId, url }: { webhookId: string; url: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const log = useDeliveries(webhookId);
  if (log.error) return <Alert>{t('webhooks.log.loadFailed')}</Alert>;
  if (!log.loaded) return <p aria-busy="true">{t('common.loading')}</p>;
  return (
    <section className="webhook-log" aria-label={t('webhooks.log.title', { url })}>
      <div className="webhook-log__head">
        <h3>{t('webhooks.log.heading')}</h3>
        <button type="button" className="button button--quiet button--small" onClick={() => void log.reload()}>
          {t('webhooks.log.refresh')}
        </button>
      </div>
      {log.items.length === 0 ? (
        <p className="muted">{t('webhooks.log.empty')}</p>
      ) : (
        <ul className="webhook-log__list">
          {log.items.map((d) => (
            <li key={d.id} className="webhook-log__item">
              <code dir="ltr">{d.event}</code>
              <span className={`badge ${BADGE[d.status]}`}>{t(`webhooks.status.${d.status}`)}</span>
              <span>{d.responseCode === null ? t('webhooks.log.noResponse') : t('webhooks.log.response', { code: d.responseCode })}</span>
              <span className="muted">{t('webhooks.log.attempts', { count: d.attempts })}</span>
              <time className="muted" dateTime={d.occurredAt}>
                {format.dateTime(d.occurredAt)}
              </time>
              {d.lastError && d.status !== 'delivered' ? (
                <span className="webhook-log__error" dir="ltr">
                  {d.lastError}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <LoadMore hasMore={log.hasMore} loading={log.loadingMore} onLoadMore={log.loadMore} />
    </section>
  );
}
