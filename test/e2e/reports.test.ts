import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiOf, launchBrowser, newPage, type RunningServer, signIn, startServer } from './harness';

const NAME = 'Activities per salesperson per month';

/**
 * The report generator end to end (issue 18, point 6): build "activities per salesperson per month"
 * as a bar chart, save it, and export it as CSV and XLSX (downloads read back with real readers);
 * the page fits a 390 px phone.
 */
describe('reports', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser, { width: 1366, height: 900 }));
    await signIn(page, server.url, ADMIN);
    const api = apiOf(page.request, server.url);
    const types = await api.get<{ items: { id: string; key: string }[] }>('/activity-types');
    const typeId = types.items.find((type) => type.key === 'call')?.id;
    for (const at of ['2026-03-03T09:00:00Z', '2026-03-10T09:00:00Z', '2026-04-07T09:00:00Z']) {
      await api.post('/activities', { typeId, subject: 'Call about the offer', scheduledAt: at });
    }
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('builds activities per salesperson per month as a bar chart, saves and exports it', async () => {
    await page.goto(`${server.url}/reports`);
    await page.getByRole('heading', { name: 'Reports' }).waitFor();
    await page.getByLabel('Group by').selectOption('responsible');
    await page.getByLabel('Then by').selectOption('month');
    await page.getByLabel('From', { exact: true }).fill('2026-03-01');
    await page.getByLabel('To', { exact: true }).fill('2026-04-30');
    await page.getByLabel('Bars').check();
    const table = page.getByRole('table');
    await table.getByText('March 2026').waitFor();
    await table.getByText('April 2026').waitFor();
    await expect.poll(() => page.locator('.report-chart .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await table.locator('tfoot').textContent()).toContain('3');

    await page.getByLabel('Report name').fill(NAME);
    await page.getByRole('button', { name: 'Save as new report' }).click();
    await page.getByRole('navigation', { name: 'Reports' }).getByRole('button', { name: NAME }).waitFor();

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe(`${NAME}.csv`);
    const text = await readFile(await csv.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1).trim()).data;
    expect(rows[0]).toEqual(['Responsible', 'Month', 'Count']);
    expect(rows.at(-1)).toEqual(['Total', '', '3']);

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export Excel' }).click()]);
    expect(xlsx.suggestedFilename()).toBe(`${NAME}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(await xlsx.path())) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Responsible', 'Month', 'Count']);
    expect(sheet?.getRow(sheet.rowCount).getCell(3).value).toBe(3);
  });

  it('fits a 390 px phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/reports`);
    await page.getByRole('table').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
