import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/Alert';
import { generalMessage } from '../../components/errors';
import { useOnChange } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../format';
import { CustomerPicker } from '../customers/CustomerPicker';
import { activityHref, customerHref, excerpt } from '../activities/links';
import { TypeBadge } from '../activities/TypeBadge';
import { useActivityLookups } from '../activities/useActivityLookups';
import { useCustomerRefs } from '../customers/useCustomerRefs';
import { useUsers } from '../users/useUsers';
import { useActivitySearch, useSearchFilters } from './useActivitySearch';
import { LoadMore } from '../../components/LoadMore';
import { TypeFilter } from '../activities/TypeFilter';

/** Old and open activities found by words (partial, any language), type, salesperson, customer, state and dates. */
export function SearchPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const lookups = useActivityLookups();
  const { users, nameOf } = useUsers();
  const { filters, setFilter } = useSearchFilters();
  const [words, setWords] = useState(filters.q);
  const results = useActivitySearch(filters, words);
  const { refs: chosenCustomer } = useCustomerRefs(filters.customerId ? [filters.customerId] : []);

  // Only the debounced words go into the address.
  useOnChange(results.q, (q) => {
    if (q !== filters.q) setFilter('q', q);
  });

  return (
    <>
      <PageHeader title={t('search.title')} />
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
      <p className="visually-hidden" role="status" aria-live="polite">
        {results.searching ? t('common.loading') : t('search.shown', { count: results.items.length })}
      </p>
      {results.error ? <Alert>{generalMessage(t, results.error)}</Alert> : null}
      {!results.loaded ? (
        <p className="muted">{t('common.loading')}</p>
      ) : results.items.length === 0 && !results.searching ? (
        <div className="empty">
          <p>{t('search.none')}</p>
        </div>
      ) : (
        <div className="table-wrap" aria-busy={results.searching}>
          <table className="table" aria-label={t('search.results')}>
            <thead>
              <tr>
                <th scope="col">{t('activity.when')}</th>
                <th scope="col">{t('activity.type')}</th>
                <th scope="col">{t('activity.subject')}</th>
                <th scope="col">{t('activity.customer')}</th>
                <th scope="col">{t('activity.responsible')}</th>
                <th scope="col">{t('activity.note')}</th>
                <th scope="col">{t('todo.state')}</th>
              </tr>
            </thead>
            <tbody>
              {results.items.map((activity) => {
                const customer = activity.customerId ? { id: activity.customerId, name: activity.customerName ?? '' } : null;
                return (
                  <tr key={activity.id}>
                    <td className="nowrap">{format.when(activity.scheduledAt, activity.allDay)}</td>
                    <td className="nowrap">
                      <TypeBadge type={lookups.typeOf(activity.typeId)} />
                    </td>
                    <td>
                      <Link className="table__primary" to={activityHref(activity.id)} dir="auto">
                        {activity.subject}
                      </Link>
                    </td>
                    <td>
                      {customer ? (
                        <Link to={customerHref(customer.id)} dir="auto">
                          {customer.name}
                        </Link>
                      ) : null}
                    </td>
                    <td className="nowrap">
                      <bdi>{nameOf(activity.responsibleId)}</bdi>
                    </td>
                    <td title={activity.note ?? undefined}>
                      <bdi>{excerpt(activity.note)}</bdi>
                    </td>
                    <td className="nowrap">
                      <span className={activity.done ? 'badge badge--done' : 'badge badge--open'}>{activity.done ? t('todo.done') : t('activity.open')}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasMore={results.hasMore} loading={results.loadingMore} onLoadMore={results.loadMore} />
    </>
  );
}
