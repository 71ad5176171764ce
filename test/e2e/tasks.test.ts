import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiOf, launchBrowser, newPage, type RunningServer, signIn, startServer } from './harness';

/** Seed 000: an agency sells a package; its monthly task shows under the work-area tab and comes back when done. */
describe('customer tasks', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let request: APIRequestContext;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser));
    request = context.request;
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const main = () => page.getByRole('main');
  const api = () => apiOf(request, server.url);

  it('a template with a monthly rule, a product holding it, the task under its work area, and next month after completing it', async () => {
    await signIn(page, server.url, ADMIN);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Customer tasks' }).click();
    const add = main().getByRole('form', { name: 'Add to Customer tasks' });
    await add.getByLabel('Name').first().fill('SEO optimisation');
    // Checked once the work areas are in (the boxes are drawn from the list as it loads).
    const seo = add.getByRole('checkbox', { name: 'SEO' });
    await seo.waitFor();
    await page.waitForLoadState('networkidle');
    await seo.check();
    await add.getByRole('combobox', { name: /^Due/ }).selectOption('recurring');
    await add.getByLabel('Day of the month', { exact: true }).selectOption('15');
    await add.getByText('every month on the 15th day of the month').waitFor();
    await add.getByRole('button', { name: 'Add' }).click();
    await main().getByRole('list', { name: 'Customer tasks' }).getByRole('listitem', { name: 'SEO optimisation', exact: true }).waitFor();

    const templates = await api().get<{ items: { id: string; name: string; recurrence: string | null }[] }>('/task-templates');
    const template = templates.items.find((x) => x.name === 'SEO optimisation');
    expect(template?.recurrence).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
    const product = await api().post<{ id: string }>('/products', { name: 'SEO package', taskTemplateIds: [template?.id] });
    const customer = await api().post<{ id: string }>('/customers', { name: 'Søgemaskine ApS' });
    const { tasks } = await api().post<{ tasks: { id: string }[] }>(`/customers/${customer.id}/products`, { productId: product.id, startsOn: '2026-01-10' });
    expect(tasks).toHaveLength(1);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work areas' }).click();
    await main().getByRole('navigation', { name: 'Work areas' }).getByRole('link', { name: 'SEO' }).click();
    const row = main().locator(`[data-work-area-customer="${customer.id}"]`);
    await row.getByText('SEO optimisation').waitFor();
    await row.getByText(/Jan 15|15 Jan/).waitFor();
    await row.getByText('Overdue').waitFor();

    await api().post(`/activities/${tasks[0].id}/complete`, {});
    await page.reload();
    await row.getByText(/Feb 15|15 Feb/).waitFor();
    expect(await row.getByRole('cell').nth(2).textContent()).toContain('SEO optimisation');
  });
});
