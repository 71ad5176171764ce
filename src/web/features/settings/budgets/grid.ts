import type { SalesBudget } from '../../../../shared/settings';
import { formatNumberInput, parseLocaleNumber } from '../../../numbers';

export interface BudgetRow {
  userId: string;
  currency: string;
  /** Twelve cells as typed, January first; '' is no budget. */
  amounts: string[];
}

export const MONTHS = Array.from({ length: 12 }, (_, index) => index);
export const monthKey = (year: number, month: number) => `${year}-${String(month + 1).padStart(2, '0')}`;

/**
 * The typed amount as a number in the user's locale ("1.500" in Danish is 1500, not 1.5); null for
 * an empty cell, NaN when not an amount (a negative one included).
 */
export function parseAmount(text: string, locale: string): number | null {
  const value = parseLocaleNumber(text, locale);
  return value === null || value >= 0 ? value : Number.NaN;
}

/** Rows for these people (salespeople, and anyone who already has a budget that year). */
export function rowsOf(userIds: string[], items: SalesBudget[], year: number, defaultCurrency: string, locale: string): BudgetRow[] {
  const ids = [...new Set([...userIds, ...items.map((item) => item.userId)])];
  return ids.map((userId) => {
    const own = items.filter((item) => item.userId === userId);
    return {
      userId,
      currency: own[0]?.currency ?? defaultCurrency,
      amounts: MONTHS.map((month) => {
        const cell = own.find((item) => item.month === monthKey(year, month));
        return cell ? formatNumberInput(cell.amount, locale) : '';
      }),
    };
  });
}

/** What PUT /sales-budgets saves: every filled cell. */
export function itemsOf(rows: BudgetRow[], year: number, locale: string): SalesBudget[] {
  return rows.flatMap((row) =>
    row.amounts.flatMap((text, month) => {
      const amount = parseAmount(text, locale);
      return amount === null ? [] : [{ userId: row.userId, month: monthKey(year, month), amount, currency: row.currency.trim().toUpperCase() }];
    }),
  );
}
