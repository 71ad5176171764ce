import type { SalesBudget } from '../../../../shared/settings';

export interface BudgetRow {
  userId: string;
  currency: string;
  /** Twelve cells as typed, January first; '' is no budget. */
  amounts: string[];
}

export const MONTHS = Array.from({ length: 12 }, (_, index) => index);
export const monthKey = (year: number, month: number) => `${year}-${String(month + 1).padStart(2, '0')}`;

/** The typed amount as a number: spaces and a decimal comma are fine ("12 500,50"); null when not a number. */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0']/g, '');
  if (compact === '') return null;
  const normal = compact.includes(',') && !compact.includes('.') ? compact.replace(',', '.') : compact.replace(/,/g, '');
  const value = Number(normal);
  return Number.isFinite(value) && value >= 0 ? value : Number.NaN;
}

/** Rows for these people (salespeople, and anyone who already has a budget that year). */
export function rowsOf(userIds: string[], items: SalesBudget[], year: number, defaultCurrency: string): BudgetRow[] {
  const ids = [...new Set([...userIds, ...items.map((item) => item.userId)])];
  return ids.map((userId) => {
    const own = items.filter((item) => item.userId === userId);
    return {
      userId,
      currency: own[0]?.currency ?? defaultCurrency,
      amounts: MONTHS.map((month) => {
        const cell = own.find((item) => item.month === monthKey(year, month));
        return cell ? String(cell.amount) : '';
      }),
    };
  });
}

/** What PUT /sales-budgets saves: every filled cell. */
export function itemsOf(rows: BudgetRow[], year: number): SalesBudget[] {
  return rows.flatMap((row) =>
    row.amounts.flatMap((text, month) => {
      const amount = parseAmount(text);
      return amount === null ? [] : [{ userId: row.userId, month: monthKey(year, month), amount, currency: row.currency.trim().toUpperCase() }];
    }),
  );
}
