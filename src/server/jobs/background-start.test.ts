import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../../test/test-db';
import { buildApp } from '../app';
import type { DatabaseHandle } from '../db/client';

/** The server's order (serve.ts): it answers while the job queue starts in the background. */
let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

const backgroundApp = (failed: () => void) =>
  buildApp({ database, kdfCost: 10, logger: false, jobs: { pollingIntervalSeconds: 0.5 }, jobsInBackground: { failed }, reminderIntervalSeconds: 0.05 });

it('runs the reminders once the queue has started in the background', async () => {
  const failed = vi.fn();
  const app = await backgroundApp(failed);
  await app.ready();
  const enqueue = vi.spyOn(app.jobs, 'enqueue');
  await vi.waitFor(() => expect(enqueue).toHaveBeenCalledWith('reminders.deliver', {}, { singletonKey: 'reminders' }), { timeout: 10_000 });
  expect(app.jobs.running).toBe(true);
  await app.close();
  expect(failed).not.toHaveBeenCalled();
});

it('starts no reminders when closed while the queue was starting', async () => {
  const failed = vi.fn();
  const app = await backgroundApp(failed);
  await app.ready();
  const enqueue = vi.spyOn(app.jobs, 'enqueue');
  await app.close();
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(enqueue).not.toHaveBeenCalled();
  expect(app.jobs.running).toBe(false);
  expect(failed).not.toHaveBeenCalled();
});
