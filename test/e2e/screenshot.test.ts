import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN, ROOT, launchBrowser, newPage, signIn, startServer, type RunningServer } from './harness';

/** Writes a screenshot of the page as it is into docs/, for the README. */
async function shoot(page: Page, name: string) {
  const file = path.join(ROOT, 'docs', name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  expect(fs.statSync(file).size).toBeGreaterThan(10_000);
}

/** The demo workspace's customer list (docs/screenshot.png, 1280×800) and its to-do on a laptop and a phone. */
describe('demo workspace', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the customer list with paging, and writes docs/screenshot.png', async () => {
    const { context, page } = await newPage(browser, { width: 1280, height: 800 });
    await signIn(page, server.url, DEMO_ADMIN);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
    const rows = main.getByRole('row');
    await rows.nth(25).waitFor(); // header + a first page of 25
    expect(await rows.count()).toBe(26);
    // Statuses and responsible users are shown by name once their lists have arrived.
    await main.locator('tbody tr').first().locator('.badge').waitFor();
    await page.waitForLoadState('networkidle');
    await page.mouse.move(1, 790); // no row under the pointer's hover highlight

    const file = path.join(ROOT, 'docs/screenshot.png');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);

    await main.getByRole('button', { name: 'Load more' }).click();
    await rows.nth(50).waitFor();
    await main.getByRole('button', { name: 'Load more' }).click();
    await rows.nth(64).waitFor();
    await main.getByRole('button', { name: 'Load more' }).waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(65);
    await context.close();
  });

  it('shows the to-do on a 1366×850 laptop and a 390×844 phone, and writes docs/todo-laptop.png and docs/todo-phone.png', async () => {
    for (const [width, height, name] of [
      [1366, 850, 'todo-laptop.png'],
      [390, 844, 'todo-phone.png'],
    ] as const) {
      const { context, page } = await newPage(browser, { width, height });
      await signIn(page, server.url, DEMO_ADMIN);
      const main = page.getByRole('main');
      await main.getByRole('heading', { name: 'To-do', level: 1 }).waitFor();
      await main.locator('[data-todo-row]').nth(3).waitFor();
      await main.locator('[data-todo-row] .badge--type, [data-todo-row] .badge').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.mouse.move(1, height - 10);
      await shoot(page, name);
      await context.close();
    }
  });
});
