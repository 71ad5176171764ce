import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Partner, PARTNER_QUOTA } from '../../../shared/partners';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { useMe } from '../../session';
import { CustomerProjectSharing } from './CustomerProjectSharing';
import { InvitePartnerDialog } from './InvitePartnerDialog';
import { useCustomerPartners, usePartnerWrites } from './usePartners';

/** A partner's line: name, address, state, what is shared against the quota, and (admins, managers) the seat. */
function PartnerLine({ partner, manage }: { partner: Partner; manage: boolean }) {
  const { t } = useTranslation();
  const writes = usePartnerWrites();
  const save = useSubmit();
  return (
    <li className="partner-list__item">
      <bdi>{partner.name}</bdi> <span className="muted">{partner.email}</span>
      {partner.invited ? <span className="muted">{t('partners.invitedNotYet')}</span> : null}
      <span className="muted">
        {partner.seat
          ? t('partners.loadWithSeat', { projects: partner.projects, tasks: partner.tasks })
          : t('partners.load', { projects: partner.projects, tasks: partner.tasks, maxProjects: PARTNER_QUOTA.projects, maxTasks: PARTNER_QUOTA.tasks })}
      </span>
      {manage ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={partner.seat}
            disabled={save.busy}
            onChange={(event) => void save.run(() => writes.update(partner.userId, { seat: event.target.checked }))}
          />
          {t('partners.seat')}
          <span className="visually-hidden"> {partner.name}</span>
        </label>
      ) : null}
      {save.error ? <Alert>{generalMessage(t, save.error)}</Alert> : null}
    </li>
  );
}

/** The customer page's Partners: the people of the customer invited in, and (admins, managers) inviting one. */
export function CustomerPartnersSection({ customer, readOnly = false }: { customer: { id: string; name: string }; readOnly?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const { data, error } = useCustomerPartners(customer.id);
  const [inviting, setInviting] = useState(false);
  const manage = me.role === 'admin' || me.role === 'manager';
  return (
    <section className="card" aria-labelledby="partners-title">
      <h2 id="partners-title">{t('partners.title')}</h2>
      <p className="muted">{t('partners.intro', { projects: PARTNER_QUOTA.projects, tasks: PARTNER_QUOTA.tasks })}</p>
      {error ? <Alert>{generalMessage(t, error)}</Alert> : null}
      {data && data.items.length === 0 ? <p className="muted">{t('partners.none')}</p> : null}
      {data && data.items.length > 0 ? (
        <ul className="partner-projects" aria-label={t('partners.title')}>
          {data.items.map((partner) => (
            <PartnerLine key={partner.userId} partner={partner} manage={manage} />
          ))}
        </ul>
      ) : null}
      {data && data.items.length > 0 ? <CustomerProjectSharing customerId={customer.id} readOnly={readOnly} /> : null}
      {manage ? (
        <button type="button" className="button" aria-haspopup="dialog" onClick={() => setInviting(true)}>
          {t('partners.invite')}
        </button>
      ) : null}
      {inviting ? <InvitePartnerDialog customer={customer} onClose={() => setInviting(false)} /> : null}
    </section>
  );
}
