import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, launchBrowser, newPage, signIn, startServer, type RunningServer, apiOf } from './harness';

const SENTENCE = 'Administrator changed the industry of Bæk & Søn from Printing to Print & media';

/** An admin changes a customer's industry and reads it back as a sentence: on the customer's History tab and in the change log. */
describe('the change log', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let request: APIRequestContext;
  let customerId = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser, { width: 1366, height: 850 }));
    request = context.request;
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const main = () => page.getByRole('main');
  const post = <T>(path: string, data: unknown) => apiOf(request, server.url).post<T>(path, data);

  it('changes the industry of a customer in the form', async () => {
    await signIn(page, server.url, ADMIN);
    const printing = await post<{ id: string }>('/industries', { name: 'Printing' });
    await post('/industries', { name: 'Print & media' });
    customerId = (await post<{ id: string }>('/customers', { name: 'Bæk & Søn', industryId: printing.id })).id;
    await page.goto(`${server.url}/customers/${customerId}`);
    await main().getByRole('heading', { name: 'Bæk & Søn', level: 1 }).waitFor();
    await main().getByRole('button', { name: 'Edit' }).click();
    await main().getByLabel('Industry').selectOption({ label: 'Print & media' });
    await main().getByRole('button', { name: 'Save' }).click();
    await main().getByRole('button', { name: 'Save' }).waitFor({ state: 'detached' });
  });

  it("reads the sentence on the customer's History tab", async () => {
    await main().getByRole('tab', { name: 'History' }).click();
    const history = main().getByRole('list', { name: 'History' });
    await history.getByText(SENTENCE).waitFor();
    await history.getByText('Administrator added the customer Bæk & Søn').waitFor();
  });

  it('reads it in the change log, filtered to customers, also on a phone', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Change log' }).click();
    await main().getByLabel('Record').selectOption({ label: 'customer' });
    await main().getByRole('list', { name: 'Change log' }).getByText(SENTENCE).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await main().getByRole('list', { name: 'Change log' }).getByText(SENTENCE).waitFor();
    // Nothing of the log reaches past the phone's edge (the app's own navigation is the shell's business).
    const past = await main().evaluate(
      (element) => [...element.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).length,
    );
    expect(past).toBe(0);
  });
});
