import { Writable } from 'node:stream';
import { TZDate } from '@date-fns/tz';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Activity, activitySchema } from '../../../shared/activities';
import { calendarFeedCreatedSchema, calendarFeedStatusSchema } from '../../../shared/calendar-feed';
import { activityType, makeCustomer, parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import { loggerOptions } from '../../app';

/**
 * The calendar feed (issue 14): a secret address answering the owner's activities as iCalendar,
 * read back with a real parser (ical.js), across a DST change in two zones.
 */

const logs: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    logs.push(chunk.toString());
    done();
  },
});

let t: TestApp;
let admin: Client;
let mette: Client; // Copenhagen, the feed's owner
let noa: Client; // Jerusalem
let ulf: Client; // a colleague
let typeId: string;
let customerId: string;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp({ logger: { ...loggerOptions('info'), stream: sink } });
  admin = await newWorkspace(t);
  mette = await newUser(t, admin, 'user', { name: 'Mette', timeZone: 'Europe/Copenhagen' });
  noa = await newUser(t, admin, 'user', { name: 'Noa', timeZone: 'Asia/Jerusalem' });
  ulf = await newUser(t, admin, 'user', { name: 'Ulf' });
  typeId = await activityType(t, admin, 'meeting');
  customerId = (await makeCustomer(t, admin, { name: 'Bæk & Søn' })).id;
});
afterAll(() => t.close());

const feedUrl = async (c: Client) => parse(calendarFeedCreatedSchema, await c.post('/api/v1/me/calendar-feed'), 200).url;
const pathOf = (url: string) => new URL(url).pathname;
const fetchFeed = (url: string) => t.app.inject({ method: 'GET', url: pathOf(url) });

const create = async (by: Client, body: Record<string, unknown>): Promise<Activity> =>
  parse(activitySchema, await by.post('/api/v1/activities', { typeId, subject: 'Møde', customerId, ...body }), 201);

/** The feed's events, parsed by ical.js, by UID. */
async function eventsOf(url: string) {
  const res = await fetchFeed(url);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(res.body));
  // Register the feed's own VTIMEZONEs, so times are read with the rules the feed states.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return new Map(events.map((event) => [event.uid, event]));
}

/** Two mornings at 09:00 local on either side of the zone's next DST change (within the feed's year ahead). */
function aroundDstChange(timeZone: string): [TZDate, TZDate] {
  const now = Date.now();
  const year = new Date(now).getUTCFullYear();
  const pairs = [year, year + 1].flatMap((y) => [
    [new TZDate(y, 2, 20, 9, 0, timeZone), new TZDate(y, 3, 5, 9, 0, timeZone)],
    [new TZDate(y, 9, 15, 9, 0, timeZone), new TZDate(y, 10, 5, 9, 0, timeZone)],
  ]);
  const [before, after] = pairs.find(([first]) => first.getTime() > now + DAY) as [TZDate, TZDate];
  expect(before.getTimezoneOffset()).not.toBe(after.getTimezoneOffset());
  return [before, after];
}

describe('the calendar feed', () => {
  it('round-trips times across a DST change in the owner’s zone (Copenhagen and Jerusalem)', async () => {
    for (const [owner, zone] of [
      [mette, 'Europe/Copenhagen'],
      [noa, 'Asia/Jerusalem'],
    ] as const) {
      const made = await Promise.all(
        aroundDstChange(zone).map((at) => create(owner, { scheduledAt: at.toISOString(), endsAt: new Date(at.getTime() + 3_600_000).toISOString() })),
      );
      const events = await eventsOf(await feedUrl(owner));
      for (const activity of made) {
        const event = events.get(`${activity.id}@tend`);
        expect(event, zone).toBeDefined();
        expect(event?.startDate.zone?.tzid).toBe(zone);
        expect(event?.startDate.hour).toBe(9);
        expect(event?.startDate.toJSDate().toISOString()).toBe(activity.scheduledAt);
        expect(event?.endDate.toJSDate().toISOString()).toBe(activity.endsAt);
      }
    }
  });

  it('has all-day activities as DATE values, done ones marked, stable UIDs, and keeps to its window', async () => {
    const day = new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10);
    const allDay = await create(mette, { subject: 'Messe', allDay: true, scheduledAt: `${day}T00:00:00Z` });
    const done = await create(mette, { subject: 'Opkald', scheduledAt: new Date(Date.now() - 5 * DAY).toISOString(), done: true });
    const tooOld = await create(mette, { scheduledAt: new Date(Date.now() - 100 * DAY).toISOString() });
    const tooFar = await create(mette, { scheduledAt: new Date(Date.now() + 400 * DAY).toISOString() });
    const url = await feedUrl(mette);
    const events = await eventsOf(url);
    const whole = events.get(`${allDay.id}@tend`);
    expect(whole?.startDate.isDate).toBe(true);
    expect(whole?.startDate.toString()).toBe(day);
    expect(events.get(`${done.id}@tend`)?.summary).toBe('✓ Opkald');
    expect(events.has(`${tooOld.id}@tend`)).toBe(false);
    expect(events.has(`${tooFar.id}@tend`)).toBe(false);
    expect([...(await eventsOf(url)).keys()]).toEqual([...events.keys()]);
  });

  it('repeats an open recurring task by its RRULE from this occurrence, in the owner’s zone', async () => {
    const now = new Date();
    // The 15th of next month at 09:00 UTC: the month after it has a 15th too.
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 15, 9));
    const monthly = await create(noa, { subject: 'Månedlig', scheduledAt: first.toISOString(), recurrence: 'FREQ=MONTHLY' });
    const event = (await eventsOf(await feedUrl(noa))).get(`${monthly.id}@tend`);
    expect(event?.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=MONTHLY');
    expect(event?.startDate.zone?.tzid).toBe('Asia/Jerusalem');
    const occurrences = event?.iterator();
    expect(occurrences?.next()?.toJSDate().toISOString()).toBe(first.toISOString());
    const next = occurrences?.next();
    expect([next?.month, next?.day]).toEqual([((first.getUTCMonth() + 1) % 12) + 1, 15]);
    expect([next?.hour, next?.minute]).toEqual([event?.startDate.hour, 0]);
  });

  it('shows the owner’s own private entries whole, as additional user too, and never a colleague’s', async () => {
    const at = new Date(Date.now() + 3 * DAY).toISOString();
    const own = await create(mette, { subject: 'Lægebesøg', private: true, scheduledAt: at });
    const taking = await create(ulf, { subject: 'Fælles privat', private: true, additionalUserIds: [mette.user.id], scheduledAt: at });
    const theirs = await create(ulf, { subject: 'Ulfs hemmelighed', private: true, scheduledAt: at });
    const res = await fetchFeed(await feedUrl(mette));
    const events = await eventsOf(await feedUrl(mette));
    expect(events.get(`${own.id}@tend`)?.summary).toBe('Lægebesøg');
    expect(events.get(`${own.id}@tend`)?.component.getFirstPropertyValue('class')).toBe('PRIVATE');
    expect(events.get(`${taking.id}@tend`)?.summary).toBe('Fælles privat');
    expect(events.has(`${theirs.id}@tend`)).toBe(false);
    expect(res.body).not.toContain('Ulfs hemmelighed');
  });

  it('leaves out activities of a customer in the trash', async () => {
    const gone = await makeCustomer(t, admin, { name: 'Væk ApS' });
    const activity = await create(mette, { customerId: gone.id, scheduledAt: new Date(Date.now() + DAY).toISOString() });
    const url = await feedUrl(mette);
    expect((await eventsOf(url)).has(`${activity.id}@tend`)).toBe(true);
    expect((await admin.delete(`/api/v1/customers/${gone.id}`)).statusCode).toBeLessThan(300);
    expect((await eventsOf(url)).has(`${activity.id}@tend`)).toBe(false);
  });
});

describe('the feed address', () => {
  it('is replaced by a new one: the old address answers 404', async () => {
    const first = await feedUrl(ulf);
    expect((await fetchFeed(first)).statusCode).toBe(200);
    const second = await feedUrl(ulf);
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).statusCode).toBe(404);
    expect((await fetchFeed(second)).statusCode).toBe(200);
  });

  it('stops answering when revoked, and says so', async () => {
    const url = await feedUrl(ulf);
    expect(parse(calendarFeedStatusSchema, await ulf.get('/api/v1/me/calendar-feed')).active).toBe(true);
    expect((await ulf.delete('/api/v1/me/calendar-feed')).statusCode).toBe(204);
    expect((await fetchFeed(url)).statusCode).toBe(404);
    expect(parse(calendarFeedStatusSchema, await ulf.get('/api/v1/me/calendar-feed'))).toEqual({ active: false, createdAt: null });
    expect((await ulf.delete('/api/v1/me/calendar-feed')).statusCode).toBe(204);
  });

  it('answers 404 for a made-up address and needs sign-in to make one', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/calendar-feed/tcf_${'A'.repeat(43)}.ics` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/calendar-feed/nonsense' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/me/calendar-feed' })).statusCode).toBe(401);
  });

  it('answers 404 once its owner is deactivated', async () => {
    const pia = await newUser(t, admin, 'user', { name: 'Pia' });
    const url = await feedUrl(pia);
    expect((await fetchFeed(url)).statusCode).toBe(200);
    expect((await admin.patch(`/api/v1/users/${pia.user.id}`, { active: false })).statusCode).toBe(200);
    expect((await fetchFeed(url)).statusCode).toBe(404);
  });

  it('never reaches the log: request lines show the route’s pattern', async () => {
    logs.length = 0;
    const url = await feedUrl(mette);
    await fetchFeed(url);
    await fetchFeed(`${url}x`);
    const secret = pathOf(url).split('/').pop()?.replace('.ics', '') ?? '';
    const text = logs.join('');
    expect(text).toContain('/api/v1/calendar-feed/:file');
    expect(text).not.toContain(secret);
  });
});
