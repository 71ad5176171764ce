import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, launchBrowser, newPage, signIn, startServer, type RunningServer } from './harness';

/** A date on the wall clock of a time zone, `days` from today. */
function dateIn(timeZone: string, days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A date (`YYYY-MM-DD`) as the English date field writes it: 12/07/2026. */
const asWritten = (date: string) =>
  new Intl.DateTimeFormat('en', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** A time zone's offset at noon on a date, as `+01:00`. */
function offsetOn(date: string, timeZone: string): string {
  const name =
    new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(`${date}T12:00:00Z`))
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return /GMT([+-]\d{2}:\d{2})/.exec(name)?.[1] ?? '+00:00';
}

/**
 * Seed 002's working day: open the to-do list, see yesterday's call overdue, complete it with a
 * quote for next week using only the keyboard, see the quote ahead, both on the customer, find
 * the call again by a word of its note; and register a meeting through the activity card.
 */
describe('a day with the to-do list', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let timeZone = 'Europe/Copenhagen';
  let customerId = '';

  const CALL = 'Ring Mette om tagrenoveringen';
  const QUOTE = 'Send tilbud på tagrenovering';
  const CUSTOMER = 'Østergaard Tømrer ApS';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const main = () => page.getByRole('main');
  const nav = () => page.getByRole('navigation', { name: 'Main' });
  const todoRow = (subject: string) =>
    main()
      .getByRole('table', { name: 'To-do' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: subject, exact: true }) });
  const api = async <T>(method: 'get' | 'post' | 'patch', path: string, data?: unknown): Promise<T> => {
    const response = await page.request[method](`${server.url}/api/v1${path}`, data === undefined ? undefined : { data });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  /** Presses Tab until the focused element is the one named `label` (the keyboard only). */
  const tabTo = async (label: string, max = 40) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const labelled = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null);
        return (labelled ?? el.textContent ?? '').replace(/\s*\*$/, '').trim();
      });
      if (name === label) return;
    }
    throw new Error(`Tab never reached "${label}"`);
  };

  it('signs in and starts the day on the to-do list', async () => {
    await signIn(page, server.url, ADMIN);
    await main().getByRole('heading', { name: 'To-do', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/todo');
    const entries = await nav().getByRole('link').allTextContents();
    expect(entries[0]).toBe('To-do');
    expect(entries).toEqual(expect.arrayContaining(['To-do', 'Customers', 'Activities']));
    await main().getByText('Nothing to follow up.').waitFor();
  });

  it('shows a call due yesterday as overdue, in colour and in words', async () => {
    const me = await api<{ timeZone: string }>('get', '/me');
    timeZone = me.timeZone;
    const types = await api<{ items: { id: string; key: string }[] }>('get', '/activity-types');
    const call = types.items.find((type) => type.key === 'call');
    const customer = await api<{ id: string }>('post', '/customers', { name: CUSTOMER, countryCode: 'DK' });
    customerId = customer.id;
    const contact = await api<{ id: string }>('post', '/contacts', { customerId, firstName: 'Mette', lastName: 'Kjær' });
    const yesterday = dateIn(timeZone, -1);
    await api('post', '/activities', {
      typeId: call?.id,
      subject: CALL,
      note: 'Mette ønsker en tagrenovering af værkstedet inden foråret.',
      customerId,
      contactId: contact.id,
      scheduledAt: `${yesterday}T10:00:00${offsetOn(yesterday, timeZone)}`,
    });

    await page.reload();
    const row = todoRow(CALL);
    await row.waitFor();
    expect(await row.getAttribute('data-bucket')).toBe('overdue');
    expect(await row.textContent()).toContain('Overdue');
    expect(await row.textContent()).toContain(CUSTOMER);
    expect(await row.textContent()).toContain('Mette Kjær');
    expect(await row.textContent()).toContain('Call');
    await main().getByRole('rowheader', { name: 'Overdue · 1 activity' }).waitFor();
    // The overdue colour: the row's edge and its label in the danger red.
    const edge = await row
      .locator('td')
      .first()
      .evaluate((cell) => getComputedStyle(cell).borderInlineStartColor);
    expect(edge).toBe('rgb(179, 38, 30)');
    const label = await row.getByText('Overdue', { exact: true }).evaluate((badge) => getComputedStyle(badge).backgroundColor);
    expect(label).toBe('rgb(251, 236, 235)');
  });

  it('completes the call with a quote for next week, using only the keyboard', async () => {
    await main().getByRole('heading', { name: 'To-do', level: 1 }).click(); // start from the top of the page
    await tabTo(`Complete ${CALL} with follow-up`);
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: `Complete: ${CALL}` });
    await dialog.waitFor();
    // Focus is in the dialog, on the note.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await dialog.getByLabel('Note').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Aftalt: tilbud sendes i næste uge.');

    // The follow-up date suggests next week (in the user's time zone); no time makes it all-day.
    await tabTo('Follow-up date');
    expect(await dialog.getByLabel('Follow-up date').inputValue()).toBe(asWritten(dateIn(timeZone, 7)));
    await tabTo('Follow-up type');
    await page.keyboard.type('Quote');
    expect(await dialog.getByLabel('Follow-up type').evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('Quote');
    await tabTo('Follow-up text');
    await page.keyboard.type(QUOTE);
    await page.keyboard.press('Enter');

    await dialog.waitFor({ state: 'detached' });
    await main().getByText(`${CALL} is done. Next: ${QUOTE}`).waitFor();
    // Focus is not lost: it is on the message that says what happened.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
  });

  it('shows the quote on the to-do list as upcoming, and the call no longer', async () => {
    const quote = todoRow(QUOTE);
    await quote.waitFor();
    expect(await quote.getAttribute('data-bucket')).toBe('future');
    expect(await quote.textContent()).toContain('Upcoming');
    expect(await quote.textContent()).toContain('Quote');
    expect(await quote.textContent()).toContain('Mette Kjær'); // the chain keeps the contact
    await main().getByRole('rowheader', { name: 'Upcoming · 1 activity' }).waitFor();
    await todoRow(CALL).waitFor({ state: 'detached' });

    // The dialog also closes with Escape, and focus returns to the button that opened it.
    const button = quote.getByRole('button', { name: `Complete ${QUOTE} with follow-up` });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Complete: ${QUOTE}` });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

    // Done ones come back with "Also show done"; "Today" shows only what is due today.
    await main().getByLabel('Also show done').check();
    await todoRow(CALL).getByText('Done', { exact: true }).waitFor();
    await main().getByLabel('Also show done').uncheck();
    await main().getByRole('button', { name: 'Today', exact: true }).click();
    await main().getByText('Nothing is due today.').waitFor();
    await main().getByRole('button', { name: 'Everything to follow up' }).click();
    await todoRow(QUOTE).waitFor();
  });

  it('opens the customer and sees both activities in its timeline', async () => {
    await todoRow(QUOTE).getByRole('link', { name: CUSTOMER }).click();
    await main().getByRole('heading', { name: CUSTOMER, level: 1 }).waitFor();
    const timeline = main().getByRole('list', { name: 'Activities', exact: true });
    await timeline.getByRole('link', { name: QUOTE }).waitFor();
    await timeline.getByRole('link', { name: CALL }).waitFor();
    const subjects = await timeline.locator('.timeline__subject').allTextContents();
    expect(subjects).toEqual([QUOTE, CALL]); // newest first

    // The contact's own timeline, opened from the contact.
    await main().getByRole('link', { name: 'Activities with Mette Kjær' }).click();
    const theirs = main().getByRole('list', { name: 'Activities with Mette Kjær' });
    await theirs.getByRole('link', { name: QUOTE }).waitFor();
    await theirs.getByRole('link', { name: CALL }).waitFor();

    // The call's page shows the whole chain.
    await timeline.getByRole('link', { name: CALL }).click();
    await main().getByRole('heading', { name: CALL, level: 1 }).waitFor();
    const chain = main().getByRole('list', { name: 'Follow-up chain' });
    await chain.getByRole('link', { name: QUOTE }).waitFor();
    expect(await chain.getByRole('listitem').count()).toBe(2);
    await main().getByRole('link', { name: /Next/ }).click();
    await main().getByRole('heading', { name: QUOTE, level: 1 }).waitFor();
  });

  it('finds the call again by a word from its note', async () => {
    await nav().getByRole('link', { name: 'Activities' }).click();
    await main().getByRole('heading', { name: 'Search activities', level: 1 }).waitFor();
    await main().getByLabel('Words').fill('værksted'); // part of "værkstedet"
    const results = main().getByRole('table', { name: 'Activities found' });
    await results.getByRole('link', { name: CALL }).waitFor();
    await results.getByRole('link', { name: QUOTE }).waitFor({ state: 'detached' });
    // The words reach the address and the results after a pause in typing: wait for both, never a fixed time.
    await page.waitForURL((url) => url.searchParams.get('q') === 'værksted');
    await expect.poll(() => results.getByRole('row').count()).toBe(2); // header + the call
  });

  it('registers a meeting through the activity card, customer by type-ahead, then its contact', async () => {
    // The user works in New York today while the browser says Copenhagen: times follow the user.
    timeZone = 'America/New_York';
    await api('patch', '/me', { timeZone });
    await page.reload();
    await nav().getByRole('link', { name: 'To-do' }).click();
    await main().getByRole('link', { name: 'New activity' }).click();
    const form = main().getByRole('form', { name: 'New activity' });
    await form.waitFor();
    await form.getByLabel('Activity type').selectOption({ label: 'Meeting' });
    await form.getByLabel('Subject').fill('Besigtigelse af taget');
    const customer = form.getByRole('combobox', { name: 'Customer', exact: true });
    await customer.fill('oster');
    await form.getByRole('option', { name: CUSTOMER }).waitFor();
    await customer.press('ArrowDown');
    await customer.press('Enter');
    expect(await customer.inputValue()).toBe(CUSTOMER);
    const contact = form.getByLabel('Contact', { exact: true });
    await contact.locator('option', { hasText: 'Mette Kjær' }).waitFor({ state: 'attached' });
    await contact.selectOption({ label: 'Mette Kjær' });
    const tomorrow = dateIn(timeZone, 1);
    await form.getByLabel('Date').fill(tomorrow);
    await form.getByLabel('Time').fill('09:30');

    await form.getByText('Times are in your time zone, America/New York.').waitFor();

    // A missing subject is shown beside the field.
    await form.getByLabel('Subject').fill('');
    await form.getByRole('button', { name: 'Create activity' }).click();
    await form.getByText('Required').waitFor();
    expect(await form.getByLabel('Subject').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Subject').fill('Besigtigelse af taget');
    await form.getByRole('button', { name: 'Create activity' }).click();

    await main().getByRole('heading', { name: 'Besigtigelse af taget', level: 1 }).waitFor();
    const details = main().locator('.details');
    await details.getByRole('link', { name: CUSTOMER }).waitFor();
    await details.getByRole('link', { name: 'Mette Kjær' }).waitFor();
    // 09:30 on the user's wall clock, whatever the browser's zone.
    const id = new URL(page.url()).pathname.split('/').pop();
    const saved = await api<{ scheduledAt: string; customerId: string; contactId: string }>('get', `/activities/${id}`);
    expect(saved.customerId).toBe(customerId);
    expect(new Date(saved.scheduledAt).toISOString()).toBe(new Date(`${tomorrow}T09:30:00${offsetOn(tomorrow, timeZone)}`).toISOString());
    expect(await details.textContent()).toMatch(/9:30/);

    await nav().getByRole('link', { name: 'To-do' }).click();
    expect(await todoRow('Besigtigelse af taget').getAttribute('data-bucket')).toBe('future');
  });

  it('pages through a long list with "Load more"', async () => {
    const types = await api<{ items: { id: string; key: string }[] }>('get', '/activity-types');
    const task = types.items.find((type) => type.key === 'task');
    const later = dateIn(timeZone, 30);
    for (let i = 1; i <= 55; i++) {
      const minutes = String(i).padStart(2, '0');
      await api('post', '/activities', {
        typeId: task?.id,
        subject: `Opgave ${i}`,
        customerId,
        scheduledAt: `${later}T10:${minutes}:00${offsetOn(later, timeZone)}`,
      });
    }
    await nav().getByRole('link', { name: 'Customers' }).click();
    await nav().getByRole('link', { name: 'To-do' }).click();
    const rows = main().getByRole('table', { name: 'To-do' }).locator('tbody tr.todo-row');
    await todoRow('Opgave 47').waitFor();
    expect(await rows.count()).toBe(50); // the quote, the meeting and 48 tasks
    // The count is the whole list's (from the server), not the loaded page's.
    await main().getByRole('rowheader', { name: 'Upcoming · 57 activities' }).waitFor();
    await todoRow('Opgave 49').waitFor({ state: 'detached' });
    await main().getByRole('button', { name: 'Load more' }).click();
    await todoRow('Opgave 55').waitFor();
    expect(await rows.count()).toBe(57);
    await main().getByRole('button', { name: 'Load more' }).waitFor({ state: 'detached' });
  });

  it('speaks Danish: To-Do, Opfølgningsdato, Sidst rettet, I dag, Kommende', async () => {
    await api('patch', '/me', { locale: 'da' });
    await page.reload();
    const hovedmenu = page.getByRole('navigation', { name: 'Hovedmenu' });
    await hovedmenu.getByRole('link', { name: 'To-Do' }).waitFor();
    await main().getByRole('heading', { name: 'To-do-liste', level: 1 }).waitFor();
    const table = main().getByRole('table', { name: 'To-do-liste' });
    await table.getByRole('columnheader', { name: 'Opfølgningsdato' }).waitFor();
    await table.getByRole('columnheader', { name: 'Sidst rettet' }).waitFor();
    await main().getByRole('button', { name: 'I dag', exact: true }).waitFor();
    const quote = table.getByRole('row').filter({ has: page.getByRole('link', { name: QUOTE, exact: true }) });
    expect(await quote.textContent()).toContain('Kommende');
    await quote.getByRole('button', { name: `Afslut ${QUOTE} med opfølgning` }).press('Enter');
    const dialog = page.getByRole('dialog', { name: `Afslut: ${QUOTE}` });
    await dialog.getByLabel('Opfølgningstekst').waitFor();
    // Ctrl+Enter saves from the note too; with no follow-up text it is only marked done.
    await page.keyboard.type(' Tilbuddet er sendt.');
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });
    await main().getByText(`${QUOTE} er afsluttet.`).waitFor();
    await quote.waitFor({ state: 'detached' });
  });
});
