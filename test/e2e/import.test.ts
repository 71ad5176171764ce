import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, launchBrowser, newPage, type RunningServer, signIn, startServer } from './harness';

/**
 * Import end to end (issue 19, point 6): a CSV of 200 customers with Danish headers, two of them bad,
 * imported from the customer list; the failed rows downloaded, fixed and imported again; every
 * customer then in the list.
 */

function customersCsv(): string {
  const lines = ['Firmanavn;E-mail;Telefon;Postnr.;By'];
  for (let i = 1; i <= 200; i++) {
    const n = String(i).padStart(3, '0');
    if (i === 50) lines.push(`;mangler@navn.dk;;8000;Århus`);
    else if (i === 120) lines.push(`Søndergaard Smed ${n};ikke-en-adresse;;9000;Aalborg`);
    else lines.push(`Bæk & Søn ${n} ApS;kunde${n}@baek.dk;+45 20 00 0${n};2100;København Ø`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function importFile(page: Page, name: string, content: string) {
  await page.getByLabel('File (CSV or XLSX)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  await page.getByRole('button', { name: 'Upload and preview' }).click();
  await expect.poll(() => page.getByLabel('Field for the column Firmanavn').inputValue()).toBe('name');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText('Import finished').waitFor({ timeout: 60_000 });
}

describe('import of customers', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser, { width: 1366, height: 850 }));
    await signIn(page, server.url, ADMIN);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('imports 200 customers with Danish headers, lists the two bad rows, and takes them once fixed', async () => {
    await page.goto(`${server.url}/customers`);
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Import' }).waitFor();
    await importFile(page, 'kunder.csv', customersCsv());
    await page.getByText('198 created').waitFor();
    await page.getByText('2 rows failed').waitFor();
    await page.getByRole('cell', { name: '51' }).waitFor();
    await page.getByRole('cell', { name: '121' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download failed rows (CSV)' }).click()]);
    const failed = (await readFile((await download.path()) as string, 'utf8')).replace(/^\uFEFF/, '');
    const lines = failed.trim().split(/\r\n/);
    expect(lines).toHaveLength(3);
    const fixed = failed.replace(/^,mangler@navn\.dk/m, 'Navnløs Handel ApS,mangler@navn.dk').replace('ikke-en-adresse', 'smed@sondergaard.dk');

    await page.getByRole('button', { name: 'Import another file' }).click();
    await importFile(page, 'kunder-rettet.csv', fixed);
    await page.getByText('2 created').waitFor();
    await page.getByText('0 rows failed').waitFor();

    await page.getByRole('link', { name: 'Go to customers' }).click();
    await page.getByRole('searchbox').first().fill('Navnløs');
    await page.getByRole('link', { name: 'Navnløs Handel ApS' }).waitFor();
    await page.getByRole('searchbox').first().fill('Søndergaard Smed');
    await page.getByRole('link', { name: 'Søndergaard Smed 120' }).waitFor();
  });
});
