import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiOf, launchBrowser, newPage, type RunningServer, signIn, startServer } from './harness';

/**
 * Comments and status keywords end to end (issue 15, point 6): an admin adds a status keyword in
 * Settings, a comment with that keyword and a new customer status is written on an activity, and
 * the keyword page finds the customer with today's date.
 */
describe('comments with status keywords', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let activityId: string;
  let customerId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser, { width: 1366, height: 850 }));
    await signIn(page, server.url, ADMIN);
    const api = apiOf(page.request, server.url);
    const types = await api.get<{ items: { id: string; key: string }[] }>('/activity-types');
    customerId = (await api.post<{ id: string }>('/customers', { name: 'Kvist & Blad ApS', status: 'lead' })).id;
    const typeId = types.items.find((type) => type.key === 'call')?.id;
    activityId = (await api.post<{ id: string }>('/activities', { typeId, subject: 'Call about the offer', customerId, scheduledAt: new Date().toISOString() }))
      .id;
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('an admin adds a status keyword in Settings', async () => {
    await page.goto(`${server.url}/settings/status-keywords`);
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Status keywords' }).waitFor();
    await main.getByLabel('Name').first().fill('Offer sent');
    await main.getByRole('button', { name: /^Add/ }).first().click();
    // Once: the list may have been loading when the keyword was added, and the load may hold it too.
    const rows = main.getByRole('list', { name: 'Status keywords' }).getByRole('listitem', { name: 'Offer sent', exact: true });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
  });

  it('a comment with the keyword and a new status shows in the thread and moves the customer', async () => {
    await page.goto(`${server.url}/activities/${activityId}`);
    const form = page.getByRole('form', { name: 'Write a comment' });
    await form.getByLabel('Comment').fill('Sent them the offer for the spring campaign');
    await form.getByRole('checkbox', { name: 'Offer sent' }).check();
    await form.getByLabel("Customer's new status").selectOption('prospect');
    await form.getByRole('button', { name: 'Add comment' }).click();
    const thread = page.getByRole('region', { name: 'Comments' });
    await thread.getByText('Sent them the offer for the spring campaign').waitFor();
    await thread.locator('.comment__tags').getByText('Offer sent').waitFor();
    expect(await apiOf(page.request, server.url).get(`/customers/${customerId}`)).toMatchObject({ status: 'prospect' });
  });

  it('the keyword page finds the customer in this month', async () => {
    await page.goto(`${server.url}/keywords`);
    const main = page.getByRole('main');
    await main.getByLabel('Keyword').selectOption({ label: 'Offer sent' });
    const link = main.getByRole('link', { name: 'Kvist & Blad ApS' });
    await link.waitFor();
    await main.getByText('1 customer').waitFor();
    await link.click();
    await page.waitForURL(`**/customers/${customerId}`);
  });
});
