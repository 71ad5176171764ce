import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Activity } from '../../../shared/activities';
import { useFormat } from '../../format';
import { activityHref } from './links';
import { TypeBadge } from './TypeBadge';
import { useChain } from './useActivities';
import type { ActivityLookups } from './useActivityLookups';

/** The whole follow-up chain an activity belongs to, first to last, with previous and next links. */
export function FollowUpChain({ activity, lookups }: { activity: Activity; lookups: ActivityLookups }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useChain(activity);
  const chain = data?.items ?? [];
  return (
    <section className="card" aria-labelledby="chain-heading">
      <h2 id="chain-heading">{t('activity.chain')}</h2>
      <nav className="chain-nav" aria-label={t('activity.chainNav')}>
        {activity.previousActivityId ? (
          <Link to={activityHref(activity.previousActivityId)} rel="prev">
            ‹ {t('activity.previous')}
          </Link>
        ) : (
          <span className="muted">{t('activity.firstInChain')}</span>
        )}
        {activity.nextActivityId ? (
          <Link to={activityHref(activity.nextActivityId)} rel="next">
            {t('activity.next')} ›
          </Link>
        ) : (
          <span className="muted">{t('activity.lastInChain')}</span>
        )}
      </nav>
      {chain.length > 1 ? (
        <ol className="chain" aria-label={t('activity.chain')}>
          {chain.map((link) => (
            <li
              key={link.id}
              className={link.id === activity.id ? 'chain__link chain__link--current' : 'chain__link'}
              aria-current={link.id === activity.id ? 'step' : undefined}
            >
              <span className="chain__when">{format.when(link.scheduledAt, link.allDay)}</span>
              <TypeBadge type={lookups.typeOf(link.typeId)} />
              {link.id === activity.id ? (
                <strong dir="auto">{link.subject}</strong>
              ) : (
                <Link to={activityHref(link.id)} dir="auto">
                  {link.subject}
                </Link>
              )}
              <span className={link.done ? 'badge badge--done' : 'badge badge--open'}>{link.done ? t('todo.done') : t('activity.open')}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('activity.noChain')}</p>
      )}
    </section>
  );
}
