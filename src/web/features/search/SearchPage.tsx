import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { generalMessage } from '../../components/errors';
import { useOnChange } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { CustomerPicker } from '../customers/CustomerPicker';
import { useActivityLookups } from '../activities/useActivityLookups';
import { useCustomerRefs } from '../customers/useCustomerRefs';
import { useUsers } from '../users/useUsers';
import { type SearchFilters, useActivitySearch, useSearchFilters } from './useActivitySearch';
import { useResultColumns } from './useResultColumns';
import { CustomerMatches } from './CustomerMatches';
import { LoadMore } from '../../components/LoadMore';
import { TypeFilter } from '../activities/TypeFilter';

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
      <PageHeader title={t('search.title')} />
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

interface SearchFormProps {
  filters: SearchFilters;
  setFilter: (name: keyof SearchFilters, value: string) => void;
  words: string;
  setWords: (words: string) => void;
}

/** The words, type, salesperson, customer, state and dates to search by. */
function SearchForm({ filters, setFilter, words, setWords }: SearchFormProps) {
  const { t } = useTranslation();
  const lookups = useActivityLookups();
  const { users } = useUsers();
  const { refs: chosenCustomer } = useCustomerRefs(filters.customerId ? [filters.customerId] : []);
  return (
    <search aria-label={t('search.title')}>
      <form className="search-form" onSubmit={(event) => event.preventDefault()}>
        <div className="field field--search">
          <label htmlFor="activity-words">{t('search.words')}</label>
          <input
            id="activity-words"
            type="search"
            dir="auto"
            value={words}
            placeholder={t('search.wordsPlaceholder')}
            onChange={(event) => setWords(event.target.value)}
            autoComplete="off"
          />
        </div>
        <TypeFilter id="search-type" value={filters.typeId} types={lookups.types} onChange={(value) => setFilter('typeId', value)} />
        <div className="field">
          <label htmlFor="search-responsible">{t('activity.responsible')}</label>
          <select id="search-responsible" value={filters.responsibleId} onChange={(event) => setFilter('responsibleId', event.target.value)}>
            <option value="">{t('search.anyone')}</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </div>
        <CustomerPicker
          label={t('activity.customer')}
          value={filters.customerId ? (chosenCustomer[0] ?? { id: filters.customerId, name: '' }) : null}
          onChange={(customer) => setFilter('customerId', customer?.id ?? '')}
        />
        <div className="field">
          <label htmlFor="search-state">{t('search.state')}</label>
          <select id="search-state" value={filters.state} onChange={(event) => setFilter('state', event.target.value)}>
            <option value="">{t('search.openAndDone')}</option>
            <option value="open">{t('search.onlyOpen')}</option>
            <option value="done">{t('search.onlyDone')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-from">{t('search.from')}</label>
          <input id="search-from" type="date" value={filters.from} onChange={(event) => setFilter('from', event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="search-to">{t('search.to')}</label>
          <input id="search-to" type="date" value={filters.to} onChange={(event) => setFilter('to', event.target.value)} />
        </div>
      </form>
    </search>
  );
}
