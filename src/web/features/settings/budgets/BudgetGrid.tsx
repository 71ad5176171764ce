import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BudgetGridRow, isCurrency } from './BudgetGridRow';
import { MONTHS, parseAmount, type BudgetRow } from './grid';

export { DEFAULT_CURRENCY } from './BudgetGridRow';

/** True when a cell is not an amount or a currency is not three letters (the save waits). */
export const invalidRows = (rows: BudgetRow[], locale: string) =>
  rows.some((row) => row.amounts.some((text) => Number.isNaN(parseAmount(text, locale))) || !isCurrency(row.currency));

interface BudgetGridProps {
  year: number;
  rows: BudgetRow[];
  nameOf: (userId: string) => string;
  onRow: (userId: string, change: (row: BudgetRow) => BudgetRow) => void;
}

/** The grid: a row per salesperson with a currency, twelve amounts typed in the user's locale, and the total. */
export function BudgetGrid({ year, rows, nameOf, onRow }: BudgetGridProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const monthNames = useMemo(
    () => MONTHS.map((month) => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month, 1)))),
    [locale],
  );
  return (
    <div className="table-wrap">
      <table className="table budget-grid" aria-label={t('settings.budget.gridLabel', { year })}>
        <thead>
          <tr>
            <th scope="col">{t('settings.budget.salesperson')}</th>
            <th scope="col">{t('settings.budget.currency')}</th>
            {monthNames.map((name) => (
              <th scope="col" key={name}>
                {name}
              </th>
            ))}
            <th scope="col">{t('settings.budget.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <BudgetGridRow key={row.userId} row={row} name={nameOf(row.userId)} onChange={(change) => onRow(row.userId, change)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
