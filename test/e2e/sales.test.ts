import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiOf, launchBrowser, newPage, type RunningServer, signIn, startServer } from './harness';

/** Issue 18: a sales project dragged to "Won" on the pipeline board; the columns' totals follow. */
describe('the pipeline board', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let request: APIRequestContext;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser, { width: 1600, height: 900 }));
    request = context.request;
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const main = () => page.getByRole('main');
  const api = () => apiOf(request, server.url);

  it('creates a sales project with the web form from the customer page, then moves it to "Won" by dragging it, and the won total changes', async () => {
    await signIn(page, server.url, ADMIN);
    const customer = await api().post<{ id: string }>('/customers', { name: 'Pipeline Kunde A/S', status: 'prospect' });
    await page.goto(`${server.url}/customers/${customer.id}`);
    await main().getByRole('region', { name: 'Sales projects' }).getByRole('link', { name: 'New sales project' }).click();
    await expect
      .poll(() =>
        main()
          .getByRole('combobox', { name: /^Customer/ })
          .inputValue(),
      )
      .toBe('Pipeline Kunde A/S');
    await main().getByLabel(/^Name/).fill('New website');
    await main()
      .getByLabel(/^Amount/)
      .fill('4200');
    await main().getByRole('button', { name: 'Create sales project' }).click();
    await main().getByRole('heading', { name: 'New website' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sales' }).click();
    const prospecting = main().getByRole('region', { name: /Prospecting/ });
    const won = main().getByRole('region', { name: /^Won/ });
    const card = prospecting.getByRole('listitem').filter({ hasText: 'New website' });
    await card.waitFor();
    await expect.poll(() => won.locator('[data-total="sum"]').textContent()).toMatch(/0\.00/);

    await card.dragTo(won);
    await won.getByRole('listitem').filter({ hasText: 'New website' }).waitFor();
    await expect.poll(() => won.locator('[data-total="sum"]').textContent()).toMatch(/4,200\.00/);
    await expect.poll(() => prospecting.getByRole('listitem').filter({ hasText: 'New website' }).count()).toBe(0);
    const projects = await api().get<{ items: { name: string; status: string }[] }>('/sales-projects');
    expect(projects.items.find((p) => p.name === 'New website')?.status).toBe('won');
  });
});
