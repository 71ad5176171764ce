import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Client, PASSWORD, type TestApp, TEST_KDF_COST, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import { type SmtpSink, startSmtpSink } from '../../../../test/smtp-sink';
import { LOCALES, type Locale } from '../../../shared/common';
import { makeUser } from '../../demo/records';
import { loggerOptions } from '../../app';
import { inviteTexts, resetTexts } from './account-mail-texts';

const logLines: string[] = [];
const logs = new Writable({
  write(chunk, _enc, done) {
    logLines.push(chunk.toString());
    done();
  },
});

let sink: SmtpSink;
let t: TestApp;
let admin: Client;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ smtpUrl: sink.url, logger: { ...loggerOptions('debug'), stream: logs } });
  admin = await newWorkspace(t);
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

const NEW_PASSWORD = 'a brand new password';
let client = 0;
const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload, remoteAddress: `198.51.100.${++client}` });
const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');
const login = (email: string, password: string, workspace?: string) => post('/api/v1/auth/login', { email, password, workspace });

describe(`account mails through a real SMTP server (${inject('engine')})`, () => {
  it('forgot password mails a Danish user a one-time link in Danish; the link sets the password', async () => {
    const user = await newUser(t, admin, 'user', { locale: 'da' });
    expect((await post('/api/v1/auth/forgot', { email: user.user.email.toUpperCase() })).statusCode).toBe(202);
    const mail = await sink.waitFor(user.user.email);
    expect(mail.subject).toBe('Nulstil din adgangskode til Tend');
    expect(mail.text).toContain('inden for en time');
    expect(mail.links).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:3000\/reset-password#token=tnd_r_/)]);
    expect((await post('/api/v1/auth/reset', { token: tokenOf(mail.links[0]), password: NEW_PASSWORD })).statusCode).toBe(200);
    expect((await login(user.user.email, NEW_PASSWORD)).statusCode).toBe(200);
    // Tokens never reach the logs (the link's token, nor its hash in a query).
    expect(logLines.join('').includes(tokenOf(mail.links[0]))).toBe(false);
  });

  it('an address with accounts in two workspaces gets one mail with a link for each, each resetting its own', async () => {
    const other = await newWorkspace(t);
    const email = `two-places-${Date.now()}@test.tend`;
    const actorOf = (c: Client) => ({
      userId: c.user.id,
      workspaceId: c.user.workspaceId,
      role: c.user.role,
      locale: 'en',
      timeZone: 'Europe/Copenhagen',
      restricted: false,
    });
    for (const a of [admin, other]) {
      await makeUser(t.database.db, actorOf(a), {
        email,
        role: 'user',
        name: 'Two Places',
        locale: 'en',
        timeZone: 'Europe/Copenhagen',
        password: PASSWORD,
        kdfCost: TEST_KDF_COST,
      });
    }
    await post('/api/v1/auth/forgot', { email });
    const mail = await sink.waitFor(email);
    expect(mail.links).toHaveLength(2);
    expect((await post('/api/v1/auth/reset', { token: tokenOf(mail.links[1]), password: NEW_PASSWORD })).statusCode).toBe(200);
    expect((await login(email, NEW_PASSWORD, other.user.workspaceId)).statusCode).toBe(200);
    expect((await login(email, PASSWORD, admin.user.workspaceId)).statusCode).toBe(200);
  });

  it('an unknown address gets no mail, and one address gets at most three mails in a row (no mail bombing), all answered 202', async () => {
    const user = await newUser(t, admin);
    await post('/api/v1/auth/forgot', { email: 'nobody-here@test.tend' });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await post('/api/v1/auth/forgot', { email: user.user.email })).statusCode);
    expect(answers).toEqual([202, 202, 202, 202, 202]);
    for (let i = 0; i < 3; i++) await sink.waitFor(user.user.email);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(sink.messages.filter((m) => m.to.includes(user.user.email))).toHaveLength(3);
    expect(sink.messages.filter((m) => m.to.includes('nobody-here@test.tend'))).toHaveLength(0);
  });

  it('an invitation is mailed (the admin is not shown the link) and accepting it signs the person in', async () => {
    const email = `invited-${Date.now()}@test.tend`;
    const res = await admin.post('/api/v1/invitations', { email, name: 'Ida Invited', role: 'user' });
    expect(res.json()).toMatchObject({ mailed: true, link: null });
    const mail = await sink.waitFor(email);
    expect(mail.subject).toContain('You are invited to');
    const accepted = await post('/api/v1/invitations/accept', { token: tokenOf(mail.links[0]), password: NEW_PASSWORD });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await login(email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('an admin reset is mailed to the user', async () => {
    const user = await newUser(t, admin);
    expect((await admin.post(`/api/v1/users/${user.user.id}/password-reset`)).json()).toMatchObject({ mailed: true, link: null });
    const mail = await sink.waitFor(user.user.email);
    expect((await post('/api/v1/auth/reset', { token: tokenOf(mail.links[0]), password: NEW_PASSWORD })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toMatchObject({ mail: true });
  });
});

/** A word of each language's mail that only that language has, to see the mail is not in English. */
const resetWords: Record<Locale, string> = { en: 'within an hour', da: 'inden for en time', nb: 'innen en time', hu: 'Egy órán belül', he: 'בתוך שעה' };
const inviteWords: Record<Locale, string> = { en: 'has invited you', da: 'har inviteret dig', nb: 'har invitert deg', hu: 'meghívta Önt', he: 'קיבלת הזמנה' };

describe(`account mails in the reader's language (${inject('engine')})`, () => {
  it.each(LOCALES)('%s: the reset mail, its text and its HTML part (with the language and its direction)', async (locale) => {
    const email = `reset-${locale}-${Date.now()}@test.tend`;
    const actor = {
      userId: admin.user.id,
      workspaceId: admin.user.workspaceId,
      role: admin.user.role,
      locale: 'en',
      timeZone: 'Europe/Copenhagen',
      restricted: false,
    };
    await makeUser(t.database.db, actor, {
      email,
      role: 'user',
      name: 'Reader',
      locale,
      timeZone: 'Europe/Copenhagen',
      password: PASSWORD,
      kdfCost: TEST_KDF_COST,
    });
    expect((await post('/api/v1/auth/forgot', { email })).statusCode).toBe(202);
    const mail = await sink.waitFor(email);
    expect(mail.subject).toBe(resetTexts[locale].subject);
    expect(mail.text).toContain(resetWords[locale]);
    expect(mail.html).toContain(`<html lang="${locale}" dir="${locale === 'he' ? 'rtl' : 'ltr'}">`);
    expect(mail.html).toContain(resetWords[locale]);
    expect(mail.links).toHaveLength(1);
  });

  it.each(LOCALES)('%s: the invitation, with the names kept in their own direction', async (locale) => {
    const email = `invited-${locale}-${Date.now()}@test.tend`;
    expect((await admin.post('/api/v1/invitations', { email, name: 'Ida <Invited>', role: 'user', locale })).statusCode).toBe(201);
    const mail = await sink.waitFor(email);
    expect(mail.text).toContain(inviteWords[locale]);
    expect(mail.html).toContain(`dir="${locale === 'he' ? 'rtl' : 'ltr'}"`);
    expect(mail.html).toMatch(/<bdi>[^<]+<\/bdi>/);
    expect(mail.links).toHaveLength(1);
  });

  it('the texts hold no markup characters (they go into the HTML part as they are)', () => {
    const texts = LOCALES.flatMap((l) => [...Object.values(resetTexts[l]), inviteTexts[l].subject('W'), inviteTexts[l].intro('A', 'W'), inviteTexts[l].outro]);
    for (const text of texts) expect(text).not.toMatch(/[<>&"]/);
  });
});
