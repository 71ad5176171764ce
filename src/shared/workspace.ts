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
});
export type WorkspaceUpdate = z.infer<typeof workspaceUpdateSchema>;
