import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp } from '../../../test/helpers';
import { type SmtpSink, startSmtpSink } from '../../../test/smtp-sink';

let sink: SmtpSink;
let t: TestApp;

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ smtpUrl: sink.url, mailFrom: 'Tend Test <noreply@tend.test>' });
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
});
