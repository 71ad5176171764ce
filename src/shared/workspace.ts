import { z } from 'zod';
import { type Locale, localeSchema, requiredText, timeZoneSchema } from './common';
import { CALENDAR_VISIBILITIES, CUSTOMER_VISIBILITIES } from './sharing';
import { because, matching } from './reasons';

/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const weekday = because('weekday', 'A weekday from 1 (Monday) to 7 (Sunday)');
export const weekStartSchema = z.number(weekday).int(weekday).min(1, weekday).max(7, weekday);

function knownCurrencies(): ReadonlySet<string> | null {
  try {
    return new Set(Intl.supportedValuesOf('currency'));
  } catch {
    return null; // An engine without the list: the shape alone is checked.
  }
}
let currencies: ReadonlySet<string> | null | undefined;
const isKnownCurrency = (code: string) => {
  if (currencies === undefined) currencies = knownCurrencies();
  return currencies === null || currencies.has(code);
};

/** An ISO 4217 code as written there: three capital letters of a currency the engine knows. */
export const currencySchema = z
  .string()
  .regex(...matching(/^[A-Z]{3}$/, 'currency', 'Three capital letters (ISO 4217, e.g. DKK)'))
  .refine(isKnownCurrency, because('currency', 'Not a known currency (ISO 4217, e.g. DKK)'));

/** The currencies the settings page offers (the current value is always offered too). */
export const COMMON_CURRENCIES = ['DKK', 'NOK', 'HUF', 'ILS', 'EUR', 'USD', 'GBP', 'SEK'] as const;

/** A new workspace's week start and currency by its language: where that language is spoken. */
export function workspaceDefaults(locale: string): { weekStart: number; currency: string } {
  const currency: Record<Locale, string> = { da: 'DKK', nb: 'NOK', hu: 'HUF', he: 'ILS', en: 'EUR' };
  return { weekStart: locale === 'he' ? 7 : 1, currency: currency[locale as Locale] ?? 'EUR' };
}

const rate = because('exchange_rate', 'A positive number: what one unit of that currency is worth in the workspace currency');
/** What one unit of a currency is worth in the workspace's currency. */
export const exchangeRateSchema = z.number(rate).positive(rate).max(1_000_000, rate);

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  defaultLocale: z.string(),
  defaultTimeZone: z.string(),
  weekStart: z.number().int(),
  currency: z.string(),
  /** 'restricted': a `user` sees only the customers they are responsible for, shared with, or on an activity of. */
  customerVisibility: z.enum(CUSTOMER_VISIBILITIES),
  /** Whose calendars one sees (the calendar uses it). */
  calendarVisibility: z.enum(CALENDAR_VISIBILITIES),
  /**
   * What one unit of another currency is worth in `currency` (`{"USD": 6.85}` in a DKK workspace). Pipeline
   * totals, campaign results and reports add an amount in another currency with its rate; an amount in a
   * currency without a rate is left out of those sums (the pipeline says so).
   */
  exchangeRates: z.record(z.string(), z.number()),
});
export type Workspace = z.infer<typeof workspaceSchema>;

/** What an admin may change; the defaults apply to users added later and to those who follow the workspace. */
export const workspaceUpdateSchema = z.object({
  name: requiredText(200).optional(),
  defaultLocale: localeSchema.optional(),
  defaultTimeZone: timeZoneSchema.optional(),
  weekStart: weekStartSchema.optional(),
  currency: currencySchema.optional(),
  customerVisibility: z.enum(CUSTOMER_VISIBILITIES, { message: "'everyone' or 'restricted'" }).optional(),
  calendarVisibility: z.enum(CALENDAR_VISIBILITIES, { message: "'everyone', 'groups' or 'own'" }).optional(),
  /** The whole set of rates (replaces the stored one): currency code → its worth in the workspace's currency. */
  exchangeRates: z.record(currencySchema, exchangeRateSchema).optional(),
});
export type WorkspaceUpdate = z.infer<typeof workspaceUpdateSchema>;

/** A rate as typed: "6.85" or "6,85" (a decimal comma, as Danish, Norwegian and Hungarian write it). */
const typedRate = z.preprocess((value) => (typeof value === 'string' ? Number(value.trim().replace(',', '.') || Number.NaN) : value), exchangeRateSchema);

/** The exchange rates as the settings form holds them: one row per currency, each currency once. */
export const exchangeRatesFormSchema = z.object({
  rates: z.array(z.object({ currency: currencySchema, rate: typedRate })).superRefine((rows, ctx) => {
    rows.forEach((row, i) => {
      if (rows.findIndex((other) => other.currency === row.currency) !== i) {
        ctx.addIssue({ code: 'custom', path: [i, 'currency'], ...because('duplicate', 'This currency has a rate already') });
      }
    });
  }),
});

/** The form's rows as the API takes them. */
export const exchangeRatesOf = (rows: { currency: string; rate: number }[]): Record<string, number> =>
  Object.fromEntries(rows.map((row) => [row.currency, row.rate]));
