import { useTranslation } from 'react-i18next';
import type { CommentCheck } from '../../../shared/comment-checks';
import type { Comment } from '../../../shared/comments';
import { useFormat } from '../../format';
import { useCustomerStatusList, useListOptions } from '../settings/pickers/useListOptions';

/** One comment: who and when, what was said, its keywords, the status it set and its ticked checks. */
interface ItemProps {
  comment: Comment;
  keywordName: (id: string) => string;
  statusName: (key: string) => string;
  checkLabel: (key: string) => string;
}

function CommentItem({ comment, keywordName, statusName, checkLabel }: ItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const ticked = Object.entries(comment.checks).filter(([, on]) => on);
  return (
    <li className="comment">
      <p className="comment__meta">
        <bdi>{comment.authorName ?? t('comments.formerUser')}</bdi> · <time dateTime={comment.createdAt}>{format.dateTime(comment.createdAt)}</time>
      </p>
      <p className="comment__text" dir="auto">
        {comment.text}
      </p>
      {comment.keywordIds.length > 0 || comment.customerStatus ? (
        <p className="comment__tags">
          {comment.keywordIds.map((id) => (
            <span key={id} className="badge">
              <bdi>{keywordName(id)}</bdi>
            </span>
          ))}
          {comment.customerStatus ? <span className="badge badge--open">{t('comments.statusSet', { status: statusName(comment.customerStatus) })}</span> : null}
        </p>
      ) : null}
      {ticked.length > 0 ? <p className="field__hint">{t('comments.ticked', { checks: ticked.map(([key]) => checkLabel(key)).join(', ') })}</p> : null}
    </li>
  );
}

/** An activity's comments, oldest first. */
export function CommentThread({ comments, checks }: { comments: Comment[]; checks: CommentCheck[] }) {
  const { t } = useTranslation();
  const keywords = useListOptions('status-keywords');
  const statuses = useCustomerStatusList();
  const statusName = (key: string) => statuses.find((s) => s.key === key)?.name ?? key;
  const checkLabel = (key: string) => checks.find((c) => c.key === key)?.label ?? key;
  if (comments.length === 0) return <p className="field__hint">{t('comments.none')}</p>;
  return (
    <ol className="comment-thread">
      {comments.map((comment) => (
        <CommentItem key={comment.id} comment={comment} keywordName={keywords.nameOf} statusName={statusName} checkLabel={checkLabel} />
      ))}
    </ol>
  );
}
