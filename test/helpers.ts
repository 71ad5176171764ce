import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { type AppDeps, buildApp } from '../src/server/app';
import type { QueueSettings } from '../src/server/jobs/jobs';
import type { TrustProxy } from '../src/server/config';
import type { DatabaseHandle } from '../src/server/db/client';
import { makeUser, makeWorkspace } from '../src/server/demo/records';
import { loginResultSchema } from '../src/shared/auth';
import type { User } from '../src/shared/users';
import { createTestDatabase } from './test-db';

/** Tests use a cheap KDF cost; the format and code path are the production ones. */
export const TEST_KDF_COST = 10;
export const PASSWORD = 'correct horse battery';

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  close(): Promise<void>;
}

export interface TestAppOptions {
  logger?: object;
  trustProxy?: TrustProxy;
  signup?: boolean;
  kdfCost?: number;
  webDir?: string;
  poolSize?: number;
  /** Mail on, through this SMTP server (test/smtp-sink.ts); starts the job worker. */
  smtpUrl?: string;
  mailFrom?: string;
  /** Start the job worker (without mail); an object also sets its options. */
  jobs?: AppDeps['jobs'];
  /** The outbox's retry settings (tests shorten the waits). */
  mailRetry?: QueueSettings;
  /** TEND_SECRET_KEY (mailbox passwords); unset by default, as on a fresh server. */
  secretKey?: string | null;
  /** Mailbox sync and drop-box settings (see AppDeps). */
  mailboxSyncIntervalSeconds?: number;
  mailboxIdle?: AppDeps['mailboxIdle'];
  imapTimeoutMs?: number;
  dropbox?: AppDeps['dropbox'];
  messageSink?: AppDeps['messageSink'];
  /** Webhook delivery settings (allowPrivate, shorter timings). */
  webhooks?: AppDeps['webhooks'];
}

/** Job workers in tests look for work often: a job runs within half a second. */
export const TEST_JOBS = { pollingIntervalSeconds: 0.5, stopTimeoutMs: 5_000 };

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { logger, kdfCost, poolSize, smtpUrl, mailFrom, jobs, mailRetry, ...rest } = options;
  const database = await createTestDatabase({ poolSize });
  const mail = { smtpUrl: smtpUrl ?? null, from: mailFrom ?? 'Tend <tend@tend.test>', retry: mailRetry };
  const jobsOptions = jobs || smtpUrl ? { ...TEST_JOBS, ...(typeof jobs === 'object' ? jobs : {}) } : false;
  const app = await buildApp({ database, kdfCost: kdfCost ?? TEST_KDF_COST, logger: logger as never, mail, jobs: jobsOptions, ...rest });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in client: every request carries its session cookie (or a bearer token). */
export class Client {
  constructor(
    private readonly app: FastifyInstance,
    readonly headers: Record<string, string>,
    readonly user: User,
  ) {}

  request(method: InjectOptions['method'], url: string, payload?: unknown): Promise<LightMyRequestResponse> {
    return this.app.inject({ method, url, payload: payload as InjectOptions['payload'], headers: this.headers });
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);
}

export async function signIn(app: FastifyInstance, email: string, password = PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'tend_session');
  const { user } = loginResultSchema.parse(res.json());
  return new Client(app, { cookie: `tend_session=${cookie!.value}` }, user);
}

/** A new workspace with a signed-in admin (the record factory, as setup and the CLI make one). */
export async function newWorkspace(t: TestApp, options: { locale?: string; timeZone?: string } = {}): Promise<Client> {
  const { email } = await makeWorkspace(t.database.db, { ...options, password: PASSWORD, kdfCost: TEST_KDF_COST });
  return signIn(t.app, email);
}

/** Another user in the admin's workspace, made by the admin through the users service, signed in. */
export async function newUser(
  t: TestApp,
  admin: Client,
  role: 'admin' | 'manager' | 'user' = 'user',
  extra: { timeZone?: string; locale?: 'en' | 'da'; name?: string } = {},
): Promise<Client> {
  const actor = {
    userId: admin.user.id,
    workspaceId: admin.user.workspaceId,
    role: admin.user.role,
    locale: admin.user.locale,
    timeZone: admin.user.timeZone,
    restricted: false,
  };
  const user = await makeUser(t.database.db, actor, {
    role,
    name: extra.name ?? `${role} person`,
    locale: extra.locale ?? 'en',
    timeZone: extra.timeZone ?? 'Europe/Copenhagen',
    password: PASSWORD,
    kdfCost: TEST_KDF_COST,
  });
  return signIn(t.app, user.email);
}
