import type { ApiErrorBody } from '../../shared/common';

/** Why the server rejected a field: a code from shared/reasons.ts (or a newer one this client does not know yet). */
export interface FieldReason {
  code: string;
  params?: Record<string, string | number>;
}

/** What every failed API call throws: the server's code, message, per-field messages and their reasons. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    /** With a 409 for something still in use: how many records of each kind use it. */
    readonly usage: Record<string, number> = {},
    /** With a 400 that asks to choose (the workspace at sign-in): what to choose from. */
    readonly choices: { id: string; name: string }[] = [],
    /** Beside `fields`: each field's reason code, which the web app says in the user's language. */
    readonly reasons: Record<string, FieldReason> = {},
    /** Why the request was refused as a whole (a 409, a 403…): a code from PROBLEM_CODES, said in the user's language. */
    readonly reason?: FieldReason,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && 'error' in body && typeof (body as ApiErrorBody).error?.code === 'string';
}

/** The ApiError for a failed answer: the server's error body, or a plain one naming the status. */
export function apiErrorOf(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) {
    const { code, message, fields, usage, choices, reasons, reason } = body.error;
    return new ApiError(status, code, message, fields, usage, choices, reasons, reason);
  }
  return new ApiError(status, 'http', `The server answered ${status}`);
}

export const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

export const networkError = () => new ApiError(0, 'network', 'The server could not be reached');
