import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from './session';

/** Dates and times in the user's language and time zone. */
export function useFormat() {
  const { i18n } = useTranslation();
  const { state } = useSession();
  const timeZone = state.status === 'signedIn' ? state.me.timeZone : undefined;
  const locale = i18n.language;
  return useMemo(() => {
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
    // An all-day date is stored at midnight UTC of that date: shown as that date wherever one is.
    const allDayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const regionNames = (() => {
      try {
        return new Intl.DisplayNames([locale], { type: 'region' });
      } catch {
        return null;
      }
    })();
    return {
      dateTime: (iso: string | null | undefined) => (iso ? dateTimeFormat.format(new Date(iso)) : ''),
      date: (iso: string | null | undefined) => (iso ? dateFormat.format(new Date(iso)) : ''),
      /** When an activity happens: its date alone when it is all-day, else date and time. */
      when: (iso: string | null | undefined, allDay = false) => (iso ? (allDay ? allDayFormat : dateTimeFormat).format(new Date(iso)) : ''),
      timeZone: timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      country: (code: string | null | undefined) => (code ? (regionNames?.of(code) ?? code) : ''),
    };
  }, [locale, timeZone]);
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
