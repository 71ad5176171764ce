import net from 'node:net';
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
  trustProxy: TrustProxy;
  /** TEND_SIGNUP=1: anyone may create a workspace and its admin (POST /api/v1/signup). */
  signup: boolean;
  /** Embedded engine: run the hot reads as named statements (see db/pglite-named-statements.ts). */
  pgliteNamedStatements: boolean;
}

/**
 * Which X-Forwarded-* headers to believe: false (none), a number of proxy hops in front of Tend,
 * or the proxies' addresses/CIDR ranges. Never "every client", which would let anyone choose
 * the address that sign-in throttling counts.
 */
export type TrustProxy = false | number | string[];

export class ConfigError extends Error {}

function intFrom(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max} (got "${raw}")`);
  }
  return n;
}

/** proxy-addr's names for address ranges, accepted beside addresses and CIDRs. */
const RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrRange(entry: string): boolean {
  if (RANGE_NAMES.includes(entry) || net.isIP(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = net.isIP(address);
  return rest.length === 0 && family !== 0 && /^\d{1,3}$/.test(bits ?? '') && Number(bits) <= (family === 4 ? 32 : 128);
}

export function trustProxyFrom(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || value === '0') return false;
  if (/^\d+$/.test(value)) return intFrom('TEND_TRUST_PROXY', value, 1, 1, 10);
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !isAddressOrRange(e));
  if (bad.length > 0 || entries.length === 0) {
    throw new ConfigError(
      `TEND_TRUST_PROXY must be a number of proxy hops (1 = one reverse proxy) or a comma-separated list of proxy addresses or CIDR ranges (got "${value}")`,
    );
  }
  return entries;
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
    trustProxy: trustProxyFrom(env.TEND_TRUST_PROXY),
    signup: env.TEND_SIGNUP === '1',
    pgliteNamedStatements: env.TEND_PGLITE_NAMED_STATEMENTS !== '0',
  };
}
