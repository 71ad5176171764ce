import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { freshDatabaseEnv, startServer, waitForHealth } from './server-process';

const ADMIN = { TEND_ADMIN_EMAIL: 'boss@firma.dk', TEND_ADMIN_PASSWORD: 'a long admin password' };

async function signIn(url: string) {
  return fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.TEND_ADMIN_EMAIL, password: ADMIN.TEND_ADMIN_PASSWORD }),
  });
}

// PostgreSQL serves many processes by design; only the embedded data directory is single-process.
describe.skipIf(inject('engine') !== 'embedded')('the embedded data directory lock', () => {
  it('refuses a second server and the migration command while one runs, and is taken over after a SIGKILL', async () => {
    const env: Record<string, string> = { ...(await freshDatabaseEnv({ migrated: true })), ...ADMIN };
    const lockFile = path.join(env.TEND_DATA_DIR!, 'tend.lock');
    const first = await startServer(env);
    await waitForHealth(first);

    const second = await startServer(env);
    expect(await second.exited).toBe(1);
    const pid = first.process.pid;
    expect(second.output()).toMatch(
      new RegExp(
        `Tend cannot start: the data directory \\S+ is in use by another Tend server \\(pid ${pid}, ${first.url}, since \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\)\\. Stop it first\\.`,
      ),
    );
    const migration = await startServer(env, [], 'src/server/migrate-cli.ts');
    expect(await migration.exited).toBe(1);
    expect(migration.output()).toMatch(new RegExp(`tend migrate: .* in use by another Tend server \\(pid ${pid}, `));
    // The first one is untouched and keeps serving.
    expect((await signIn(first.url)).status).toBe(200);

    first.process.kill('SIGKILL');
    await first.exited;
    expect(fs.existsSync(lockFile)).toBe(true); // left behind by the killed server: stale now
    const third = await startServer(env);
    await waitForHealth(third);
    expect((await signIn(third.url)).status).toBe(200);
    expect(JSON.parse(fs.readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: third.process.pid, url: third.url });

    third.process.kill('SIGTERM');
    expect(await third.exited).toBe(0);
    expect(fs.existsSync(lockFile)).toBe(false); // released on a clean shutdown
  }, 120_000);
});
