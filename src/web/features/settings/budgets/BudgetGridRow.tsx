import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MONTHS, parseAmount, type BudgetRow } from './grid';

export const DEFAULT_CURRENCY = 'DKK';
export const isCurrency = (text: string) => /^[A-Za-z]{3}$/.test(text.trim());

function useMoney(locale: string) {
  return (amount: number, currency: string) => {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
    } catch {
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(amount)} ${currency}`;
    }
  };
}

/** One salesperson's row: currency, twelve amounts and the total in that currency. */
export function BudgetGridRow({ row, name, onChange }: { row: BudgetRow; name: string; onChange: (change: (row: BudgetRow) => BudgetRow) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const money = useMoney(locale);
  const longMonth = useMemo(() => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }), [locale]);
  const total = row.amounts.reduce((sum, text) => sum + (parseAmount(text, locale) ?? 0), 0);
  return (
    <tr>
      <th scope="row">
        <bdi>{name}</bdi>
      </th>
      <td>
        <input
          className="budget-grid__currency"
          value={row.currency}
          maxLength={3}
          aria-label={t('settings.budget.currencyOf', { name })}
          aria-invalid={isCurrency(row.currency) ? undefined : true}
          onChange={(event) => onChange((current) => ({ ...current, currency: event.target.value.toUpperCase() }))}
        />
      </td>
      {MONTHS.map((month) => (
        <td key={month}>
          <input
            className="budget-grid__amount"
            inputMode="decimal"
            value={row.amounts[month] ?? ''}
            aria-label={t('settings.budget.cell', { name, month: longMonth.format(new Date(Date.UTC(2026, month, 1))) })}
            aria-invalid={Number.isNaN(parseAmount(row.amounts[month] ?? '', locale)) ? true : undefined}
            onChange={(event) =>
              onChange((current) => ({ ...current, amounts: current.amounts.map((value, index) => (index === month ? event.target.value : value)) }))
            }
          />
        </td>
      ))}
      <td className="nowrap budget-grid__total">{money(total, row.currency.trim().toUpperCase() || DEFAULT_CURRENCY)}</td>
    </tr>
  );
}
