import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiOf, launchBrowser, newPage, type RunningServer, signIn, startServer } from './harness';

/** The workspace's defaults (admins) and each person's own settings, on a 390 px phone. */
describe('workspace and personal settings', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser, { width: 390, height: 844 }));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const main = () => page.getByRole('main');
  const fitsWidth = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it('an admin sets the week start and currency in Settings → Workspace', async () => {
    await signIn(page, server.url, ADMIN);
    await page.goto(`${server.url}/settings/workspace`);
    await main().getByRole('heading', { name: 'Workspace', level: 1 }).waitFor();
    await main().getByLabel('First day of the week').selectOption({ label: 'Sunday' });
    await main().getByLabel('Currency').selectOption('USD');
    await main().getByRole('button', { name: 'Save' }).click();
    await main().getByText('The workspace settings are saved.').waitFor();
    expect(await fitsWidth()).toBe(true);
    const workspace = await apiOf(context.request, server.url).get<{ weekStart: number; currency: string }>('/workspace');
    expect(workspace).toMatchObject({ weekStart: 7, currency: 'USD' });
  });

  it('a person follows the workspace week start until they choose, and My settings switches the language on save', async () => {
    await page.goto(`${server.url}/account/settings`);
    const weekStart = main().getByLabel('First day of the week');
    await weekStart.waitFor();
    await expect.poll(() => weekStart.locator('option').first().textContent()).toBe('Follow the workspace (Sunday)');
    expect(await fitsWidth()).toBe(true);
    await weekStart.selectOption({ label: 'Monday' });
    await main().getByLabel('Language').selectOption({ label: 'Magyar' });
    await main().getByRole('button', { name: 'Save' }).click();
    await main().getByRole('heading', { name: 'Saját beállítások', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('hu');
    expect(await main().getByLabel('A hét első napja').inputValue()).toBe('1');
    expect(await fitsWidth()).toBe(true);
  });
});
