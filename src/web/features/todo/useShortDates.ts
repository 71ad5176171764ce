import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format';

/**
 * Dates for a one-line row, in the user's language and time zone: "29 Nov, 10:00" this year,
 * "29 Nov 2025, 10:00" another year; an all-day activity shows its date alone.
 */
export function useShortDates() {
  const { i18n, t } = useTranslation();
  const { timeZone } = useFormat();
  return useMemo(() => {
    const make = (zone: string, withYear: boolean, withTime: boolean) =>
      new Intl.DateTimeFormat(i18n.language, {
        timeZone: zone,
        day: 'numeric',
        month: 'short',
        ...(withYear ? { year: 'numeric' } : {}),
        ...(withTime ? { hour: 'numeric', minute: '2-digit' } : {}),
      });
    const year = (date: Date, zone: string) => new Intl.DateTimeFormat('en', { timeZone: zone, year: 'numeric' }).format(date);
    const thisYear = year(new Date(), timeZone);
    const formats = new Map<string, Intl.DateTimeFormat>();
    const format = (iso: string, allDay: boolean) => {
      // An all-day date is stored at midnight UTC of that date.
      const zone = allDay ? 'UTC' : timeZone;
      const date = new Date(iso);
      const key = `${zone}|${year(date, zone) !== thisYear}|${!allDay}`;
      if (!formats.has(key)) formats.set(key, make(zone, year(date, zone) !== thisYear, !allDay));
      return formats.get(key)?.format(date) ?? '';
    };
    // A task without a deadline has no date (it is in the to-do's last section).
    const when = (iso: string | null, allDay: boolean) => (iso === null ? t('tasks.noDeadline') : format(iso, allDay));
    return { when, dateTime: (iso: string) => format(iso, false) };
  }, [i18n.language, timeZone, t]);
}
