import { DayPicker, type DayPickerLocale } from 'react-day-picker';
import { da, enGB, he, hu, nb } from 'react-day-picker/locale';
import 'react-day-picker/style.css';
import { useTranslation } from 'react-i18next';
import type { WeekStartsOn } from '../week-start';

// react-day-picker's locales: date-fns's month and day names plus the calendar's own labels.
// English weeks start on Monday (British English), as in Europe where Tend's users work.
const LOCALES: Record<string, DayPickerLocale> = { en: enGB, da, nb, hu, he };

/** `YYYY-MM-DD` to the local midnight the calendar works with, and back. */
const toDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
};
const toIso = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export interface CalendarProps {
  value: string;
  onPick: (iso: string) => void;
  weekStartsOn: WeekStartsOn;
  dir: 'ltr' | 'rtl';
  min?: string;
}

/**
 * A month to pick a day in, in the user's language and week, right to left in Hebrew. Its own chunk
 * (with react-day-picker and date-fns's locales), loaded the first time someone opens a date field.
 * Arrow keys move by day in the direction they point, also right to left (react-day-picker's own `dir`).
 */
export default function Calendar({ value, onPick, weekStartsOn, dir, min }: CalendarProps) {
  const { t, i18n } = useTranslation();
  const base = LOCALES[i18n.language] ?? enGB;
  const locale: DayPickerLocale = {
    ...base,
    labels: { ...base.labels, labelNext: t('picker.nextMonth'), labelPrevious: t('picker.previousMonth') },
  };
  const selected = /^\d{4}-\d{2}-\d{2}$/.test(value) ? toDate(value) : undefined;
  return (
    <DayPicker
      mode="single"
      locale={locale}
      dir={dir}
      weekStartsOn={weekStartsOn}
      selected={selected}
      defaultMonth={selected ?? (min ? toDate(min) : undefined)}
      disabled={min ? { before: toDate(min) } : undefined}
      // Choosing the chosen day again keeps it (the calendar would clear it) and closes.
      onSelect={(date) => onPick(date ? toIso(date) : value)}
      autoFocus
    />
  );
}
