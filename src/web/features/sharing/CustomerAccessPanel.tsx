import { useTranslation } from 'react-i18next';
import type { AccessReason } from '../../../shared/sharing';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useCustomerAccess } from './useCustomerAccess';

/** One reason, as a short phrase ("through the group Sales Aarhus"). */
function useReasonText() {
  const { t } = useTranslation();
  return (reason: AccessReason): string => {
    switch (reason.kind) {
      case 'group':
        return t(`sharing.reason.group_${reason.access}`, { group: reason.groupName });
      case 'share':
        return t(`sharing.reason.share_${reason.access}`);
      case 'role':
        return t(`sharing.reason.role_${reason.role}`);
      default:
        return t(`sharing.reason.${reason.kind}`);
    }
  };
}

/** "Who can see this customer": everyone with access, what they may do, and why. */
export function CustomerAccessPanel({ customer }: { customer: { id: string; updatedAt: string } }) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const { data, error } = useCustomerAccess(customer);
  const headingId = `access-${customer.id}`;
  return (
    <section aria-labelledby={headingId} className="customer-access">
      <h3 id={headingId}>{t('sharing.whoCanSee')}</h3>
      {error ? <Alert>{generalMessage(t, error)}</Alert> : null}
      {data?.customerVisibility === 'everyone' ? <p className="muted">{t('sharing.everyoneNote')}</p> : null}
      <ul className="customer-access__list">
        {(data?.items ?? []).map((item) => (
          <li key={item.userId}>
            <bdi>{item.name}</bdi> <span className="muted">({t(`sharing.access_${item.access}`)})</span>
            <span className="muted"> · {item.reasons.map(reasonText).join(', ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
