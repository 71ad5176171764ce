import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Activity } from '../../../shared/activities';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { LoadMore } from '../../components/LoadMore';
import { useTakesPart } from '../sharing/useAccess';
import { useUsers } from '../users/useUsers';
import { TimelineComplete, TimelineItem } from './TimelineItem';
import { TypeFilter } from './TypeFilter';
import { type TimelineOwner, useTimeline } from './useActivities';
import { useActivityLookups } from './useActivityLookups';

type OpenState = '' | 'open' | 'done';

/** Open and done, only open, or only done. */
function StateFilter({ id, value, onChange }: { id: string; value: OpenState; onChange: (value: OpenState) => void }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t('search.state')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as OpenState)}>
        <option value="">{t('search.openAndDone')}</option>
        <option value="open">{t('search.onlyOpen')}</option>
        <option value="done">{t('search.onlyDone')}</option>
      </select>
    </div>
  );
}

export interface TimelineProps {
  /** Whose activities. */
  owner: TimelineOwner;
  title: string;
  /** Where "New activity" starts (with the customer and contact filled in). */
  newHref?: string;
  /** Shared for reading only: only activities one takes part in can be completed. */
  readOnly?: boolean;
}

/** Activities newest first, open and done, filtered by type and state, with "Load more". */
export function ActivityTimeline({ owner, title, newHref, readOnly }: TimelineProps) {
  const { t } = useTranslation();
  const takesPart = useTakesPart();
  const lookups = useActivityLookups();
  const { nameOf } = useUsers();
  const headingId = useId();
  const [typeId, setTypeId] = useState('');
  const [state, setState] = useState<OpenState>('');
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
        <StateFilter id={`${headingId}-state`} value={state} onChange={setState} />
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
          <TimelineItem
            key={activity.id}
            activity={activity}
            lookups={lookups}
            responsible={nameOf(activity.responsibleId)}
            onComplete={readOnly && !takesPart(activity) ? undefined : setCompleting}
          />
        ))}
      </ol>
      {completing ? <TimelineComplete activity={completing} lookups={lookups} onDone={setNotice} onClose={() => setCompleting(null)} /> : null}
      <LoadMore hasMore={pages.hasMore} loading={pages.loadingMore} onLoadMore={pages.loadMore} />
    </section>
  );
}
