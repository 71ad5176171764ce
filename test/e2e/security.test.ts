import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, launchBrowser, newPage, signIn, startServer, type RunningServer } from './harness';

/**
 * The Content-Security-Policy the server sends must not break anything the app or the API docs do:
 * every violation the browser reports is collected and must stay none.
 */
describe('the content security policy in a real browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser));
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI} at ${location.pathname}`,
        );
      });
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('lets every page of the app run without a violation, loading page code only when opened', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    await signIn(page, server.url, ADMIN);
    // A signed-in user's first load of the to-do: the app shell, its libraries and the to-do page only
    // (567 kB of JavaScript in one file before the split).
    scripts.length = 0;
    await page.reload();
    await page.getByRole('main').getByRole('heading').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.some((file) => /TodoPage/.test(file))).toBe(true);
    expect(scripts.some((file) => /SettingsArea/.test(file))).toBe(false);
    const sizes = await Promise.all([...new Set(scripts)].map(async (file) => (await (await fetch(`${server.url}${file}`)).arrayBuffer()).byteLength));
    // Issue 10's bar: less than the single bundle of before (478 kB when this was written).
    const total = sizes.reduce((sum, size) => sum + size, 0);
    console.log(`to-do first load: ${total} bytes of JavaScript in ${sizes.length} files`);
    expect(total).toBeLessThan(567_000);
    for (const [path, heading] of [
      ['/customers', 'Customers'],
      ['/search', 'Activities'],
      ['/trash', 'Trash'],
      ['/users', 'Users'],
      ['/settings', 'Settings'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: heading }).click();
      await page.waitForURL(`**${path}**`);
      await page.getByRole('main').getByRole('heading').first().waitFor();
    }
    expect(scripts.some((file) => /SettingsArea/.test(file))).toBe(true);
    expect(violations).toEqual([]);
  });

  it('lets the API docs page (Swagger UI) render under its own policy', async () => {
    await page.goto(`${server.url}/api/docs/`);
    await page.locator('.swagger-ui .info .title').waitFor();
    await page.locator('.opblock').first().waitFor();
    expect(violations).toEqual([]);
  });
});
