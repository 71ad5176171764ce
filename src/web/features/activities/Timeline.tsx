import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useFormat } from '../../format';
import { useUsers } from '../users/useUsers';
import { activityHref, excerpt } from './links';
import { TypeBadge } from './TypeBadge';
import { useActivityLookups } from './useActivityLookups';
import { type TimelineOwner, useContact, useTimeline } from './useActivities';
import { LoadMore } from '../../components/LoadMore';
import { TypeFilter } from './TypeFilter';
import { CompleteDialog } from './CompleteDialog';
import type { Activity, ActivityWithNext } from '../../../shared/activities';
import type { ActivityLookups } from './useActivityLookups';

interface TimelineProps {
  /** Whose activities. */
  owner: TimelineOwner;
  title: string;
  /** Where "New activity" starts (with the customer and contact filled in). */
  newHref?: string;
}

/** Activities newest first, open and done, filtered by type and state, with "Load more". */
function ActivityTimeline({ owner, title, newHref }: TimelineProps) {
  const { t } = useTranslation();
  const lookups = useActivityLookups();
  const { nameOf } = useUsers();
  const headingId = useId();
  const [typeId, setTypeId] = useState('');
  const [state, setState] = useState<'' | 'open' | 'done'>('');
  const pages = useTimeline(owner, { typeId, state });
  const [completing, setCompleting] = useState<Activity | null>(null);
  const [notice, setNotice] = useState('');
  return (
    <section className="card timeline" aria-labelledby={headingId}>
      <div className="card__header">
        <h2 id={headingId}>{title}</h2>
        {newHref ? (
          <Link className="button" to={newHref}>
            {t('activity.new')}
          </Link>
        ) : null}
      </div>
      <div className="timeline__filters">
        <TypeFilter id={`${headingId}-type`} value={typeId} types={lookups.types} onChange={setTypeId} />
        <div className="field">
          <label htmlFor={`${headingId}-state`}>{t('search.state')}</label>
          <select id={`${headingId}-state`} value={state} onChange={(event) => setState(event.target.value as '' | 'open' | 'done')}>
            <option value="">{t('search.openAndDone')}</option>
            <option value="open">{t('search.onlyOpen')}</option>
            <option value="done">{t('search.onlyDone')}</option>
          </select>
        </div>
      </div>
      <p className={notice ? 'alert alert--success' : 'visually-hidden'} role="status">
        {notice}
      </p>
      {pages.error ? <Alert>{generalMessage(t, pages.error)}</Alert> : null}
      {!pages.loaded ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {pages.loaded && pages.items.length === 0 ? <p className="muted">{t('activity.noneYet')}</p> : null}
      <ol className="timeline__list" aria-label={title} aria-busy={pages.loading}>
        {pages.items.map((activity) => (
          <TimelineItem key={activity.id} activity={activity} lookups={lookups} responsible={nameOf(activity.responsibleId)} onComplete={setCompleting} />
        ))}
      </ol>
      {completing ? <TimelineComplete activity={completing} lookups={lookups} onDone={setNotice} onClose={() => setCompleting(null)} /> : null}
      <LoadMore hasMore={pages.hasMore} loading={pages.loadingMore} onLoadMore={pages.loadMore} />
    </section>
  );
}

/** One activity in a timeline: when, type, open or done, what, who; an open one can be completed here. */
function TimelineItem({
  activity,
  lookups,
  responsible,
  onComplete,
}: {
  activity: Activity;
  lookups: ActivityLookups;
  responsible: string;
  onComplete: (activity: Activity) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className={activity.done ? 'timeline__item timeline__item--done' : 'timeline__item'}>
      <div className="timeline__meta">
        <span className="nowrap">{format.when(activity.scheduledAt, activity.allDay)}</span>
        <TypeBadge type={lookups.typeOf(activity.typeId)} />
        <span className={activity.done ? 'badge badge--done' : 'badge badge--open'}>{activity.done ? t('todo.done') : t('activity.open')}</span>
        {activity.done ? null : (
          <button
            type="button"
            className="button button--small timeline__complete"
            onClick={() => onComplete(activity)}
            aria-label={t('todo.completeNamed', { subject: activity.subject })}
            aria-haspopup="dialog"
          >
            {t('todo.complete')}
          </button>
        )}
      </div>
      <Link className="timeline__subject" to={activityHref(activity.id)} dir="auto">
        {activity.subject}
      </Link>
      <span className="muted timeline__who">
        <bdi>{responsible}</bdi>
      </span>
      {activity.note ? (
        <p className="timeline__note" dir="auto">
          {excerpt(activity.note, 160)}
        </p>
      ) : null}
    </li>
  );
}

/** Completing from a timeline: the to-do's dialog, then a word on what happened (the timeline reloads itself). */
function TimelineComplete({
  activity,
  lookups,
  onDone,
  onClose,
}: {
  activity: Activity;
  lookups: ActivityLookups;
  onDone: (notice: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const completed = ({ next }: ActivityWithNext) => {
    onDone(
      next
        ? t('todo.completedWithNext', { subject: activity.subject, next: next.subject, when: format.when(next.scheduledAt, next.allDay) })
        : t('todo.completed', { subject: activity.subject }),
    );
    onClose();
  };
  return <CompleteDialog activity={activity} lookups={lookups} onCompleted={completed} onClose={onClose} />;
}

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
