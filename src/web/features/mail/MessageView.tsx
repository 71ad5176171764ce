import { Download, ImageOff, Paperclip } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailMessageView } from '../../../shared/mail';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { ApiError } from '../../api';
import { useFormat } from '../../format';
import { mailDocument } from './mail-html';
import { MailDirection } from './MailDirection';
import { addressesText, addressText } from './UnmatchedList';
import { documentContentHref, useMessage } from './useMail';
import './mail.css';

/** From, to, cc, date and direction. */
function MessageHeaders({ message }: { message: MailMessageView }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="mail-message__headers">
      <dt>{t('mail.header.from')}</dt>
      <dd>
        <bdi>{message.from ? addressText(message.from) : '—'}</bdi>
      </dd>
      <dt>{t('mail.header.to')}</dt>
      <dd>
        <bdi>{addressesText(message.to) || '—'}</bdi>
      </dd>
      {message.cc.length ? (
        <>
          <dt>{t('mail.header.cc')}</dt>
          <dd>
            <bdi>{addressesText(message.cc)}</bdi>
          </dd>
        </>
      ) : null}
      <dt>{t('mail.header.date')}</dt>
      <dd>
        <time dateTime={message.date}>{format.dateTime(message.date)}</time>
      </dd>
      <dt>{t('mail.header.direction')}</dt>
      <dd>
        <MailDirection direction={message.direction} withText />
      </dd>
    </dl>
  );
}

/**
 * The sanitised HTML in a sandboxed frame: no scripts (no allow-scripts), links open outside, and
 * the frame grows to its content (allow-same-origin lets this page measure it; with no script in
 * the frame that gives the mail nothing).
 */
function MailFrame({ html, showImages, title }: { html: string; showImages: boolean; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const fit = () => {
    const body = frame.current?.contentDocument?.documentElement;
    if (frame.current && body) frame.current.style.blockSize = `${body.scrollHeight + 8}px`;
  };
  return (
    <iframe
      ref={frame}
      className="mail-message__frame"
      title={title}
      sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
      referrerPolicy="no-referrer"
      srcDoc={mailDocument(html, { showImages, origin: location.origin })}
      onLoad={fit}
    />
  );
}

/** The mail's attachments and its original .eml, each a download. */
function Attachments({ message }: { message: MailMessageView }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="mail-message__files">
      {message.attachments.length ? (
        <>
          <h3 className="mail-message__files-title">
            <Paperclip size={16} aria-hidden="true" /> {t('mail.attachmentCount', { count: message.attachments.length })}
          </h3>
          <ul className="mail-message__attachments">
            {message.attachments.map((file) => (
              <li key={file.documentId}>
                <a href={documentContentHref(file.documentId)} download={file.name} aria-label={t('mail.message.downloadNamed', { name: file.name })}>
                  <Download size={14} aria-hidden="true" /> <bdi>{file.name}</bdi>
                </a>{' '}
                <span className="muted">{format.number(Math.max(1, Math.round(file.size / 1024)), { style: 'unit', unit: 'kilobyte' })}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {message.messageDocumentId ? (
        <a className="mail-message__original" href={documentContentHref(message.messageDocumentId)} download>
          {t('mail.message.original')}
        </a>
      ) : null}
    </div>
  );
}

/** An email activity's mail: headers, the message (remote images only when asked) and attachments. Nothing for other activities. */
export function MessageView({ activityId, enabled = true }: { activityId: string; enabled?: boolean }) {
  const { t } = useTranslation();
  const { data: message, error } = useMessage(activityId, enabled);
  const [showImages, setShowImages] = useState(false);
  if (error instanceof ApiError && error.status === 404) return null;
  if (error) return <Alert>{generalMessage(t, error)}</Alert>;
  if (!message) return null;
  return (
    <section className="card mail-message" aria-labelledby="mail-message-heading">
      <h2 id="mail-message-heading">{t('mail.message.title')}</h2>
      <MessageHeaders message={message} />
      {message.html && message.hasRemoteImages && !showImages ? (
        <div className="mail-message__held">
          <ImageOff size={16} aria-hidden="true" />
          <span>{t('mail.message.imagesHeld')}</span>
          <button type="button" className="button button--small" onClick={() => setShowImages(true)}>
            {t('mail.message.showImages')}
          </button>
        </div>
      ) : null}
      {message.html ? (
        <MailFrame html={message.html} showImages={showImages} title={t('mail.message.frameTitle', { subject: message.subject || t('mail.noSubject') })} />
      ) : (
        <pre className="mail-message__text" dir="auto">
          {message.text}
        </pre>
      )}
      <Attachments message={message} />
    </section>
  );
}
