import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Activity, ActivityWithNext } from '../../../shared/activities';
import { useFormat } from '../../format';
import { DocumentsButton } from '../documents/DocumentsButton';
import { CompleteDialog } from './CompleteDialog';
import { activityHref, excerpt } from './links';
import { TypeBadge } from './TypeBadge';
import type { ActivityLookups } from './useActivityLookups';
import { MailDirection } from '../mail/MailDirection';

/** One activity in a timeline: when, type, open or done, what, who; an open one can be completed here. */
export function TimelineItem({
  activity,
  lookups,
  responsible,
  onComplete,
}: {
  activity: Activity;
  lookups: ActivityLookups;
  responsible: string;
  /** Absent: the activity cannot be completed here (read-only). */
  onComplete?: (activity: Activity) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className={activity.done ? 'timeline__item timeline__item--done' : 'timeline__item'}>
      <div className="timeline__meta">
        <span className="nowrap">{format.when(activity.scheduledAt, activity.allDay)}</span>
        <TypeBadge type={lookups.typeOf(activity.typeId)} />
        <span className={activity.done ? 'badge badge--done' : 'badge badge--open'}>{activity.done ? t('todo.done') : t('activity.open')}</span>
        <DocumentsButton activityId={activity.id} subject={activity.subject} count={activity.documentCount} />
        {activity.done || !onComplete ? null : (
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
      <MailDirection direction={activity.direction} />{' '}
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
export function TimelineComplete({
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
