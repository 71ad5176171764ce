import type { Problem, Reason, ReasonCode } from '../../shared/reasons';
import type { ErrorCode } from '../http/errors';

/**
 * Database constraint violations in the API's error format, in one place: the error handler
 * answers any a service did not catch with these, and services ask `isViolation` when a
 * violation means something more precise to them (a chain fork, a duplicate key).
 */

/** The fields PostgreSQL reports, on pg's and PGlite's errors alike. */
interface PgError {
  code: string;
  constraint?: string;
  column?: string;
  detail?: string;
}

export const violationCodes = { unique: '23505', foreignKey: '23503', check: '23514', notNull: '23502' } as const;
/** Two transactions that changed the same rows at once: the loser may simply try again. */
const concurrencyCodes = new Set(['40P01', '40001']);
export type Violation = keyof typeof violationCodes;

/** The PostgreSQL error behind a driver's or Drizzle's wrapper (Drizzle puts it in `cause`). */
export function pgErrorOf(error: unknown): PgError | null {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    // Both drivers' errors carry the server's severity; system errors (EPIPE, …) do not.
    const { code, severity } = e as { code?: unknown; severity?: unknown };
    if (typeof code === 'string' && typeof severity === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e as PgError;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** Whether `error` is this kind of violation (of this constraint, when the database names one). */
export function isViolation(error: unknown, kind: Violation, constraint?: string): boolean {
  const pg = pgErrorOf(error);
  if (!pg || pg.code !== violationCodes[kind]) return false;
  return !constraint || !pg.constraint || pg.constraint === constraint;
}

const camel = (column: string) =>
  column
    .trim()
    .replace(/^"|"$/g, '')
    .replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The API's field names from the violation: not-null names its column, unique and foreign-key
 * violations name theirs in the detail ("Key (customer_id)=(…)"); the workspace is never the
 * caller's field. The values in the detail are never repeated.
 */
function fieldsOf(pg: PgError): string[] {
  if (pg.column) return [camel(pg.column)];
  const key = /^Key \(([^)]*)\)/.exec(pg.detail ?? '')?.[1];
  return key
    ? key
        .split(',')
        .map(camel)
        .filter((f) => f !== 'workspaceId')
    : [];
}

export interface ConstraintAnswer {
  code: ErrorCode;
  status: 400 | 409;
  message: string;
  fields?: Record<string, string>;
  /** The reason of each field in `fields`. */
  reasons?: Record<string, Reason>;
  /** Why, as a whole, for the answers without fields. */
  reason?: Problem;
}

/** The same message and reason for each named field; nothing when the database named none. */
function withFields(names: string[], message: string, code: ReasonCode): Pick<ConstraintAnswer, 'fields' | 'reasons'> {
  if (names.length === 0) return {};
  return { fields: Object.fromEntries(names.map((n) => [n, message])), reasons: Object.fromEntries(names.map((n) => [n, { code }])) };
}

/** A constraint violation as the API answers it; null for any other error. */
export function constraintAnswer(error: unknown): ConstraintAnswer | null {
  const pg = pgErrorOf(error);
  if (!pg) return null;
  if (concurrencyCodes.has(pg.code))
    return { code: 'conflict', status: 409, message: 'Someone else changed this at the same moment; try again', reason: { code: 'changed_meanwhile' } };
  const names = fieldsOf(pg);
  switch (pg.code) {
    case violationCodes.unique:
      return {
        code: 'conflict',
        status: 409,
        message: 'Another record already has this value',
        reason: { code: 'value_taken' },
        ...withFields(names, 'Already in use', 'in_use'),
      };
    case violationCodes.foreignKey:
      // Deleting a record others point at, or pointing at a record that does not exist.
      if (/still referenced/.test(pg.detail ?? ''))
        return { code: 'conflict', status: 409, message: 'Still in use elsewhere', reason: { code: 'still_referenced' } };
      return {
        code: 'validation_failed',
        status: 400,
        message: `Invalid ${names.join(', ') || 'reference'}`,
        ...withFields(names, 'No such record', 'not_found_ref'),
      };
    case violationCodes.notNull:
      return { code: 'validation_failed', status: 400, message: `Invalid ${names.join(', ') || 'value'}`, ...withFields(names, 'Required', 'required') };
    case violationCodes.check:
      return { code: 'validation_failed', status: 400, message: 'A value is out of the allowed range', reason: { code: 'out_of_range' } };
    default:
      return null;
  }
}
