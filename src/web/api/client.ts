import createClient, { type Middleware } from 'openapi-fetch';
import { apiErrorOf, isAbort, networkError } from './errors';
import type { paths } from './schema';

let unauthorizedListener: (() => void) | null = null;
/** Called when a signed-in request answers 401 (the session ended elsewhere). */
export function onUnauthorized(listener: (() => void) | null) {
  unauthorizedListener = listener;
}

/** Leaves out empty values, as the server reads a missing filter and an empty one the same way. */
function querySerializer(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

/** Tells the session that a signed-in request answered 401. */
export const notifyUnauthorized = () => unauthorizedListener?.();

const signedOutWatch: Middleware = {
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && !schemaPath.startsWith('/api/v1/auth/')) notifyUnauthorized();
    return undefined;
  },
};

/**
 * The API client typed from the served OpenAPI document (schema.d.ts, `npm run api:types`).
 * `fetch` is looked up on every call, so component tests can stand a stub in its place.
 */
export const client = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  querySerializer,
  fetch: (request) => globalThis.fetch(request),
});
client.use(signedOutWatch);

type Answer<D> = { data: D; error?: never; response: Response } | { data?: never; error: unknown; response: Response };

/**
 * The data of a successful call; a failed one throws ApiError (status 0 when the server was not
 * reached). A 204 answers no data: its type is then `never`, and nothing reads it.
 */
export async function unwrap<D>(pending: Promise<Answer<D>>): Promise<NonNullable<D>> {
  let answer: Answer<D>;
  try {
    answer = await pending;
  } catch (failure) {
    if (isAbort(failure)) throw failure;
    throw networkError();
  }
  if (answer.error !== undefined || !answer.response.ok) throw apiErrorOf(answer.response.status, answer.error);
  // The one cast: openapi-fetch's success branch holds D, but TypeScript cannot narrow on response.ok.
  return answer.data as NonNullable<D>;
}
