import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from './session';

/** A wall-clock day of an instant in a zone: `YYYY-MM-DD` (the Canadian English form is ISO). */
const dayIn = (date: Date, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
// An all-day date is stored at midnight UTC of that date: shown as that date wherever one is.
const wallDate = (day: string) => new Date(`${day.slice(0, 10)}T00:00:00Z`);

function regionNamesOf(locale: string) {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    return null;
  }
}

/** Dates and times of instants (ISO strings) in the user's language and time zone. */
function instantFormats(locale: string, timeZone: string) {
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  const timeFormat = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone });
  const allDayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return {
    dateTime: (iso: string | null | undefined) => (iso ? dateTimeFormat.format(new Date(iso)) : ''),
    date: (iso: string | null | undefined) => (iso ? dateFormat.format(new Date(iso)) : ''),
    /** The time of day alone: "16:05", "4:05 PM". */
    time: (iso: string | null | undefined) => (iso ? timeFormat.format(new Date(iso)) : ''),
    /** When an activity happens: its date alone when it is all-day, else date and time. */
    when: (iso: string | null | undefined, allDay = false) => (iso ? (allDay ? allDayFormat : dateTimeFormat).format(new Date(iso)) : ''),
    /** A calendar day (`YYYY-MM-DD`, or an all-day instant) as a date, the same day in every zone. */
    day: (day: string | null | undefined) => (day ? allDayFormat.format(wallDate(day)) : ''),
    /** How far an instant's day is from today's, both in the user's zone: "today", "tomorrow", "in 3 days", "yesterday". */
    relativeDay: (iso: string, now: Date = new Date()) => relative.format(daysBetween(dayIn(now, timeZone), dayIn(new Date(iso), timeZone)), 'day'),
  };
}

/** Numbers, money and the names of days, months and countries in the user's language. */
function namedFormats(locale: string) {
  const regionNames = regionNamesOf(locale);
  const name = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return {
    number: (value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options).format(value),
    /** An amount in a currency (ISO 4217, e.g. the workspace's "DKK"); a code Intl does not know is written after the number. */
    currency: (amount: number, currency: string, options?: Intl.NumberFormatOptions) => {
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency, ...options }).format(amount);
      } catch {
        return `${new Intl.NumberFormat(locale, options).format(amount)} ${currency}`;
      }
    },
    /** The seven weekday names from `weekStartsOn` (0 = Sunday … 6 = Saturday, as date-fns counts). */
    weekdays: (weekStartsOn = 1, width: 'long' | 'short' | 'narrow' = 'long') =>
      Array.from({ length: 7 }, (_, index) => name({ weekday: width }).format(new Date(Date.UTC(2026, 10, 29 + ((weekStartsOn + index) % 7))))),
    /** The twelve month names, January first. */
    months: (width: 'long' | 'short' = 'long') => Array.from({ length: 12 }, (_, month) => name({ month: width }).format(new Date(Date.UTC(2026, month, 1)))),
    country: (code: string | null | undefined) => (code ? (regionNames?.of(code) ?? code) : ''),
  };
}

/**
 * Every date, time and number the web app shows, in one place: `Intl` in the user's language and
 * time zone (a pure function, so each language can be tested without React).
 */
export function makeFormat(locale: string, timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone) {
  return { ...instantFormats(locale, timeZone), ...namedFormats(locale), timeZone, locale };
}

export type Format = ReturnType<typeof makeFormat>;

/** Dates, times and numbers in the user's language and time zone. */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const { state } = useSession();
  const timeZone = state.status === 'signedIn' ? state.me.timeZone : undefined;
  const locale = i18n.language;
  return useMemo(() => makeFormat(locale, timeZone), [locale, timeZone]);
}

/** All IANA time zones the browser knows, for pickers. */
export function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC', 'Europe/Copenhagen', 'Europe/Oslo', 'Europe/Budapest', 'Asia/Jerusalem'];
  }
}

/** Where the user chose nothing and the server said nothing: Sunday in Hebrew, Monday elsewhere (ISO 1..7). */
export const weekStartOf = (language: string): number => (language.split('-')[0] === 'he' ? 7 : 1);

/** The name of an ISO weekday (1 = Monday … 7 = Sunday) in a language, from Intl (1 Jan 2024 was a Monday). */
export function weekdayName(day: number, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));
}

/**
 * The first day of the signed-in user's week (ISO: 1 = Monday … 7 = Sunday): their own choice, else
 * the workspace's (the server resolves both into `me.weekStart`). Date pickers and calendars start here.
 */
export function useWeekStart(): number {
  const { i18n } = useTranslation();
  const { state } = useSession();
  const fromServer = state.status === 'signedIn' ? state.me.weekStart : undefined;
  return fromServer && fromServer >= 1 && fromServer <= 7 ? fromServer : weekStartOf(i18n.language);
}
