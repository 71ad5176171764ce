import type { TFunction } from 'i18next';
import type { ReportGrouping } from '../../../shared/reports';
import type { Format } from '../../format';

/** A grouping value as the reader says it: a name, a day, "week of …", a month and year, or "(none)". */
export function groupLabel(t: TFunction, format: Format, grouping: ReportGrouping, value: { key: string | null; label: string | null }): string {
  if (value.key === null) return t('reports.none');
  if (grouping === 'day') return format.day(value.key);
  if (grouping === 'week') return t('reports.weekOf', { date: format.day(value.key) });
  if (grouping === 'month') {
    return new Intl.DateTimeFormat(format.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value.key}-01T00:00:00Z`));
  }
  return value.label ?? t('reports.none');
}
