import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Customer } from '../../../shared/customers';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useFormat } from '../../format';
import { useActivity } from '../activities/useActivities';
import { useStatusHistory } from './useCustomers';
import { useUsers } from '../users/useUsers';
import { useCustomerStatusList } from '../settings/pickers/useListOptions';

/** Reasons the server gives that the sentence already says (or says in the user's language). */
const KNOWN_REASONS = ['created', 'edited', 'activity'];

/** The activity whose completion changed the status, by its subject. */
function ActivityLink({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useActivity(id);
  if (!data) return <span className="muted">{t('settings.history.byActivityUnknown')}</span>;
  // The sentence is translated whole; the subject inside it becomes a link.
  const [before, after = ''] = t('settings.history.byActivity', { subject: '\u0000' }).split('\u0000');
  return (
    <span className="muted">
      {before}
      <Link to={`/activities/${id}`}>
        <bdi>{data.subject}</bdi>
      </Link>
      {after}
    </span>
  );
}

/** Who changed the customer's status when, from what to what, and the activity when a rule did it. */
export function StatusHistory({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useUsers();
  const statuses = useCustomerStatusList();
  const statusName = (key: string) => statuses.find((status) => status.key === key)?.name ?? key;
  const { data, error } = useStatusHistory(customer);
  const changes = data?.items ?? [];

  return (
    <section aria-labelledby={`history-${customer.id}`}>
      <h3 id={`history-${customer.id}`}>{t('settings.history.title')}</h3>
      {error ? <Alert>{generalMessage(t, error)}</Alert> : null}
      {data && changes.length === 0 ? <p className="muted">{t('settings.history.none')}</p> : null}
      <ol className="history" aria-label={t('settings.history.title')}>
        {changes.map((change, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a status change has no id and the history never reorders; the time alone may repeat
          <li key={`${change.at}-${index}`}>
            <span className="history__when">{format.dateTime(change.at)}</span>{' '}
            <strong>
              {change.fromStatus
                ? t('settings.history.changed', { from: statusName(change.fromStatus), to: statusName(change.toStatus) })
                : t('settings.history.created', { to: statusName(change.toStatus) })}
            </strong>{' '}
            {change.userId ? <span className="muted">{t('settings.history.by', { name: nameOf(change.userId) || t('common.unknownUser') })}</span> : null}{' '}
            {change.activityId ? <ActivityLink id={change.activityId} /> : null}
            {change.reason === 'edited' ? <span className="muted"> · {t('settings.history.edited')}</span> : null}
            {change.reason && !KNOWN_REASONS.includes(change.reason) ? <span className="muted"> · {change.reason}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
