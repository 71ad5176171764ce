import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ActivityTimeline } from './ActivityTimeline';
import { useContact } from './useActivities';

/** Every activity of a customer (also as additional customer), open and done, newest first. */
export function CustomerTimeline({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  return <ActivityTimeline owner={{ kind: 'customers', id: customerId }} title={t('activity.timeline')} newHref={`/activities/new?customerId=${customerId}`} />;
}

/** Only a contact's activities, open and done, newest first. */
export function ContactTimeline({ contactId, customerId, name }: { contactId: string; customerId?: string; name?: string }) {
  const { t } = useTranslation();
  return (
    <ActivityTimeline
      owner={{ kind: 'contacts', id: contactId }}
      title={name ? t('activity.timelineOf', { name }) : t('activity.timeline')}
      newHref={customerId ? `/activities/new?customerId=${customerId}&contactId=${contactId}` : undefined}
    />
  );
}

/**
 * The timeline of the contact named in the address (`?contact=`), as the to-do list and the
 * activity card link to it; nothing when no contact is chosen.
 */
export function SelectedContactTimeline({ customerId }: { customerId: string }) {
  const [params] = useSearchParams();
  const contactId = params.get('contact');
  const { data: contact } = useContact(contactId);
  useEffect(() => {
    if (contact) document.getElementById(`contact-timeline-${contact.id}`)?.scrollIntoView({ block: 'start' });
  }, [contact]);
  if (!contactId || !contact || contact.customerId !== customerId) return null;
  return (
    <div id={`contact-timeline-${contact.id}`}>
      <ContactTimeline contactId={contact.id} customerId={customerId} name={[contact.firstName, contact.lastName].filter(Boolean).join(' ')} />
    </div>
  );
}

/** For the customer page: the chosen contact's activities (from `?contact=`), then all the customer's. */
export function CustomerActivities({ customerId }: { customerId: string }) {
  return (
    <>
      <SelectedContactTimeline customerId={customerId} />
      <CustomerTimeline customerId={customerId} />
    </>
  );
}
