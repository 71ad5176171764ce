import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { generalMessage } from '../../components/errors';
import { useOnChange } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ExportMenu } from '../exports/ExportMenu';
import { SearchForm } from './SearchForm';
import { useActivitySearch, useSearchFilters } from './useActivitySearch';
import { useResultColumns } from './useResultColumns';
import { CustomerMatches } from './CustomerMatches';
import { LoadMore } from '../../components/LoadMore';

/** Old and open activities found by words (partial, any language), type, salesperson, customer, state and dates. */
export function SearchPage() {
  const { t } = useTranslation();
  const { filters, setFilter } = useSearchFilters();
  const [words, setWords] = useState(filters.q);
  const results = useActivitySearch(filters, words);
  const columns = useResultColumns();

  // Only the debounced words go into the address.
  useOnChange(results.q, (q) => {
    if (q !== filters.q) setFilter('q', q);
  });

  return (
    <>
      <PageHeader title={t('search.title')} actions={<ExportMenu path="/api/v1/activities/export" params={results.query} />} />
      <SearchForm filters={filters} setFilter={setFilter} words={words} setWords={setWords} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {results.searching ? t('common.loading') : t('search.shown', { count: results.items.length })}
      </p>
      <CustomerMatches q={results.q} />
      {results.error ? <Alert>{generalMessage(t, results.error)}</Alert> : null}
      {!results.loaded ? (
        <p className="muted">{t('common.loading')}</p>
      ) : results.items.length === 0 && !results.searching ? (
        <div className="empty">
          <p>{t('search.none')}</p>
        </div>
      ) : (
        <DataTable label={t('search.results')} columns={columns} rows={results.items} busy={results.searching} />
      )}
      <LoadMore hasMore={results.hasMore} loading={results.loadingMore} onLoadMore={results.loadMore} />
    </>
  );
}
