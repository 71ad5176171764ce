import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, launchBrowser, newPage, signIn, startServer, type RunningServer } from './harness';

/** A date on the wall clock of a time zone, `days` from today. */
function dateIn(timeZone: string, days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
const ZONE = 'Europe/Copenhagen';
const onDate = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(iso));

interface Activity {
  id: string;
  subject: string;
  done: boolean;
  scheduledAt: string;
  nextActivityId: string | null;
}

/**
 * The to-do on a 1366×850 laptop: every column fits, twelve rows and more in view under a header
 * that stays, three rows worked by keyboard only, a reschedule in two clicks, two rows done at once.
 */
describe('the to-do on a laptop', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const ids: Record<string, string> = {};

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
  const table = () => main().getByRole('table', { name: 'To-do' });
  const row = (subject: string) =>
    table()
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: subject, exact: true }) });
  const api = async <T>(method: 'get' | 'post' | 'patch', path: string, data?: unknown): Promise<T> => {
    const response = await page.request[method](`${server.url}/api/v1${path}`, data === undefined ? undefined : { data });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  const activity = (subject: string) => api<Activity>('get', `/activities/${ids[subject]}`);
  const focusedRow = () => page.evaluate(() => document.activeElement?.getAttribute('data-todo-row') ?? null);

  it('fits every column, shows at least twelve compact rows, and keeps the header in view', async () => {
    await signIn(page, server.url, ADMIN);
    await api('patch', '/me', { timeZone: ZONE });
    const types = await api<{ items: { id: string; key: string }[] }>('get', '/activity-types');
    const call = types.items.find((type) => type.key === 'call')?.id;
    const customer = await api<{ id: string }>('post', '/customers', { name: 'Østergaard Tømrer ApS', countryCode: 'DK' });
    const yesterday = dateIn(ZONE, -1);
    for (let i = 1; i <= 20; i++) {
      const subject = `Opkald ${String(i).padStart(2, '0')}`;
      const note = 'En lang note om hvad kunden sagde sidst, som ikke kan stå på en linje i tabellen uden at blive skåret af. '.repeat(2);
      const saved = await api<{ id: string }>('post', '/activities', {
        typeId: call,
        subject,
        note,
        customerId: customer.id,
        scheduledAt: `${yesterday}T${String(7 + Math.floor((i - 1) / 2)).padStart(2, '0')}:${i % 2 ? '00' : '30'}:00+01:00`,
      });
      ids[subject] = saved.id;
    }
    await page.reload();
    await row('Opkald 20').waitFor();

    const fit = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(fit.page).toBeLessThanOrEqual(fit.view);
    const complete = await row('Opkald 01').getByRole('button', { name: 'Complete Opkald 01 with follow-up' }).boundingBox();
    expect((complete?.x ?? 0) + (complete?.width ?? 0)).toBeLessThanOrEqual(1366);
    const rows = table().locator('tbody tr.todo-row');
    const twelfth = await rows.nth(11).boundingBox();
    expect((twelfth?.y ?? 0) + (twelfth?.height ?? 0)).toBeLessThanOrEqual(850);
    // The note is cut to one line, in full on focus.
    const note = row('Opkald 01').locator('.note-peek');
    expect(await note.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await note.focus();
    expect(await note.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('normal');

    await page.mouse.wheel(0, 600);
    await page.waitForFunction(() => window.scrollY > 300);
    const header = await table().getByRole('columnheader', { name: 'Customer' }).boundingBox();
    expect(header?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(header?.y ?? 999).toBeLessThan(120);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('works three rows by keyboard only: tick off, snooze to tomorrow, complete with a follow-up', async () => {
    await main().getByRole('heading', { name: 'To-do', level: 1 }).click();
    await page.keyboard.press('j');
    expect(await focusedRow()).toBe(ids['Opkald 01']);
    await main()
      .getByText(/^1 of 20: Opkald 01/)
      .waitFor();

    await page.keyboard.press('x'); // 1: done, no follow-up
    await main().getByText('Opkald 01 is done.').waitFor();
    await row('Opkald 01').waitFor({ state: 'detached' });
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-todo-row') === id, ids['Opkald 02']);

    await page.keyboard.press('s'); // 2: snooze, the choices take focus
    await page.getByRole('group', { name: 'Move to' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Tomorrow/);
    await page.keyboard.press('Enter');
    await main()
      .getByText(/^Opkald 02 moved to/)
      .waitFor();

    await page.keyboard.press('j'); // 3: complete with a follow-up
    await page.keyboard.press('f');
    const dialog = page.getByRole('dialog', { name: /^Complete: Opkald/ });
    await dialog.waitFor();
    const third = (await dialog.getByRole('heading').textContent())?.replace('Complete: ', '') ?? '';
    await dialog.getByLabel('Follow-up text').focus();
    await page.keyboard.type('Send tilbud');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await main().getByText(`${third} is done. Next: Send tilbud`, { exact: false }).waitFor();

    expect((await activity('Opkald 01')).done).toBe(true);
    expect(onDate((await activity('Opkald 02')).scheduledAt)).toBe(dateIn(ZONE, 1));
    const completed = await activity(third);
    expect(completed.done).toBe(true);
    expect(completed.nextActivityId).not.toBeNull();
  });

  it('shows the shortcuts with ?, and they do nothing while one types', async () => {
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('todo-find');
    await page.keyboard.type('x');
    await page.keyboard.press('Escape');
    await main().getByLabel('Find in the list').fill('');
    await main().getByRole('heading', { name: 'To-do', level: 1 }).click();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.getByText('Complete with a follow-up').waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
  });

  it('reschedules a row to tomorrow in two clicks, with one PATCH', async () => {
    const patches: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PATCH') patches.push(request.url());
    });
    await row('Opkald 10').getByRole('button', { name: 'Snooze Opkald 10' }).click();
    await page.getByRole('button', { name: /^Tomorrow/ }).click();
    await main()
      .getByText(/^Opkald 10 moved to/)
      .waitFor();
    expect(patches).toEqual([`${server.url}/api/v1/activities/${ids['Opkald 10']}`]);
    expect(onDate((await activity('Opkald 10')).scheduledAt)).toBe(dateIn(ZONE, 1));
  });

  it('sorts by customer and keeps the order for the user', async () => {
    await table().getByRole('button', { name: 'Customer' }).click();
    await table().getByRole('columnheader', { name: 'Customer' }).and(page.locator('[aria-sort="ascending"]')).waitFor();
    const preferences = await api<{ todoSort: string; todoOrder: string }>('get', '/me/preferences');
    expect(preferences).toEqual({ todoSort: 'customer', todoOrder: 'asc' });
    await table().getByRole('button', { name: 'Follow-up date' }).click();
    await table().getByRole('columnheader', { name: 'Follow-up date' }).and(page.locator('[aria-sort="ascending"]')).waitFor();
  });

  it('completes two chosen rows at once, and shows done ones in their own section', async () => {
    await row('Opkald 11').getByRole('checkbox', { name: 'Choose Opkald 11' }).check();
    await row('Opkald 12').getByRole('checkbox', { name: 'Choose Opkald 12' }).check();
    const bar = main().getByRole('region', { name: 'Chosen activities' });
    await bar.getByText('2 chosen').waitFor();
    await bar.getByRole('button', { name: 'Mark done' }).click();
    await main().getByText('2 activities done.').waitFor();
    await row('Opkald 11').waitFor({ state: 'detached' });
    expect((await activity('Opkald 11')).done).toBe(true);
    expect((await activity('Opkald 12')).done).toBe(true);

    await main().getByLabel('Also show done').check();
    const done = table().locator('tbody.todo-group--done');
    await done.getByRole('rowheader', { name: /^Done · 4 activities/ }).waitFor();
    await done.getByRole('link', { name: 'Opkald 11', exact: true }).waitFor();
    expect(await table().locator('tbody.todo-group--overdue').getByRole('link', { name: 'Opkald 11', exact: true }).count()).toBe(0);
  });
});
