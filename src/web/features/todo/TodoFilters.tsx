import { SlidersHorizontal } from 'lucide-react';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERIODS } from '../../../shared/todo-periods';
import { CheckboxField } from '../activities/fields';
import { TypeFilter } from '../activities/TypeFilter';
import type { ActivityLookups } from '../activities/useActivityLookups';
import { TeamFilter, WhoFilter } from './WhoFilters';
import type { FilterName, TodoFilters as Filters } from './useTodo';
import { SalesFilters } from '../sales/SalesFilters';

interface TodoFiltersProps {
  filters: Filters;
  setFilter: (name: FilterName, value: string) => void;
  lookups: ActivityLookups;
  /** On a phone the filters fold away behind one button. */
  folded: boolean;
  find: string;
  setFind: (words: string) => void;
  findRef: RefObject<HTMLInputElement | null>;
}

/** Whose list or which team, which type, which period, open only or also done; the Today view; find in the list. */
export function TodoFilters({ filters, setFilter, lookups, folded, find, setFind, findRef }: TodoFiltersProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="todo-filters">
      <div className="todo-filters__bar">
        <fieldset className="segmented" aria-label={t('todo.view')}>
          <button type="button" className="segmented__option" aria-pressed={filters.view === 'all'} onClick={() => setFilter('view', 'all')}>
            {t('todo.viewAll')}
          </button>
          <button type="button" className="segmented__option" aria-pressed={filters.view === 'today'} onClick={() => setFilter('view', 'today')}>
            {t('todo.viewToday')}
          </button>
        </fieldset>
        {folded ? (
          <button type="button" className="button button--small" aria-expanded={open} aria-controls="todo-filter-fields" onClick={() => setOpen(!open)}>
            <SlidersHorizontal aria-hidden="true" size={16} /> {t('todoList.filters')}
          </button>
        ) : null}
      </div>
      <search id="todo-filter-fields" className="toolbar" aria-label={t('todo.filters')} hidden={folded && !open}>
        <div className="field todo-filters__find">
          <label htmlFor="todo-find">{t('todoList.find')}</label>
          <input ref={findRef} id="todo-find" type="search" value={find} onChange={(event) => setFind(event.target.value)} autoComplete="off" />
        </div>
        <WhoFilter value={filters.who} onChange={(value) => setFilter('who', value)} />
        <TeamFilter value={filters.groupId} onChange={(value) => setFilter('group', value)} />
        <TypeFilter id="todo-type" value={filters.typeId} types={lookups.types} onChange={(value) => setFilter('type', value)} />
        <div className="field">
          <label htmlFor="todo-period">{t('todo.period')}</label>
          <select id="todo-period" value={filters.period} onChange={(event) => setFilter('period', event.target.value)}>
            <option value="">{t('todo.anyTime')}</option>
            {PERIODS.map((period) => (
              <option key={period} value={period}>
                {t(`todo.periods.${period}`)}
              </option>
            ))}
          </select>
        </div>
        <SalesFilters
          idPrefix="todo"
          salesProjectId={filters.salesProjectId}
          campaignId={filters.campaignId}
          onChange={(name, value) => setFilter(name === 'salesProjectId' ? 'project' : 'campaign', value)}
        />
        <CheckboxField label={t('todo.includeDone')} checked={filters.includeDone} onChange={(checked) => setFilter('done', checked ? '1' : '0')} />
      </search>
    </div>
  );
}
