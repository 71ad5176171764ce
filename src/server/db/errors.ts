/**
 * PostgreSQL's error code (SQLSTATE) and constraint of a failed statement, however the driver
 * wrapped it (Drizzle puts the driver's error in `cause`); null when it is not a database error.
 */
export function databaseError(error: unknown): { code: string; constraint?: string } | null {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    // Both drivers' errors carry the server's severity; system errors (EPIPE, …) do not.
    const { code, constraint, severity } = e as { code?: unknown; constraint?: unknown; severity?: unknown };
    if (typeof code === 'string' && typeof severity === 'string' && /^[0-9A-Z]{5}$/.test(code)) return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
  }
  return null;
}

/** A unique index refused the write (23505), optionally a named one. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const found = databaseError(error);
  return found?.code === '23505' && (!constraint || !found.constraint || found.constraint === constraint);
}
