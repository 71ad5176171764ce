import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiOf, launchBrowser, newPage, type RunningServer, signIn, startServer } from './harness';

/**
 * Restricted customer visibility end to end (issue 13): an admin switches the workspace to
 * restricted, a customer is shared with a group, a member of the group sees it and its "who can
 * see this" panel names the group; another user does not find it.
 */
describe('restricted visibility', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let admin: Page;
  let customerId: string;
  const gina = { email: 'gina@e2e.tend.test', password: 'gina has a long password' };
  const ulf = { email: 'ulf@e2e.tend.test', password: 'ulf has a long password' };

  const open = async () => {
    const { context, page } = await newPage(browser, { width: 1366, height: 850 });
    contexts.push(context);
    return page;
  };
  const send = async (request: APIRequestContext, method: 'put' | 'patch', path: string, data: unknown) => {
    const response = await request[method](`${server.url}/api/v1${path}`, { data });
    expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    admin = await open();
    await signIn(admin, server.url, ADMIN);
    const api = apiOf(admin.request, server.url);
    const users = await Promise.all(
      [
        { ...gina, name: 'Gina Sælger' },
        { ...ulf, name: 'Ulf Udenfor' },
      ].map((u) => api.post<{ id: string }>('/users', { ...u, role: 'user' })),
    );
    const group = await api.post<{ id: string }>('/groups', { name: 'Sales Aarhus' });
    await api.post(`/groups/${group.id}/members`, { userId: users[0].id, roleName: 'Seller' });
    customerId = (await api.post<{ id: string }>('/customers', { name: 'Hemmelig Handel ApS', status: 'lead' })).id;
    await api.post('/customers', { name: 'Ulfs Egen ApS', status: 'lead', responsibleId: users[1].id });
    await send(admin.request, 'put', `/customers/${customerId}/shares`, { items: [{ groupId: group.id, access: 'read' }] });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('an admin restricts who sees customers in Settings → Workspace', async () => {
    await admin.goto(`${server.url}/settings/workspace`);
    const main = admin.getByRole('main');
    await main.getByLabel('Who sees customers').selectOption('restricted');
    await main.getByRole('button', { name: 'Save' }).click();
    await main.getByText('The workspace settings are saved.').waitFor();
    expect(await apiOf(admin.request, server.url).get('/workspace')).toMatchObject({ customerVisibility: 'restricted' });
  });

  it('a member of the group sees the customer, and the panel names the group', async () => {
    const page = await open();
    await signIn(page, server.url, gina);
    await page.goto(`${server.url}/customers`);
    await page.getByRole('main').getByRole('link', { name: 'Hemmelig Handel ApS' }).click();
    const panel = page.getByRole('region', { name: 'Who can see this customer' });
    await panel.getByText('through the group Sales Aarhus (read)').waitFor();
    expect(await panel.textContent()).toContain('Gina Sælger');
    expect(await panel.textContent()).not.toContain('Ulf Udenfor');
  });

  it('another user does not find it', async () => {
    const page = await open();
    await signIn(page, server.url, ulf);
    await page.goto(`${server.url}/customers`);
    // The list has loaded when Ulf's own customer shows.
    await page.getByRole('main').getByRole('link', { name: 'Ulfs Egen ApS' }).waitFor();
    expect(await page.getByRole('main').getByText('Hemmelig Handel ApS').count()).toBe(0);
    const response = await page.request.get(`${server.url}/api/v1/customers/${customerId}`);
    expect(response.status()).toBe(404);
  });
});
