import { useTranslation } from 'react-i18next';
import { BudgetGrid } from './BudgetGrid';
import type { BudgetRow } from './grid';

/** The year whose budget is shown: three back, three ahead. */
export function YearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  return (
    <div className="toolbar">
      <div className="field">
        <label htmlFor="budget-year">{t('settings.budget.year')}</label>
        <select id="budget-year" value={year} onChange={(event) => onChange(Number(event.target.value))}>
          {Array.from({ length: 7 }, (_, index) => new Date().getFullYear() - 3 + index).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

interface BudgetFormProps {
  year: number;
  rows: BudgetRow[];
  nameOf: (userId: string) => string;
  onRow: (userId: string, change: (row: BudgetRow) => BudgetRow) => void;
  invalid: boolean;
  busy: boolean;
  onSave: () => void;
}

/** The grid and its save button (held back while a cell is not an amount). */
export function BudgetForm({ year, rows, nameOf, onRow, invalid, busy, onSave }: BudgetFormProps) {
  const { t } = useTranslation();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
      aria-label={t('settings.budget.gridLabel', { year })}
    >
      <BudgetGrid year={year} rows={rows} nameOf={nameOf} onRow={onRow} />
      {invalid ? <p className="field__error">{t('settings.budget.invalid')}</p> : null}
      <div className="form__actions budget__actions">
        <button type="submit" className="button button--primary" disabled={busy || invalid}>
          {busy ? t('common.saving') : t('settings.budget.save', { year })}
        </button>
      </div>
    </form>
  );
}
