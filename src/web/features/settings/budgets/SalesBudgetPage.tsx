import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { formErrors, generalMessage } from '../../../components/errors';
import { useUsers } from '../../users/useUsers';
import { BudgetForm, YearSelect } from './BudgetForm';
import { DEFAULT_CURRENCY, invalidRows } from './BudgetGrid';
import { itemsOf, rowsOf, type BudgetRow } from './grid';
import { useSalesBudget } from './useSalesBudget';

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
    setRows(
      rowsOf(
        salespeople.data.items.map((person) => person.id),
        budgets.data.items,
        year,
        DEFAULT_CURRENCY,
        locale,
      ),
    );
  }, [salespeople.data, budgets.data, year, locale]);

  const personName = (userId: string) => salespeople.data?.items.find((person) => person.id === userId)?.name ?? nameOf(userId);
  const setRow = (userId: string, change: (row: BudgetRow) => BudgetRow) => {
    setSaved(false);
    setRows((current) => current.map((row) => (row.userId === userId ? change(row) : row)));
  };
  const invalid = invalidRows(rows, locale);

  const submit = () => {
    setSaved(false);
    save.mutate(itemsOf(rows, year, locale), { onSuccess: () => setSaved(true) });
  };

  const loading = !salespeople.data || !budgets.data;

  return (
    <div className="budget">
      <YearSelect
        year={year}
        onChange={(next) => {
          setSaved(false);
          setYear(next);
        }}
      />
      {salespeople.error || budgets.error ? <Alert>{generalMessage(t, salespeople.error ?? budgets.error)}</Alert> : null}
      {errors.general ? <Alert>{errors.general}</Alert> : null}
      {saved ? <Alert kind="success">{t('settings.budget.saved', { year })}</Alert> : null}
      {loading ? <p role="status">{t('common.loading')}</p> : null}
      {!loading && rows.length === 0 ? <p className="empty">{t('settings.budget.noSalespeople')}</p> : null}
      {rows.length > 0 ? (
        <BudgetForm year={year} rows={rows} nameOf={personName} onRow={setRow} invalid={invalid} busy={save.isPending} onSave={submit} />
      ) : null}
    </div>
  );
}
