import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { StatusFilter } from '../activities/StatusFilter';
import { TypeFilter } from '../activities/TypeFilter';
import { useActivityLookups } from '../activities/useActivityLookups';
import { CustomerPicker } from '../customers/CustomerPicker';
import { DocumentNameFilter } from '../documents/DocumentNameFilter';
import { useCustomerRefs } from '../customers/useCustomerRefs';
import { SalesFilters } from '../sales/SalesFilters';
import { useUsers } from '../users/useUsers';
import type { SearchFilters } from './useActivitySearch';

interface SearchFormProps {
  filters: SearchFilters;
  setFilter: (name: keyof SearchFilters, value: string) => void;
  words: string;
  setWords: (words: string) => void;
}

/** The words, type, status, salesperson, customer, state, a document's name and dates to search by. */
export function SearchForm({ filters, setFilter, words, setWords }: SearchFormProps) {
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
        <StatusFilter id="search-status" value={filters.statusId} statuses={lookups.statuses} onChange={(value) => setFilter('statusId', value)} />
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
        <DocumentNameFilter value={filters.documentName} onChange={(value) => setFilter('documentName', value)} />
        <SalesFilters salesProjectId={filters.salesProjectId ?? ''} campaignId={filters.campaignId ?? ''} onChange={setFilter} />
        <div className="field">
          <label htmlFor="search-from">{t('search.from')}</label>
          <DateField id="search-from" value={filters.from} onChange={(day) => setFilter('from', day)} />
        </div>
        <div className="field">
          <label htmlFor="search-to">{t('search.to')}</label>
          <DateField id="search-to" value={filters.to} onChange={(day) => setFilter('to', day)} />
        </div>
      </form>
    </search>
  );
}
