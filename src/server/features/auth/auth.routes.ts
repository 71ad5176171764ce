import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOf, okSchema } from '../../../shared/common';
import {
  loginResultSchema,
  loginSchema,
  setupSchema,
  setupStateSchema,
  signupSchema,
  tokenCreateSchema,
  tokenCreatedSchema,
  tokenSchema,
} from '../../../shared/auth';
import { meUpdateSchema, userSchema } from '../../../shared/users';
import { SESSION_COOKIE, SESSION_DAYS, actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import { getUser } from '../users/users.service';
import * as auth from './auth.service';
import { setUp, setupState } from './setup.service';
import { login, signUp } from './sign-in.service';

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, secret: string) {
  reply.setCookie(SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: SESSION_DAYS * 86_400,
  });
}

export interface AuthOptions {
  kdfCost: number;
  /** TEND_SIGNUP=1: anyone may create a workspace (POST /api/v1/signup); otherwise that route does not exist. */
  signup: boolean;
}

const tags = ['auth'];
const open = { public: true };

export function authRoutes(app: FastifyInstance, db: Database, options: AuthOptions) {
  sessionRoutes(app, db, options);
  meRoutes(app, db, options);
  setupRoutes(app, db, options);
}

/** Signing in and out. */
function sessionRoutes(app: FastifyInstance, db: Database, { kdfCost }: AuthOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/auth/login',
    {
      config: open,
      schema: {
        tags,
        summary: 'Sign in with email and password; sets the session cookie',
        description:
          'When the email has accounts in several workspaces and the password is right for more than one, the answer is 400 with `fields.workspace` and `choices` (those workspaces only): send again with `workspace` set to an id or name.',
        body: loginSchema,
        response: { 200: loginResultSchema, ...errors(400, 429) },
      },
    },
    async (req, reply) => {
      const { user, secret } = await login(db, req.body, req.ip, kdfCost);
      setSessionCookie(req, reply, secret);
      return { user };
    },
  );

  r.post(
    '/api/v1/auth/logout',
    {
      config: open,
      schema: { tags, summary: 'Sign out (ends this session)', response: { 200: okSchema } },
    },
    async (req, reply) => {
      await auth.logout(db, req.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );
}

/** The signed-in user's own profile and API tokens. */
function meRoutes(app: FastifyInstance, db: Database, { kdfCost }: AuthOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/me',
    {
      schema: { tags, summary: 'The signed-in user', response: { 200: userSchema, ...errors() } },
    },
    (req) => getUser(db, actorOf(req), actorOf(req).userId),
  );

  r.patch(
    '/api/v1/me',
    {
      schema: { tags, summary: 'Change your own name, language, time zone or password', body: meUpdateSchema, response: { 200: userSchema, ...errors(400) } },
    },
    (req) => auth.updateMe(db, actorOf(req), req.body, kdfCost, req.cookies[SESSION_COOKIE]),
  );

  r.get(
    '/api/v1/tokens',
    {
      schema: { tags, summary: 'Your personal API tokens (never the secrets)', response: { 200: listOf(tokenSchema), ...errors() } },
    },
    (req) => auth.listTokens(db, actorOf(req)),
  );

  r.post(
    '/api/v1/tokens',
    {
      schema: {
        tags,
        summary: 'Create a personal API token; the token is shown only in this answer',
        body: tokenCreateSchema,
        response: { 201: tokenCreatedSchema, ...errors(400) },
      },
    },
    async (req, reply) => reply.status(201).send(await auth.createToken(db, actorOf(req), req.body.name)),
  );

  r.delete(
    '/api/v1/tokens/:id',
    {
      schema: { tags, summary: 'Revoke a personal API token', params: idParams, response: { 200: okSchema, ...errors(400, 404) } },
    },
    (req) => auth.revokeToken(db, actorOf(req), req.params.id),
  );
}

/** First-run setup and, when open, sign-up: a new workspace and its admin. */
function setupRoutes(app: FastifyInstance, db: Database, { kdfCost, signup }: AuthOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/setup',
    {
      config: open,
      schema: {
        tags: ['setup'],
        summary: 'Whether first-run setup is still needed, whether sign-up is open, and whether Tend can send mail (forgot password)',
        response: { 200: setupStateSchema },
      },
    },
    async () => ({ ...(await setupState(db)), signup, mail: app.mail.mailEnabled }),
  );

  r.post(
    '/api/v1/setup',
    {
      config: open,
      schema: {
        tags: ['setup'],
        summary: 'First run: create the workspace and its admin, and sign in',
        body: setupSchema,
        response: { 201: z.object({ user: userSchema }), ...errors(400, 409) },
      },
    },
    async (req, reply) => {
      const { user, secret } = await setUp(db, req.body, kdfCost);
      setSessionCookie(req, reply, secret);
      return reply.status(201).send({ user });
    },
  );

  if (!signup) return;
  r.post(
    '/api/v1/signup',
    {
      config: open,
      schema: {
        tags: ['setup'],
        summary: 'Create a new workspace and its admin, and sign in (only with TEND_SIGNUP=1)',
        body: signupSchema,
        response: { 201: z.object({ user: userSchema }), ...errors(400, 429) },
      },
    },
    async (req, reply) => {
      const { user, secret } = await signUp(db, req.body, req.ip, kdfCost);
      setSessionCookie(req, reply, secret);
      return reply.status(201).send({ user });
    },
  );
}
