import { useTranslation } from 'react-i18next';
import { useSession } from './session';

/** The day a calendar week starts on, numbered as date-fns and react-day-picker do: 0 = Sunday … 6 = Saturday. */
export type WeekStartsOn = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Where a language is spoken, the ISO day (1 = Monday … 7 = Sunday) its weeks start on: Sunday in
 * Israel, Monday in Denmark, Norway, Hungary and Britain (English here is British English).
 * Only a fallback: the user's or the workspace's own choice (`me.weekStart`) wins.
 */
export function weekStartFor(locale: string): number {
  return locale.split('-')[0] === 'he' ? 7 : 1;
}

/** ISO 1..7 (Sunday = 7) to the 0..6 of date-fns (Sunday = 0). */
export function toWeekStartsOn(isoDay: number): WeekStartsOn {
  return (isoDay % 7) as WeekStartsOn;
}

/** The signed-in user's week start (read defensively: `weekStart` is new in /me), else the language's. */
export function useWeekStartsOn(): WeekStartsOn {
  const { i18n } = useTranslation();
  const { state } = useSession();
  const chosen = state.status === 'signedIn' ? (state.me as { weekStart?: number | null }).weekStart : undefined;
  return toWeekStartsOn(chosen ?? weekStartFor(i18n.language));
}
