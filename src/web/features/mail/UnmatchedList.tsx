import { Paperclip } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailAddress, UnmatchedMessage } from '../../../shared/mail';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { generalMessage } from '../../components/errors';
import { LoadMore } from '../../components/LoadMore';
import { useFormat } from '../../format';
import { AssignDialog } from './AssignDialog';
import { MailDirection } from './MailDirection';
import { useUnmatched, useUnmatchedWrites } from './useMail';

/** "Mette Bæk <mette@baek.dk>", or the address alone. */
export const addressText = (address: MailAddress) => (address.name ? `${address.name} <${address.address}>` : address.address);
export const addressesText = (addresses: MailAddress[]) => addresses.map(addressText).join(', ');

/** One waiting mail: who, to whom, what, when, and what to do with it. */
function UnmatchedItem({ message, onAssign, onDiscard }: { message: UnmatchedMessage; onAssign: () => void; onDiscard: () => Promise<void> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="unmatched__item">
      <div className="unmatched__head">
        <MailDirection direction={message.direction} />
        <strong className="unmatched__subject" dir="auto">
          {message.subject || t('mail.noSubject')}
        </strong>
        <time className="muted nowrap" dateTime={message.date}>
          {format.dateTime(message.date)}
        </time>
        <span className="muted nowrap">{t(`mail.source.${message.source}`)}</span>
      </div>
      <dl className="unmatched__addresses">
        <dt>{t('mail.header.from')}</dt>
        <dd>
          <bdi>{message.from ? addressText(message.from) : '—'}</bdi>
        </dd>
        <dt>{t('mail.header.to')}</dt>
        <dd>
          <bdi>{addressesText(message.to) || '—'}</bdi>
        </dd>
      </dl>
      {message.preview ? (
        <p className="muted unmatched__preview" dir="auto">
          {message.preview}
        </p>
      ) : null}
      <div className="unmatched__actions">
        {message.attachmentCount > 0 ? (
          <span className="muted nowrap">
            <Paperclip size={14} aria-hidden="true" /> {t('mail.attachmentCount', { count: message.attachmentCount })}
          </span>
        ) : null}
        <button type="button" className="button button--small" onClick={onAssign}>
          {t('mail.unmatched.assign')}
        </button>
        <ConfirmButton
          danger
          label={t('mail.unmatched.discard')}
          question={t('mail.unmatched.discardQuestion')}
          confirmLabel={t('mail.unmatched.discardYes')}
          onConfirm={onDiscard}
        />
      </div>
    </li>
  );
}

/** The caller's mail that matched no customer: assign each to a customer (and contact), or discard it. */
export function UnmatchedList() {
  const { t } = useTranslation();
  const pages = useUnmatched();
  const { discard } = useUnmatchedWrites();
  const [assigning, setAssigning] = useState<UnmatchedMessage | null>(null);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const discardOne = async (message: UnmatchedMessage) => {
    setFailure(null);
    try {
      await discard.mutateAsync(message.id);
      setNotice(t('mail.unmatched.discarded', { subject: message.subject || t('mail.noSubject') }));
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <section className="card unmatched" aria-labelledby="unmatched-heading">
      <h2 id="unmatched-heading">{t('mail.unmatched.title')}</h2>
      <p className="muted">{t('mail.unmatched.intro')}</p>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {failure ? <Alert>{generalMessage(t, failure)}</Alert> : null}
      {pages.error ? <Alert>{generalMessage(t, pages.error)}</Alert> : null}
      {pages.loading && !pages.loaded ? <p role="status">{t('common.loading')}</p> : null}
      {pages.loaded && pages.items.length === 0 ? <p className="empty">{t('mail.unmatched.empty')}</p> : null}
      <ul className="unmatched__list">
        {pages.items.map((message) => (
          <UnmatchedItem key={message.id} message={message} onAssign={() => setAssigning(message)} onDiscard={() => discardOne(message)} />
        ))}
      </ul>
      <LoadMore hasMore={pages.hasMore} loading={pages.loadingMore} onLoadMore={pages.loadMore} />
      {assigning ? (
        <AssignDialog
          message={assigning}
          onClose={() => setAssigning(null)}
          onDone={(subject) => {
            setAssigning(null);
            setNotice(t('mail.unmatched.assigned', { subject: subject || t('mail.noSubject') }));
          }}
        />
      ) : null}
    </section>
  );
}
