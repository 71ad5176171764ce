import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/server/app';
import type { TrustProxy } from '../src/server/config';
import type { DatabaseHandle } from '../src/server/db/client';
import { hashPassword } from '../src/server/auth/passwords';
import { users } from '../src/server/db/schema';
import { createWorkspace } from '../src/server/features/workspaces/workspaces.service';
import { createTestDatabase } from './test-db';

/** Tests use a cheap KDF cost; the format and code path are the production ones. */
export const TEST_KDF_COST = 10;
export const PASSWORD = 'correct horse battery';

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  close(): Promise<void>;
}

export async function createTestApp(
  options: { logger?: object; trustProxy?: TrustProxy; signup?: boolean; kdfCost?: number; webDir?: string; poolSize?: number } = {},
): Promise<TestApp> {
  const { logger, kdfCost, poolSize, ...rest } = options;
  const database = await createTestDatabase({ poolSize });
  const app = await buildApp({ database, kdfCost: kdfCost ?? TEST_KDF_COST, logger: logger as never, ...rest });
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
    readonly user: { id: string; workspaceId: string; email: string; role: string },
  ) {}

  request(method: InjectOptions['method'], url: string, payload?: unknown): Promise<LightMyRequestResponse> {
    return this.app.inject({ method, url, payload: payload as InjectOptions['payload'], headers: this.headers });
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);
}

let counter = 0;
const uniqueEmail = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}@test.tend`;

export async function signIn(app: FastifyInstance, email: string, password = PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'tend_session');
  const user = res.json().user;
  return new Client(app, { cookie: `tend_session=${cookie!.value}` }, user);
}

/** A new workspace with a signed-in admin. */
export async function newWorkspace(t: TestApp, options: { locale?: string; timeZone?: string } = {}): Promise<Client> {
  const email = uniqueEmail('admin');
  await createWorkspace(
    t.database.db,
    {
      workspaceName: `Workspace ${counter}`,
      locale: options.locale ?? 'en',
      timeZone: options.timeZone ?? 'Europe/Copenhagen',
      admin: { email, name: 'Admin Person', password: PASSWORD },
    },
    TEST_KDF_COST,
  );
  return signIn(t.app, email);
}

/** Another user in the admin's workspace, signed in. */
export async function newUser(
  t: TestApp,
  admin: Client,
  role: 'admin' | 'manager' | 'user' = 'user',
  extra: { timeZone?: string; locale?: string; name?: string } = {},
): Promise<Client> {
  const email = uniqueEmail(role);
  await t.database.db.insert(users).values({
    workspaceId: admin.user.workspaceId,
    email,
    name: extra.name ?? `${role} person`,
    passwordHash: await hashPassword(PASSWORD, TEST_KDF_COST),
    role,
    locale: extra.locale ?? 'en',
    timeZone: extra.timeZone ?? 'Europe/Copenhagen',
  });
  return signIn(t.app, email);
}
