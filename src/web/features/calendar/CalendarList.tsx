import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { generalMessage } from '../../components/errors';
import { LoadMore } from '../../components/LoadMore';
import { SearchForm } from '../search/SearchForm';
import { type SearchFilters, useActivitySearch } from '../search/useActivitySearch';
import { useResultColumns } from '../search/useResultColumns';
import { useFormat, useWeekStart } from '../../format';
import { toWeekStartsOn } from '../../week-start';
import { todayIn } from '../activities/zoned-time';
import type { CalendarWindow } from './CalendarBoard';
import { weekOf } from './calendar-time';

/** The dates the list starts on: the calendar's shown period, else (the list opened first) this week. */
function useStartDates(window: CalendarWindow | null): { firstDate: string; lastDate: string } {
  const { timeZone } = useFormat();
  const weekStartsOn = toWeekStartsOn(useWeekStart());
  return window ?? weekOf(todayIn(timeZone), weekStartsOn);
}

/**
 * The calendar's period as a list, with the search page's filters: it starts on the same dates
 * (and on the one chosen user, when only one is chosen); the filters then narrow or widen it.
 */
export function CalendarList({ window, userIds }: { window: CalendarWindow | null; userIds: string[] }) {
  const { t } = useTranslation();
  const start = useStartDates(window);
  const [filters, setFilters] = useState<SearchFilters>(() => ({
    q: '',
    typeId: '',
    statusId: '',
    responsibleId: userIds.length === 1 ? userIds[0] : '',
    customerId: '',
    state: '',
    from: start.firstDate,
    to: start.lastDate,
    documentName: '',
  }));
  const [words, setWords] = useState('');
  const results = useActivitySearch(filters, words);
  const columns = useResultColumns();
  const setFilter = (name: keyof SearchFilters, value: string) => setFilters((old) => ({ ...old, [name]: value }));
  return (
    <section aria-label={t('calendar.list')}>
      <SearchForm filters={filters} setFilter={setFilter} words={words} setWords={setWords} />
      {results.error ? <Alert>{generalMessage(t, results.error)}</Alert> : null}
      {!results.loaded ? (
        <p className="muted">{t('common.loading')}</p>
      ) : results.items.length === 0 && !results.searching ? (
        <p className="empty">{t('search.none')}</p>
      ) : (
        <DataTable label={t('calendar.list')} columns={columns} rows={results.items} busy={results.searching} />
      )}
      <LoadMore hasMore={results.hasMore} loading={results.loadingMore} onLoadMore={results.loadMore} />
    </section>
  );
}
