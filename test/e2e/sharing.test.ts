import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiOf, launchBrowser, newPage, type RunningServer, signIn, startServer } from './harness';

/**
 * Sharing customers in the web app (issue 13): an admin shares a customer through its Share
 * dialog with a user for reading; that user sees it without any edit button; an admin shares
 * several customers at once from the customer list.
 */
describe('sharing customers', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let admin: Page;
  let customerId: string;
  const rita = { email: 'rita@e2e.tend.test', password: 'rita has a long password' };
  const ids: Record<string, string> = {};

  const open = async () => {
    const { context, page } = await newPage(browser, { width: 1366, height: 850 });
    contexts.push(context);
    return page;
  };
  const api = () => apiOf(admin.request, server.url);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    admin = await open();
    await signIn(admin, server.url, ADMIN);
    ids.rita = (await api().post<{ id: string }>('/users', { ...rita, name: 'Rita Læser', role: 'user' })).id;
    ids.bo = (await api().post<{ id: string }>('/users', { email: 'bo@e2e.tend.test', password: 'bo has a long password', name: 'Bo Bulk', role: 'user' })).id;
    customerId = (await api().post<{ id: string }>('/customers', { name: 'Delt Handel ApS', status: 'lead' })).id;
    await api().post('/contacts', { customerId, firstName: 'Dorte' });
    for (const name of ['Bulkkunde Et', 'Bulkkunde To', 'Bulkkunde Tre']) await api().post('/customers', { name, status: 'lead' });
    const res = await admin.request.patch(`${server.url}/api/v1/workspace`, { data: { customerVisibility: 'restricted' } });
    expect(res.status()).toBe(200);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('an admin shares a customer with a user for reading through the Share dialog', async () => {
    await admin.goto(`${server.url}/customers/${customerId}`);
    await admin.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = admin.getByRole('dialog', { name: 'Share Delt Handel ApS' });
    await dialog.getByText('Not shared with anyone yet.').waitFor();
    await dialog.getByLabel('User or group').selectOption({ label: 'Rita Læser' });
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    expect(await dialog.getByLabel('Access for Rita Læser').inputValue()).toBe('read');
    await dialog.getByRole('button', { name: 'Save shares' }).click();
    await admin.getByText('The shares of Delt Handel ApS are saved.').waitFor();
    expect(await api().get(`/customers/${customerId}/shares`)).toEqual({ items: [{ userId: ids.rita, access: 'read' }] });
    // The change log says it in words.
    await admin.getByRole('tab', { name: 'History' }).click();
    await admin.getByText('shared Delt Handel ApS with Rita Læser to read').waitFor();
  });

  it('the user sees the customer without edit, trash, share, new contact or new activity buttons', async () => {
    const page = await open();
    await signIn(page, server.url, rita);
    await page.goto(`${server.url}/customers/${customerId}`);
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Delt Handel ApS' }).waitFor();
    await main.getByText('Dorte').waitFor();
    await main.getByRole('heading', { name: 'Activities' }).waitFor();
    for (const name of ['Edit', 'Move to trash', 'Share', 'Add contact']) expect(await main.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    expect(await main.getByRole('link', { name: 'New activity' }).count()).toBe(0);
    // The admin still has them.
    await admin.goto(`${server.url}/customers/${customerId}`);
    await admin.getByRole('main').getByRole('button', { name: 'Edit', exact: true }).waitFor();
    expect(await admin.getByRole('main').getByRole('link', { name: 'New activity' }).count()).toBe(1);
  });

  it('an admin shares the customers a search finds from the list, and is told how many', async () => {
    await admin.goto(`${server.url}/customers?q=Bulkkunde`);
    const main = admin.getByRole('main');
    await main.getByRole('link', { name: 'Bulkkunde Tre' }).waitFor();
    await main.getByLabel('Select all shown').check();
    await main.getByText('3 customers selected').waitFor();
    await main.getByRole('button', { name: 'Share selected' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Share 3 customers' });
    await dialog.getByLabel('Share with').selectOption({ label: 'Bo Bulk' });
    await dialog.getByLabel('Access').selectOption('edit');
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await main.getByText('Shared 3 customers.').waitFor();
    const listed = await api().get<{ items: { id: string; name: string }[] }>('/customers?q=Bulkkunde');
    for (const c of listed.items) expect(await api().get(`/customers/${c.id}/shares`), c.name).toEqual({ items: [{ userId: ids.bo, access: 'edit' }] });
  });
});
