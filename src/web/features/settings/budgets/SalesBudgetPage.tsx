import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { formErrors, generalMessage } from '../../../components/errors';
import { useUsers } from '../../users/useUsers';
import { itemsOf, MONTHS, parseAmount, rowsOf, type BudgetRow } from './grid';
import { useSalesBudget } from './useSalesBudget';

const DEFAULT_CURRENCY = 'DKK';

/** The sales budget: one row per salesperson, a column per month, one currency per row; the year is saved whole. */
export function SalesBudgetPage() {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const locale = i18n.language;
  const { salespeople, budgets, save } = useSalesBudget(year);
  const { nameOf } = useUsers();
  const [rows, setRows] = useState<BudgetRow[]>([]);
  const [saved, setSaved] = useState(false);
  const errors = formErrors(t, save.error, []);

  useEffect(() => {
    if (!salespeople.data || !budgets.data) return;
    setRows(rowsOf(salespeople.data.items.map((person) => person.id), budgets.data.items, year, DEFAULT_CURRENCY, locale));
  }, [salespeople.data, budgets.data, locale]);
  useEffect(() => setSaved(false), [year]);

  const monthNames = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { month: 'short', timeZone: 'UTC' });
    return MONTHS.map((month) => format.format(new Date(Date.UTC(2026, month, 1))));
  }, [i18n.language]);
  const longMonth = useMemo(() => new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' }), [i18n.language]);

  const personName = (userId: string) => salespeople.data?.items.find((person) => person.id === userId)?.name ?? nameOf(userId);
  const setRow = (userId: string, change: (row: BudgetRow) => BudgetRow) => {
    setSaved(false);
    setRows((current) => current.map((row) => (row.userId === userId ? change(row) : row)));
  };
  const total = (row: BudgetRow) => row.amounts.reduce((sum, text) => sum + (parseAmount(text, locale) ?? 0), 0);
  const money = (amount: number, currency: string) => {
    try {
      return new Intl.NumberFormat(i18n.language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
    } catch {
      return `${new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(amount)} ${currency}`;
    }
  };
  const invalid = rows.some((row) => row.amounts.some((text) => Number.isNaN(parseAmount(text, locale))) || !/^[A-Za-z]{3}$/.test(row.currency.trim()));

  const submit = () => {
    setSaved(false);
    save.mutate(itemsOf(rows, year, locale), { onSuccess: () => setSaved(true) });
  };

  const loading = !salespeople.data || !budgets.data;

  return (
    <div className="budget">
      <div className="toolbar">
        <div className="field">
          <label htmlFor="budget-year">{t('settings.budget.year')}</label>
          <select id="budget-year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {Array.from({ length: 7 }, (_, index) => new Date().getFullYear() - 3 + index).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
      </div>
      {salespeople.error || budgets.error ? <Alert>{generalMessage(t, salespeople.error ?? budgets.error)}</Alert> : null}
      {errors.general ? <Alert>{errors.general}</Alert> : null}
      {saved ? <Alert kind="success">{t('settings.budget.saved', { year })}</Alert> : null}
      {loading ? <p role="status">{t('common.loading')}</p> : null}
      {!loading && rows.length === 0 ? <p className="empty">{t('settings.budget.noSalespeople')}</p> : null}
      {rows.length > 0 ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
          aria-label={t('settings.budget.gridLabel', { year })}
        >
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
                {rows.map((row) => {
                  const name = personName(row.userId);
                  return (
                    <tr key={row.userId}>
                      <th scope="row">
                        <bdi>{name}</bdi>
                      </th>
                      <td>
                        <input
                          className="budget-grid__currency"
                          value={row.currency}
                          maxLength={3}
                          aria-label={t('settings.budget.currencyOf', { name })}
                          aria-invalid={/^[A-Za-z]{3}$/.test(row.currency.trim()) ? undefined : true}
                          onChange={(event) => setRow(row.userId, (current) => ({ ...current, currency: event.target.value.toUpperCase() }))}
                        />
                      </td>
                      {row.amounts.map((text, month) => (
                        <td key={month}>
                          <input
                            className="budget-grid__amount"
                            inputMode="decimal"
                            value={text}
                            aria-label={t('settings.budget.cell', { name, month: longMonth.format(new Date(Date.UTC(2026, month, 1))) })}
                            aria-invalid={Number.isNaN(parseAmount(text, locale)) ? true : undefined}
                            onChange={(event) => setRow(row.userId, (current) => ({ ...current, amounts: current.amounts.map((value, index) => (index === month ? event.target.value : value)) }))}
                          />
                        </td>
                      ))}
                      <td className="nowrap budget-grid__total">{money(total(row), row.currency.trim().toUpperCase() || DEFAULT_CURRENCY)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {invalid ? <p className="field__error">{t('settings.budget.invalid')}</p> : null}
          <div className="form__actions budget__actions">
            <button type="submit" className="button button--primary" disabled={save.isPending || invalid}>
              {save.isPending ? t('common.saving') : t('settings.budget.save', { year })}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
