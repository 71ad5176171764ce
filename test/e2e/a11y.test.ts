import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, launchBrowser, newPage, startServer, type RunningServer } from './harness';
import { stringsOf } from './strings';

const SIZES = [
  { width: 1366, height: 850 },
  { width: 390, height: 844 },
] as const;

type AxeWindow = { axe?: typeof axe };

/** Counts the app's requests in flight, so a test waits for exactly those (not a fixed network-idle pause). */
const COUNT_FETCHES = `(() => {
  const original = window.fetch;
  window.__pending = 0;
  window.fetch = (...args) => {
    window.__pending++;
    return original(...args).finally(() => window.__pending--);
  };
})();`;

/** Waits until the app has no request in flight and has painted after it (two animation frames). */
async function settled(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __pending: number }).__pending === 0);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Every main page of the app, in English and in Hebrew (right to left), on a laptop and a phone:
 * axe-core (injected from the package, nothing fetched) finds no serious or critical violation.
 * One server, one browser, one page reused throughout.
 */
describe('accessibility of every main page (axe-core)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let customerId = '';
  let activityId = '';
  let signedOut = true;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser, SIZES[0]));
    await context.addInitScript({ content: COUNT_FETCHES });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const main = () => page.getByRole('main');
  const api = async <T>(method: 'get' | 'post' | 'patch', path: string, data?: unknown): Promise<T> => {
    const response = await page.request[method](`${server.url}/api/v1${path}`, data === undefined ? undefined : { data });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };

  /**
   * A few records of every kind the pages show (a customer with a contact and a note in Hebrew,
   * an overdue call, a task ahead): enough for each page to show all its parts, and quick to check.
   */
  async function seed() {
    const types = await api<{ items: { id: string; key: string }[] }>('get', '/activity-types');
    const typeId = (key: string) => types.items.find((type) => type.key === key)?.id;
    const customer = await api<{ id: string }>('post', '/customers', { name: 'Nordlys Rådgivning ApS', countryCode: 'DK', email: 'kontakt@nordlys.test' });
    customerId = customer.id;
    await api('post', '/customers', { name: 'כהן ייעוץ בע״מ', countryCode: 'IL' });
    const contact = await api<{ id: string }>('post', '/contacts', { customerId, firstName: 'Mette', lastName: 'Kjær', email: 'mette@nordlys.test' });
    const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const call = await api<{ id: string }>('post', '/activities', {
      typeId: typeId('call'),
      subject: 'Call Mette about the annual agreement',
      note: 'She asked for a new price list. נדבר בשבוע הבא.',
      customerId,
      contactId: contact.id,
      scheduledAt: day(-1),
    });
    activityId = call.id;
    await api('post', '/activities', { typeId: typeId('task'), subject: 'Send the price list', customerId, scheduledAt: day(3) });
  }

  /** Runs axe on the page as it is at both sizes; returns one line per serious or critical violation. */
  async function audit(where: string): Promise<string[]> {
    const found: string[] = [];
    const started = Date.now();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await settled(page);
      if (!(await page.evaluate(() => Boolean((window as AxeWindow).axe)))) await page.evaluate(axe.source); // not a script tag: the app's CSP forbids inline scripts
      const violations = await page.evaluate(async () => {
        const results = await (window as AxeWindow).axe!.run(document, { resultTypes: ['violations'] });
        return results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
      });
      for (const v of violations) found.push(`${where} @${size.width}px: ${v.id} (${v.impact}) ${v.help} → ${v.targets.join(' | ')}`);
    }
    await page.setViewportSize(SIZES[0]);
    if (process.env.TEND_AXE_TIMES) console.log(`${where}: ${Date.now() - started} ms`);
    return found;
  }

  const report = (found: string[]) => {
    if (found.length) console.log(`axe violations:\n${found.join('\n')}`);
    expect(found).toEqual([]);
  };

  /**
   * Opens an address of the app and waits for its heading (and the language). Inside the app it
   * navigates as a link does (no reload: much faster than loading the app again for every page).
   */
  async function open(path: string, language: string) {
    const inApp = await page.evaluate(() => Boolean(document.querySelector('nav.shell__nav')));
    if (inApp)
      await page.evaluate((to) => {
        history.pushState({}, '', to);
        dispatchEvent(new PopStateEvent('popstate'));
      }, path);
    else await page.goto(`${server.url}${path}`);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
    await page.waitForFunction((to) => (location.pathname + location.search).startsWith(to), path); // /settings opens its first section
    await main().locator('h1').first().waitFor();
    await settled(page);
  }

  for (const language of ['en', 'he'] as const) {
    const t = stringsOf(language);
    const rtl = language === 'he';

    it(`${language}: the to-do list, a complete dialog, and the user menu`, async () => {
      if (signedOut) {
        const signedIn = await page.request.post(`${server.url}/api/v1/auth/login`, { data: ADMIN });
        expect(signedIn.ok()).toBe(true);
        signedOut = false;
      }
      if (!customerId) await seed();
      await api('patch', '/me', { locale: language });
      await page.goto(`${server.url}/todo`); // the app reads the new language when it loads
      await open('/todo', language);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(rtl ? 'rtl' : 'ltr');
      await main().locator('[data-todo-row]').first().waitFor();
      const found = await audit('to-do');

      await main().locator('[data-todo-row] button[aria-haspopup="dialog"]').first().click();
      await page.getByRole('dialog').waitFor();
      found.push(...(await audit('to-do, complete dialog')));
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      await page.locator('.user-menu__button').click();
      await page.locator('.user-menu__panel').waitFor();
      found.push(...(await audit('user menu (my settings)')));
      report(found);
    });

    it(`${language}: the customer list, a customer with its tabs and a contact`, async () => {
      await open('/customers', language);
      await main().locator('tbody tr, .card').first().waitFor();
      const found = await audit('customers');

      await open(`/customers/${customerId}`, language);
      found.push(...(await audit('customer, activities tab')));
      await main()
        .getByRole('tab', { name: t('changelog.history') })
        .click();
      await settled(page);
      found.push(...(await audit('customer, history tab')));

      const contact = main().locator('a[href*="contact="], a[href*="/contacts/"]').first();
      if (await contact.count()) {
        await contact.click();
        await settled(page);
        found.push(...(await audit('customer, a contact')));
      }
      await main()
        .getByRole('button', { name: t('contacts.add') })
        .click();
      await settled(page);
      found.push(...(await audit('customer, contact form')));
      report(found);
    });

    it(`${language}: new activity, an activity and its edit form, search`, async () => {
      await open('/activities/new', language);
      const found = await audit('new activity');

      await open(`/activities/${activityId}`, language);
      found.push(...(await audit('activity')));
      await main()
        .getByRole('button', { name: t('common.edit'), exact: true })
        .click();
      await main().locator('form').first().waitFor();
      found.push(...(await audit('activity, edit form')));

      await open('/search?q=price', language);
      await main().locator('tbody tr').first().waitFor();
      found.push(...(await audit('search with results')));
      report(found);
    });

    it(`${language}: trash, users, settings pages and change password`, async () => {
      const found: string[] = [];
      for (const path of ['/trash', '/users', '/account/password', '/account/mailboxes', '/settings', '/mail']) {
        await open(path, language);
        found.push(...(await audit(path.slice(1))));
      }
      for (const section of [
        'customer-statuses',
        'categories',
        'industries',
        'origins',
        'activity-types',
        'activity-statuses',
        'groups',
        'sales-budget',
        'audit-log',
        'mail-rules',
      ]) {
        await open(`/settings/${section}`, language);
        found.push(...(await audit(`settings/${section}`)));
      }
      report(found);
    });

    it(`${language}: the sign-in page`, async () => {
      // Signed out, the sign-in page speaks the language this browser last used.
      expect((await page.request.post(`${server.url}/api/v1/auth/logout`, { data: {} })).ok()).toBe(true);
      await page.goto(server.url);
      await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
      await page.locator('input[autocomplete="username"], input[type="email"]').first().waitFor();
      const found = await audit('sign-in');
      signedOut = true;
      report(found);
    });
  }
});
