import { CircleAlert, CircleCheck, Copy, Inbox } from 'lucide-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api';
import { generalMessage } from '../../components/errors';
import { activityHref } from '../activities/links';
import type { DroppedFile } from './useMail';

/** Why a file was not journaled; a 409 means the same mail is already on a customer the user may not see. */
function failureText(t: TFunction, error: unknown): string {
  return error instanceof ApiError && error.status === 409 ? t('mail.drop.elsewhere') : generalMessage(t, error);
}

/** One file's state: sending (a progress bar), journaled, already journaled, waiting unmatched, or why it failed. */
function Outcome({ file, showInboxLink }: { file: DroppedFile; showInboxLink: boolean }) {
  const { t } = useTranslation();
  const { outcome } = file;
  switch (outcome.kind) {
    case 'sending':
      return (
        <>
          <progress className="mail-drop__progress" aria-label={t('mail.drop.sendingNamed', { name: file.name })} />
          <span>{t('mail.drop.sending')}</span>
        </>
      );
    case 'journaled':
    case 'duplicate':
      return (
        <>
          {outcome.kind === 'journaled' ? <CircleCheck aria-hidden="true" size={16} /> : <Copy aria-hidden="true" size={16} />}
          <span>{outcome.kind === 'journaled' ? t('mail.drop.journaled') : t('mail.drop.duplicate')}</span>
          <Link to={activityHref(outcome.activity.id)} dir="auto">
            {outcome.activity.subject || t('mail.noSubject')}
          </Link>
        </>
      );
    case 'unmatched':
      return (
        <>
          <Inbox aria-hidden="true" size={16} />
          <span>{t('mail.drop.unmatched')}</span>
          {showInboxLink ? <Link to="/mail">{t('mail.drop.openInbox')}</Link> : null}
        </>
      );
    default:
      return (
        <>
          <CircleAlert aria-hidden="true" size={16} />
          <span className="mail-drop__error">{failureText(t, outcome.error)}</span>
        </>
      );
  }
}

/** The dropped files, newest first, each with its result (read out as they arrive). */
export function DropResults({ files, onClear, showInboxLink }: { files: DroppedFile[]; onClear: () => void; showInboxLink: boolean }) {
  const { t } = useTranslation();
  const busy = files.some((file) => file.outcome.kind === 'sending');
  return (
    <div aria-live="polite">
      {files.length > 0 ? (
        <>
          <ul className="mail-drop__results" aria-label={t('mail.drop.results')}>
            {files.map((file) => (
              <li key={file.key} className={`mail-drop__result mail-drop__result--${file.outcome.kind}`} data-outcome={file.outcome.kind}>
                <bdi className="mail-drop__name">{file.name}</bdi>
                <span className="mail-drop__outcome">
                  <Outcome file={file} showInboxLink={showInboxLink} />
                </span>
              </li>
            ))}
          </ul>
          {busy ? null : (
            <button type="button" className="button button--small button--quiet" onClick={onClear}>
              {t('mail.drop.clear')}
            </button>
          )}
        </>
      ) : null}
    </div>
  );
}
