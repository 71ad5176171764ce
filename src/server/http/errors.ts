import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { type Problem, type ProblemCode, type Reason, type ReasonCode, type ReasonParams, reasonOfIssue, valueAt } from '../../shared/reasons';
import { constraintAnswer } from '../db/constraint-errors';
import { isAbandoned } from './abandoned-requests';
import { safeError } from './log-safety';

const statusByCode = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  /** Issue 17: a partner without a seat would see more than the quota (a 409 with its own code, as the contract names it). */
  quota_exceeded: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  too_many_requests: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof statusByCode;

/** The one error type services throw: a stable code, a message for people, optional field messages. */
export class AppError extends Error {
  /** Why, as a code clients say in their own language (the English `message` stays for API users). */
  reason?: Problem;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
    readonly usage?: Record<string, number>,
    /** With a 400 that asks the client to choose (the workspace at sign-in): what it may choose from. */
    readonly choices?: { id: string; name: string }[],
    /** Why each field in `fields` was rejected, as a code clients translate; a field without one is `invalid`. */
    readonly reasons?: Record<string, Reason>,
  ) {
    super(message);
  }
  get status(): number {
    return statusByCode[this.code];
  }
  /** Sets the reason code; returns the error, so a throw stays one line: `throw new AppError(…).because('busy')`. */
  because(code: ProblemCode, params?: ReasonParams): this {
    this.reason = params ? { code, params } : { code };
    return this;
  }
}

/** An error with its reason code for clients: `throw problem('conflict', 'activity_done', 'The activity is already done')`. */
export const problem = (code: ErrorCode, reason: ProblemCode, message: string, params?: ReasonParams) => new AppError(code, message).because(reason, params);

/** What a 404 can name, each with its reason code. */
const notFoundReasons = {
  Record: 'not_found',
  Customer: 'customer_not_found',
  Contact: 'contact_not_found',
  Activity: 'activity_not_found',
  User: 'user_not_found',
  Invitation: 'invitation_not_found',
  Token: 'token_not_found',
  Workspace: 'workspace_not_found',
  Item: 'item_not_found',
  Group: 'group_not_found',
  Member: 'member_not_found',
  Industry: 'industry_not_found',
  Mailbox: 'mailbox_not_found',
  Project: 'project_not_found',
} as const satisfies Record<string, ProblemCode>;

export const notFound = (what: keyof typeof notFoundReasons = 'Record') => problem('not_found', notFoundReasons[what], `${what} not found`);
export const forbidden = (why = 'You are not allowed to do this', reason: ProblemCode = 'not_allowed') => problem('forbidden', reason, why);
/** 409 for something still used elsewhere: the counts travel with the message so clients can say it in their language. */
export function inUse(usage: Record<string, number>, message: string) {
  return new AppError('conflict', message, undefined, undefined, usage).because('in_use');
}

/** One reason for every field, or each field's own (a field left out is `invalid`). */
export type FieldReasons = ReasonCode | Reason | Record<string, Reason>;

/** Every field named by `fields` with its reason: one for all, or each its own. */
export function reasonsFor(fields: Record<string, string>, reasons?: FieldReasons): Record<string, Reason> {
  const one: Reason | null =
    typeof reasons === 'string' ? { code: reasons } : reasons && 'code' in reasons && typeof reasons.code === 'string' ? (reasons as Reason) : null;
  const each = (one ? {} : (reasons ?? {})) as Record<string, Reason>;
  return Object.fromEntries(Object.keys(fields).map((name) => [name, one ?? each[name] ?? { code: 'invalid' }]));
}

/** 400 naming the fields, with English messages for people and a reason code per field for clients. */
export const invalid = (fields: Record<string, string>, reasons?: FieldReasons) =>
  new AppError('validation_failed', `Invalid ${Object.keys(fields).join(', ')}`, fields, undefined, undefined, undefined, reasonsFor(fields, reasons));

type Extras = Pick<AppError, 'usage' | 'choices' | 'reasons' | 'reason'>;

export function send(reply: FastifyReply, status: number, code: string, message: string, fields?: Record<string, string>, extras: Extras = {}) {
  const { usage, choices, reason } = extras;
  // Every answer with field messages has a reason for each of them.
  const reasons = fields ? reasonsFor(fields, extras.reasons) : undefined;
  return reply.status(status).send({
    error: {
      code,
      message,
      ...(reason ? { reason } : {}),
      ...(fields ? { fields, reasons } : {}),
      ...(usage ? { usage } : {}),
      ...(choices ? { choices } : {}),
    },
  });
}

/** Field path as a client names it: "followUp.scheduledAt", "categoryIds.0", or the query parameter's name. */
function fieldName(instancePath: string, fallback: string): string {
  const name = instancePath.replace(/^\//, '').replace(/\//g, '.');
  return name === '' ? fallback : name;
}

type ZodValidationError = FastifyError & { validation: { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[] };

/** The request part a schema checked, by fastify's name for it. */
function inputOf(request: FastifyRequest, context: string | undefined): unknown {
  if (context === 'querystring') return request.query;
  if (context === 'params') return request.params;
  if (context === 'headers') return request.headers;
  return request.body;
}

/** Zod's issues as field messages (Zod's English, as written in the schemas) and reasons (from each issue's code and params). */
function sendValidation(request: FastifyRequest, reply: FastifyReply, error: ZodValidationError) {
  const fields: Record<string, string> = {};
  const reasons: Record<string, Reason> = {};
  const input = inputOf(request, error.validationContext);
  for (const entry of error.validation) {
    const name = fieldName(entry.instancePath, error.validationContext ?? 'body');
    if (name in fields) continue;
    const path = entry.instancePath.split('/').filter(Boolean);
    const issue = { ...entry.params, code: entry.keyword, path, message: entry.message ?? '' } as z.core.$ZodIssue;
    fields[name] = entry.message ?? 'Invalid value';
    reasons[name] = reasonOfIssue(issue, valueAt(input, path) === undefined);
  }
  return send(reply, 400, 'validation_failed', `Invalid ${Object.keys(fields).join(', ')}`, fields, { reasons });
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return send(reply, error.status, error.code, error.message, error.fields, error);
    }
    if (hasZodFastifySchemaValidationErrors(error)) return sendValidation(request, reply, error);
    if (isAbandoned(error)) {
      // Not a fault: the client left while the request waited for the database (499, as nginx logs it).
      request.log.info('client gone: its waiting statements were dropped');
      return reply.code(499).send();
    }
    const violation = constraintAnswer(error); // database constraints, mapped in db/constraint-errors.ts
    if (violation) return send(reply, violation.status, violation.code, violation.message, violation.fields, violation);
    const status = error.statusCode ?? 500;
    if (status === 413) return send(reply, 413, 'payload_too_large', 'The request body is too large', undefined, { reason: { code: 'body_too_large' } });
    if (status === 415)
      return send(reply, 415, 'unsupported_media_type', 'Send JSON (Content-Type: application/json)', undefined, { reason: { code: 'send_json' } });
    if (status === 400 && (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError)) {
      return send(reply, 400, 'bad_request', 'The request body is not valid JSON', undefined, { reason: { code: 'invalid_json' } });
    }
    if (status >= 400 && status < 500) return send(reply, status, status === 404 ? 'not_found' : 'bad_request', error.message);
    // Internals stay in the log, never in the answer; the log gets no statement parameters (see safeError).
    request.log.error({ err: safeError(error) }, 'unhandled error');
    return send(reply, 500, 'internal', 'Something went wrong on the server');
  });
}

export function notFoundForApi(reply: FastifyReply) {
  return send(reply, 404, 'not_found', 'No such endpoint', undefined, { reason: { code: 'no_endpoint' } });
}
