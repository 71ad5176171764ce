import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, TEST_KDF_COST, type TestApp, createTestApp, signIn } from '../../../../test/helpers';
import { sessions } from '../../db/schema';
import { createWorkspace } from '../workspaces/workspaces.service';
import { pruneSessionsIfDue } from './auth.service';

let t: TestApp;
let adminId: string;
const email = 'pruning@test.tend';

const expiredSession = async (id: string) => {
  await t.database.db.insert(sessions).values({ id, userId: adminId, expiresAt: new Date(Date.now() - 60_000) });
};
const exists = async (id: string) => (await t.database.db.select().from(sessions).where(eq(sessions.id, id))).length === 1;

beforeAll(async () => {
  t = await createTestApp();
  ({ adminId } = await createWorkspace(
    t.database.db,
    { workspaceName: 'Pruning', locale: 'en', timeZone: 'Europe/Copenhagen', admin: { email, name: 'P', password: PASSWORD } },
    TEST_KDF_COST,
  ));
});
afterAll(() => t.close());

describe('expired sessions', () => {
  it('are removed by a sign-in, at most once an hour; live sessions stay', async () => {
    await expiredSession('expired-1');
    const client = await signIn(t.app, email);
    expect(await exists('expired-1')).toBe(false);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200); // the new session is live
    await expiredSession('expired-2');
    await signIn(t.app, email);
    expect(await exists('expired-2')).toBe(true); // within the hour: not again
    expect(await pruneSessionsIfDue(t.database.db, Date.now() + 3_600_001)).toBe(true);
    expect(await exists('expired-2')).toBe(false);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
  });
});
