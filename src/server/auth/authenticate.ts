import { and, eq, gt, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/client';
import { apiTokens, sessions, users, webhooks, workspaces } from '../db/schema';
import { preparedRead } from '../db/prepared';
import type { Actor } from '../db/scope';
import { AppError, problem } from '../http/errors';
import { hashSecret } from './tokens';

export const SESSION_COOKIE = 'tend_session';
export const SESSION_DAYS = 30;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Routes that answer without a signed-in user (sign-in, setup, health). */
    public?: boolean;
  }
}

/** A user row as the Actor every service takes (joined with its workspace for the visibility setting). */
export const actorColumns = {
  userId: users.id,
  workspaceId: users.workspaceId,
  role: users.role,
  locale: users.locale,
  timeZone: users.timeZone,
  // Read on every request with the session: a change of the workspace's setting applies at once.
  // A partner (issue 17) is always restricted: should a staff query ever run for one, it shows them the least.
  restricted: sql<boolean>`(${users.role} = 'partner' OR (${users.role} = 'user' AND ${workspaces.customerVisibility} = 'restricted'))`,
};

/**
 * A request's caller: the actor, and whether its workspace has an enabled webhook (one index probe
 * in the look-up every request makes anyway), so a change in a workspace without webhooks does not
 * ask for subscribers (see emitWebhookEvent). Only for requests: a job runs longer than one.
 */
const requestActorColumns = {
  ...actorColumns,
  webhooks: sql<boolean>`EXISTS (SELECT 1 FROM ${webhooks} WHERE ${webhooks.workspaceId} = ${users.workspaceId} AND ${webhooks.enabled})`,
};

// Every request starts with one of these look-ups, so both are prepared (see preparedRead).
const sessionActor = preparedRead('session_actor', (db) =>
  db
    .select(requestActorColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .where(and(eq(sessions.id, sql.placeholder('sessionId')), gt(sessions.expiresAt, sql`now()`), eq(users.active, true)))
    .limit(1)
    .prepare('session_actor'),
);

const tokenActor = preparedRead('token_actor', (db) =>
  db
    .select({ ...requestActorColumns, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .where(and(eq(apiTokens.tokenHash, sql.placeholder('tokenHash')), eq(users.active, true)))
    .limit(1)
    .prepare('token_actor'),
);

async function actorFromSession(db: Database, secret: string): Promise<Actor | null> {
  const [row] = await sessionActor(db, { sessionId: hashSecret(secret) });
  return row ?? null;
}

async function actorFromToken(db: Database, token: string): Promise<Actor | null> {
  const [row] = await tokenActor(db, { tokenHash: hashSecret(token) });
  if (!row) return null;
  const { tokenId, lastUsedAt, ...actor } = row;
  // "Last used" is for people (is this token still in use?): a minute's precision spares a
  // script's every read a write.
  const now = new Date();
  if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, tokenId));
  }
  return actor;
}

/**
 * Resolves the caller from the session cookie or a Bearer token; every non-public /api/v1 route
 * requires one. On onRequest (after @fastify/cookie's own onRequest parsed the cookie), so an
 * anonymous caller gets 401 before its body is parsed or validated.
 */
export function registerAuthentication(app: FastifyInstance, db: Database) {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const cookie = request.cookies?.[SESSION_COOKIE];
    if (bearer) request.actor = await actorFromToken(db, bearer);
    else if (cookie) request.actor = await actorFromSession(db, cookie);
    if (!request.actor && !request.is404 && !request.routeOptions.config?.public && request.url.startsWith('/api/v1/')) {
      throw problem('unauthorized', 'sign_in_first', 'Sign in first');
    }
  });
}

/** The caller of a route that is not public (the hook above guarantees it). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw problem('unauthorized', 'sign_in_first', 'Sign in first');
  return request.actor;
}

export function requireRole(actor: Actor, ...roles: Actor['role'][]) {
  if (!roles.includes(actor.role))
    throw new AppError('forbidden', `Only ${roles.join(' or ')} users may do this`).because(roles.join() === 'admin' ? 'admins_only' : 'not_allowed');
}
