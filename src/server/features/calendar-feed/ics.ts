import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventClass, type ICalEventData } from 'ical-generator';
import type { FeedActivity } from './calendar-feed.repository';

const DAY = 86_400_000;
/** An activity without an end shows as this long (calendar apps draw zero-length events badly). */
export const DEFAULT_MINUTES = 30;

export interface FeedCalendar {
  /** The owner's name, in the calendar's title. */
  name: string;
  timeZone: string;
  /** Where the web app is: each event links to its activity there. */
  publicUrl: string;
  activities: FeedActivity[];
}

/** UIDs stay the same across fetches and rotations, so calendar apps update events instead of duplicating them. */
export const uidOf = (activityId: string) => `${activityId}@tend`;

/**
 * Timed activities carry the owner's zone (DTSTART;TZID=… with its VTIMEZONE): a TZDate, never a
 * plain Date with a timezone (ical-generator would write the process's local time). All-day ones
 * are DATE values; they are stored at midnight UTC of their date, which the UTC reading gives back.
 */
function timesOf(activity: FeedActivity, timeZone: string): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'> {
  if (activity.allDay) {
    const last = activity.endsAt && activity.endsAt > activity.scheduledAt ? activity.endsAt : activity.scheduledAt;
    const lastDay = Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), last.getUTCDate());
    return { allDay: true, start: activity.scheduledAt, end: new Date(lastDay + DAY) };
  }
  const start = activity.scheduledAt.getTime();
  const end = activity.endsAt && activity.endsAt.getTime() > start ? activity.endsAt.getTime() : start + DEFAULT_MINUTES * 60_000;
  return { start: new TZDate(start, timeZone), end: new TZDate(end, timeZone), timezone: timeZone };
}

/**
 * An open recurring task repeats from this occurrence by its rule (the next occurrence becomes a row
 * of its own, with the same rule, when this one is done); a done one is that single occurrence. A rule
 * with COUNT counts from the series' first occurrence, not this one: it stays a single event.
 */
function repeatingOf(activity: FeedActivity): string | null {
  if (activity.done || !activity.recurrence) return null;
  const rule = activity.recurrence.replace(/^RRULE:/i, '');
  return /(^|;)COUNT=/i.test(rule) ? null : `RRULE:${rule}`;
}

function eventOf(activity: FeedActivity, feed: FeedCalendar): ICalEventData {
  const description = [activity.customerName, activity.note].filter((part): part is string => Boolean(part)).join('\n\n');
  return {
    id: uidOf(activity.id),
    ...timesOf(activity, feed.timeZone),
    repeating: repeatingOf(activity),
    // Done activities are marked in the title, which every calendar app shows.
    summary: activity.done ? `✓ ${activity.subject}` : activity.subject,
    description: description || null,
    categories: [{ name: activity.typeName }],
    // The feed is its owner's own, so private entries are whole; CLASS tells a shared copy to hide them.
    class: activity.private ? ICalEventClass.PRIVATE : ICalEventClass.PUBLIC,
    url: `${feed.publicUrl}/activities/${activity.id}`,
    stamp: activity.updatedAt,
    lastModified: activity.updatedAt,
  };
}

/** The feed as iCalendar text (RFC 5545). */
export function buildCalendar(feed: FeedCalendar): string {
  const calendar = ical({ name: `Tend: ${feed.name}`, prodId: { company: 'Tend', product: 'Tend CRM', language: 'EN' }, ttl: 60 * 60 });
  // No calendar-wide zone name: with one, ical-generator writes DTSTAMP in that zone without its Z.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  calendar.x('X-WR-TIMEZONE', feed.timeZone);
  for (const activity of feed.activities) calendar.createEvent(eventOf(activity, feed));
  return calendar.toString();
}
