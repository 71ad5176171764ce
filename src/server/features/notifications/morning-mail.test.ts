import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySchema } from '../../../shared/activities';
import { userSchema } from '../../../shared/users';
import { activityType, makeCustomer, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';
import { type SmtpSink, startSmtpSink } from '../../../../test/smtp-sink';
import { sendMorningMails } from './morning-mail.service';

let t: TestApp;
let sink: SmtpSink;
const BASE = 'https://crm.example.test';

/** A run of the job "at" a fixed instant, as the scheduled job runs it: the tests never depend on the hour CI runs at. */
const runAt = (iso: string) => sendMorningMails(t.database.db, { mailer: t.app.mail, publicUrl: `${BASE}/` }, new Date(iso));
/** Lets queued mails reach the sink (the outbox sends them on the job queue). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
const mailsTo = (c: Client) => sink.messages.filter((m) => m.envelope.to.includes(c.user.email));

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ smtpUrl: sink.url });
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

/** A workspace whose admin asked for the morning mail, with a customer and the call type. */
async function subscriber(options: { locale?: string; timeZone?: string } = {}) {
  const admin = await newWorkspace(t, options);
  parse(userSchema, await admin.patch('/api/v1/me', { morningMail: true }));
  const typeId = await activityType(t, admin, 'call');
  const customerId = (await makeCustomer(t, admin, { name: 'Bæk & Søn' })).id;
  const add = async (subject: string, scheduledAt: string, allDay = false) =>
    parse(activitySchema, await admin.post('/api/v1/activities', { typeId, customerId, subject, scheduledAt, allDay }), 201);
  return { admin, add };
}

describe('the morning-mail option', () => {
  it('is off by default, turned on and off on /me; anything but a boolean is a 400 naming the field', async () => {
    const t2 = await newWorkspace(t);
    expect(parse(userSchema, await t2.get('/api/v1/me')).morningMail).toBe(false);
    expect(parse(userSchema, await t2.patch('/api/v1/me', { morningMail: true })).morningMail).toBe(true);
    expect(parse(userSchema, await t2.get('/api/v1/me')).morningMail).toBe(true);
    expect(Object.keys(refusal(await t2.patch('/api/v1/me', { morningMail: 'yes' }), 400).fields ?? {})).toEqual(['morningMail']);
    expect(parse(userSchema, await t2.patch('/api/v1/me', { morningMail: false })).morningMail).toBe(false);
  });
});

describe('the morning mail', () => {
  // 2027-03-10 in Copenhagen (UTC+1): 07:00 local is 06:00 UTC.
  it('goes at 07:00 local, once that day, with the overdue count and today’s activities, in the user’s language', { timeout: 30_000 }, async () => {
    const { admin, add } = await subscriber({ locale: 'da', timeZone: 'Europe/Copenhagen' });
    const call = await add('Ring til Søren', '2027-03-10T09:30:00Z');
    const allDay = await add('Send tilbud', '2027-03-10T00:00:00Z', true);
    await add('Gammel opfølgning', '2027-03-08T09:00:00Z');
    await add('I morgen', '2027-03-11T09:00:00Z');
    await runAt('2027-03-10T05:59:00Z'); // 06:59 in Copenhagen: too early
    await settle();
    expect(mailsTo(admin)).toEqual([]);
    expect(await runAt('2027-03-10T06:01:00Z')).toBeGreaterThanOrEqual(1);
    const mail = await sink.waitFor(admin.user.email, { timeoutMs: 20_000 });
    expect(mail.subject).toBe('Din to-do-liste for onsdag den 10. marts 2027');
    expect(mail.text).toContain('1 aktivitet er overskredet.');
    expect(mail.text).toContain('2 aktiviteter skal klares i dag:');
    expect(mail.text).toContain('10.30  Ring til Søren (Bæk & Søn)');
    expect(mail.text).toContain('Hele dagen  Send tilbud');
    expect(mail.text).not.toMatch(/Gammel opfølgning|I morgen/);
    expect(mail.links).toEqual(expect.arrayContaining([`${BASE}/activities/${call.id}`, `${BASE}/activities/${allDay.id}`, `${BASE}/todo`]));
    expect(mail.html).toContain('lang="da"');
    // Later runs the same local day send nothing more; the next morning sends again.
    await runAt('2027-03-10T06:02:00Z');
    await runAt('2027-03-10T10:00:00Z');
    await settle();
    expect(mailsTo(admin)).toHaveLength(1);
    await runAt('2027-03-11T06:30:00Z');
    expect((await sink.waitFor(admin.user.email, { timeoutMs: 20_000 })).subject).toBe('Din to-do-liste for torsdag den 11. marts 2027');
  });

  it('goes by the user’s own clock: Jerusalem’s 07:00 is Copenhagen’s 06:00; Hebrew, right to left', { timeout: 30_000 }, async () => {
    const { admin, add } = await subscriber({ locale: 'he', timeZone: 'Asia/Jerusalem' });
    await add('להתקשר ליוסי', '2027-03-10T08:00:00Z');
    await runAt('2027-03-10T04:59:00Z'); // 06:59 in Jerusalem (UTC+2)
    await settle();
    expect(mailsTo(admin)).toEqual([]);
    await runAt('2027-03-10T05:00:00Z');
    const mail = await sink.waitFor(admin.user.email, { timeoutMs: 20_000 });
    expect(mail.subject).toMatch(/^המשימות שלך ליום רביעי/);
    expect(mail.text).toContain('פעילות אחת להיום:');
    expect(mail.html).toContain('dir="rtl"');
  });

  it('is not sent when nothing is due, nor after noon, nor with the option off', { timeout: 30_000 }, async () => {
    const idle = await subscriber({ timeZone: 'Europe/Copenhagen' });
    await idle.add('Next week', '2027-03-17T09:00:00Z');
    const late = await subscriber({ timeZone: 'Europe/Copenhagen' });
    await late.add('Today', '2027-03-10T14:00:00Z');
    const off = await subscriber({ timeZone: 'Europe/Copenhagen' });
    await off.add('Today', '2027-03-10T14:00:00Z');
    parse(userSchema, await off.admin.patch('/api/v1/me', { morningMail: false }));
    await runAt('2027-03-10T11:00:00Z'); // 12:00 in Copenhagen: the morning is over
    await runAt('2027-03-09T07:00:00Z'); // the day before (nothing due then for any of them)
    await settle();
    expect([...mailsTo(idle.admin), ...mailsTo(late.admin), ...mailsTo(off.admin)]).toEqual([]);
  });

  it('two runs at once (as two processes) send one mail', { timeout: 30_000 }, async () => {
    const { admin, add } = await subscriber({ locale: 'en', timeZone: 'Europe/Oslo' });
    await add('Kick-off', '2027-04-02T10:00:00Z');
    await Promise.all([runAt('2027-04-02T05:10:00Z'), runAt('2027-04-02T05:10:00Z'), runAt('2027-04-02T05:11:00Z')]);
    const mail = await sink.waitFor(admin.user.email, { timeoutMs: 20_000 });
    expect(mail.subject).toBe('Your to-do for Friday, April 2, 2027');
    await settle();
    expect(mailsTo(admin)).toHaveLength(1);
  });
});
