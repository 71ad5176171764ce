import { z } from 'zod';
import { because } from './reasons';

/** The languages Tend speaks; `he` is written right to left. */
export const LOCALES = ['en', 'da', 'nb', 'hu', 'he'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

export const ROLES = ['admin', 'manager', 'user'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
/**
 * Every account's role: the staff roles above, and `partner` (issue 17): an outside person invited to
 * one customer, who reaches only the projects shared with them. Partners are made by
 * `POST /api/v1/partners`, never by the users API (its input takes staff roles only).
 */
export const ACCOUNT_ROLES = [...ROLES, 'partner'] as const;
export const accountRoleSchema = z.enum(ACCOUNT_ROLES);
export type AccountRole = z.infer<typeof accountRoleSchema>;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z.string().refine(isTimeZone, because('time_zone', 'Not a known time zone (e.g. Europe/Copenhagen)'));

export const idSchema = z.uuid({ message: 'Not a valid id' });

const utcYear = (text: string) => new Date(text).getUTCFullYear();
/**
 * Times are ISO 8601 with an offset on the way in, UTC `Z` on the way out, in the years 1000–9999
 * once in UTC: the database has no year 0 or 10000 (0001-01-01T00:30:00+01:00 is in year 0), and
 * a time read back in the years 1–99 turns into 1901–1999 or 2000–2049 (JavaScript's date parser).
 */
export const dateTimeInSchema = z.iso
  .datetime({ offset: true, message: 'Not a date and time with an offset (e.g. 2026-11-22T09:30:00+01:00)' })
  .refine((text) => utcYear(text) >= 1000 && utcYear(text) <= 9999, {
    ...because('date_time', 'A date and time between the years 1000 and 9999 (in UTC)'),
    abort: true,
  });
export const dateTimeOutSchema = z.string();
/** A calendar day, in the years 1000–9999: its first and last instants stay inside the years times may have in every zone. */
export const dateSchema = z.iso
  .date({ message: 'Not a date (YYYY-MM-DD)' })
  .refine((text) => text >= '1000-01-01' && text <= '9999-12-31', { ...because('date', 'A date between the years 1000 and 9999'), abort: true });

/** Optional text that may be cleared: empty strings become null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `At most ${max} characters` })
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'Required' })
    .max(max, { message: `At most ${max} characters` });

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Not a valid email address' }));

export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) => (s === '' ? null : s))
  .pipe(z.email({ message: 'Not a valid email address' }).nullable())
  .nullable()
  .optional();

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1, { message: 'At least 1' }).max(500, { message: 'At most 500' }).default(50),
  cursor: z.string().max(500).optional(),
});

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Why the request was refused as a whole, as a code from PROBLEM_CODES in src/shared/reasons.ts, with the numbers it needs. */
    reason: z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }).optional(),
    fields: z.record(z.string(), z.string()).optional(),
    /** Beside `fields`: why each field was rejected, as a code from src/shared/reasons.ts, with the numbers or names it needs. */
    reasons: z.record(z.string(), z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })).optional(),
    /** With a 409 for something still in use: how many records of each kind use it ({ customers: 3 }). */
    usage: z.record(z.string(), z.number()).optional(),
    /** With a 400 that asks to choose (the workspace at sign-in): the choices, by id and name. */
    choices: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof errorSchema>;

export const okSchema = z.object({ ok: z.literal(true) });
