import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiOf, launchBrowser, newPage, type RunningServer, signIn, startServer } from './harness';

/**
 * Outside partners in the web app (issue 17 point 5): an admin invites a person of the customer from
 * the customer page, a project is shared with them, and the partner opens the link, chooses a
 * password and, signed in, sees only the shared project: completes its task and comments on it,
 * and cannot reach anything else.
 */
describe('outside partners', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let admin: Page;
  const ids: Record<string, string> = {};
  const password = 'anna has a long password';

  const open = async () => {
    const { context, page } = await newPage(browser, { width: 1280, height: 850 });
    contexts.push(context);
    return page;
  };
  const api = () => apiOf(admin.request, server.url);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    admin = await open();
    await signIn(admin, server.url, ADMIN);
    ids.customer = (await api().post<{ id: string }>('/customers', { name: 'Kovács Bt.', status: 'customer' })).id;
    ids.other = (await api().post<{ id: string }>('/customers', { name: 'Szabó Kft.', status: 'customer' })).id;
    ids.kitchen = (await api().post<{ id: string }>('/projects', { customerId: ids.customer, name: 'Konyhafelújítás' })).id;
    ids.garage = (await api().post<{ id: string }>('/projects', { customerId: ids.customer, name: 'Garázs' })).id;
    const types = await api().get<{ items: { id: string; key: string }[] }>('/activity-types');
    const typeId = types.items.find((type) => type.key === 'task')?.id ?? types.items[0].id;
    const when = '2026-12-10T09:00:00+01:00';
    await api().post('/activities', { typeId, subject: 'Csempe kiválasztása', customerId: ids.customer, projectId: ids.kitchen, scheduledAt: when });
    await api().post('/activities', { typeId, subject: 'Garázskapu', customerId: ids.customer, projectId: ids.garage, scheduledAt: when });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('an admin invites a partner from the customer page and gets the link to hand over', async () => {
    await admin.goto(`${server.url}/customers/${ids.customer}`);
    const section = admin.getByRole('region', { name: 'Partners' });
    await section.getByText('No partners yet.').waitFor();
    await section.getByRole('button', { name: 'Invite a partner' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Invite a partner of Kovács Bt.' });
    await dialog.getByLabel('Name').fill('Kovács Anna');
    await dialog.getByLabel('Email').fill('anna@kovacs.test');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    const link = dialog.getByLabel('Invitation link (shown this once; it works once, for 7 days)');
    await link.waitFor();
    ids.link = await link.inputValue();
    expect(ids.link).toContain('/accept-invitation#token=');
    await dialog.getByRole('button', { name: 'Done' }).click();
    const list = section.getByRole('list', { name: 'Partners' });
    await list.getByText('Kovács Anna').first().waitFor();
    await list.getByText('(has not accepted yet)').waitFor();
    // The kitchen project is shared with her from the customer page; the garage is not.
    await section.getByText('Share projects with partners').click();
    const kitchen = section.getByRole('region', { name: 'Konyhafelújítás' });
    await kitchen.getByRole('checkbox', { name: 'Kovács Anna' }).check();
    await kitchen.getByRole('button', { name: 'Save partners' }).click();
    await kitchen.getByText('Saved.').waitFor();
    const shared = await api().get<{ items: { name: string }[] }>(`/projects/${ids.kitchen}/partners`);
    expect(shared.items.map((p) => p.name)).toEqual(['Kovács Anna']);
    expect((await api().get<{ items: unknown[] }>(`/projects/${ids.garage}/partners`)).items).toEqual([]);
  });

  it('the partner opens the link, chooses a password and sees only the shared project', async () => {
    const page = await open();
    await page.goto(ids.link);
    await page.locator('input[name="password"]').fill(password);
    await page.getByLabel('New password again').fill(password);
    await page.getByRole('button', { name: 'Create my account' }).click();
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Projects shared with you' }).waitFor();
    await main.getByRole('link', { name: 'Konyhafelújítás' }).waitFor();
    expect(await main.getByText('Garázs').count()).toBe(0);
    expect(await main.getByText('Szabó Kft.').count()).toBe(0);
    // The navigation has nothing but the partner's projects.
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['My projects']);

    await main.getByRole('link', { name: 'Konyhafelújítás' }).click();
    await main.getByRole('heading', { name: 'Csempe kiválasztása' }).waitFor();
    await main.getByLabel('Comment on Csempe kiválasztása').fill('A szürke csempét kérjük.');
    await main.getByRole('button', { name: 'Send', exact: true }).click();
    await main.getByText('A szürke csempét kérjük.').waitFor();
    await main.getByRole('button', { name: 'Mark as done Csempe kiválasztása' }).click();
    await main.getByText(/^Done /).waitFor();

    // Anything else leads back to the partner's projects; the API answers 404.
    await page.goto(`${server.url}/customers/${ids.customer}`);
    await main.getByRole('heading', { name: 'Projects shared with you' }).waitFor();
    expect((await page.request.get(`${server.url}/api/v1/customers/${ids.customer}`)).status()).toBe(404);
    expect((await page.request.get(`${server.url}/api/v1/partner/projects/${ids.garage}`)).status()).toBe(404);
  });

  it('the staff see the partner’s comment and the task done', async () => {
    const activities = await api().get<{ items: { id: string; subject: string; done: boolean }[] }>(`/activities?customerId=${ids.customer}`);
    const task = activities.items.find((a) => a.subject === 'Csempe kiválasztása');
    expect(task?.done).toBe(true);
    const comments = await api().get<{ items: { text: string; authorName: string }[] }>(`/activities/${task?.id}/comments`);
    expect(comments.items).toEqual([expect.objectContaining({ text: 'A szürke csempét kérjük.', authorName: 'Kovács Anna' })]);
  });
});
