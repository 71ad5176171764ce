import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiOf, launchBrowser, newPage, ROOT, type RunningServer, signIn, startServer } from './harness';

interface Created {
  id: string;
}

/**
 * The calendar end to end (issue 14): the week of two users, a meeting made by picking a slot in
 * the second user's column, dragged to the next day (one PATCH), then found in that user's day
 * view; screenshots of the day of three users and of the calendar in Hebrew.
 */
describe('the calendar', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let admin: Page;
  const ids: Record<string, string> = {};

  const shoot = async (name: string) => {
    const file = path.join(ROOT, 'docs', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await admin.screenshot({ path: file });
  };
  /** The middle of a user's column on a day (0 = the week's first) at an hour, in the week view. */
  const slot = async (userIndex: number, day: number, time: string) => {
    const column = await admin
      .locator('.ec-body .ec-grid .ec-day')
      .nth(userIndex * 7 + day)
      .boundingBox();
    const row = await admin.locator('.ec-body .ec-sidebar .ec-slot', { hasText: time }).first().boundingBox();
    if (!column || !row) throw new Error('calendar grid not found');
    return { x: column.x + column.width / 2, y: row.y + 4, width: column.width };
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    const { context, page } = await newPage(browser, { width: 1366, height: 850 });
    contexts.push(context);
    admin = page;
    await signIn(admin, server.url, ADMIN);
    const api = apiOf(admin.request, server.url);
    for (const [name, email] of [
      ['Ole Dahl', 'ole@e2e.tend.test'],
      ['Anna Berg', 'anna@e2e.tend.test'],
    ])
      ids[name] = (await api.post<Created>('/users', { name, email, password: 'a long e2e password', role: 'user' })).id;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('makes a meeting in the second user’s column and drags it to the next day', async () => {
    await admin.goto(`${server.url}/calendar`);
    await admin.getByRole('tab', { name: 'Week' }).click();
    await admin.getByRole('checkbox', { name: 'Ole Dahl' }).check();
    await admin.locator('.ec-col-group', { hasText: 'Ole Dahl' }).waitFor();
    // Monday of the shown week (it starts on Monday in Denmark), 10:00 to 11:00 in Ole's column.
    const start = await slot(1, 0, '10:00');
    await admin.mouse.move(start.x, start.y);
    await admin.mouse.down();
    await admin.mouse.move(start.x, start.y + 30, { steps: 5 });
    await admin.mouse.move(start.x, start.y + 60, { steps: 5 });
    await admin.mouse.up();
    const dialog = admin.getByRole('dialog', { name: 'New activity' });
    await dialog.getByLabel('Subject').fill('Planning meeting');
    await dialog.getByRole('button', { name: 'Create activity' }).click();
    await dialog.waitFor({ state: 'detached' });
    const event = admin.locator('.ec-event', { hasText: 'Planning meeting' });
    await event.waitFor();
    const [created] = (
      await apiOf(admin.request, server.url).get<{ items: { id: string; responsibleId: string; scheduledAt: string }[] }>('/activities?q=Planning')
    ).items;
    expect(created.responsibleId).toBe(ids['Ole Dahl']);
    // Around 10:00 in Copenhagen (UTC+1 in winter), where the slot was picked.
    expect([8, 9]).toContain(new Date(created.scheduledAt).getUTCHours());

    const box = await event.boundingBox();
    if (!box) throw new Error('no event');
    const patched = admin.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes(created.id));
    await admin.mouse.move(box.x + box.width / 2, box.y + 8);
    await admin.mouse.down();
    await admin.mouse.move(box.x + box.width / 2 + start.width / 2, box.y + 8, { steps: 5 });
    await admin.mouse.move(box.x + box.width / 2 + start.width, box.y + 8, { steps: 5 });
    await admin.mouse.up();
    expect((await patched).status()).toBe(200);
    const moved = await apiOf(admin.request, server.url).get<{ scheduledAt: string; responsibleId: string }>(`/activities/${created.id}`);
    expect(Date.parse(moved.scheduledAt) - Date.parse(created.scheduledAt)).toBe(24 * 3_600_000);
    expect(moved.responsibleId).toBe(ids['Ole Dahl']);

    // Ole's day view of that Tuesday.
    await admin.getByRole('checkbox', { name: 'Administrator' }).uncheck();
    await admin.getByRole('tab', { name: 'Day' }).click();
    // The day view opens on today (in Copenhagen); the meeting is on Tuesday of this week.
    const todayThere = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
    const days = Math.round((Date.parse(moved.scheduledAt.slice(0, 10)) - Date.parse(todayThere)) / 86_400_000);
    for (let i = 0; i < Math.abs(days); i += 1) await admin.locator(days > 0 ? 'button.ec-next' : 'button.ec-prev').click();
    await admin.locator('.ec-event', { hasText: 'Planning meeting' }).waitFor();
  });

  it('shows three users side by side in a day, and reads right to left in Hebrew', async () => {
    const api = apiOf(admin.request, server.url);
    const types = await api.get<{ items: { id: string; key: string }[] }>('/activity-types');
    const typeOf = (key: string) => types.items.find((type) => type.key === key)?.id ?? types.items[0].id;
    const me = await api.get<{ id: string }>('/me');
    const today = new Date().toISOString().slice(0, 10);
    const plan: [string, string, string, string, number][] = [
      [me.id, 'meeting', 'Board meeting', '08:00', 90],
      [me.id, 'call', 'Call Dahl & Co', '11:00', 30],
      [ids['Ole Dahl'], 'visit', 'Visit Bergen Fisk', '09:00', 120],
      [ids['Ole Dahl'], 'call', 'Follow-up call', '13:00', 30],
      [ids['Anna Berg'], 'meeting', 'Team lunch', '11:30', 60],
      [ids['Anna Berg'], 'email', 'Send offer', '14:00', 30],
    ];
    for (const [responsibleId, type, subject, time, minutes] of plan) {
      const at = new Date(`${today}T${time}:00+01:00`);
      await api.post('/activities', {
        typeId: typeOf(type),
        subject,
        responsibleId,
        scheduledAt: at.toISOString(),
        endsAt: new Date(at.getTime() + minutes * 60_000).toISOString(),
      });
    }
    await admin.goto(`${server.url}/calendar`);
    for (const name of ['Administrator', 'Ole Dahl', 'Anna Berg']) await admin.getByRole('checkbox', { name }).check();
    await admin.getByRole('tab', { name: 'Day' }).click();
    await admin.locator('.ec-event', { hasText: 'Team lunch' }).waitFor();
    await shoot('calendar-day-three-users.png');

    await admin.request.patch(`${server.url}/api/v1/me`, { data: { locale: 'he' } });
    await admin.goto(`${server.url}/calendar`);
    await admin.getByRole('tab', { name: 'שבוע' }).click();
    await admin.locator('.ec-event', { hasText: 'Team lunch' }).waitFor();
    expect(await admin.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // Right to left: the first user's column is to the right of the second's.
    const first = await admin.locator('.ec-col-group').nth(0).boundingBox();
    const second = await admin.locator('.ec-col-group').nth(1).boundingBox();
    expect(first && second && first.x > second.x).toBe(true);
    await shoot('calendar-hebrew.png');
    await admin.request.patch(`${server.url}/api/v1/me`, { data: { locale: 'en' } });
  });

  it('fits a phone (390 px) in the day view', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    contexts.push(context);
    await signIn(page, server.url, ADMIN);
    await page.goto(`${server.url}/calendar`);
    await page.getByRole('tab', { name: 'Day' }).click();
    await page.locator('.ec-event', { hasText: 'Board meeting' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
