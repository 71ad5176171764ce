import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problem } from '../http/errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A route an outside partner (role `partner`, issue 17) may call; every other route is a 404 for them. */
    partner?: boolean;
  }
}

/**
 * The staff routes a partner still needs, besides the public ones and those marked `partner: true`:
 * signing out and their own account (name, language, password). Kept here, in the one place that
 * decides, rather than as flags spread over other features.
 */
export const PARTNER_ACCOUNT_ROUTES: ReadonlySet<string> = new Set(['POST /api/v1/auth/logout', 'GET /api/v1/me', 'PATCH /api/v1/me']);

/** Whether a partner may call this route (`method`, the route's pattern, its config). */
export function partnerMayCall(method: string, pattern: string | undefined, config: { public?: boolean; partner?: boolean } | undefined): boolean {
  if (config?.public || config?.partner) return true;
  return pattern !== undefined && PARTNER_ACCOUNT_ROUTES.has(`${method} ${pattern}`);
}

/**
 * Isolation of outside partners, in one place for every route: a partner (session or token) who calls
 * anything but the allow-list gets the same 404 as a route that does not exist, so nothing tells
 * them what is there. Runs on onRequest right after the caller is known, before any body is read.
 */
export function registerPartnerGuard(app: FastifyInstance) {
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (request.actor?.role !== 'partner' || !request.url.startsWith('/api/')) return;
    if (request.is404 || !partnerMayCall(request.method, request.routeOptions.url, request.routeOptions.config))
      throw problem('not_found', 'no_endpoint', 'No such endpoint');
  });
}
