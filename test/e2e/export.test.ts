import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiOf, DEMO_ADMIN, launchBrowser, newPage, signIn, startServer, type RunningServer } from './harness';

/**
 * Export (issue 19): the customer list filtered by a search, Export → CSV downloads exactly the
 * customers the filter finds (every one, not only the page shown), names with æøå, quotes and commas intact.
 */
describe('exporting the customer list', () => {
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

  it('downloads the filtered customers as CSV', async () => {
    const { context, page } = await newPage(browser, { width: 1366, height: 850 });
    contexts.push(context);
    await signIn(page, server.url, DEMO_ADMIN);
    const api = apiOf(page.request, server.url);
    const names = ['Eksportfirma Ærø ApS', 'Eksportfirma "Citat", Komma A/S', 'Øster Eksportfirma I/S'];
    for (const name of names) await api.post('/customers', { name, city: 'Odense' });
    await api.post('/customers', { name: 'Importfirma Åbenrå ApS', city: 'Odense' });

    await page.goto(`${server.url}/customers`);
    await page.getByLabel('Search').fill('eksportfirma');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('eksportfirma');
    const main = page.getByRole('main');
    await expect.poll(async () => main.locator('tbody tr').count()).toBe(3);

    await main.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('link', { name: 'CSV (comma-separated)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]?.[0]).toBe('Name');
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual([...names].sort());
  });
});
