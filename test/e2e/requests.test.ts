import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, launchBrowser, newPage, signIn, startServer, type RunningServer } from './harness';

/**
 * How many API requests one load of the to-do page makes (the figure in issue 10's note): the
 * shared lists (users, activity types and statuses) are fetched once, and nothing per row.
 */
describe('requests per page load', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('the to-do page asks the API for each thing once', async () => {
    await signIn(page, server.url, ADMIN);
    const post = async (path: string, data: unknown) => (await page.request.post(`${server.url}/api/v1${path}`, { data })).json() as Promise<{ id: string }>;
    const types = (await (await page.request.get(`${server.url}/api/v1/activity-types`)).json()) as { items: { id: string }[] };
    for (let i = 1; i <= 3; i++) {
      const customer = await post('/customers', { name: `Kunde ${i}`, countryCode: 'DK' });
      await post('/activities', {
        typeId: types.items[0].id,
        subject: `Opfølgning ${i}`,
        customerId: customer.id,
        scheduledAt: new Date(Date.now() + i * 3_600_000).toISOString(),
      });
    }
    // Leave the page that signing in opened first: on a slow machine its own requests are still
    // going out when the listener starts, and they would count as this load's.
    await page.goto('about:blank');
    const requests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) requests.push(`${request.method()} ${url.pathname}`);
    });
    await page.goto(`${server.url}/todo`);
    await page.getByRole('table', { name: 'To-do' }).waitFor();
    await page.waitForLoadState('networkidle');
    console.log(`to-do page load: ${requests.length} API requests\n  ${requests.join('\n  ')}`);
    const repeated = requests.filter((request, index) => requests.indexOf(request) !== index);
    expect(repeated, 'the same request twice on one page load').toEqual([]);
  });
});
