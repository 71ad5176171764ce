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
  /** Embedded engine: PGlite on a thread of its own (db/pglite-thread.ts); TEND_PGLITE_THREAD=0 runs it on the main thread. */
  pgliteThread: boolean;
  /** TEND_SMTP_URL (smtp:// or smtps://, may hold a password: never log it); null = mail is off. */
  smtpUrl: string | null;
  /** TEND_PUBLIC_URL: where people open Tend (reset and invitation links point there); default http://HOST:PORT. */
  publicUrl: string;
  /** TEND_MAIL_FROM: the From of every mail Tend sends. */
  mailFrom: string;
  /** TEND_REMINDER_INTERVAL: seconds between reminder delivery runs (default 30). */
  reminderIntervalSeconds: number;
  /** TEND_SECRET_KEY: seals stored secrets such as IMAP passwords (crypto/secrets.ts); null = none can be stored. Never log it. */
  secretKey: string | null;
  /** TEND_SMTP_LISTEN: where the drop-box SMTP server listens; null = off. */
  smtpListen: { host: string; port: number } | null;
  /** TEND_DROPBOX_ADDRESS: the drop-box's address (its local part may carry a +tag). */
  dropboxAddress: string;
  /** TEND_MAILBOX_SYNC_INTERVAL: seconds between background syncs of each IMAP mailbox (default 180). */
  mailboxSyncIntervalSeconds: number;
  /** TEND_MAILBOX_IDLE: hold an IMAP IDLE connection per mailbox where the server offers it (default on; 0 turns it off). */
  mailboxIdle: boolean;
  /** TEND_WEBHOOKS_ALLOW_PRIVATE=1: webhooks may point at private, loopback and link-local addresses (off by default). */
  webhooksAllowPrivate: boolean;
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

/** An SMTP server's URL, checked without ever echoing it (it may hold a password). */
export function smtpUrlFrom(raw: string | undefined): string | null {
  const value = raw?.trim() ?? '';
  if (value === '') return null;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || url.hostname === '') {
    throw new ConfigError('TEND_SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465 (value not shown)');
  }
  return value;
}

/** TEND_MAIL_FROM, else the SMTP user when it is an address (many servers insist), else Tend at the SMTP host. */
export function mailFromFor(raw: string | undefined, smtpUrl: string | null): string {
  const value = raw?.trim() ?? '';
  if (value !== '') {
    if (!/^[^\s@<>]+@[^\s@<>]+$|<[^\s@<>]+@[^\s@<>]+>$/.test(value)) {
      throw new ConfigError(`TEND_MAIL_FROM must be an address, optionally with a name: "Tend <tend@example.com>" (got "${value}")`);
    }
    return value;
  }
  const url = smtpUrl ? new URL(smtpUrl) : null;
  const user = url ? decodeURIComponent(url.username) : '';
  if (user.includes('@')) return `Tend <${user}>`;
  return `Tend <tend@${url?.hostname || 'localhost'}>`;
}

/** Links in mails must point where people reach Tend, never where a request's Host header says (anyone can forge it). */
export function publicUrlFrom(raw: string | undefined, host: string, port: number): string {
  const value = raw?.trim();
  if (!value) return `http://${['0.0.0.0', '::'].includes(host) ? 'localhost' : host}:${port}`;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new ConfigError(`TEND_PUBLIC_URL must be an http:// or https:// address (got "${value}")`);
  }
  return value.replace(/\/+$/, '');
}

/** At least 16 characters: it is the only thing between a database dump and the mailbox passwords in it. */
export function secretKeyFrom(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (raw.length < 16) throw new ConfigError('TEND_SECRET_KEY must be at least 16 characters (32 random ones are better; value not shown)');
  return raw;
}

/** `host:port` (an IPv6 host in brackets: `[::1]:2525`). */
export function listenFrom(name: string, raw: string | undefined): { host: string; port: number } | null {
  const value = raw?.trim() ?? '';
  if (value === '' || value === '0') return null;
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(value);
  const port = Number(match?.[3]);
  if (!match || port < 1 || port > 65535) throw new ConfigError(`${name} must be host:port, such as 127.0.0.1:2525 (got "${value}")`);
  return { host: match[1] ?? match[2], port };
}

export function dropboxAddressFrom(raw: string | undefined): string {
  const value = raw?.trim().toLowerCase() || 'log@tend.local';
  if (!/^[^\s@<>+]+@[^\s@<>]+$/.test(value)) {
    throw new ConfigError(`TEND_DROPBOX_ADDRESS must be a plain address without a +tag, such as log@crm.example.com (got "${value}")`);
  }
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const smtpUrl = smtpUrlFrom(env.TEND_SMTP_URL);
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
    pgliteThread: env.TEND_PGLITE_THREAD !== '0',
    smtpUrl,
    mailFrom: mailFromFor(env.TEND_MAIL_FROM, smtpUrl),
    reminderIntervalSeconds: intFrom('TEND_REMINDER_INTERVAL', env.TEND_REMINDER_INTERVAL, 30, 1, 3600),
    secretKey: secretKeyFrom(env.TEND_SECRET_KEY),
    smtpListen: listenFrom('TEND_SMTP_LISTEN', env.TEND_SMTP_LISTEN),
    dropboxAddress: dropboxAddressFrom(env.TEND_DROPBOX_ADDRESS),
    mailboxSyncIntervalSeconds: intFrom('TEND_MAILBOX_SYNC_INTERVAL', env.TEND_MAILBOX_SYNC_INTERVAL, 180, 10, 86_400),
    mailboxIdle: env.TEND_MAILBOX_IDLE?.trim() !== '0',
    webhooksAllowPrivate: env.TEND_WEBHOOKS_ALLOW_PRIVATE?.trim() === '1',
    publicUrl: publicUrlFrom(env.TEND_PUBLIC_URL, env.HOST?.trim() || '127.0.0.1', intFrom('PORT', env.PORT, 3000, 0, 65535)),
  };
}
