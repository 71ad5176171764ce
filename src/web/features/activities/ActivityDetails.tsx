import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Activity } from '../../../shared/activities';
import { DetailsList, type Fact } from '../../components/DetailsList';
import { useFormat } from '../../format';
import { useUsers } from '../users/useUsers';
import { fullName } from './ActivityWhoFields';
import { contactHref, customerHref } from './links';
import { TypeBadge } from './TypeBadge';
import { useContact } from './useActivities';
import type { ActivityLookups } from './useActivityLookups';
import { useCustomerRefs } from '../customers/useCustomerRefs';
import { useSalesFacts } from '../sales/useSalesFacts';

/** An activity's facts as a definition list; empty facts are left out. */
export function ActivityDetails({ activity, lookups }: { activity: Activity; lookups: ActivityLookups }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useUsers();
  const { refs } = useCustomerRefs([activity.customerId, ...activity.additionalCustomerIds].filter((id): id is string => id !== null));
  const { data: contact } = useContact(activity.contactId);
  // A name still loading is left out: a link without text has no name for a screen reader.
  const named = refs.filter((ref) => ref.name !== '');
  const customer = named.find((ref) => ref.id === activity.customerId);
  const others = named.filter((ref) => ref.id !== activity.customerId);
  const salesFacts = useSalesFacts(activity);
  const facts: Fact[] = [
    { label: t('activity.type'), value: <TypeBadge key="type" type={lookups.typeOf(activity.typeId)} /> },
    { label: t('activity.status'), value: lookups.statusOf(activity.statusId)?.name ?? null },
    { label: t('activity.when'), value: format.when(activity.scheduledAt, activity.allDay) },
    {
      label: t('activity.customer'),
      value: customer ? (
        <Link to={customerHref(customer.id)} dir="auto">
          {customer.name}
        </Link>
      ) : null,
    },
    {
      label: t('activity.contact'),
      value:
        contact && activity.customerId ? (
          <Link to={contactHref(activity.customerId, contact.id)} dir="auto">
            {fullName(contact)}
          </Link>
        ) : null,
    },
    {
      label: t('activity.additionalCustomers'),
      value: others.length
        ? others.map((ref) => (
            <span className="line" key={ref.id}>
              <Link to={customerHref(ref.id)} dir="auto">
                {ref.name}
              </Link>
            </span>
          ))
        : null,
    },
    { label: t('activity.responsible'), value: <bdi key="responsible">{nameOf(activity.responsibleId)}</bdi> },
    { label: t('activity.additionalUsers'), value: activity.additionalUserIds.length ? <bdi>{activity.additionalUserIds.map(nameOf).join(', ')}</bdi> : null },
    {
      label: t('activity.note'),
      value: activity.note ? (
        <span className="pre-wrap" dir="auto">
          {activity.note}
        </span>
      ) : null,
    },
    ...salesFacts,
    { label: t('todo.done'), value: activity.done ? format.dateTime(activity.doneAt) : null },
    { label: t('todo.lastModified'), value: format.dateTime(activity.updatedAt) },
  ];
  return <DetailsList facts={facts} />;
}
