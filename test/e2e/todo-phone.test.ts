import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN, launchBrowser, newPage, signIn, startServer, type RunningServer } from './harness';

const WIDTH = 390;
const HEIGHT = 844;
const SETTINGS = [
  'customer-statuses',
  'categories',
  'industries',
  'contact-roles',
  'origins',
  'sources',
  'products',
  'activity-types',
  'activity-statuses',
  'groups',
  'sales-budget',
  'audit-log',
];

/** How far the page is wider than the screen, and the widest elements that stick out (for the failure message). */
const overflow = (page: Page) =>
  page.evaluate((width) => {
    // Inside a scrolling box (a wide table's own scroller) an element does not widen the page.
    const clipped = (el: HTMLElement) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) if (getComputedStyle(up).overflowX !== 'visible') return true;
      return false;
    };
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length > 0 && !clipped(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} → ${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  }, WIDTH);

/** The demo workspace on a 390×844 phone: to-do cards, completing in a full-screen sheet, nothing wider than the screen. */
describe('the app on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser, { width: WIDTH, height: HEIGHT }));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const main = () => page.getByRole('main');
  const expectNoSideways = async (where: string) => {
    const found = await overflow(page);
    expect(found.scrollWidth, `${where} is ${found.scrollWidth} px wide: ${found.wide.join(', ')}`).toBeLessThanOrEqual(WIDTH);
  };

  it('shows the to-do as cards with the filters folded away', async () => {
    await signIn(page, server.url, DEMO_ADMIN);
    const cards = main().getByRole('region', { name: 'To-do' });
    await cards.getByRole('listitem').first().waitFor();
    expect(await main().getByRole('table').count()).toBe(0);
    expect(await main().getByLabel('Period').isVisible()).toBe(false);
    await main().getByRole('button', { name: 'Filters' }).click();
    await main().getByLabel('Period').waitFor();
    await expectNoSideways('the to-do with its filters open');
    await main().getByRole('button', { name: 'Filters' }).click();
    // The card's actions are big enough for a thumb.
    const tick = cards
      .getByRole('listitem')
      .first()
      .getByRole('button', { name: /^Mark .* done, no follow-up$/ });
    expect((await tick.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    await cards
      .getByRole('listitem')
      .first()
      .getByRole('button', { name: /^Snooze / })
      .click();
    await page.getByRole('group', { name: 'Move to' }).waitFor();
    await expectNoSideways('the to-do with a snooze menu open');
    await page.keyboard.press('Escape');
  });

  it('completes a card with a follow-up in a full-screen sheet', async () => {
    const card = main().getByRole('region', { name: 'To-do' }).getByRole('listitem').first();
    const subject = (await card.locator('.todo-card__subject').textContent()) ?? '';
    await card.getByRole('button', { name: `Complete ${subject} with follow-up` }).click();
    const sheet = page.getByRole('dialog', { name: `Complete: ${subject}` });
    await sheet.waitFor();
    const box = await sheet.boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: WIDTH, height: HEIGHT });
    await expectNoSideways('the complete sheet');
    await sheet.getByLabel('Follow-up text').fill('Ring igen om tilbuddet');
    const save = sheet.getByRole('button', { name: 'Mark done' });
    const saveBox = await save.boundingBox();
    expect((saveBox?.y ?? HEIGHT) + (saveBox?.height ?? 0)).toBeLessThanOrEqual(HEIGHT);
    await save.click();
    await sheet.waitFor({ state: 'detached' });
    await main().getByText(`${subject} is done. Next: Ring igen om tilbuddet`, { exact: false }).waitFor();
  });

  it('never scrolls sideways, on any page of the app', async () => {
    const visit = async (path: string, ready: () => Promise<unknown>) => {
      await page.goto(`${server.url}${path}`);
      await ready();
      await page.waitForLoadState('networkidle');
      await expectNoSideways(path);
    };
    const heading = () => main().getByRole('heading', { level: 1 }).first().waitFor();
    await visit('/todo', heading);
    await visit('/customers', () => main().locator('tbody tr').nth(5).waitFor());
    const customer = await main().locator('tbody tr a').first().getAttribute('href');
    await visit('/customers/new', heading);
    await visit(customer ?? '/customers', () => main().getByRole('list', { name: 'Activities', exact: true }).waitFor());
    const activity = await main().locator('.timeline__subject').first().getAttribute('href');
    await visit(activity ?? '/todo', heading);
    await visit('/activities/new', heading);
    await visit('/search', heading);
    await visit('/trash', heading);
    await visit('/users', heading);
    for (const section of SETTINGS) await visit(`/settings/${section}`, heading);
  });
});
