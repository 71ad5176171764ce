import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Activity } from '../../../shared/activities';
import { useFormat } from '../../format';
import { useUsers } from '../users/useUsers';
import { fullName } from './ActivityForm';
import { contactHref, customerHref } from './links';
import { TypeBadge } from './TypeBadge';
import { useContact } from './useActivities';
import type { ActivityLookups } from './useActivityLookups';
import { useCustomerRefs } from '../customers/useCustomerRefs';

/** An activity's facts as a definition list; empty facts are left out. */
export function ActivityDetails({ activity, lookups }: { activity: Activity; lookups: ActivityLookups }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useUsers();
  const { refs } = useCustomerRefs([activity.customerId, ...activity.additionalCustomerIds].filter((id): id is string => id !== null));
  const contactId = activity.contactId;
  const { data: contact } = useContact(contactId);
  const customer = refs.find((ref) => ref.id === activity.customerId);
  const others = refs.filter((ref) => ref.id !== activity.customerId);
  const rows: [string, ReactNode][] = [
    [t('activity.type'), <TypeBadge key="type" type={lookups.typeOf(activity.typeId)} />],
    [t('activity.status'), lookups.statusOf(activity.statusId)?.name ?? null],
    [t('activity.when'), format.when(activity.scheduledAt, activity.allDay)],
    [
      t('activity.customer'),
      customer ? (
        <Link to={customerHref(customer.id)} dir="auto">
          {customer.name}
        </Link>
      ) : null,
    ],
    [
      t('activity.contact'),
      contact && activity.customerId ? (
        <Link to={contactHref(activity.customerId, contact.id)} dir="auto">
          {fullName(contact)}
        </Link>
      ) : null,
    ],
    [
      t('activity.additionalCustomers'),
      others.length
        ? others.map((ref) => (
            <span className="line" key={ref.id}>
              <Link to={customerHref(ref.id)} dir="auto">
                {ref.name}
              </Link>
            </span>
          ))
        : null,
    ],
    [t('activity.responsible'), <bdi key="responsible">{nameOf(activity.responsibleId)}</bdi>],
    [t('activity.additionalUsers'), activity.additionalUserIds.length ? <bdi>{activity.additionalUserIds.map(nameOf).join(', ')}</bdi> : null],
    [
      t('activity.note'),
      activity.note ? (
        <span className="pre-wrap" dir="auto">
          {activity.note}
        </span>
      ) : null,
    ],
    [t('todo.done'), activity.done ? format.dateTime(activity.doneAt) : null],
    [t('todo.lastModified'), format.dateTime(activity.updatedAt)],
  ];
  return (
    <dl className="details">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div className="details__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
