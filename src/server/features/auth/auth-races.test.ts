import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PASSWORD, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';
import { kdfQueue } from '../../auth/passwords';
import { readConfig } from '../../config';
import { loginThrottle } from '../../db/schema';

/**
 * Sign-in under real parallel load, on both engines (on PostgreSQL the requests really run at
 * once on several connections; PGlite has one connection, so there they interleave at each query).
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (app: TestApp, payload: object, remoteAddress: string, headers: Record<string, string> = {}) =>
  app.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, remoteAddress, headers });

const tally = (codes: number[]) => {
  const counts: Record<number, number> = {};
  for (const c of codes) counts[c] = (counts[c] ?? 0) + 1;
  return counts;
};

describe(`parallel sign-in attempts (${inject('engine')})`, () => {
  // Checked: the 5 free attempts and the 6th at once, then one more each time a wait has passed
  // while the burst runs (after 1 s, 1 + 2 s, 1 + 2 + 4 s …). On a quiet machine that is 6 to 8.
  const maxChecked = (elapsedMs: number) => 6 + Math.floor(Math.log2(elapsedMs / 1000 + 1));

  it('150 parallel guesses for one email, the right password last: at most the free attempts and one per elapsed wait are checked, and it does not sign in', async () => {
    const admin = await newWorkspace(t);
    // Each guess from its own address, like a botnet: only the per-account count can stop them.
    const passwords = Array.from({ length: 150 }, (_, i) => (i === 149 ? PASSWORD : `guess ${i}`));
    const started = performance.now();
    const answers = await Promise.all(passwords.map((password, i) => login(t, { email: admin.user.email, password }, `203.0.113.${i + 1}`)));
    const elapsed = performance.now() - started;
    const counts = tally(answers.map((r) => r.statusCode));
    console.log(`150 parallel guesses (${inject('engine')}): ${JSON.stringify(counts)} (401 = password checked, 200 = signed in) in ${Math.round(elapsed)} ms`);
    const checked = (counts[401] ?? 0) + (counts[200] ?? 0);
    expect(checked + (counts[429] ?? 0)).toBe(150);
    expect(checked).toBeLessThanOrEqual(maxChecked(elapsed));
    // The right password, sent last, is refused: it could only be let through if a wait passed
    // while the burst ran (a very slow machine), and then only as one of the few checked.
    if (elapsed < 1000 || answers[149].statusCode !== 200) expect(answers[149].statusCode).toBe(429);
    // A short wait, not a lock-out.
    const waits = answers.filter((r) => r.statusCode === 429).map((r) => Number(r.headers['retry-after']));
    expect(Math.max(...waits)).toBeLessThanOrEqual(2 ** (checked - 5));
  });
});

describe('a flood of sign-ins does not starve other requests', () => {
  it('60 parallel unknown-email sign-ins at KDF cost 15: GET / and GET /api/health answer within a second', async () => {
    const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-web-'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Tend</title>');
    const costly = await createTestApp({ kdfCost: 15, webDir });
    try {
      await costly.app.inject({ method: 'GET', url: '/' }); // first-request costs are not what this measures
      let done = false;
      const flood = Promise.all(
        Array.from({ length: 60 }, (_, i) => login(costly, { email: `nobody${i}@flood.test`, password: 'wrong password' }, `192.0.2.${i + 1}`)),
      ).finally(() => (done = true));
      const timed = async (url: string) => {
        const started = performance.now();
        const res = await costly.app.inject({ method: 'GET', url });
        expect(res.statusCode).toBe(200);
        return performance.now() - started;
      };
      // The slowest of the cheap requests made while the flood's passwords are checked (before
      // that, PGlite's queries for 60 sign-ins run on this thread, which no KDF limit changes).
      while (kdfQueue.load.running === 0 && !done) await new Promise((resolve) => setTimeout(resolve, 5));
      const slowest = { page: 0, health: 0 };
      while (!done) {
        slowest.page = Math.max(slowest.page, await timed('/'));
        slowest.health = Math.max(slowest.health, await timed('/api/health'));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const codes = tally((await flood).map((r) => r.statusCode));
      console.log(
        `flood of 60 sign-ins (${inject('engine')}): slowest GET / ${Math.round(slowest.page)} ms, GET /api/health ${Math.round(slowest.health)} ms; answers ${JSON.stringify(codes)}`,
      );
      expect(slowest.page).toBeLessThan(1000);
      expect(slowest.health).toBeLessThan(1000);
      expect(Object.keys(codes).every((c) => c === '401' || c === '429')).toBe(true);
    } finally {
      await costly.close();
      fs.rmSync(webDir, { recursive: true, force: true });
    }
  });
});

describe('trusted proxies', () => {
  const addressKeys = async (app: TestApp) =>
    (await app.database.db.select({ key: loginThrottle.key }).from(loginThrottle).where(like(loginThrottle.key, 'address:%'))).map((r) => r.key).sort();

  it('without TEND_TRUST_PROXY, X-Forwarded-For changes nothing', async () => {
    const fresh = await createTestApp();
    try {
      await login(fresh, { email: 'x@y.test', password: 'wrong' }, '192.0.2.50', { 'x-forwarded-for': '198.51.100.1' });
      expect(await addressKeys(fresh)).toEqual(['address:192.0.2.50']);
    } finally {
      await fresh.close();
    }
  });

  it('with TEND_TRUST_PROXY=1, only the address the one proxy added counts, not what the client wrote before it', async () => {
    const fresh = await createTestApp({ trustProxy: readConfig({ TEND_TRUST_PROXY: '1' }, []).trustProxy });
    try {
      for (const spoofed of ['10.1.1.1', '10.2.2.2', '10.3.3.3']) {
        await login(fresh, { email: 'x@y.test', password: 'wrong' }, '127.0.0.1', { 'x-forwarded-for': `${spoofed}, 198.51.100.7` });
      }
      expect(await addressKeys(fresh)).toEqual(['address:198.51.100.7']);
    } finally {
      await fresh.close();
    }
  });

  it('with proxy addresses listed, the first untrusted address counts, and a request not from a listed proxy keeps its own', async () => {
    const fresh = await createTestApp({ trustProxy: readConfig({ TEND_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }, []).trustProxy });
    try {
      await login(fresh, { email: 'x@y.test', password: 'wrong' }, '127.0.0.1', { 'x-forwarded-for': '198.51.100.1, 198.51.100.8, 10.0.0.5' });
      await login(fresh, { email: 'x@y.test', password: 'wrong' }, '192.0.2.77', { 'x-forwarded-for': '198.51.100.1' });
      expect(await addressKeys(fresh)).toEqual(['address:192.0.2.77', 'address:198.51.100.8']);
    } finally {
      await fresh.close();
    }
  });
});
