import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN, launchBrowser, newPage, signIn, startServer, type RunningServer } from './harness';

/**
 * Finding customers in the demo workspace, on a laptop and on a phone: "dahl" lists Dahl & Co
 * first although Bråthen & Co comes first by name (it matches through its contact Lise Dahl), and
 * says why Bråthen & Co matched; a second "Dahl & Co" is caught before it is created.
 */
describe('finding customers', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function openAt(width: number, height: number): Promise<Page> {
    const { context, page } = await newPage(browser, { width, height });
    contexts.push(context);
    await signIn(page, server.url, DEMO_ADMIN);
    return page;
  }

  it('finds Dahl & Co first for "dahl" at 1366×850, and says Bråthen & Co matched through a contact', async () => {
    const page = await openAt(1366, 850);
    const post = async (path: string, data: object) => (await (await page.request.post(`${server.url}/api/v1${path}`, { data })).json()) as { id: string };
    const brathen = await post('/customers', { name: 'Bråthen & Co', city: 'Oslo' });
    await post('/contacts', { customerId: brathen.id, firstName: 'Lise', lastName: 'Dahl' });
    await post('/customers', { name: 'Dahl & Co', city: 'Bergen' });

    await page.goto(`${server.url}/customers`);
    await page.getByLabel('Search').fill('dahl');
    const main = page.getByRole('main');
    await expect.poll(async () => (await main.getByRole('row').nth(1).textContent()) ?? '').toContain('Dahl & Co');
    const names = await main.locator('tbody tr .table__primary').allTextContents();
    expect(names.indexOf('Dahl & Co')).toBe(0);
    expect(names.indexOf('Bråthen & Co')).toBeGreaterThan(0);
    const brathenRow = main.getByRole('row').filter({ has: page.getByRole('link', { name: 'Bråthen & Co', exact: true }) });
    await expect(brathenRow.textContent()).resolves.toContain('Matched by the contact Lise Dahl');
    expect(new URL(page.url()).searchParams.get('q')).toBe('dahl');
    // No sideways scrolling on a laptop.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  it('warns before a second Dahl & Co is created on a phone, with a link to the first, and creates it anyway', async () => {
    const page = await openAt(390, 844);
    await page.goto(`${server.url}/customers/new`);
    await page.getByLabel('Name').fill('Dahl og Co ApS');
    await page.getByRole('button', { name: 'Create customer' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'Is it one of these?' });
    await warning.waitFor();
    await expect(warning.getByRole('link', { name: 'Dahl & Co', exact: true }).getAttribute('href')).resolves.toMatch(/^\/customers\//);
    // The warning and its buttons fit the phone's width (the app's navigation bar is the shell's own matter).
    const box = await warning.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    expect(await page.getByRole('button', { name: 'Create anyway' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Create anyway' }).click();
    await page.getByRole('heading', { name: 'Dahl og Co ApS', level: 1 }).waitFor();
  });
});
