import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, launchBrowser, newPage, startServer, type RunningServer } from './harness';

/** A date on the wall clock of a time zone, `days` from today, as YYYY-MM-DD. */
function dateIn(timeZone: string, days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

interface Focused {
  tag: string;
  name: string;
  role: string | null;
  /** The focus indicator the reader sees: an outline or a ring (box-shadow), not "none". */
  visible: boolean;
}

/** What has focus, its name, and whether it shows a focus indicator. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'BODY', name: '', role: null, visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const labelled = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null);
    return {
      tag: el.tagName,
      name: (labelled ?? el.textContent ?? '').replace(/\s*\*$/, '').trim(),
      role: el.getAttribute('role'),
      visible: outline || style.boxShadow !== 'none',
    };
  });

/**
 * The daily workflow with the keyboard alone (no mouse at all): to-do → complete an activity with a
 * follow-up → its customer → find the follow-up in the search; focus always shows, and lands
 * somewhere sensible when a dialog closes.
 */
describe('the daily workflow by keyboard alone', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const CALL = 'Call Anna about the roof';
  const FOLLOW_UP = 'Send Anna the roof quote';
  const CUSTOMER = 'Lindqvist Roofing';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser, { width: 1366, height: 850 }));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const main = () => page.getByRole('main');
  const api = async <T>(method: 'get' | 'post', path: string, data?: unknown): Promise<T> => {
    const response = await page.request[method](`${server.url}/api/v1${path}`, data === undefined ? undefined : { data });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  /** Presses a key until the focused element is the one named `name`; fails after `max` presses. */
  const pressUntil = async (key: string, name: string | RegExp, max = 60) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(key);
      const now = await focused(page);
      if (typeof name === 'string' ? now.name === name : name.test(now.name)) return now;
    }
    throw new Error(`${key} never reached "${name}" (focus is on ${JSON.stringify(await focused(page))})`);
  };
  const expectVisibleFocus = async (what: string) => {
    const now = await focused(page);
    expect(now.visible, `${what}: ${JSON.stringify(now)}`).toBe(true);
  };

  it('signs in by typing, and lands on the to-do list', async () => {
    await page.goto(server.url);
    await page.locator('input[autocomplete="username"]').waitFor();
    // The email field has focus when the page opens.
    expect((await focused(page)).tag).toBe('INPUT');
    await page.keyboard.type(ADMIN.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ADMIN.password);
    await page.keyboard.press('Enter');
    await main().getByRole('heading', { name: 'To-do', level: 1 }).waitFor();

    const { timeZone } = await api<{ timeZone: string }>('get', '/me');
    const types = await api<{ items: { id: string; key: string }[] }>('get', '/activity-types');
    const customer = await api<{ id: string }>('post', '/customers', { name: CUSTOMER, countryCode: 'SE' });
    await api('post', '/activities', {
      typeId: types.items.find((type) => type.key === 'call')?.id,
      subject: CALL,
      customerId: customer.id,
      scheduledAt: `${dateIn(timeZone, -1)}T12:00:00Z`,
    });
  });

  it('skips to the content, moves to the call with j and completes it with a follow-up (f)', async () => {
    await page.reload(); // the call was added through the API after the list loaded
    await main().locator('[data-todo-row]').first().waitFor();
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Skip to content');
    await expectVisibleFocus('skip link');
    await page.keyboard.press('Enter');
    expect((await focused(page)).tag).toBe('MAIN');

    await page.keyboard.press('j');
    const row = await focused(page);
    expect(row.name).toContain(CALL);
    await expectVisibleFocus('to-do row');

    await page.keyboard.press('f');
    const dialog = page.getByRole('dialog', { name: `Complete: ${CALL}` });
    await dialog.waitFor();
    expect((await focused(page)).name).toBe('Note');
    await expectVisibleFocus('note in the complete dialog');
    await page.keyboard.type('Anna wants a quote.');
    await pressUntil('Tab', 'Follow-up text');
    await expectVisibleFocus('follow-up text');
    await page.keyboard.type(FOLLOW_UP);
    // Shift+Tab goes back through the dialog and never leaves it.
    await page.keyboard.press('Shift+Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await expectVisibleFocus('a follow-up field');
    await pressUntil('Tab', 'Follow-up text');
    await page.keyboard.press('Enter');

    await dialog.waitFor({ state: 'detached' });
    await main().getByText(`${CALL} is done. Next: ${FOLLOW_UP}`).waitFor();
    // Focus is on the message that says what happened, not lost on the page.
    expect((await focused(page)).role).toBe('status');
  });

  it('opens the help with ? and closes it with Escape, focus back where it was', async () => {
    await page.keyboard.press('j');
    expect((await focused(page)).name).toContain(FOLLOW_UP);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect((await focused(page)).name).toContain(FOLLOW_UP);
    await expectVisibleFocus('to-do row after the help closed');
  });

  it("goes to the follow-up's customer from its row", async () => {
    await pressUntil('Tab', CUSTOMER);
    await expectVisibleFocus('customer link');
    await page.keyboard.press('Enter');
    await main().getByRole('heading', { name: CUSTOMER, level: 1 }).waitFor();
    const timeline = main().getByRole('list', { name: 'Activities', exact: true });
    await timeline.getByRole('link', { name: FOLLOW_UP }).waitFor();

    // The customer's sections are tabs: the arrow keys move between them.
    await pressUntil('Tab', 'Activities');
    expect((await focused(page)).role).toBe('tab');
    await expectVisibleFocus('activities tab');
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).name).toBe('History');
    await expectVisibleFocus('history tab');
    await page.keyboard.press('ArrowLeft');
    expect((await focused(page)).name).toBe('Activities');
  });

  it('finds the follow-up by a word in the search, from the navigation', async () => {
    // Back up to the navigation with Shift+Tab, and open the search.
    await pressUntil('Shift+Tab', 'Activities');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('nav')))).toBe(true);
    await expectVisibleFocus('navigation link');
    await page.keyboard.press('Enter');
    await main().getByRole('heading', { name: 'Search activities', level: 1 }).waitFor();

    await pressUntil('Tab', 'Words');
    await expectVisibleFocus('search words');
    await page.keyboard.type('quote');
    const results = main().getByRole('table', { name: 'Activities found' });
    await results.getByRole('link', { name: FOLLOW_UP }).waitFor();
    // The words reach the address after a pause in typing: wait for it, or that late write can take the page back here.
    await page.waitForURL((url) => url.searchParams.get('q') === 'quote');
    const link = await pressUntil('Tab', FOLLOW_UP);
    expect(link.tag, JSON.stringify(link)).toBe('A');
    await expectVisibleFocus('result link');
    await page.keyboard.press('Enter');
    await main().getByRole('heading', { name: FOLLOW_UP, level: 1 }).waitFor();
  });
});
