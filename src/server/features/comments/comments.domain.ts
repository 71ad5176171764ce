/**
 * The pure rules of comments live in shared/comment-checks.ts, so the web form pre-ticks a new
 * comment exactly as the server fills in its checks.
 */
export { checksOfComment, commentChecksOf, defaultChecksFor, distinct, type CommentCheck, type WithCommentChecks } from '../../../shared/comment-checks';
