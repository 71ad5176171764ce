import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, startServer, type RunningServer } from './harness';

/** A new installation without TEND_ADMIN_*: the web app offers setup and lands signed in. */
describe('first-run setup', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: false }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates the workspace and its admin, then lands signed in', async () => {
    const before = await fetch(`${server.url}/api/v1/setup`).then((response) => response.json());
    expect(before).toEqual({ needed: true, signup: false, mail: false });

    const { context, page } = await newPage(browser);
    await page.goto(`${server.url}/customers`);
    await page.getByRole('heading', { name: 'Set up Tend' }).waitFor();

    await page.getByLabel('Company or workspace name').fill('Hansen & Co');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Kirsten Hansen');
    await page.getByLabel('Email').fill('kirsten@hansen.test');
    await page.getByLabel('Password').fill('short');
    await page.getByLabel('Time zone').selectOption('Europe/Copenhagen');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByText('At least 10 characters', { exact: true }).waitFor();

    await page.getByLabel('Password').fill('kirstens long password');
    await page.getByRole('button', { name: 'Create workspace' }).click();

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Customers' }).waitFor();
    await page.getByRole('main').getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
    await page.getByRole('button', { name: /Kirsten Hansen/ }).waitFor();
    expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(1);

    const after = await fetch(`${server.url}/api/v1/setup`).then((response) => response.json());
    expect(after).toEqual({ needed: false, signup: false, mail: false });
    const me = await page.request.get(`${server.url}/api/v1/me`);
    expect(await me.json()).toMatchObject({ email: 'kirsten@hansen.test', role: 'admin', timeZone: 'Europe/Copenhagen' });

    // Signing in again works with the new password.
    await page.getByRole('button', { name: /Kirsten Hansen/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').fill('kirsten@hansen.test');
    await page.getByLabel('Password').fill('kirstens long password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await nav.getByRole('link', { name: 'Customers' }).waitFor();
    await context.close();
  });
});
