import cookie from '@fastify/cookie';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAuthentication } from './auth/authenticate';
import type { TrustProxy } from './config';
import type { DatabaseHandle } from './db/client';
import { registerErrorHandling } from './http/errors';
import { frameworkErrorOptions } from './http/framework-errors';
import { logSerializers } from './http/log-safety';
import { registerOpenApi } from './http/openapi';
import { registerCsrfDefence, registerSecurityHeaders } from './http/security';
import { registerStorableTextCheck } from './http/storable-text';
import { registerWebApp } from './http/web-app';
import { activityRoutes } from './features/activities/activities.routes';
import { authRoutes } from './features/auth/auth.routes';
import { contactRoutes } from './features/contacts/contacts.routes';
import { customerRoutes } from './features/customers/customers.routes';
import { healthRoutes } from './features/health/health.routes';
import { todoRoutes } from './features/todo/todo.routes';
import { groupRoutes } from './features/settings/groups.routes';
import { settingsRoutes } from './features/settings/settings.routes';
import { userRoutes } from './features/users/users.routes';
import { preferenceRoutes } from './features/preferences/preferences.routes';

export interface AppDeps {
  database: DatabaseHandle;
  kdfCost: number;
  /** Built web app to serve (index.html + assets); absent in API-only tests. */
  webDir?: string | null;
  logger?: FastifyServerOptions['logger'];
  /** Which proxies' X-Forwarded-* to believe: a hop count or addresses (see config.ts); never all. */
  trustProxy?: TrustProxy;
  /** TEND_SIGNUP=1: anyone may create a workspace. */
  signup?: boolean;
}

/** Never logs secrets: cookies, authorization headers and Set-Cookie are redacted; bodies are not logged. */
export const loggerOptions = (level: string) => ({
  level,
  redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '[redacted]' },
  serializers: logSerializers,
});

/** A hop count becomes "the n nearest hops" (what Fastify does for a number; its types want a function). */
function proxyTrust(trust: TrustProxy) {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
}

/** Builds the whole application without listening, so tests can inject requests. */
export async function buildApp(deps: AppDeps) {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: proxyTrust(deps.trustProxy ?? false),
    // Turns IDs and paths like /api/v1/customers/<id>/ into one route
    routerOptions: { ignoreTrailingSlash: true },
    ...frameworkErrorOptions,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerStorableTextCheck(app);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  await registerOpenApi(app);
  // Both on onRequest, in this order: who is calling (401 first), then is it a forged cross-site request.
  registerAuthentication(app, deps.database.db);
  registerCsrfDefence(app);

  const { db } = deps.database;
  healthRoutes(app, deps.database);
  authRoutes(app, db, { kdfCost: deps.kdfCost, signup: deps.signup ?? false });
  userRoutes(app, db, deps.kdfCost);
  customerRoutes(app, db);
  contactRoutes(app, db);
  settingsRoutes(app, db);
  groupRoutes(app, db);
  activityRoutes(app, db);
  todoRoutes(app, db);
  preferenceRoutes(app, db);

  await registerWebApp(app, deps.webDir);
  return app;
}
