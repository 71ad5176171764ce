import path from 'node:path';

/** Everything Tend reads from the environment, checked once at start. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  adminEmail: string | null;
  adminPassword: string | null;
  demo: boolean;
  logLevel: string;
  /** scrypt cost as log2(N); 17 is OWASP's recommendation. Tests lower it. */
  kdfCost: number;
  trustProxy: boolean;
  /** Embedded engine: run the hot reads as named statements (see db/pglite-named-statements.ts). */
  pgliteNamedStatements: boolean;
}

export class ConfigError extends Error {}

function intFrom(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max} (got "${raw}")`);
  }
  return n;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return {
    port: intFrom('PORT', env.PORT, 3000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: path.resolve(env.TEND_DATA_DIR?.trim() || './data'),
    databaseUrl,
    adminEmail: env.TEND_ADMIN_EMAIL?.trim() || null,
    adminPassword: env.TEND_ADMIN_PASSWORD || null,
    demo: argv.includes('--demo') || env.TEND_DEMO === '1',
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    kdfCost: intFrom('TEND_KDF_COST', env.TEND_KDF_COST, 17, 10, 20),
    trustProxy: env.TEND_TRUST_PROXY === '1',
    pgliteNamedStatements: env.TEND_PGLITE_NAMED_STATEMENTS !== '0',
  };
}
