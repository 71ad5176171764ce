import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpSink, startSmtpSink } from '../smtp-sink';
import { ADMIN, launchBrowser, newPage, type RunningServer, startServer } from './harness';

/** Forgot password end to end: the server process mails through a real local SMTP server, the browser follows the link. */
describe('resetting a forgotten password', () => {
  let sink: SmtpSink;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    sink = await startSmtpSink();
    [server, browser] = await Promise.all([
      startServer({ admin: true, env: { TEND_SMTP_URL: sink.url, TEND_MAIL_FROM: 'Tend <noreply@e2e.tend.test>' } }),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  it('asks for a link on the sign-in page, opens it from the mail, sets a new password, and signs in with it', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    // The page is a chunk of its own: wait for it, not the sign-in page's Email field.
    await page.getByRole('heading', { name: 'Forgot your password' }).waitFor();
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByRole('button', { name: 'Send link' }).click();
    await page.getByText(`If ${ADMIN.email} has an account, a link is on its way.`).waitFor();

    const mail = await sink.waitFor(ADMIN.email, { timeoutMs: 20_000 });
    expect(mail.subject).toBe('Reset your Tend password');
    expect(mail.links[0].startsWith(`${server.url}/reset-password#token=`)).toBe(true);

    const newPassword = 'a fresh forgotten-no-more password';
    await page.goto(mail.links[0]);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.locator('input[name="password"]').fill(newPassword);
    await page.getByLabel('New password again').fill(newPassword);
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByRole('button', { name: /Administrator/ }).waitFor();

    // Signed out, the old password no longer works and the new one does.
    await page.getByRole('button', { name: /Administrator/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    const signIn = async (password: string) => {
      await page.getByLabel('Email').fill(ADMIN.email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
    };
    await signIn(ADMIN.password);
    await page.getByText('The email or password is not right.').waitFor();
    await signIn(newPassword);
    await page.getByRole('button', { name: /Administrator/ }).waitFor();

    // The link worked once: opened again it says so.
    await page.goto(mail.links[0]);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.locator('input[name="password"]').fill('yet another long password');
    await page.getByLabel('New password again').fill('yet another long password');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByText('This link has been used already. Ask for a new one.').waitFor();
    await context.close();
  });
});
