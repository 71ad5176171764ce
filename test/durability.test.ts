import { describe, expect, it } from 'vitest';
import { freshDatabaseEnv, type Started, startServer, waitForHealth } from './server-process';

/**
 * Durability of acknowledged writes when the server process dies. A real server takes parallel
 * writes over HTTP (customers, activities, completions with a follow-up) and is SIGKILLed in the
 * middle; after a restart every write it answered 2xx to must be there, and every chain must
 * link both ways.
 *
 * Embedded: PGlite writes through Node's fs on every commit (its NODEFS does plain write()
 * calls, no buffering in the process), so what was acknowledged is in the OS page cache when the
 * process dies. PostgreSQL: only Tend's process dies; the test cluster runs with fsync=off and
 * synchronous_commit=off, which matter for a crash of the machine or of PostgreSQL only, never for
 * a killed client, so the test still proves that Tend answers after the commit and not before. The restart on the embedded engine also takes
 * over the killed server's data-directory lock.
 */
const ADMIN = { TEND_ADMIN_EMAIL: 'boss@firma.dk', TEND_ADMIN_PASSWORD: 'a long admin password' };
const WORKERS = 6;
/** Killed once this many chains are acknowledged (a few seconds on a busy 2-core machine), with writes in flight. */
const KILL_AFTER_CHAINS = 12;

interface Written {
  customers: string[];
  activities: string[];
  /** completed activity → its follow-up */
  chains: [string, string][];
}

async function session(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.TEND_ADMIN_EMAIL, password: ADMIN.TEND_ADMIN_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, 'content-type': 'application/json' };
}

/** One worker: customer, activity, complete with follow-up, then complete the follow-up too, until the server dies. */
async function work(url: string, headers: Record<string, string>, typeId: string, written: Written, worker: number) {
  const post = async (path: string, body: object) => {
    const res = await fetch(`${url}/api/v1${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return res.json();
  };
  try {
    for (let i = 0; ; i++) {
      const customer = await post('/customers', { name: `Kunde ${worker}-${i}` });
      written.customers.push(customer.id);
      let activity = await post('/activities', { typeId, subject: `Opkald ${worker}-${i}`, customerId: customer.id });
      written.activities.push(activity.id);
      for (let step = 0; step < 2; step++) {
        const followUp = { scheduledAt: new Date(Date.now() + 86_400_000).toISOString(), typeId, text: `Følg op ${step}` };
        const { next } = await post(`/activities/${activity.id}/complete`, { note: 'done', followUp });
        written.chains.push([activity.id, next.id]);
        written.activities.push(next.id);
        activity = next;
      }
    }
  } catch (error) {
    // The kill: a refused or reset connection ends the worker; its unanswered write does not count.
    if (!(error instanceof TypeError)) throw error;
  }
}

async function loadAndKill(server: Started, headers: Record<string, string>): Promise<Written> {
  const types = await (await fetch(`${server.url}/api/v1/activity-types`, { headers })).json();
  const typeId = types.items.find((t: { key: string }) => t.key === 'call').id as string;
  const written: Written = { customers: [], activities: [], chains: [] };
  const workers = Array.from({ length: WORKERS }, (_, n) => work(server.url, headers, typeId, written, n));
  const deadline = Date.now() + 20_000;
  while (written.chains.length < KILL_AFTER_CHAINS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  server.process.kill('SIGKILL');
  await Promise.all(workers);
  await server.exited;
  return written;
}

describe('acknowledged writes survive a SIGKILL of the server', () => {
  it('keeps every acknowledged customer, activity and follow-up chain after a restart', async () => {
    const env = { ...(await freshDatabaseEnv({ migrated: true })), ...ADMIN };
    const first = await startServer(env);
    await waitForHealth(first);
    const written = await loadAndKill(first, await session(first.url));
    expect(written.chains.length).toBeGreaterThanOrEqual(KILL_AFTER_CHAINS);

    const second = await startServer(env);
    await waitForHealth(second);
    const headers = await session(second.url);
    const get = async (path: string) => {
      const res = await fetch(`${second.url}/api/v1${path}`, { headers });
      expect(res.status, path).toBe(200);
      return res.json();
    };
    for (const id of written.customers) await get(`/customers/${id}`);
    const activities = new Map<string, { previousActivityId: string | null; nextActivityId: string | null; done: boolean }>();
    for (const id of written.activities) activities.set(id, await get(`/activities/${id}`));
    for (const [done, next] of written.chains) {
      expect(activities.get(done)).toMatchObject({ done: true, nextActivityId: next });
      expect(activities.get(next)?.previousActivityId).toBe(done);
    }
    // No half-written chain anywhere: every link that exists points back.
    for (const [id, activity] of activities) {
      if (!activity.nextActivityId) continue;
      const next = activities.get(activity.nextActivityId) ?? (await get(`/activities/${activity.nextActivityId}`));
      expect(next.previousActivityId).toBe(id);
    }
  }, 180_000);
});
