/**
 * Pure rules of comments: which checks a new comment starts with. A task made from a template
 * carries the template's auto-checks (`commentChecks`, issue 15 point 1); every other activity has
 * none, so a comment's checks are only the ones its writer gives.
 */

export interface CommentCheck {
  key: string;
  label: string;
  defaultChecked: boolean;
}

/** Loosely typed: any activity; its `commentChecks` comes with task templates, and may be absent or null. */
export type WithCommentChecks = object;

const isCheck = (value: unknown): value is CommentCheck =>
  typeof value === 'object' && value !== null && typeof (value as CommentCheck).key === 'string' && typeof (value as CommentCheck).defaultChecked === 'boolean';

/** The activity's auto-checks, or none when it has none (or something unreadable). */
export function commentChecksOf(activity: WithCommentChecks): CommentCheck[] {
  const checks = 'commentChecks' in activity ? activity.commentChecks : undefined;
  return Array.isArray(checks) ? checks.filter(isCheck) : [];
}

/** The ticks a new comment on this activity starts from: each auto-check's default. */
export function defaultChecksFor(activity: WithCommentChecks): Record<string, boolean> {
  return Object.fromEntries(commentChecksOf(activity).map((check) => [check.key, check.defaultChecked]));
}

/** A comment's checks: the defaults, with what the writer ticked or unticked on top. */
export function checksOfComment(activity: WithCommentChecks, given: Record<string, boolean> | undefined): Record<string, boolean> {
  return { ...defaultChecksFor(activity), ...(given ?? {}) };
}

/** Each id once, in the order first given: picking a keyword twice is picking it. */
export const distinct = (ids: readonly string[]): string[] => [...new Set(ids)];
