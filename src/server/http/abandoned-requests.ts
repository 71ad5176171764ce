import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { abandonSignal, onBehalfOf, QUERY_CANCELED } from '../db/abandoned';

/**
 * Each request runs on behalf of its client: when the client goes before its answer is written (a
 * closed tab, a proxy's or script's timeout), the statements it still has waiting for the embedded
 * database are dropped (db/abandoned.ts). Registered before any hook that reads the database.
 */
export function registerAbandonedRequests(app: FastifyInstance) {
  const clients = new WeakMap<FastifyRequest, AbortSignal>();
  app.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    const client = new AbortController();
    clients.set(request, client.signal);
    reply.raw.once('close', () => {
      if (!reply.raw.writableFinished) client.abort();
    });
    // `done` runs the rest of the request inside this context...
    onBehalfOf(client.signal, done);
  });
  // ...but a body is read in the socket's context: the handler is brought back into it.
  app.addHook('preHandler', (request: FastifyRequest, _reply: FastifyReply, done: () => void) => {
    const signal = clients.get(request);
    if (signal) onBehalfOf(signal, done);
    else done();
  });
}

/** A statement dropped because the request's client had gone: nobody is left to answer. */
export function isAbandoned(error: FastifyError): boolean {
  // Drizzle wraps the driver's error: PostgreSQL's code is on its cause.
  const code = (error as { cause?: { code?: string } }).cause?.code ?? error.code;
  return code === QUERY_CANCELED && abandonSignal()?.aborted === true;
}
