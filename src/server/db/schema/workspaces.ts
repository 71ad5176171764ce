import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz, updatedAt } from './columns';

export const workspaces = pgTable(
  'workspaces',
  {
    id: id(),
    name: text('name').notNull(),
    /** The language new lists (statuses, types) are named in. */
    locale: text('locale').notNull().default('en'),
    timeZone: text('time_zone').notNull().default('Europe/Copenhagen'),
    /** ISO weekday the calendar starts on (1 = Monday … 7 = Sunday); users may choose their own. */
    weekStart: smallint('week_start').notNull().default(1),
    /** ISO 4217 code (three capital letters) amounts are in unless they say otherwise. */
    currency: text('currency').notNull().default('EUR'),
    /** What one unit of another currency is worth in `currency` ({"USD": 6.85}); totals add amounts with it (migration 0046). */
    exchangeRates: jsonb('exchange_rates').$type<Record<string, number>>().notNull().default({}),
    /** 'restricted': a `user` sees only the customers the visibility rule gives them (migration 0018). */
    customerVisibility: text('customer_visibility', { enum: ['everyone', 'restricted'] })
      .notNull()
      .default('everyone'),
    /** Whose calendars one may see; stored for the calendar. */
    calendarVisibility: text('calendar_visibility', { enum: ['everyone', 'groups', 'own'] })
      .notNull()
      .default('everyone'),
    createdAt: createdAt(),
  },
  (t) => [
    check('workspaces_week_start_check', sql`${t.weekStart} BETWEEN 1 AND 7`),
    check('workspaces_currency_check', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('workspaces_customer_visibility_check', sql`${t.customerVisibility} IN ('everyone', 'restricted')`),
    check('workspaces_calendar_visibility_check', sql`${t.calendarVisibility} IN ('everyone', 'groups', 'own')`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    /** Stored lower-cased, unique within a workspace: sign-in looks it up across workspaces. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['admin', 'manager', 'user', 'partner'] }).notNull(),
    /** A partner's customer (issue 17, migration 0035; the foreign key, ON DELETE SET NULL, is in the SQL); null for staff. */
    partnerCustomerId: uuid('partner_customer_id'),
    /** A partner the company gives a seat: no quota on the projects and tasks shared with them (migration 0035). */
    seat: boolean('seat').notNull().default(false),
    locale: text('locale').notNull().default('en'),
    timeZone: text('time_zone').notNull().default('Europe/Copenhagen'),
    /** The user's own week start (1 = Monday … 7 = Sunday); null follows the workspace. */
    weekStart: smallint('week_start'),
    /** Reminders also by e-mail (when mail is configured). */
    emailReminders: boolean('email_reminders').notNull().default(true),
    /** A morning mail of the day's to-do at about 07:00 in the user's time zone (when mail is configured; migration 0028). */
    morningMail: boolean('morning_mail').notNull().default(false),
    /** The user's local date the last morning mail was handled for: claimed once per day, by one process. */
    morningMailSentOn: date('morning_mail_sent_on', { mode: 'string' }),
    active: boolean('active').notNull().default(true),
    /** Set while an invitation is pending: the person has not chosen a password yet and cannot sign in. */
    invitedAt: tstz('invited_at'),
    /** The colour of the user's calendar (`#rrggbb`); null: a stable colour from the id (migration 0020). */
    calendarColor: text('calendar_color'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_workspace_email_key').on(t.workspaceId, t.email),
    index('users_email_idx').on(t.email),
    index('users_workspace_idx').on(t.workspaceId, t.name),
    index('users_partner_customer_idx').on(t.partnerCustomerId).where(sql`${t.partnerCustomerId} IS NOT NULL`),
    index('users_morning_mail_idx').on(t.id).where(sql`${t.morningMail}`),
    check('users_week_start_check', sql`${t.weekStart} BETWEEN 1 AND 7`),
    check('users_calendar_color_check', sql`${t.calendarColor} ~ '^#[0-9a-f]{6}$'`),
  ],
);

/** Sessions live in the database so several server processes can share them. The id is a hash of the cookie. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: tstz('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    lastUsedAt: tstz('last_used_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_key').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

/**
 * Sign-in attempts per key (an email, an address, a sign-up address), shared by all server
 * processes: counted before the password is checked, with the time until the next attempt may run.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  attempts: integer('attempts').notNull(),
  lastAttemptAt: tstz('last_attempt_at').notNull(),
  blockedUntil: tstz('blocked_until').notNull(),
});

/**
 * One-time links for setting a password: a reset (forgot password, or sent by an admin) or an
 * invitation. Only the SHA-256 of the token is stored; `usedAt` is set by one conditional UPDATE,
 * so a link works once even when opened twice at the same moment.
 */
export const accountLinks = pgTable(
  'account_links',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ['reset', 'invitation'] }).notNull(),
    tokenHash: text('token_hash').notNull(),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: tstz('expires_at').notNull(),
    usedAt: tstz('used_at'),
  },
  (t) => [uniqueIndex('account_links_hash_key').on(t.tokenHash), index('account_links_user_idx').on(t.userId, t.purpose)],
);
