import type { ApiErrorBody } from '../../shared/common';

/** What every failed API call throws: the server's code, message and per-field messages. */
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
  if (isErrorBody(body)) return new ApiError(status, body.error.code, body.error.message, body.error.fields, body.error.usage, body.error.choices);
  return new ApiError(status, 'http', `The server answered ${status}`);
}

export const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

export const networkError = () => new ApiError(0, 'network', 'The server could not be reached');
