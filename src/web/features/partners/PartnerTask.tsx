import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerActivity } from '../../../shared/partners';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { TextAreaField } from '../../components/Field';
import { useSubmit } from '../../components/hooks';
import { useFormat } from '../../format';
import { UploadArea } from '../documents/UploadArea';
import { partnerDocumentHref, usePartnerActions } from './usePartnerPortal';

/** A comment box under a task: write, send, and the thread refreshes. */
function CommentForm({ activityId, subject }: { activityId: string; subject: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const send = useSubmit();
  const actions = usePartnerActions();
  const submit = async () => {
    if (!text.trim()) return;
    if ((await send.run(() => actions.comment(activityId, text.trim()))) !== undefined) setText('');
  };
  return (
    <form
      className="form partner-task__comment"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextAreaField label={t('partners.portal.commentOn', { subject })} value={text} maxLength={5000} rows={2} onChange={setText} />
      {send.error ? <Alert>{generalMessage(t, send.error)}</Alert> : null}
      <button type="submit" className="button" disabled={send.busy || !text.trim()}>
        {t('partners.portal.send')}
      </button>
    </form>
  );
}

/** A task's documents (downloads) and the upload area. */
function TaskDocuments({ activity }: { activity: PartnerActivity }) {
  const { t } = useTranslation();
  const actions = usePartnerActions();
  return (
    <>
      <h4>{t('partners.portal.documents')}</h4>
      <ul className="partner-task__documents">
        {activity.documents.map((document) => (
          <li key={document.id}>
            <a href={partnerDocumentHref(document.id)} download>
              <bdi>{document.name}</bdi>
            </a>
          </li>
        ))}
      </ul>
      <UploadArea onUpload={(files, onProgress) => actions.upload(activity.id, files, onProgress).then(() => undefined)} />
    </>
  );
}

/** One task of a shared project: when it is due, done or not (complete it), its comments and documents. */
export function PartnerTask({ activity }: { activity: PartnerActivity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const actions = usePartnerActions();
  const complete = useSubmit();
  const titleId = useId();
  return (
    <li className="card partner-task" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <bdi>{activity.subject}</bdi>
      </h3>
      <p className="muted">
        {activity.done ? t('partners.portal.doneAt', { when: format.dateTime(activity.doneAt) }) : null}
        {!activity.done && activity.scheduledAt ? t('partners.portal.due', { when: format.dateTime(activity.scheduledAt) }) : null}
        {activity.responsibleName ? (
          <>
            {' · '}
            <bdi>{activity.responsibleName}</bdi>
          </>
        ) : null}
      </p>
      {activity.note ? <p className="partner-task__note">{activity.note}</p> : null}
      {activity.done ? null : (
        <button
          type="button"
          className="button button--primary"
          disabled={complete.busy}
          onClick={() => void complete.run(() => actions.complete(activity.id))}
        >
          {t('partners.portal.complete')}
          <span className="visually-hidden"> {activity.subject}</span>
        </button>
      )}
      {complete.error ? <Alert>{generalMessage(t, complete.error)}</Alert> : null}
      <h4>{t('partners.portal.comments')}</h4>
      {activity.comments.length === 0 ? <p className="muted">{t('partners.portal.noComments')}</p> : null}
      <ul className="partner-task__comments">
        {activity.comments.map((comment) => (
          <li key={comment.id}>
            <strong>
              <bdi>{comment.authorName ?? t('partners.portal.someone')}</bdi>
            </strong>{' '}
            <span className="muted">{format.dateTime(comment.createdAt)}</span>
            <p>{comment.text}</p>
          </li>
        ))}
      </ul>
      <CommentForm activityId={activity.id} subject={activity.subject} />
      <TaskDocuments activity={activity} />
    </li>
  );
}
