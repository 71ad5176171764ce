import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, launchBrowser, newPage, signIn, startServer, type RunningServer, apiOf } from './harness';

/** An admin shapes the CRM's settings (seed 003) and sees them at work on customers. */
describe('settings', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let request: APIRequestContext;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    ({ context, page } = await newPage(browser));
    request = context.request;
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const main = () => page.getByRole('main');
  const post = <T>(path: string, data: unknown) => apiOf(request, server.url).post<T>(path, data);
  const get = <T>(path: string) => apiOf(request, server.url).get<T>(path);
  const openSettings = async (section: string) => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: section }).click();
    await main().getByRole('heading', { name: section, level: 1 }).waitFor();
  };
  const namesIn = (list: ReturnType<Page['getByRole']>) =>
    list.getByRole('listitem').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));

  it('shows Settings to an admin', async () => {
    await signIn(page, server.url, ADMIN);
    await openSettings('Industries');
    expect(new URL(page.url()).pathname).toBe('/settings/industries');
  });

  it('reorders a list by dragging and with the keyboard, and the order stays after a reload', async () => {
    for (const name of ['CEO', 'CFO', 'Consultant']) await post('/contact-roles', { name });
    await openSettings('Contact roles');
    const list = main().getByRole('list', { name: 'Contact roles' });
    const row = (name: string) => list.getByRole('listitem', { name, exact: true });
    await row('Consultant').waitFor();
    expect(await namesIn(list)).toEqual(['CEO', 'CFO', 'Consultant']);

    await row('Consultant').getByTestId('drag-handle').dragTo(row('CEO'));
    await main().getByText('Consultant is now number 1 of 3.').waitFor();
    expect(await namesIn(list)).toEqual(['Consultant', 'CEO', 'CFO']);

    // The keyboard way: the move buttons.
    await row('CFO').getByRole('button', { name: 'Move CFO up' }).click();
    await main().getByText('CFO is now number 2 of 3.').waitFor();
    expect(await namesIn(list)).toEqual(['Consultant', 'CFO', 'CEO']);

    await page.reload();
    await row('CEO').waitFor();
    expect(await namesIn(list)).toEqual(['Consultant', 'CFO', 'CEO']);
    const saved = await get<{ items: { name: string }[] }>('/contact-roles');
    expect(saved.items.map((item) => item.name)).toEqual(['Consultant', 'CFO', 'CEO']);
  });

  it('adds, renames in place and deactivates list items', async () => {
    await openSettings('Sources');
    const add = main().getByRole('form', { name: 'Add to Sources' });
    await add.getByLabel('Name').fill('Messe');
    await add.getByRole('button', { name: 'Add' }).click();
    const list = main().getByRole('list', { name: 'Sources' });
    await list.getByRole('listitem', { name: 'Messe', exact: true }).waitFor();
    expect(await add.getByLabel('Name').inputValue()).toBe('');

    await list.getByRole('button', { name: 'Rename Messe' }).click();
    const rename = list.getByRole('form', { name: 'Rename Messe' });
    await rename.getByLabel('New name').fill('Trade fair');
    await rename.getByLabel('New name').press('Enter');
    const fair = list.getByRole('listitem', { name: 'Trade fair', exact: true });
    await fair.waitFor();
    await fair.getByRole('button', { name: 'Deactivate Trade fair' }).click();
    await fair.getByText('Inactive', { exact: true }).waitFor();
    const saved = await get<{ items: { name: string; active: boolean }[] }>('/sources');
    expect(saved.items).toEqual([expect.objectContaining({ name: 'Trade fair', active: false })]);

    // An empty name: the server's field message beside the field.
    await add.getByRole('button', { name: 'Add' }).click();
    await add.getByText('Required').waitFor();
  });

  it('moves all customers of one industry to another, saying how many first and after', async () => {
    const retail = await post<{ id: string }>('/industries', { name: 'Retail' });
    const wholesale = await post<{ id: string }>('/industries', { name: 'Wholesale' });
    for (const name of ['Brugsen Vejle', 'Kiosk Nørreport', 'Fiskehuset Skagen']) await post('/customers', { name, industryId: retail.id });
    await post('/customers', { name: 'Grossisten A/S', industryId: wholesale.id });

    await openSettings('Industries');
    await main().getByRole('button', { name: 'Move all customers of Retail' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move all customers of Retail' });
    await dialog.getByText('Retail has 3 customers.').waitFor();
    await dialog.getByLabel('Move them to').selectOption({ label: 'Wholesale' });
    await dialog.getByText('Move all 3 customers from Retail to Wholesale?').waitFor();
    await dialog.getByRole('button', { name: 'Yes, move them' }).click();
    await dialog.getByText('3 customers were moved to Wholesale.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Move all customers of Retail'); // focus back on the opener

    const inWholesale = await get<{ items: unknown[] }>(`/customers?industryId=${wholesale.id}`);
    expect(inWholesale.items).toHaveLength(4);
    expect((await get<{ customers: number }>(`/industries/${retail.id}/usage`)).customers).toBe(0);

    // The customer list filters by industry.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
    await main().getByLabel('Industry').selectOption({ label: 'Wholesale' });
    await main().getByRole('link', { name: 'Grossisten A/S' }).waitFor();
    await main().getByRole('link', { name: 'Kiosk Nørreport' }).waitFor();
    await main().getByLabel('Industry').selectOption({ label: 'Retail' });
    await main().getByText('No customers match').waitFor();
  });

  it("refuses to delete an industry in use with the server's reason, and offers to deactivate it", async () => {
    await openSettings('Industries');
    const list = main().getByRole('list', { name: 'Industries' });
    const wholesale = list.getByRole('listitem', { name: 'Wholesale', exact: true });
    await wholesale.getByRole('button', { name: 'Delete' }).click();
    await wholesale.getByText('Delete Wholesale?').waitFor();
    await wholesale.getByRole('button', { name: 'Delete' }).click();
    await wholesale.getByText('It cannot be deleted: it is used by 4 customers.', { exact: false }).waitFor();
    await wholesale.getByRole('button', { name: 'Deactivate instead' }).click();
    await wholesale.getByText('Inactive', { exact: true }).waitFor();
    await wholesale.getByRole('button', { name: 'Activate Wholesale' }).waitFor();
  });

  it('sets a rule on the quote type: completing a quote of a lead makes it a customer', async () => {
    await openSettings('Activity types');
    const quote = main().getByRole('list', { name: 'Activity types' }).getByRole('listitem', { name: 'Quote', exact: true });
    await quote.getByRole('button', { name: 'Icon and rule of Quote' }).click();
    const form = quote.getByRole('form', { name: 'Icon and rule of Quote' });
    await form.getByLabel("Completing one sets the customer's status to").selectOption({ label: 'Customer' });
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await quote.getByText('Completing sets the customer to Customer').waitFor();

    const types = await get<{ items: { id: string; key: string; completionSetsCustomerStatus: string | null }[] }>('/activity-types');
    const quoteType = types.items.find((type) => type.key === 'quote');
    expect(quoteType?.completionSetsCustomerStatus).toBe('customer');

    const lead = await post<{ id: string; status: string }>('/customers', { name: 'Havnens Bageri', status: 'lead' });
    expect(lead.status).toBe('lead');
    const activity = await post<{ id: string }>('/activities', { typeId: quoteType?.id, subject: 'Tilbud på morgenbrød', customerId: lead.id });
    await post(`/activities/${activity.id}/complete`, {});

    await page.goto(`${server.url}/customers/${lead.id}`);
    await main().getByRole('heading', { name: 'Havnens Bageri', level: 1 }).waitFor();
    await main().locator('.page-header').getByText('Customer', { exact: true }).waitFor();
    const history = main().getByRole('list', { name: 'Status history' });
    const change = history.getByRole('listitem').filter({ hasText: 'from Lead to Customer' });
    await change.waitFor();
    await change.getByRole('link', { name: 'Tilbud på morgenbrød' }).waitFor();
  });

  it('keeps groups in a tree, refuses a cycle beside the field, and names members with roles', async () => {
    await openSettings('Groups');
    const tree = main().getByRole('list', { name: 'Groups' });
    await main().getByRole('button', { name: 'New group' }).click();
    let form = main().getByRole('form', { name: 'New group' });
    await form.getByLabel('Group name').fill('Salg Danmark');
    await form.getByLabel('Group type').selectOption({ label: 'Sales' });
    await form.getByRole('button', { name: 'Create group' }).click();
    await main().getByRole('form', { name: 'Edit Salg Danmark' }).waitFor();

    await main().getByRole('button', { name: 'New subgroup' }).click();
    form = main().getByRole('form', { name: 'New group' });
    expect(await form.getByLabel('Placed under').inputValue()).not.toBe('');
    await form.getByLabel('Group name').fill('Team Aarhus');
    await form.getByRole('button', { name: 'Create group' }).click();
    await main().getByRole('form', { name: 'Edit Team Aarhus' }).waitFor();
    expect(await tree.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Salg Danmark'), expect.stringContaining('Team Aarhus')]);

    // Placing the parent under its own subgroup: the server's field error beside the field.
    await tree.getByRole('button', { name: /Salg Danmark/ }).click();
    const edit = main().getByRole('form', { name: 'Edit Salg Danmark' });
    await edit.getByLabel('Placed under').selectOption({ label: '\u00a0\u00a0Team Aarhus' });
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.getByText('A group cannot be placed under itself or one of its subgroups').waitFor();
    expect(await edit.getByLabel('Placed under').getAttribute('aria-invalid')).toBe('true');

    const members = main().getByRole('form', { name: 'Add member' });
    await members.getByLabel('Employee').selectOption({ label: 'Administrator' });
    await members.getByLabel('Role').fill('Salgschef');
    await members.getByRole('button', { name: 'Add member' }).click();
    const table = main().getByRole('table', { name: 'Members' });
    await table.getByRole('cell', { name: 'Administrator', exact: true }).waitFor();
    expect(await table.getByLabel('Role of Administrator').inputValue()).toBe('Salgschef');
    await tree.getByText('1 member').waitFor();
  });

  it('keeps a sales budget per salesperson and month for a year', async () => {
    await openSettings('Sales budget');
    const grid = main().getByRole('table', { name: `Sales budget ${new Date().getFullYear()}` });
    await grid.getByRole('rowheader', { name: 'Administrator' }).waitFor();
    await grid.getByLabel('Budget for Administrator in January').fill('120 000');
    await grid.getByLabel('Budget for Administrator in February').fill('95000,50');
    await grid.getByLabel('Currency of Administrator').fill('NOK');
    await main()
      .getByRole('button', { name: `Save budget for ${new Date().getFullYear()}` })
      .click();
    await main().getByText(`The budget for ${new Date().getFullYear()} is saved.`).waitFor();

    await page.reload();
    await grid.getByRole('rowheader', { name: 'Administrator' }).waitFor();
    expect(await grid.getByLabel('Budget for Administrator in January').inputValue()).toBe('120000');
    expect(await grid.getByLabel('Budget for Administrator in February').inputValue()).toBe('95000.5');
    expect(await grid.getByLabel('Currency of Administrator').inputValue()).toBe('NOK');
  });

  it('shows who changed what in the change log', async () => {
    await openSettings('Change log');
    await main().getByLabel('Record').selectOption({ label: 'industry' });
    const log = main().getByRole('list', { name: 'Change log' });
    await log.getByText('Administrator moved the customers of the industry Retail', { exact: true }).waitFor();
    await log.getByText('Administrator changed the active of Wholesale from yes to no', { exact: true }).waitFor();
  });

  it('keeps Settings from a colleague who is not an admin', async () => {
    const colleague = { email: 'sofie@e2e.tend.test', password: 'sofies long password' };
    await post('/users', { ...colleague, name: 'Sofie Sælger', role: 'user', locale: 'en' });
    const other = await newPage(browser);
    try {
      await signIn(other.page, server.url, colleague);
      const nav = other.page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Customers' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Settings' }).count()).toBe(0);
      await other.page.goto(`${server.url}/settings/industries`);
      await nav.getByRole('link', { name: 'Customers' }).waitFor();
      expect(new URL(other.page.url()).pathname).not.toContain('/settings');
    } finally {
      await other.context.close();
    }
  });

  it('creates a category in place from the customer form, and shows it with the extra info', async () => {
    await post('/categories', { name: 'Only for contacts', appliesTo: 'contact' });
    await post('/origins', { name: 'Recommendation' });
    await post('/products', { name: 'Bread subscription' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
    await main().getByRole('link', { name: 'New customer' }).click();
    const form = main().getByRole('form', { name: 'New customer' });
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Café Strandvejen');
    await form.getByLabel('Industry').selectOption({ label: 'Retail' });
    expect(await form.getByLabel('Industry').getByRole('option', { name: 'Wholesale' }).count()).toBe(0); // deactivated above
    await form.getByLabel('Origin').selectOption({ label: 'Recommendation' });
    const categories = form.getByRole('group', { name: 'Categories' });
    expect(await categories.getByText('Only for contacts').count()).toBe(0); // only categories for customers
    await categories.getByRole('button', { name: 'New category' }).click();
    await categories.getByLabel('Name of the new category').fill('Key account');
    await categories.getByLabel('Name of the new category').press('Enter'); // creates the category, does not save the customer
    await expect(categories.getByRole('checkbox', { name: 'Key account' }).isChecked()).resolves.toBe(true);
    await form.getByRole('group', { name: 'Products' }).getByRole('checkbox', { name: 'Bread subscription' }).check();
    await form.getByRole('button', { name: 'Create customer' }).click();

    await main().getByRole('heading', { name: 'Café Strandvejen', level: 1 }).waitFor();
    const extra = main().getByRole('region', { name: 'Extra info' });
    await extra.getByText('Key account').waitFor();
    await extra.getByText('Retail').waitFor();
    await extra.getByText('Recommendation').waitFor();
    await extra.getByText('Bread subscription').waitFor();
    const saved = await get<{ items: { name: string; appliesTo: string }[] }>('/categories');
    expect(saved.items).toContainEqual(expect.objectContaining({ name: 'Key account', appliesTo: 'customer' }));

    // A contact gets a role and the categories for contacts.
    await post('/contact-roles', { name: 'Owner' });
    await main().getByRole('button', { name: 'Add contact' }).click();
    const contactForm = main().getByRole('form', { name: 'Add contact' });
    await contactForm.getByLabel('First name').fill('Ida');
    await contactForm.getByLabel('Role').selectOption({ label: 'Owner' });
    const contactCategories = contactForm.getByRole('group', { name: 'Categories' });
    await contactCategories.getByRole('checkbox', { name: 'Only for contacts' }).check();
    expect(await contactCategories.getByText('Key account').count()).toBe(0);
    await contactForm.getByRole('button', { name: 'Add contact' }).click();
    await contactForm.waitFor({ state: 'detached' });
    await main().getByRole('list', { name: 'Contacts' }).getByText('Owner').waitFor();
  });
});
