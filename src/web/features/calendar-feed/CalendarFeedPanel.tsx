import { CalendarSync, Copy } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useFormat } from '../../format';
import { useCalendarFeed } from './useCalendarFeed';

/** The new address, shown once (only a hash of it is kept), with a copy button. */
function FeedAddress({ url }: { url: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, a refused permission): the field stays there to copy by hand.
      setCopied(false);
    }
  };
  return (
    <div className="form form--compact">
      <div className="field">
        <label htmlFor={id}>{t('calendarFeed.address')}</label>
        <input id={id} dir="ltr" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
      </div>
      <div className="form__actions">
        <button type="button" className="button" onClick={copy}>
          <Copy aria-hidden size={16} /> {t('calendarFeed.copy')}
        </button>
        {copied === null ? null : <output className="muted">{copied ? t('calendarFeed.copied') : t('calendarFeed.copyByHand')}</output>}
      </div>
      <p className="muted">{t('calendarFeed.shownOnce')}</p>
    </div>
  );
}

/** The panel's anchor: the calendar page links here (`/account/settings#calendar-feed`). */
export const FEED_ANCHOR = 'calendar-feed';

/** Scrolls to the panel when the address names it (a router link does not, as a page load would). */
function useScrollWhenNamed() {
  const { hash } = useLocation();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (hash === `#${FEED_ANCHOR}`) panel.current?.scrollIntoView?.({ block: 'start' });
  }, [hash]);
  return panel;
}

/** My settings: a secret iCalendar address of the user's calendar for Google Calendar, Outlook or Apple Calendar. */
export function CalendarFeedPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const { status, create, revoke } = useCalendarFeed();
  const active = status.data?.active === true;
  const failed = create.isError || revoke.isError;
  const panel = useScrollWhenNamed();
  return (
    <section ref={panel} id={FEED_ANCHOR} className="card" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">
        <CalendarSync aria-hidden size={18} /> {t('calendarFeed.title')}
      </h2>
      <p className="muted">{t('calendarFeed.explain')}</p>
      {failed ? <Alert>{t('calendarFeed.failed')}</Alert> : null}
      <p>{active ? t('calendarFeed.activeSince', { date: format.dateTime(status.data?.createdAt) }) : t('calendarFeed.none')}</p>
      {create.data ? <FeedAddress url={create.data.url} /> : null}
      <div className="form__actions">
        <button type="button" className="button button--primary" disabled={create.isPending} onClick={() => create.mutate()}>
          {active ? t('calendarFeed.rotate') : t('calendarFeed.create')}
        </button>
        {active ? (
          <ConfirmButton
            danger
            label={t('calendarFeed.stop')}
            question={t('calendarFeed.stopQuestion')}
            confirmLabel={t('calendarFeed.stopConfirm')}
            onConfirm={() => revoke.mutateAsync()}
          />
        ) : null}
      </div>
      {active && !create.data ? <p className="muted">{t('calendarFeed.rotateHint')}</p> : null}
    </section>
  );
}
