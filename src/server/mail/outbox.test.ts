import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KDF_COST, type TestApp, createTestApp } from '../../../test/helpers';
import { type SmtpSink, startSmtpSink } from '../../../test/smtp-sink';
import { buildApp, loggerOptions } from '../app';
import { ConfigError, mailFromFor, readConfig } from '../config';
import { rows } from '../db/client';

let sink: SmtpSink;
let t: TestApp;
const logLines: string[] = [];
const logger = {
  ...loggerOptions('debug'),
  stream: new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
};
const FAST_RETRY = { retryDelaySeconds: 0, retryBackoff: false };

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ smtpUrl: sink.url, mailFrom: 'Tend Test <noreply@tend.test>', logger, mailRetry: { ...FAST_RETRY, retryLimit: 2 } });
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

describe('the outbox', () => {
  it('is on when an SMTP URL is configured', () => {
    expect(t.app.mail.mailEnabled).toBe(true);
    expect(t.app.jobs.running).toBe(true);
  });

  it('delivers a queued message through a real SMTP server, UTF-8 intact', async () => {
    const text = 'Hej Søren — æøå ÆØÅ, שלום עולם. Open https://tend.test/reset?token=abc';
    await t.app.mail.queueMail({ to: 'søren@tend.test'.replace('ø', 'o'), subject: 'Nulstil adgangskode – æøå', text, html: `<p dir="auto">${text}</p>` });
    const mail = await sink.waitFor('soren@tend.test');
    expect(mail.subject).toBe('Nulstil adgangskode – æøå');
    expect(mail.from).toBe('"Tend Test" <noreply@tend.test>');
    expect(mail.envelope).toEqual({ from: 'noreply@tend.test', to: ['soren@tend.test'] });
    expect(mail.to).toBe('soren@tend.test');
    expect(mail.text.trim()).toBe(text);
    expect(mail.html).toContain('שלום עולם');
    expect(mail.links).toEqual(['https://tend.test/reset?token=abc']);
  });

  it('retries when the SMTP server fails, and logs the failure without the password', async () => {
    sink.failNext(1);
    await t.app.mail.queueMail({ to: 'retry@tend.test', subject: 'Second try', text: 'Sent on the second attempt' });
    const mail = await sink.waitFor('retry@tend.test');
    expect(mail.subject).toBe('Second try');
    const failures = logLines.filter((l) => l.includes('job failed, will retry'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('451');
    expect(logLines.some((l) => l.includes('mail sent'))).toBe(true);
    expect(logLines.join('\n')).not.toContain(sink.password);
  });
});

describe('mail with a wrong SMTP password', () => {
  it('fails after its retries; neither the log nor the job keeps the password', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const wrong = sink.url.replace(encodeURIComponent(sink.password), 'wrong-Pa55word-xyz');
    const app = await createTestApp({ smtpUrl: wrong, logger: { ...loggerOptions('debug'), stream }, mailRetry: { ...FAST_RETRY, retryLimit: 1 } });
    try {
      await app.app.mail.queueMail({ to: 'nobody@tend.test', subject: 'Never sent', text: 'x' });
      const deadline = Date.now() + 15_000;
      while (!lines.some((l) => l.includes('job failed for good')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const log = lines.join('\n');
      expect(log).toContain('job failed for good');
      expect(log).toMatch(/535|Invalid login/);
      // pg-boss stores the failure after the worker logs it: on a busy machine the row may lag a moment.
      const read = () => rows<{ state: string; output: unknown }>(app.database.db, sql`SELECT state, output FROM pgboss.job WHERE name = 'mail.send'`);
      let stored = await read();
      while (stored.some((r) => r.state !== 'failed') && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        stored = await read();
      }
      expect(stored.map((r) => r.state)).toEqual(['failed']);
      for (const text of [log, JSON.stringify(stored)]) {
        expect(text).not.toContain('wrong-Pa55word-xyz');
        expect(text).not.toContain(Buffer.from('wrong-Pa55word-xyz').toString('base64'));
      }
    } finally {
      await app.close();
    }
    expect(sink.messages.some((m) => m.envelope.to.includes('nobody@tend.test'))).toBe(false);
  });
});

describe('mail configuration', () => {
  it('is off without TEND_SMTP_URL, and queueMail then does nothing', async () => {
    expect(readConfig({}, []).smtpUrl).toBeNull();
    // The same database, without mail: no second database needed.
    const off = await buildApp({ database: t.database, kdfCost: TEST_KDF_COST });
    try {
      expect(off.mail.mailEnabled).toBe(false);
      expect(off.jobs.running).toBe(false);
      await off.mail.queueMail({ to: 'a@tend.test', subject: 's', text: 't' });
    } finally {
      await off.close();
    }
  });

  it('refuses a URL that is not SMTP without echoing it (it may hold a password)', () => {
    for (const url of ['http://u:s3cretpw@host', 'smtp//u:s3cretpw@host', 'smtp://u:s3cretpw@']) {
      const error = (() => {
        try {
          readConfig({ TEND_SMTP_URL: url }, []);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).not.toContain('s3cretpw');
    }
    expect(readConfig({ TEND_SMTP_URL: 'smtps://u:p@mail.example.com:465' }, []).smtpUrl).toBe('smtps://u:p@mail.example.com:465');
  });

  it('sends from TEND_MAIL_FROM, else the SMTP user when it is an address, else tend@ the SMTP host', () => {
    expect(mailFromFor('Acme CRM <crm@acme.test>', 'smtp://u:p@h')).toBe('Acme CRM <crm@acme.test>');
    expect(mailFromFor(undefined, 'smtp://crm%40acme.test:p@smtp.acme.test')).toBe('Tend <crm@acme.test>');
    expect(mailFromFor(undefined, 'smtp://apikey:p@smtp.acme.test')).toBe('Tend <tend@smtp.acme.test>');
    expect(() => mailFromFor('not an address', null)).toThrow(ConfigError);
  });
});
