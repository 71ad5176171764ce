import type { FastifyRequest } from 'fastify';

/**
 * What an error may put in the log. A failed statement's parameters are what a request sent or a
 * row held (password and token hashes, emails, names), and Drizzle copies them into the error's
 * message, so an error is logged by its class, code, SQL text and stack frames, and its cause by
 * class, code and message, with quoted values PostgreSQL echoes ("invalid input syntax for type
 * uuid: "…"") left out. Nothing else of the error object reaches the log.
 */
export interface SafeError {
  [key: string]: unknown;
  type: string;
  message: string;
  code?: string;
  /** The statement's text with its $n placeholders; never its parameters. */
  sql?: string;
  /** Frames only ("    at …"), empty when there are none. */
  stack: string;
  cause?: { type: string; code?: string; message: string };
}

const SAFE = Symbol('tend.safeError');

/** PostgreSQL quotes the offending value after a colon; constraint and column names stay. */
const withoutValues = (message: string) =>
  message
    .replace(/: "[\s\S]*$/, ': "[value left out]"')
    .split('\n')[0]
    .slice(0, 500);

const classOf = (value: object) => value.constructor?.name ?? 'Object';
const codeOf = (value: object): string | undefined => {
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : undefined;
};

/** Stack frames only: the first line of a stack repeats the message, with the parameters. */
const framesOf = (error: Error) =>
  (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');

function causeOf(cause: unknown): SafeError['cause'] {
  if (typeof cause !== 'object' || cause === null) return undefined;
  const message = (cause as { message?: unknown }).message;
  return { type: classOf(cause), code: codeOf(cause), message: typeof message === 'string' ? withoutValues(message) : '' };
}

/** The loggable part of anything thrown; applying it twice changes nothing. */
export function safeError(value: unknown): SafeError {
  if (typeof value === 'object' && value !== null && SAFE in value) return value as unknown as SafeError;
  const result: SafeError = { type: typeof value, message: '', stack: '' };
  if (typeof value === 'object' && value !== null) {
    const query = (value as { query?: unknown }).query;
    const message = (value as { message?: unknown }).message;
    result.type = classOf(value);
    // A failed query's message is "Failed query: <sql>\nparams: <values>": keep the SQL apart, drop the rest.
    result.message = typeof query === 'string' ? 'Failed query' : typeof message === 'string' ? withoutValues(message) : '';
    result.code = codeOf(value);
    if (typeof query === 'string') result.sql = query.slice(0, 2000);
    if (value instanceof Error) result.stack = framesOf(value);
    result.cause = causeOf((value as { cause?: unknown }).cause);
  }
  Object.defineProperty(result, SAFE, { value: true, enumerable: false });
  return result;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's address is itself a secret (a calendar feed's): logs show the route's pattern instead. */
    secretUrl?: boolean;
  }
}

/** What a request log line says of the request: Fastify's own fields, with a secret address left out. */
export function safeRequest(request: FastifyRequest) {
  const secret = request.routeOptions?.config?.secretUrl === true;
  return {
    method: request.method,
    url: secret ? request.routeOptions.url : request.url,
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** pino's `err` and `req` serializers for every logger of the server (see loggerOptions in app.ts). */
export const logSerializers = { err: safeError, req: safeRequest };
