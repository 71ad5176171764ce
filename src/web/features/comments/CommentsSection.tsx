import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/activities';
import { commentChecksOf } from '../../../shared/comment-checks';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { CommentForm } from './CommentForm';
import { CommentThread } from './CommentThread';
import { useComments } from './useComments';
import './comments.css';

/** The comments of an activity: the thread, then the form to add one. */
export function CommentsSection({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const comments = useComments(activity.id);
  const checks = commentChecksOf(activity);
  return (
    <section className="card comments" aria-labelledby="comments-title">
      <h2 id="comments-title">{t('comments.title')}</h2>
      {comments.error ? <Alert>{generalMessage(t, comments.error)}</Alert> : null}
      {comments.data ? <CommentThread comments={comments.data.items} checks={checks} /> : <p role="status">{t('common.loading')}</p>}
      <CommentForm activityId={activity.id} activity={activity} checks={checks} hasCustomer={activity.customerId !== null} />
    </section>
  );
}
