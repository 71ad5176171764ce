import { salesRoutes } from './features/sales/sales.routes';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { registerAuthentication } from './auth/authenticate';
import { registerPartnerGuard } from './auth/partner-guard';
import type { TrustProxy } from './config';
import { type DatabaseHandle, onPgliteThread } from './db/client';
import { schemaAnswerSerializer } from './http/built-answer';
import { registerAbandonedRequests } from './http/abandoned-requests';
import { registerErrorHandling } from './http/errors';
import { frameworkErrorOptions } from './http/framework-errors';
import { logSerializers } from './http/log-safety';
import { registerOpenApi } from './http/openapi';
import { registerCsrfDefence, registerSecurityHeaders } from './http/security';
import { registerStorableTextCheck } from './http/storable-text';
import { registerWebApp } from './http/web-app';
import { Jobs, type JobsOptions } from './jobs/jobs';
import { notificationRoutes } from './features/notifications/notifications.routes';
import { registerReminderJobs } from './features/notifications/reminders.service';
import { registerMorningMailJobs } from './features/notifications/morning-mail.service';
import { createMailer, type MailSettings, type Mailer } from './mail/outbox';
import { activityRoutes } from './features/activities/activities.routes';
import { commentRoutes } from './features/comments/comments.routes';
import { documentRoutes } from './features/documents/documents.routes';
import { accountLinkRoutes } from './features/auth/account-links.routes';
import { authRoutes } from './features/auth/auth.routes';
import { contactRoutes } from './features/contacts/contacts.routes';
import { customerRoutes } from './features/customers/customers.routes';
import { sharingRoutes } from './features/sharing/sharing.routes';
import { projectRoutes } from './features/projects/projects.routes';
import { templateRoutes } from './features/projects/templates.routes';
import { healthRoutes } from './features/health/health.routes';
import { todoRoutes } from './features/todo/todo.routes';
import { calendarRoutes } from './features/calendar/calendar.routes';
import { groupRoutes } from './features/settings/groups.routes';
import { settingsRoutes } from './features/settings/settings.routes';
import { taskRoutes } from './features/tasks/tasks.routes';
import { invitationRoutes } from './features/users/invitations.routes';

import { journalSink } from './features/mailboxes/journal-sink';
import { mailboxRoutes } from './features/mailboxes/mailboxes.routes';
import { reportRoutes } from './features/reports/reports.routes';
import { exportRoutes } from './features/exports/export.routes';
import type { MessageSink } from './features/mailboxes/message-sink';
import { registerMailboxJobs } from './features/mailboxes/sync-jobs';
import { registerImportJobs } from './features/imports/imports.jobs';
import { importRoutes } from './features/imports/imports.routes';
import { type Dropbox, startDropbox } from './features/mail-dropbox/dropbox';
import { historyRoutes } from './features/history/history.routes';
import { userRoutes } from './features/users/users.routes';
import { workspaceRoutes } from './features/workspaces/workspace-settings.routes';
import { preferenceRoutes } from './features/preferences/preferences.routes';
import { calendarFeedRoutes } from './features/calendar-feed/calendar-feed.routes';
import { mailRoutes } from './features/mail/mail.routes';
import { partnerPortalRoutes } from './features/partners/partner-portal.routes';
import { partnerRoutes } from './features/partners/partners.routes';
import { type DeliverySettings, registerWebhookJobs } from './features/webhooks/delivery';
import { webhookRoutes } from './features/webhooks/webhooks.routes';

export interface AppDeps {
  database: DatabaseHandle;
  kdfCost: number;
  /** Built web app to serve (index.html + assets); absent in API-only tests. */
  webDir?: string | null;
  logger?: FastifyServerOptions['logger'];
  /** Which proxies' X-Forwarded-* to believe: a hop count or addresses (see config.ts); never all. */
  trustProxy?: TrustProxy;
  /** TEND_SIGNUP=1: anyone may create a workspace. */
  signup?: boolean;
  /** The address people open the app at (TEND_PUBLIC_URL): reset and invitation links point there. */
  publicUrl?: string;
  /**
   * Run the background job worker (pg-boss). main.ts always does; tests only when they need it
   * (starting costs a few hundred ms on PGlite). Mail configured starts it too.
   */
  jobs?: boolean | Omit<JobsOptions, 'log'>;
  /** Start the job queue without holding up `ready` (the server): `failed` is told if it cannot start. */
  jobsInBackground?: { failed(error: unknown): void };
  /** Outgoing mail (TEND_SMTP_URL, TEND_MAIL_FROM); absent or without a URL, mail is off. */
  mail?: MailSettings;
  /** Seconds between reminder delivery runs and morning-mail checks (TEND_REMINDER_INTERVAL, default 30); they run while the jobs run. */
  reminderIntervalSeconds?: number;
  /** TEND_SECRET_KEY: seals IMAP passwords; without it none can be stored. */
  secretKey?: string | null;
  /** Seconds between background syncs of each IMAP mailbox (TEND_MAILBOX_SYNC_INTERVAL, default 180). */
  mailboxSyncIntervalSeconds?: number;
  /** IMAP IDLE on mailboxes whose server offers it (TEND_MAILBOX_IDLE, on unless 0); off unless set (tests opt in). */
  mailboxIdle?: boolean | { tickSeconds?: number; folderPollSeconds?: number };
  /** IMAP socket timeouts in ms (tests shorten them). */
  imapTimeoutMs?: number;
  /** The drop-box SMTP server (TEND_SMTP_LISTEN, TEND_DROPBOX_ADDRESS); absent: off. */
  dropbox?: { listen: { host: string; port: number }; address: string } | null;
  /** Where synced and dropped mail goes; the journaling core unless a test records it instead. */
  messageSink?: MessageSink;
  /** Webhooks (issue 19): TEND_WEBHOOKS_ALLOW_PRIVATE, and the delivery timings (tests shorten them). */
  webhooks?: DeliverySettings;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The background job queue: register handlers before the app is ready, enqueue after. */
    jobs: Jobs;
    /** The outbox: `app.mail.mailEnabled`, `app.mail.queueMail(message, tx?)` (see mail/outbox.ts). */
    mail: Mailer;
    /** The drop-box SMTP server while it listens (TEND_SMTP_LISTEN), else null. */
    dropbox: Dropbox | null;
  }
}

/** Never logs secrets: cookies, authorization headers and Set-Cookie are redacted; bodies are not logged. */
export const loggerOptions = (level: string) => ({
  level,
  redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '[redacted]' },
  serializers: logSerializers,
});

/** A hop count becomes "the n nearest hops" (what Fastify does for a number; its types want a function). */
function proxyTrust(trust: TrustProxy) {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
}

/** Builds the whole application without listening, so tests can inject requests. */
export async function buildApp(deps: AppDeps) {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: proxyTrust(deps.trustProxy ?? false),
    // Turns IDs and paths like /api/v1/customers/<id>/ into one route
    routerOptions: { ignoreTrailingSlash: true },
    ...frameworkErrorOptions,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(schemaAnswerSerializer);
  registerErrorHandling(app);
  // Only where statements wait their turn (the embedded engine's thread): on Node 20 the request
  // context costs every promise a hook, and a PostgreSQL server runs an abandoned statement beside the others.
  if (onPgliteThread(deps.database.db)) registerAbandonedRequests(app);
  registerStorableTextCheck(app);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  await registerOpenApi(app);
  // Both on onRequest, in this order: who is calling (401 first), then is it a forged cross-site request.
  registerAuthentication(app, deps.database.db);
  // Outside partners (issue 17) reach only their allow-list: every other route is a 404 for them.
  registerPartnerGuard(app);
  registerCsrfDefence(app);

  registerBackgroundWork(app, deps);
  registerDropbox(app, deps);

  registerFeatureRoutes(app, deps);

  await registerWebApp(app, deps.webDir);
  return app;
}

/** Every feature's routes; the plumbing above knows none of them. */
function registerFeatureRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps.database;
  healthRoutes(app, deps.database);
  authRoutes(app, db, { kdfCost: deps.kdfCost, signup: deps.signup ?? false });
  userRoutes(app, db, deps.kdfCost);
  workspaceRoutes(app, db);
  const links = { publicUrl: deps.publicUrl ?? 'http://127.0.0.1:3000', mailer: app.mail };
  accountLinkRoutes(app, db, deps.kdfCost, links);
  invitationRoutes(app, db, links);
  customerRoutes(app, db);
  sharingRoutes(app, db);
  projectRoutes(app, db);
  templateRoutes(app, db);
  contactRoutes(app, db);
  settingsRoutes(app, db);
  taskRoutes(app, db);
  groupRoutes(app, db);
  activityRoutes(app, db);
  commentRoutes(app, db);
  documentRoutes(app, db);
  todoRoutes(app, db);
  calendarRoutes(app, db);
  preferenceRoutes(app, db);
  calendarFeedRoutes(app, db, links.publicUrl);
  historyRoutes(app, db);
  notificationRoutes(app, db);
  mailRoutes(app, db);
  mailboxRoutes(app, db, deps.secretKey ?? null);
  partnerRoutes(app, db, links);
  partnerPortalRoutes(app, db);
  salesRoutes(app, db);
  reportRoutes(app, db);
  webhookRoutes(app, db, { secretKey: deps.secretKey ?? null, allowPrivate: deps.webhooks?.allowPrivate ?? false });
  importRoutes(app, db);
  exportRoutes(app, db);
}

/** The job queue and the outbox on the app; the worker starts when the app is ready and stops (gracefully) when it closes. */
function registerBackgroundWork(app: FastifyInstance, deps: AppDeps) {
  const jobs = new Jobs(deps.database, { ...(typeof deps.jobs === 'object' ? deps.jobs : {}), log: app.log });
  const mail = createMailer(jobs, deps.mail ?? { smtpUrl: null, from: '' }, app.log);
  app.decorate('jobs', jobs);
  app.decorate('mail', mail);
  registerImportJobs(jobs, deps.database.db);
  if (!deps.jobs && !mail.mailEnabled) return;
  const publicUrl = deps.publicUrl ?? 'http://127.0.0.1:3000';
  const interval = deps.reminderIntervalSeconds ?? 30;
  const sink = deps.messageSink ?? journalSink(deps.database.db);
  const mailboxJobs = registerMailboxJobs(jobs, deps.database.db, {
    secretKey: deps.secretKey ?? null,
    sink,
    log: app.log,
    intervalSeconds: deps.mailboxSyncIntervalSeconds ?? 180,
    timeoutMs: deps.imapTimeoutMs,
    idle: deps.mailboxIdle ?? false,
  });
  const webhookJobs = registerWebhookJobs(jobs, deps.database.db, deps.secretKey ?? null, app.log, deps.webhooks);
  const reminders = registerReminderJobs(jobs, deps.database.db, { mailer: mail, publicUrl }, interval);
  // The morning mail is mail only: without SMTP there is nothing to run.
  const morning = mail.mailEnabled ? registerMorningMailJobs(jobs, deps.database.db, { mailer: mail, publicUrl }, interval) : null;
  const start = async () => {
    await jobs.start();
    // Closed while the queue started (a stop during the start in the background): start nothing else.
    if (!jobs.running) return;
    app.log.info('background jobs started');
    reminders.start();
    morning?.start();
    mailboxJobs.start();
    webhookJobs.start();
  };
  app.addHook('onReady', async () => {
    const background = deps.jobsInBackground;
    if (!background) return start();
    // The server answers while the queue starts (0.5 s of the first second on the embedded engine);
    // a job queued meanwhile waits for it (Jobs.enqueue).
    start().catch((error: unknown) => background.failed(error));
  });
  // Before the queue stops (onClose): a running mailbox sync ends after its current message.
  app.addHook('preClose', async () => mailboxJobs.stop());
  app.addHook('onClose', async () => {
    morning?.stop();
    webhookJobs.stop();
    reminders.stop();
    await jobs.stop();
  });
}

/** The drop-box listens once the app is ready and stops taking mail when it closes. */
function registerDropbox(app: FastifyInstance, deps: AppDeps) {
  app.decorate('dropbox', null);
  const settings = deps.dropbox;
  if (!settings) return;
  const sink = deps.messageSink ?? journalSink(deps.database.db);
  app.addHook('onReady', async () => {
    app.dropbox = await startDropbox({ db: deps.database.db, sink, log: app.log, ...settings });
  });
  app.addHook('preClose', async () => {
    await app.dropbox?.close();
    app.dropbox = null;
  });
}
