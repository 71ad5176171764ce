import type { z } from 'zod';

/**
 * Why a field was rejected, as a stable code: the server sends one per field in `error.reasons`
 * beside the English message in `error.fields`, and clients say it in their own language.
 * Codes are only ever added, never renamed. Params (in brackets) travel in `params`.
 */
export const REASON_CODES = [
  'invalid', // the fallback: no more precise code
  'required',
  'too_short', // {min} characters
  'too_long', // {max} characters
  'too_few', // {min} items
  'too_many', // {max} items
  'min_value', // {min}
  'max_value', // {max}
  'number', // not a number (or not a whole number)
  'one_of', // {values}: comma-separated
  'unknown_keys', // {keys}
  'email',
  'website',
  'country_code',
  'time_zone',
  'invalid_id',
  'id_or_all',
  'date',
  'date_time',
  'date_or_date_time',
  'date_range', // ends before it starts
  'month',
  'month_of_year', // {year}
  'currency',
  'weekday', // a weekday number, 1 (Monday) to 7 (Sunday)
  'key',
  'color',
  'not_offered', // not one of a long list offered (icons)
  'text_unstorable',
  'cursor',
  'in_use', // the value is taken (an email, a key)
  'not_found_ref', // no such record to refer to
  'contact_other_customer',
  'duplicate', // the same item twice in one request
  'already_done',
  'cannot_change',
  'own_account', // you cannot deactivate or demote yourself
  'group_cycle',
  'same_industry',
  'required_for_action', // {action}
  'only_for_action', // {action}
  'choose_workspace',
  'wrong_password',
  'passwords_differ',
  'link_used',
  'link_expired',
  'link_invalid',
  // Calendar (issue 14)
  'window_too_long', // {max} days
  // Customer tasks (issue 15)
  'recurrence', // not a recurrence rule Tend can follow
  // Comments and status keywords (issue 15)
  'no_customer', // the activity has no customer whose status could change
  // Mail journaling (issue 16)
  'mail_pattern', // not an address or an @domain
  // Customer projects (issue 17)
  'project_cycle', // a project cannot be moved under itself or one of its sub-projects
  'project_other_customer', // the project belongs to another customer
  'template_format', // not a Tend customer document of a version this Tend reads
  'public_address', // a webhook's host is private, loopback or link-local, or does not resolve (issue 19)
  'exchange_rate', // not a positive number: what one unit of a currency is worth in the workspace's
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
export type ReasonParams = Record<string, string | number>;
export interface Reason {
  code: ReasonCode;
  params?: ReasonParams;
}

/**
 * Why a request was refused as a whole (not because of one field), as a stable code: the server
 * sends it in `error.reason` beside the English `message`, and clients say it in their own
 * language. Codes are only ever added, never renamed. Params (in brackets) travel in `params`.
 */
export const PROBLEM_CODES = [
  // Sign-in and plumbing
  'sign_in_first',
  'wrong_credentials',
  'too_many_sign_ins', // {seconds} until the next try
  'server_busy',
  'other_site',
  'send_json',
  'invalid_json',
  'body_too_large',
  'no_endpoint',
  'already_set_up',
  // Access
  'not_allowed',
  'admins_only',
  'admins_only_purge',
  'owners_only_remove',
  'owners_only_restore',
  'owners_only_share',
  'read_only_share',
  // Records that are not there (another workspace's records too)
  'not_found',
  'customer_not_found',
  'contact_not_found',
  'activity_not_found',
  'user_not_found',
  'invitation_not_found',
  'token_not_found',
  'workspace_not_found',
  'item_not_found',
  'group_not_found',
  'member_not_found',
  'industry_not_found',
  // Conflicts
  'customer_in_trash',
  'customer_already_in_trash',
  'customer_not_in_trash',
  'customer_trash_first',
  'activity_done',
  'activities_done',
  'activity_not_done',
  'has_follow_up',
  'chain_busy',
  'invitation_not_accepted',
  'user_deactivated',
  'in_use', // the counts travel in `usage`
  'still_referenced',
  'value_taken',
  'out_of_range',
  'changed_meanwhile',
  // Calendar (issue 14)
  'calendar_not_visible', // a user whose calendar the workspace's calendar visibility hides from the caller
  // Mail journaling (issue 16)
  'message_unreadable', // the body is not a mail message Tend can read (not parseable, or no headers, From or Date at all)
  'mail_excluded', // an address or domain of the message is in the mail-rules list: never journaled
  'message_not_found', // no such unmatched message, or the activity has no mail
  'send_message', // POST /mail/messages takes the raw mail as message/rfc822
  // IMAP mailboxes (issue 16)
  'mailbox_not_found',
  'secret_key_missing', // TEND_SECRET_KEY is unset: the administrator must set it before a password can be stored
  // Customer projects (issue 17)
  'project_not_found',
  // Outside partners (issue 17)
  'quota_projects', // {name, n, max}: a partner without a seat would see more projects than the quota (error code quota_exceeded)
  'quota_tasks', // {name, n, max}: … more tasks than the quota
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
export interface Problem {
  code: ProblemCode;
  params?: ReasonParams;
}

/** A refinement's options carrying its reason: `.refine(ok, because('time_zone', 'Not a known time zone'))`. */
export function because(code: ReasonCode, message: string, params: ReasonParams = {}) {
  return { message, params: { ...params, reason: code } };
}

/** Regular-expression checks carry no params in Zod: their reason is found by the pattern. */
const reasonByPattern = new Map<string, ReasonCode>();

/** A regex check's arguments with its reason: `.regex(...matching(/^[A-Z]{2}$/, 'country_code', 'A two-letter …'))`. */
export function matching(pattern: RegExp, code: ReasonCode, message: string): [RegExp, { message: string }] {
  reasonByPattern.set(String(pattern), code);
  return [pattern, { message }];
}

const isCode = (value: unknown): value is ReasonCode => typeof value === 'string' && (REASON_CODES as readonly string[]).includes(value);
const num = (value: number | bigint) => Number(value);

const formats: Record<string, ReasonCode> = { email: 'email', uuid: 'invalid_id', guid: 'invalid_id', date: 'date', datetime: 'date_time', url: 'website' };

function formatReason(issue: z.core.$ZodIssueInvalidStringFormat): Reason {
  if (issue.format === 'regex') return { code: reasonByPattern.get(issue.pattern ?? '') ?? 'invalid' };
  return { code: formats[issue.format] ?? 'invalid' };
}

function sizeReason(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): Reason {
  if (issue.code === 'too_small') {
    const min = num(issue.minimum);
    if (issue.origin === 'string') return min === 1 ? { code: 'required' } : { code: 'too_short', params: { min } };
    if (issue.origin === 'array' || issue.origin === 'set') return { code: 'too_few', params: { min } };
    return { code: 'min_value', params: { min } };
  }
  const max = num(issue.maximum);
  if (issue.origin === 'string') return { code: 'too_long', params: { max } };
  if (issue.origin === 'array' || issue.origin === 'set') return { code: 'too_many', params: { max } };
  return { code: 'max_value', params: { max } };
}

/** A union none of whose branches took the value: what the branches wanted, said as one reason. */
function unionReason(issue: z.core.$ZodIssueInvalidUnion, missing: boolean): Reason {
  if (missing) return { code: 'required' };
  const codes = issue.errors.map((branch) => (branch[0] ? reasonOfIssue(branch[0], false).code : 'invalid'));
  if (codes.includes('date') && codes.includes('date_time')) return { code: 'date_or_date_time' };
  if (codes.includes('invalid_id') && codes.includes('one_of')) return { code: 'id_or_all' };
  return { code: codes.find((c) => c !== 'one_of' && c !== 'invalid') ?? 'invalid' };
}

function customReason(issue: z.core.$ZodIssueCustom): Reason {
  const { reason, ...params } = issue.params ?? {};
  if (!isCode(reason)) return { code: 'invalid' };
  const kept = Object.entries(params).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number');
  return kept.length ? { code: reason, params: Object.fromEntries(kept) } : { code: reason };
}

/**
 * The reason for one Zod issue; `missing` says the value at the issue's path was absent (Zod's
 * final issues no longer carry the input, so the caller looks).
 */
export function reasonOfIssue(issue: z.core.$ZodIssue, missing: boolean): Reason {
  switch (issue.code) {
    case 'custom':
      return customReason(issue);
    case 'invalid_type':
      if (missing) return { code: 'required' };
      return issue.expected === 'number' || issue.expected === 'int' ? { code: 'number' } : { code: 'invalid' };
    case 'too_small':
    case 'too_big':
      return sizeReason(issue);
    case 'invalid_format':
      return formatReason(issue);
    case 'invalid_value':
      if (missing) return { code: 'required' };
      return issue.values.length > 12 ? { code: 'not_offered' } : { code: 'one_of', params: { values: issue.values.map(String).join(', ') } };
    case 'invalid_union':
      return unionReason(issue, missing);
    case 'unrecognized_keys':
      return { code: 'unknown_keys', params: { keys: issue.keys.join(', ') } };
    default:
      return { code: 'invalid' };
  }
}

/** The value at a path inside a request's body, query or params (undefined when any step is absent). */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
