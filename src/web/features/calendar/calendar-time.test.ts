import type { Calendar } from '@event-calendar/core';
import { describe, expect, it } from 'vitest';
import { allDayInstant, fetchWindow, fromWall, toWall, weekOf } from './calendar-time';
import { changeOf } from './calendar-changes';
import { calendarQuerySchema } from '../../../shared/calendar';

// The library's dates: local fields are the user's wall clock (tests run with TZ=UTC, the browser may not).
const wall = (text: string) =>
  new Date(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)), Number(text.slice(11, 13)), Number(text.slice(14, 16)));

describe('calendar wall clock', () => {
  it.each([
    ['2026-11-30T08:30:00.000Z', 'Europe/Copenhagen', '2026-11-30T09:30:00'],
    ['2026-11-30T08:30:00.000Z', 'Asia/Jerusalem', '2026-11-30T10:30:00'],
    ['2026-11-30T03:00:00.000Z', 'America/New_York', '2026-11-29T22:00:00'],
    ['2026-03-29T01:30:00.000Z', 'Europe/Copenhagen', '2026-03-29T03:30:00'],
  ])('%s in %s shows at %s', (instant, zone, expected) => {
    expect(toWall(instant, zone)).toBe(expected);
    expect(Date.parse(fromWall(wall(expected), zone))).toBe(Date.parse(instant));
  });

  it('keeps an all-day date at midnight UTC of that date', () => {
    expect(allDayInstant(wall('2026-12-24T00:00'))).toBe('2026-12-24T00:00:00.000Z');
  });

  it('asks for the shown days in the user’s zone, from midnight UTC when that is earlier', () => {
    expect(fetchWindow(wall('2026-11-30T00:00'), wall('2026-12-07T00:00'), 'Europe/Copenhagen')).toEqual({
      from: '2026-11-30T00:00:00+01:00',
      to: '2026-12-07T00:00:00+01:00',
    });
    expect(fetchWindow(wall('2026-11-30T00:00'), wall('2026-12-01T00:00'), 'America/New_York').from).toBe('2026-11-30T00:00:00Z');
    // Six weeks of a month view: the API's longest window, not a day more.
    expect(fetchWindow(wall('2026-11-30T00:00'), wall('2027-01-11T00:00'), 'America/New_York').from).toBe('2026-11-30T00:00:00-05:00');
  });

  it.each([
    ['2026-03-02', '2026-04-13', 'Europe/Copenhagen'],
    ['2026-10-05', '2026-11-16', 'Europe/Copenhagen'],
    ['2026-10-26', '2026-12-07', 'America/New_York'],
    ['2026-03-23', '2026-05-04', 'Asia/Jerusalem'],
  ])('asks for a month view of six weeks (%s to %s in %s) as the API allows', (first, after, zone) => {
    const asked = fetchWindow(wall(`${first}T00:00`), wall(`${after}T00:00`), zone);
    expect(calendarQuerySchema.safeParse(asked).success).toBe(true);
  });
});

describe('a move in the calendar as one PATCH', () => {
  const event = (change: Partial<Calendar.Event>, item: object) =>
    ({ id: 'a-1', allDay: false, start: wall('2026-12-01T10:00'), end: wall('2026-12-01T11:30'), extendedProps: { item }, ...change }) as Calendar.Event;

  it('sends the new start and end in the user’s zone', () => {
    expect(changeOf(event({}, { responsibleId: 'u1' }), 'Europe/Copenhagen')).toEqual({
      scheduledAt: '2026-12-01T10:00:00+01:00',
      endsAt: '2026-12-01T11:30:00+01:00',
      allDay: false,
    });
  });

  it('gives the activity to the user whose column it went to', () => {
    expect(changeOf(event({}, { responsibleId: 'u1', additionalUserIds: [] }), 'UTC', 'u1', 'u2')).toMatchObject({ responsibleId: 'u2' });
    expect(changeOf(event({}, { responsibleId: 'u1', additionalUserIds: ['u3'] }), 'UTC', 'u3', 'u2')).toMatchObject({ additionalUserIds: ['u2'] });
  });

  it('moves an all-day activity by its date', () => {
    expect(changeOf(event({ allDay: true, start: wall('2026-12-02T00:00') }, {}), 'Asia/Jerusalem')).toEqual({
      scheduledAt: '2026-12-02T00:00:00.000Z',
      allDay: true,
      endsAt: null,
    });
  });
});

describe('the week of a day', () => {
  it.each([
    // Tuesday 1 December 2026: Monday-weeks (Denmark) and Sunday-weeks (Israel).
    ['2026-12-01', 1, '2026-11-30', '2026-12-06'],
    ['2026-12-01', 0, '2026-11-29', '2026-12-05'],
    // The first day itself, and the last.
    ['2026-11-30', 1, '2026-11-30', '2026-12-06'],
    ['2026-12-05', 0, '2026-11-29', '2026-12-05'],
    // Across a year's end.
    ['2027-01-01', 1, '2026-12-28', '2027-01-03'],
  ])('%s with weeks from day %i: %s to %s', (today, weekStartsOn, first, last) => {
    expect(weekOf(today, weekStartsOn)).toEqual({ firstDate: first, lastDate: last });
  });
});
