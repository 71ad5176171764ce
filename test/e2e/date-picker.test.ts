import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, launchBrowser, newPage, type RunningServer, signIn, startServer } from './harness';

/** The date field's calendar in the user's language and week, left to right and right to left. */
describe('the date picker', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser));
    await signIn(page, server.url, ADMIN);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  /** Switches the user's language, opens a new activity's calendar; the weekday names and the month shown. */
  const calendarIn = async (locale: string, button: string) => {
    const response = await context.request.patch(`${server.url}/api/v1/me`, { data: { locale } });
    expect(response.status()).toBe(200);
    await page.goto(`${server.url}/activities/new`);
    await page.getByRole('button', { name: button }).click();
    const grid = page.getByRole('grid');
    await grid.waitFor();
    const weekdays = await grid.locator('th').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('aria-label')));
    return { grid, weekdays, caption: await page.locator('.rdp-caption_label').textContent() };
  };

  it('in Hungarian starts on Monday with Hungarian month names, and a picked day lands in the form', async () => {
    const { grid, weekdays, caption } = await calendarIn('hu', 'Naptár megnyitása');
    expect(weekdays[0]).toBe('hétfő');
    expect(weekdays[6]).toBe('vasárnap');
    expect(caption).toMatch(/^\d{4}\. (január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)$/);
    await grid.locator('button').filter({ hasText: /^15$/ }).click();
    expect(await page.getByRole('grid').count()).toBe(0);
    // The box writes the day the Hungarian way (year first), the 15th of the month shown.
    const written = await page.locator('.date-field input').first().inputValue();
    expect(written).toMatch(/^\d{4}\. \d{2}\. 15\.$/);
  });

  it('in an Israeli workspace (week from Sunday), in Hebrew, starts on Sunday and lays the month out right to left; the arrow keys follow what they point at', async () => {
    // The week start is the workspace's (a Danish company's week starts on Monday whoever reads it); the admin sets Sunday.
    expect((await context.request.patch(`${server.url}/api/v1/workspace`, { data: { weekStart: 7 } })).status()).toBe(200);
    const { grid, weekdays } = await calendarIn('he', 'פתיחת לוח השנה');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(weekdays[0]).toBe('יום ראשון');
    const first = await grid.locator('th').first().boundingBox();
    const last = await grid.locator('th').last().boundingBox();
    expect(first && last && first.x > last.x).toBe(true); // Sunday at the right
    const focused = () => page.evaluate(() => document.activeElement?.closest('td')?.getAttribute('data-day'));
    const before = await focused();
    await page.keyboard.press('ArrowLeft'); // left is the next day in a right-to-left month
    const after = await focused();
    expect(before && after && Date.parse(after) - Date.parse(before)).toBe(86_400_000);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('grid').count()).toBe(0);
    await context.request.patch(`${server.url}/api/v1/me`, { data: { locale: 'en' } });
    await context.request.patch(`${server.url}/api/v1/workspace`, { data: { weekStart: 1 } });
  });
});
