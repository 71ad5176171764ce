import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, launchBrowser, newPage, signIn, startServer, type RunningServer } from './harness';

/** A time zone's offset from UTC now, in minutes ("GMT+01:00" → 60). */
function offsetMinutes(timeZone: string): number {
  const name =
    new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value ??
    'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** An admin's day with customers: sign in, add a customer and a contact, find, trash, restore, Danish. */
describe('a day with customers', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

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
  const customerRow = (name: string) =>
    main()
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name, exact: true }) });

  it('refuses a wrong password with a message', async () => {
    await page.goto(server.url);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByLabel('Password').press('Enter'); // the keyboard is enough
    await expect(page.getByRole('alert').textContent()).resolves.toContain('The email or password is not right.');
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
  });

  it('signs in and opens the customer list', async () => {
    await signIn(page, server.url, ADMIN);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
    await main().getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/customers');
    expect(await page.title()).toBe('Customers · Tend');
    await main().getByText('No customers yet').waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['Customers', 'Trash', 'Users']));
  });

  it('creates a customer with a contact', async () => {
    await main().getByRole('link', { name: 'New customer' }).click();
    await page.getByLabel('Name').fill('Østergaard Tømrer ApS');
    await page.getByLabel('Status').selectOption({ label: 'Prospect' });
    await page.getByLabel('Phone').fill('+45 86 12 34 56');
    await page.getByLabel('City').fill('Aarhus');
    await page.getByLabel('Country code').fill('dk');
    await page.getByRole('button', { name: 'Create customer' }).click();

    await main().getByRole('heading', { name: 'Østergaard Tømrer ApS', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/customers\/[0-9a-f-]{36}$/);
    await main().getByText('Prospect').first().waitFor();
    await main().getByText('Aarhus').waitFor();
    await main().getByText('Denmark').waitFor();

    await main().getByRole('button', { name: 'Add contact' }).click();
    const form = main().getByRole('form', { name: 'Add contact' });
    await form.getByLabel('First name').fill('Mette');
    await form.getByLabel('Last name').fill('Kjær');
    await form.getByLabel('Job title').fill('Indehaver');
    await form.getByLabel('Email').fill('mette@ostergaard-tomrer.dk');
    await form.getByRole('button', { name: 'Add contact' }).click();
    await form.waitFor({ state: 'detached' });

    const contacts = main().getByRole('list', { name: 'Contacts' });
    await contacts.getByText('Mette Kjær').waitFor();
    await contacts.getByText('mette@ostergaard-tomrer.dk').waitFor();
  });

  it('edits a contact in place', async () => {
    await main().getByRole('button', { name: 'Edit Mette Kjær' }).click();
    const form = main().getByRole('form', { name: 'Edit Mette Kjær' });
    await form.getByLabel('Job title').fill('Direktør');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await main().getByRole('list', { name: 'Contacts' }).getByText('Direktør').waitFor();
  });

  it('deletes a contact in place, after asking', async () => {
    await main().getByRole('button', { name: 'Add contact' }).click();
    const form = main().getByRole('form', { name: 'Add contact' });
    await form.getByLabel('First name').fill('Jonas');
    await form.getByLabel('Last name').fill('Vikar');
    await form.getByRole('button', { name: 'Add contact' }).click();
    const contacts = main().getByRole('list', { name: 'Contacts' });
    const jonas = contacts.getByRole('listitem').filter({ hasText: 'Jonas Vikar' });
    await jonas.waitFor();

    await jonas.getByRole('button', { name: 'Delete' }).click();
    await jonas.getByText('Delete Jonas Vikar?').waitFor();
    await jonas.getByRole('button', { name: 'Delete' }).click();
    await jonas.waitFor({ state: 'detached' });
    await contacts.getByText('Mette Kjær').waitFor();
    expect(await contacts.getByRole('listitem').count()).toBe(1);
  });

  it("shows the server's field message beside the field", async () => {
    await main().getByRole('button', { name: 'Edit', exact: true }).click();
    const email = page.getByLabel('Email');
    await email.fill('not-an-email');
    await page.getByRole('button', { name: 'Save' }).click();

    const message = main().getByText('Not a valid email address');
    await message.waitFor();
    // The message is tied to the email field (aria-describedby) and the field is marked invalid.
    const messageId = await message.getAttribute('id');
    expect(messageId).toBeTruthy();
    expect(await email.getAttribute('aria-describedby')).toContain(messageId);
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await main().getByText('Please check the marked fields.').waitFor();

    await email.fill('post@ostergaard-tomrer.dk');
    await page.getByRole('button', { name: 'Save' }).click();
    await main().getByRole('link', { name: 'post@ostergaard-tomrer.dk' }).waitFor();
  });

  it('finds the customer by searching without accents, or by a contact', async () => {
    // A second customer, so the search visibly narrows the list.
    const created = await page.request.post(`${server.url}/api/v1/customers`, { data: { name: 'Nordlys Rengøring AS', countryCode: 'NO' } });
    expect(created.status()).toBe(201);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
    await customerRow('Nordlys Rengøring AS').waitFor();
    await customerRow('Østergaard Tømrer ApS').waitFor();

    const search = page.getByLabel('Search');
    await search.fill('ostergaard tomrer');
    await customerRow('Nordlys Rengøring AS').waitFor({ state: 'detached' });
    await customerRow('Østergaard Tømrer ApS').waitFor();
    expect(await main().getByRole('row').count()).toBe(2); // header + one customer
    expect(new URL(page.url()).searchParams.get('q')).toBe('ostergaard tomrer');

    await search.fill('');
    await customerRow('Nordlys Rengøring AS').waitFor();
    await search.fill('Mette'); // a contact's name finds the customer
    await customerRow('Nordlys Rengøring AS').waitFor({ state: 'detached' });
    await customerRow('Østergaard Tømrer ApS').waitFor();

    await search.fill('no such customer anywhere');
    await main().getByText('No customers match your search.').waitFor();

    await search.fill('');
    await customerRow('Nordlys Rengøring AS').waitFor();
    await page.getByLabel('Status').selectOption({ label: 'Prospect' });
    await customerRow('Nordlys Rengøring AS').waitFor({ state: 'detached' });
    await customerRow('Østergaard Tømrer ApS').waitFor();
    await page.getByLabel('Status').selectOption({ label: 'All statuses' });
    await customerRow('Nordlys Rengøring AS').waitFor();
  });

  it('moves the customer to the trash and restores it from the trash page', async () => {
    await main().getByRole('link', { name: 'Østergaard Tømrer ApS' }).click();
    await main().getByRole('heading', { name: 'Østergaard Tømrer ApS', level: 1 }).waitFor();
    await main().getByRole('button', { name: 'Move to trash' }).click();
    await main().getByText('Move this customer and its contacts to the trash?').waitFor();
    await main().getByRole('button', { name: 'Move to trash' }).click();

    await main().getByText('Østergaard Tømrer ApS was moved to the trash.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/customers');
    await customerRow('Nordlys Rengøring AS').waitFor();
    expect(await customerRow('Østergaard Tømrer ApS').count()).toBe(0);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trash' }).click();
    const row = customerRow('Østergaard Tømrer ApS');
    await row.waitFor();
    await row.getByText('Administrator').waitFor(); // who moved it there (once the users have arrived)
    expect(await row.textContent()).toMatch(/\d{1,2}:\d{2}/); // and when
    await row.getByRole('button', { name: 'Restore Østergaard Tømrer ApS' }).click();
    await main().getByText('Østergaard Tømrer ApS is restored.').waitFor();
    await row.waitFor({ state: 'detached' });
    await main().getByText('The trash is empty.').waitFor();

    await main().getByRole('link', { name: 'Open customer' }).click();
    await main().getByRole('heading', { name: 'Østergaard Tømrer ApS', level: 1 }).waitFor();
    await main().getByRole('list', { name: 'Contacts' }).getByText('Mette Kjær').waitFor();
  });

  it('deletes a customer for good from the trash, after asking', async () => {
    // A customer put in the trash through the API, in the signed-in session.
    await page.evaluate(async () => {
      const created = await fetch('/api/v1/customers', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Skrot & Co ApS' }),
      });
      const { id } = await created.json();
      await fetch(`/api/v1/customers/${id}`, { method: 'DELETE' });
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trash' }).click();
    const row = customerRow('Skrot & Co ApS');
    await row.getByRole('button', { name: 'Delete permanently' }).click();
    await row.getByText('Delete Skrot & Co ApS with its contacts and activities for good? This cannot be undone.').waitFor();
    await row.getByRole('button', { name: 'Delete for good' }).click();
    await main().getByText('Skrot & Co ApS is deleted for good.').waitFor();
    await row.waitFor({ state: 'detached' });
    const status = await page.evaluate(async () => (await fetch('/api/v1/customers?deleted=true&q=skrot')).json());
    expect(status.items).toEqual([]);
  });

  it('adds a colleague, who signs in only while active', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    await main().getByRole('button', { name: 'Add user' }).click();
    const form = main().getByRole('form', { name: 'Add user' });
    await form.getByLabel('Name').fill('Sofie Holm');
    await form.getByLabel('Email').fill('sofie@e2e.tend.test');
    await form.getByLabel('Password').fill('short');
    await form.getByRole('button', { name: 'Add user' }).click();
    await form.getByText('At least 10 characters', { exact: true }).waitFor();

    await form.getByLabel('Password').fill('sofies long password');
    await form.getByLabel('Role').selectOption('manager');
    await form.getByLabel('Language').selectOption('da');
    await form.getByRole('button', { name: 'Add user' }).click();
    await main().getByText('Sofie Holm can now sign in.').waitFor();

    const row = main().getByRole('row').filter({ hasText: 'sofie@e2e.tend.test' });
    expect(await row.getByRole('combobox', { name: 'Role of Sofie Holm' }).inputValue()).toBe('manager');
    expect(await row.textContent()).toContain('Dansk');
    await row.getByRole('combobox', { name: 'Role of Sofie Holm' }).selectOption('user');
    await main().getByText("Sofie Holm's role is changed.").waitFor();
    await row.getByRole('button', { name: 'Deactivate Sofie Holm' }).click();
    await row.getByText('Deactivated').waitFor();

    // A deactivated colleague cannot sign in…
    const sofie = { email: 'sofie@e2e.tend.test', password: 'sofies long password' };
    const other = await newPage(browser);
    await other.page.goto(server.url);
    await other.page.getByLabel('Email').fill(sofie.email);
    await other.page.getByLabel('Password').fill(sofie.password);
    await other.page.getByRole('button', { name: 'Sign in' }).click();
    await other.page.getByText('The email or password is not right.').waitFor();

    // …until reactivated; then she works in her own language, without the admin's Users page.
    await row.getByRole('button', { name: 'Reactivate Sofie Holm' }).click();
    await row.getByText('Active', { exact: true }).waitFor();
    await other.page.getByRole('button', { name: 'Sign in' }).click();
    const nav = other.page.getByRole('navigation', { name: 'Hovedmenu' });
    await nav.getByRole('link', { name: 'Kunder' }).waitFor();
    const sofiesEntries = await nav.getByRole('link').allTextContents();
    expect(sofiesEntries).toEqual(expect.arrayContaining(['Kunder', 'Papirkurv']));
    expect(sofiesEntries).not.toContain('Brugere');
    await other.page.goto(`${server.url}/users`); // not hers: she is sent to the start page
    await other.page.waitForURL((address) => address.pathname !== '/users');
    await other.page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
    expect(await other.page.getByRole('heading', { name: 'Brugere' }).count()).toBe(0);
    await other.context.close();
  });

  it('switches the interface to Danish from the user menu', async () => {
    await page.getByRole('button', { name: /Open your settings/ }).click();
    await page.getByRole('region', { name: 'Your settings' }).getByLabel('Language').selectOption('da');

    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    await nav.getByRole('link', { name: 'Kunder' }).waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['Kunder', 'Papirkurv', 'Brugere']));
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await main().getByRole('heading', { name: 'Brugere', level: 1 }).waitFor();

    // The choice is saved: after a reload the app is still in Danish.
    await page.reload();
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Papirkurv' }).click();
    await main().getByRole('heading', { name: 'Papirkurv', level: 1 }).waitFor();
    await main().getByText('Papirkurven er tom.').waitFor();
  });

  it("shows times in the user's language and time zone", async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Kunder' }).click();
    await main().getByRole('link', { name: 'Østergaard Tømrer ApS' }).click();
    const created = main().locator('.details__row').filter({ hasText: 'Oprettet' }).locator('dd');
    await created.waitFor();
    const inCopenhagen = await created.textContent();
    expect(inCopenhagen).toMatch(/^\d{1,2}\. [a-zæøå]+\.? \d{4}.* \d{2}[.:]\d{2}$/); // Danish: "22. nov. 2026 13.08"

    await page.getByRole('button', { name: /Åbn dine indstillinger/ }).click();
    await page.getByRole('region', { name: 'Dine indstillinger' }).getByLabel('Tidszone').selectOption('America/New_York');
    await page.waitForFunction(
      (before) =>
        [...document.querySelectorAll('.details__row')].find((row) => row.textContent?.includes('Oprettet'))?.querySelector('dd')?.textContent !== before,
      inCopenhagen,
    );
    const inNewYork = await created.textContent();
    const minutesOfDay = (text: string | null) => {
      const [hours, mins] = (text ?? '').slice(-5).split(/[.:]/).map(Number);
      return hours * 60 + mins;
    };
    const shown = (minutesOfDay(inCopenhagen) - minutesOfDay(inNewYork) + 24 * 60) % (24 * 60);
    expect(shown).toBe(offsetMinutes('Europe/Copenhagen') - offsetMinutes('America/New_York'));
    await page.keyboard.press('Escape');
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: /Åbn dine indstillinger/ }).click();
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('button', { name: 'Log ind' }).waitFor();
    const me = await page.request.get(`${server.url}/api/v1/me`);
    expect(me.status()).toBe(401);
  });
});
