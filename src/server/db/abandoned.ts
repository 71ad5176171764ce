import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';

/**
 * The signal of the work a statement is sent for: aborted when the client of the HTTP request that
 * sent it has gone (http/abandoned-requests.ts). The embedded engine runs one statement at a time,
 * so a statement still queued for an abandoned request is dropped rather than run for nobody
 * (pglite-thread.ts); background jobs and scripts run without one and are never dropped.
 */
const current = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` (and everything it starts) on behalf of the request whose client `signal` follows. */
export const onBehalfOf = <T>(signal: AbortSignal, work: () => T): T => current.run(signal, work);

/** The signal of the request the running code works for, if any. */
export const abandonSignal = (): AbortSignal | undefined => current.getStore();

/**
 * A connection pool hands a freed connection to the next waiting caller from inside the call that
 * freed it: that caller's callback is bound to its own context here, or its statements would be
 * sent, and dropped, on behalf of the request that happened to free the connection.
 */
type Callback = (...args: unknown[]) => unknown;
export const keepCallerContext = (callback: Callback): Callback => AsyncResource.bind(callback);

/** The error a dropped statement answers with: PostgreSQL's own for a cancelled query. */
export const QUERY_CANCELED = '57014';
