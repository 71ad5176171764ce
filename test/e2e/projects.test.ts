import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, apiOf, launchBrowser, newPage, type RunningServer, signIn, startServer } from './harness';

/**
 * Template customers and projects in the web app (issue 17 point 6): a template customer with
 * sub-projects and open tasks is exported; an admin imports the document as "Kovács Bt." through
 * "New customer from template", sharing it with a coworker (restricted visibility); the coworker
 * signs in and sees the customer, its sub-projects and their tasks on the customer and project pages.
 */
describe('a customer from a template, shared with a coworker', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let admin: Page;
  const ids: Record<string, string> = {};
  let document: unknown;
  const eszter = { email: 'eszter@e2e.tend.test', password: 'eszter has a long password' };

  const open = async () => {
    const { context, page } = await newPage(browser, { width: 1280, height: 850 });
    contexts.push(context);
    return page;
  };
  const api = () => apiOf(admin.request, server.url);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true }), launchBrowser()]);
    admin = await open();
    await signIn(admin, server.url, ADMIN);
    ids.eszter = (await api().post<{ id: string }>('/users', { ...eszter, name: 'Szabó Eszter', role: 'user' })).id;
    await api().post('/customers', { name: 'Nem megosztott Kft.', status: 'customer' });
    const model = (await api().post<{ id: string }>('/customers', { name: 'Minta ügyfél', status: 'customer', isTemplate: true })).id;
    const kitchen = (await api().post<{ id: string }>('/projects', { customerId: model, name: 'Konyhafelújítás' })).id;
    const tiles = (await api().post<{ id: string }>('/projects', { customerId: model, parentId: kitchen, name: 'Csempézés' })).id;
    await api().post('/projects', { customerId: model, name: 'Garázs' });
    const types = await api().get<{ items: { id: string; key: string }[] }>('/activity-types');
    const typeId = types.items.find((type) => type.key === 'task')?.id ?? types.items[0].id;
    const when = '2026-12-20T09:00:00+01:00';
    await api().post('/activities', { typeId, subject: 'Felmérés a helyszínen', customerId: model, projectId: kitchen, scheduledAt: when });
    await api().post('/activities', { typeId, subject: 'Csempe kiválasztása', customerId: model, projectId: tiles, scheduledAt: when });
    document = await api().get(`/customers/${model}/export`);
    const res = await admin.request.patch(`${server.url}/api/v1/workspace`, { data: { customerVisibility: 'restricted' } });
    expect(res.status()).toBe(200);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('an admin imports the template document as "Kovács Bt." and shares it with a coworker', async () => {
    await admin.goto(`${server.url}/customers`);
    await admin.getByRole('link', { name: 'From a template' }).click();
    const main = admin.getByRole('main');
    await main.getByRole('heading', { name: 'New customer from template' }).waitFor();
    await main.getByLabel('Or upload an exported file (.json)').setInputFiles({
      name: 'minta.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(document)),
    });
    await main.getByLabel('Name of the new customer').fill('Kovács Bt.');
    await main.getByRole('group', { name: 'Share with' }).getByRole('checkbox', { name: 'Szabó Eszter' }).check();
    await main.getByRole('button', { name: 'Create customer' }).click();
    await main.getByRole('heading', { name: 'Kovács Bt.' }).waitFor();
    ids.customer = new URL(admin.url()).pathname.split('/').pop() ?? '';
    const projects = main.getByRole('region', { name: 'Projects' });
    await projects.getByRole('link', { name: 'Csempézés' }).waitFor();
    expect(await api().get(`/customers/${ids.customer}/shares`)).toEqual({ items: [expect.objectContaining({ userId: ids.eszter })] });
  });

  it('the coworker sees the customer, its sub-projects and their tasks', async () => {
    const page = await open();
    await signIn(page, server.url, eszter);
    await page.goto(`${server.url}/customers`);
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Kovács Bt.' }).waitFor();
    expect(await main.getByText('Nem megosztott Kft.').count()).toBe(0); // restricted: not shared, not seen
    await main.getByRole('link', { name: 'Kovács Bt.' }).click();
    await main.getByRole('heading', { name: 'Kovács Bt.' }).waitFor();

    const projects = main.getByRole('region', { name: 'Projects' });
    for (const name of ['Konyhafelújítás', 'Csempézés', 'Garázs']) await projects.getByRole('link', { name }).waitFor();
    await projects.getByRole('button', { name: 'Tasks of Konyhafelújítás' }).click();
    await projects.getByRole('link', { name: 'Felmérés a helyszínen' }).waitFor();
    await projects.getByRole('button', { name: 'Tasks of Csempézés' }).click();
    await projects.getByRole('link', { name: 'Csempe kiválasztása' }).waitFor();

    // The project page: its sub-projects and activities.
    await projects.getByRole('link', { name: 'Konyhafelújítás' }).click();
    await main.getByRole('heading', { name: 'Konyhafelújítás', level: 1 }).waitFor();
    await main.getByRole('region', { name: 'Sub-projects' }).getByRole('link', { name: 'Csempézés' }).waitFor();
    await main.getByRole('region', { name: 'Activities' }).getByRole('link', { name: 'Felmérés a helyszínen' }).waitFor();
    await main.getByRole('region', { name: 'Sub-projects' }).getByRole('link', { name: 'Csempézés' }).click();
    await main.getByRole('heading', { name: 'Csempézés', level: 1 }).waitFor();
    await main.getByRole('region', { name: 'Activities' }).getByRole('link', { name: 'Csempe kiválasztása' }).waitFor();
  });

  it('an admin chooses on the project page which partners of the customer see the project', async () => {
    const anna = await api().post<{ userId: string }>('/partners', { customerId: ids.customer, email: 'anna@kovacs.test', name: 'Kovács Anna' });
    const projects = await api().get<{ items: { id: string; name: string }[] }>(`/projects?customerId=${ids.customer}`);
    const kitchen = projects.items.find((p) => p.name === 'Konyhafelújítás')?.id ?? '';
    await admin.goto(`${server.url}/projects/${kitchen}`);
    const partners = admin.getByRole('main').getByRole('region', { name: 'Partners' });
    await partners.getByRole('checkbox', { name: 'Kovács Anna' }).check();
    await partners.getByRole('button', { name: 'Save partners' }).click();
    await partners.getByText('Saved.').waitFor();
    const shared = await api().get<{ items: { userId: string }[] }>(`/projects/${kitchen}/partners`);
    expect(shared.items.map((p) => p.userId)).toEqual([anna.userId]);
  });
});
