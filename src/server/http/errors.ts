import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { constraintAnswer } from '../db/constraint-errors';
import { safeError } from './log-safety';

const statusByCode = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof statusByCode;

/** The one error type services throw: a stable code, a message for people, optional field messages. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
    readonly usage?: Record<string, number>,
    /** With a 400 that asks the client to choose (the workspace at sign-in): what it may choose from. */
    readonly choices?: { id: string; name: string }[],
  ) {
    super(message);
  }
  get status(): number {
    return statusByCode[this.code];
  }
}

export const notFound = (what = 'Record') => new AppError('not_found', `${what} not found`);
export const forbidden = (why = 'You are not allowed to do this') => new AppError('forbidden', why);
/** 409 for something still used elsewhere: the counts travel with the message so clients can say it in their language. */
export function inUse(usage: Record<string, number>, message: string) {
  return new AppError('conflict', message, undefined, undefined, usage);
}

export const invalid = (fields: Record<string, string>) => new AppError('validation_failed', `Invalid ${Object.keys(fields).join(', ')}`, fields);

type Extras = Pick<AppError, 'usage' | 'choices'>;

export function send(reply: FastifyReply, status: number, code: string, message: string, fields?: Record<string, string>, extras: Extras = {}) {
  const { usage, choices } = extras;
  return reply.status(status).send({ error: { code, message, ...(fields ? { fields } : {}), ...(usage ? { usage } : {}), ...(choices ? { choices } : {}) } });
}

/** Field path as a client names it: "followUp.scheduledAt", "categoryIds.0", or the query parameter's name. */
function fieldName(instancePath: string, fallback: string): string {
  const name = instancePath.replace(/^\//, '').replace(/\//g, '.');
  return name === '' ? fallback : name;
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return send(reply, error.status, error.code, error.message, error.fields, error);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const issue of error.validation) {
        const name = fieldName(issue.instancePath, error.validationContext ?? 'body');
        fields[name] ??= issue.message ?? 'Invalid value';
      }
      return send(reply, 400, 'validation_failed', `Invalid ${Object.keys(fields).join(', ')}`, fields);
    }
    const violation = constraintAnswer(error); // database constraints, mapped in db/constraint-errors.ts
    if (violation) return send(reply, violation.status, violation.code, violation.message, violation.fields);
    const status = error.statusCode ?? 500;
    if (status === 413) return send(reply, 413, 'payload_too_large', 'The request body is too large');
    if (status === 415) return send(reply, 415, 'unsupported_media_type', 'Send JSON (Content-Type: application/json)');
    if (status === 400 && (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError)) {
      return send(reply, 400, 'bad_request', 'The request body is not valid JSON');
    }
    if (status >= 400 && status < 500) return send(reply, status, status === 404 ? 'not_found' : 'bad_request', error.message);
    // Internals stay in the log, never in the answer; the log gets no statement parameters (see safeError).
    request.log.error({ err: safeError(error) }, 'unhandled error');
    return send(reply, 500, 'internal', 'Something went wrong on the server');
  });
}

export function notFoundForApi(reply: FastifyReply) {
  return send(reply, 404, 'not_found', 'No such endpoint');
}
