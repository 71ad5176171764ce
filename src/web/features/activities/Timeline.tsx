import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { MailDropZone } from '../mail/MailDropZone';
import { ActivityTimeline } from './ActivityTimeline';
import { useContact } from './useActivities';

/** Every activity of a customer (also as additional customer), open and done, newest first. */
export function CustomerTimeline({ customerId, readOnly = false }: { customerId: string; readOnly?: boolean }) {
  const { t } = useTranslation();
  return (
    <ActivityTimeline
      owner={{ kind: 'customers', id: customerId }}
      title={t('activity.timeline')}
      newHref={readOnly ? undefined : `/activities/new?customerId=${customerId}`}
      readOnly={readOnly}
    />
  );
}

/** Only a contact's activities, open and done, newest first. */
export function ContactTimeline({
  contactId,
  customerId,
  name,
  readOnly = false,
}: {
  contactId: string;
  customerId?: string;
  name?: string;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ActivityTimeline
      owner={{ kind: 'contacts', id: contactId }}
      title={name ? t('activity.timelineOf', { name }) : t('activity.timeline')}
      newHref={customerId && !readOnly ? `/activities/new?customerId=${customerId}&contactId=${contactId}` : undefined}
      readOnly={readOnly}
    />
  );
}

/**
 * The timeline of the contact named in the address (`?contact=`), as the to-do list and the
 * activity card link to it; nothing when no contact is chosen.
 */
export function SelectedContactTimeline({ customerId, readOnly }: { customerId: string; readOnly?: boolean }) {
  const [params] = useSearchParams();
  const contactId = params.get('contact');
  const { data: contact } = useContact(contactId);
  useEffect(() => {
    if (contact) document.getElementById(`contact-timeline-${contact.id}`)?.scrollIntoView({ block: 'start' });
  }, [contact]);
  const { t } = useTranslation();
  if (!contactId || !contact || contact.customerId !== customerId) return null;
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
  return (
    <div id={`contact-timeline-${contact.id}`}>
      {readOnly ? null : (
        <MailDropZone target={{ customerId, contactId: contact.id }} label={t('mail.drop.titleContact', { name: name || contact.email || '' })} />
      )}
      <ContactTimeline
        contactId={contact.id}
        customerId={customerId}
        name={[contact.firstName, contact.lastName].filter(Boolean).join(' ')}
        readOnly={readOnly}
      />
    </div>
  );
}

/**
 * For the customer page: the chosen contact's activities (from `?contact=`), then all the
 * customer's. `readOnly`: shared for reading only, so no new activities and no completing but
 * of one's own.
 */
export function CustomerActivities({ customerId, readOnly }: { customerId: string; readOnly?: boolean }) {
  return (
    <>
      <SelectedContactTimeline customerId={customerId} readOnly={readOnly} />
      <CustomerTimeline customerId={customerId} readOnly={readOnly} />
    </>
  );
}
