import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN, ROOT, launchBrowser, newPage, signIn, startServer, type RunningServer } from './harness';
import { stringsOf } from './strings';

const HEBREW = /[\u0590-\u05FF]/;

/** Writes a screenshot of the page as it is into docs/, for the README. */
async function shoot(page: Page, name: string) {
  const file = path.join(ROOT, 'docs', name);
  await page.mouse.move(1, 840); // no row under the pointer's hover highlight
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // no focus ring in the picture
  await page.screenshot({ path: file });
  expect(fs.statSync(file).size).toBeGreaterThan(10_000);
}

/** The names Intl gives in a language: the months (lower case in Hungarian) and Monday. */
function intlNames(language: string) {
  const month = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, i) => month.format(new Date(Date.UTC(2026, i, 15))));
  const monday = new Date(Date.UTC(2026, 10, 30)); // 30 November 2026 is a Monday
  const weekday = (style: 'long' | 'short' | 'narrow') => new Intl.DateTimeFormat(language, { weekday: style, timeZone: 'UTC' }).format(monday);
  return { months, monday: [weekday('long'), weekday('short'), weekday('narrow')] };
}

/**
 * The app in Hebrew, right to left (docs/todo-hebrew.png and docs/customer-hebrew.png), an activity
 * with a Hebrew subject found by part of a word, and the date picker in Hungarian: the week starts
 * on Monday and the months have their Hungarian names.
 */
describe('the app in Hebrew and Hungarian', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const he = stringsOf('he');
  const hu = stringsOf('hu');

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser, { width: 1366, height: 850 }));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const main = () => page.getByRole('main');
  const nav = () => page.locator('nav.shell__nav');
  const api = async <T>(method: 'get' | 'patch', path: string, data?: unknown): Promise<T> => {
    const response = await page.request[method](`${server.url}/api/v1${path}`, data === undefined ? undefined : { data });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  /** The language setting in the user menu (the app's own), as a user changes it. */
  const chooseLanguage = async (code: string, label: string) => {
    await page.locator('.user-menu__button').click();
    await page.locator('.user-menu__panel').getByLabel(label).selectOption(code);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, code);
    await page.keyboard.press('Escape');
  };
  /** The navigation on the right: its first entry right of the middle of the main content, the brand right of it. */
  const expectRightToLeft = async () => {
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const first = await nav().getByRole('link').first().boundingBox();
    const content = await main().boundingBox();
    const brand = await page.locator('.shell__brand').boundingBox();
    if (!first || !content || !brand) throw new Error('the navigation or the main content is not shown');
    expect(first.x).toBeGreaterThan(content.x + content.width / 2);
    expect(brand.x).toBeGreaterThan(first.x);
  };
  const expectHebrewNavigation = async () => expect(await nav().textContent()).toMatch(HEBREW);

  it('switches to Hebrew in the user menu and shows the to-do list right to left (docs/todo-hebrew.png)', async () => {
    await signIn(page, server.url, DEMO_ADMIN);
    await chooseLanguage('he', stringsOf('en')('fields.language'));
    expect((await api<{ locale: string }>('get', '/me')).locale).toBe('he');
    await main()
      .getByRole('heading', { name: he('todo.title'), level: 1 })
      .waitFor();
    await main().locator('[data-todo-row]').nth(3).waitFor();
    await main().locator('[data-todo-row] .badge').first().waitFor();
    // The standard activity types read in Hebrew too, without a reload (the list is asked for again).
    const types = await api<{ items: { name: string; nameIsDefault: boolean }[] }>('get', '/activity-types');
    expect(types.items.filter((type) => type.nameIsDefault).every((type) => HEBREW.test(type.name))).toBe(true);
    await expect.poll(() => main().locator('[data-todo-row] .badge').first().textContent()).toMatch(HEBREW);
    await expectRightToLeft();
    await page.waitForLoadState('networkidle');
    await shoot(page, 'todo-hebrew.png');
    await expectHebrewNavigation();
  });

  it('shows a customer with a Hebrew name right to left (docs/customer-hebrew.png)', async () => {
    const { items } = await api<{ items: { id: string; name: string }[] }>('get', '/customers?limit=100');
    const israeli = items.find((customer) => HEBREW.test(customer.name));
    expect(israeli, 'a demo customer with a Hebrew name').toBeDefined();
    await nav()
      .getByRole('link', { name: he('nav.customers') })
      .click();
    await main().locator('h1').waitFor();
    await page.goto(`${server.url}/customers/${israeli?.id}`);
    await main().getByRole('heading', { name: israeli?.name, level: 1 }).waitFor();
    await main().getByRole('tabpanel').locator('li').first().waitFor();
    await expectRightToLeft();
    await page.waitForLoadState('networkidle');
    await shoot(page, 'customer-hebrew.png');
    await expectHebrewNavigation();
  });

  it('creates an activity with a Hebrew subject in the form and finds it by part of a word', async () => {
    const subject = 'להתקשר לדניאל בנוגע להצעת המחיר';
    await page.goto(`${server.url}/activities/new`);
    const form = main().getByRole('form', { name: he('activity.new') });
    await form.getByLabel(he('activity.subject')).fill(subject);
    await form.getByRole('button', { name: he('activity.create') }).click();
    await main().getByRole('heading', { name: subject, level: 1 }).waitFor();

    await nav()
      .getByRole('link', { name: he('search.nav') })
      .click();
    await main().getByLabel(he('search.words')).fill('בנוג'); // part of "בנוגע"
    const results = main().getByRole('table', { name: he('search.results') });
    await results.getByRole('link', { name: subject }).waitFor();
  });

  it('switches to Hungarian, and the date picker starts on Monday with Hungarian month names', async () => {
    await chooseLanguage('hu', he('fields.language'));
    await api('patch', '/me', { weekStart: 1 }); // Monday, the user's own choice
    expect((await api<{ weekStart?: number }>('get', '/me')).weekStart).toBe(1);
    await page.goto(`${server.url}/activities/new`);
    const form = main().getByRole('form', { name: hu('activity.new') });
    await form.waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');

    await form.locator('.date-field button').first().click();
    const grid = page.getByRole('grid').first();
    await grid.waitFor();
    const { months, monday } = intlNames('hu');
    const firstDay = grid.locator('thead th, [role="columnheader"]').first();
    const names = [await firstDay.getAttribute('aria-label'), await firstDay.getAttribute('title'), (await firstDay.textContent())?.trim()];
    expect(
      names.some((name) => name && monday.includes(name)),
      `first weekday ${JSON.stringify(names)}, Monday is ${monday}`,
    ).toBe(true);
    const calendar = (await page.locator('.date-field__calendar, [role="dialog"]:has([role="grid"])').first().textContent()) ?? '';
    expect(
      months.some((month) => month === month.toLowerCase() && calendar.includes(month)),
      `${calendar} names a month of ${months}`,
    ).toBe(true);
    await page.keyboard.press('Escape');
  });
});
