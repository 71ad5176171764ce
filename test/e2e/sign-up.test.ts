import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, startServer, type RunningServer } from './harness';

/** A server hosting many companies (TEND_SIGNUP=1): sign-up from the sign-in page, and choosing a workspace at sign-in. */
describe('sign-up and choosing a workspace', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ admin: true, signup: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signUp(page: Page, workspaceName: string) {
    await page.getByRole('link', { name: 'Create a workspace' }).click();
    await page.getByRole('heading', { name: 'Create a workspace' }).waitFor();
    await page.getByLabel('Company or workspace name').fill(workspaceName);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Ida Holm');
    await page.getByLabel('Email').fill('ida@holm.test');
    await page.getByLabel('Password').fill('idas long password');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('button', { name: /Ida Holm/ }).waitFor();
  }

  async function signOut(page: Page) {
    await page.getByRole('button', { name: /Ida Holm/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  }

  it('creates two workspaces from the sign-in page, then asks which one to open', async () => {
    expect(await fetch(`${server.url}/api/v1/setup`).then((r) => r.json())).toEqual({ needed: false, signup: true, mail: false });
    const { context, page } = await newPage(browser);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await signUp(page, 'Holm Consulting');
    await signOut(page);
    await signUp(page, 'Holm Trading');
    await signOut(page);

    await page.getByLabel('Email').fill('ida@holm.test');
    await page.getByLabel('Password').fill('idas long password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const choice = page.getByLabel('Workspace');
    await choice.waitFor();
    expect(await choice.locator('option').allTextContents()).toEqual(['Holm Consulting', 'Holm Trading']);
    await choice.selectOption({ label: 'Holm Trading' });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: /Ida Holm/ }).waitFor();
    const me = await (await page.request.get(`${server.url}/api/v1/me`)).json();
    const workspaces = await (await page.request.get(`${server.url}/api/v1/users`)).json();
    expect(workspaces.items.map((u: { email: string }) => u.email)).toEqual(['ida@holm.test']);
    expect(me.role).toBe('admin');
    await context.close();
  });
});
