import { useTranslation } from 'react-i18next';
import { PERIODS } from '../../../shared/todo';
import { useMe } from '../../session';
import { CheckboxField } from '../activities/fields';
import type { ActivityLookups } from '../activities/useActivityLookups';
import { useUsers } from '../users/useUsers';
import type { TodoFilters as Filters } from './useTodo';
import { TypeFilter } from '../activities/TypeFilter';

type FilterName = 'who' | 'type' | 'period' | 'done' | 'view';

/** Whose list, which type, which period, open only or also done; and the Today view. */
export function TodoFilters({
  filters,
  setFilter,
  lookups,
}: {
  filters: Filters;
  setFilter: (name: FilterName, value: string) => void;
  lookups: ActivityLookups;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const { users } = useUsers();
  return (
    <div className="todo-filters">
      <fieldset className="segmented" aria-label={t('todo.view')}>
        <button type="button" className="segmented__option" aria-pressed={filters.view === 'all'} onClick={() => setFilter('view', 'all')}>
          {t('todo.viewAll')}
        </button>
        <button type="button" className="segmented__option" aria-pressed={filters.view === 'today'} onClick={() => setFilter('view', 'today')}>
          {t('todo.viewToday')}
        </button>
      </fieldset>
      <search className="toolbar" aria-label={t('todo.filters')}>
        <div className="field">
          <label htmlFor="todo-who">{t('todo.whose')}</label>
          <select id="todo-who" value={filters.who} onChange={(event) => setFilter('who', event.target.value)}>
            <option value="me">{t('todo.mine')}</option>
            <option value="all">{t('todo.everyone')}</option>
            <optgroup label={t('todo.anotherUser')}>
              {users
                .filter((user) => user.id !== me.id && (user.active || user.id === filters.who))
                .map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name}
                  </option>
                ))}
            </optgroup>
          </select>
        </div>
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
        <CheckboxField label={t('todo.includeDone')} checked={filters.includeDone} onChange={(checked) => setFilter('done', checked ? '1' : '0')} />
      </search>
    </div>
  );
}
