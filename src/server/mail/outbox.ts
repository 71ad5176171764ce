import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import type { Queryable } from '../db/client';
import type { Jobs, QueueSettings } from '../jobs/jobs';

/** One mail to one person; `text` is required (every client shows it), `html` is optional. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

declare module '../jobs/jobs' {
  interface JobTypes {
    'mail.send': MailMessage;
  }
}

export interface MailSettings {
  /** TEND_SMTP_URL; null turns mail off. */
  smtpUrl: string | null;
  /** TEND_MAIL_FROM */
  from: string;
  /** Tests shorten the waits between attempts. */
  retry?: QueueSettings;
}

/**
 * The outbox. A service queues mail and returns; a background job sends it (and retries when the
 * SMTP server fails), so a slow or broken mail server never slows or fails a request.
 */
export interface Mailer {
  /** False without TEND_SMTP_URL: the web app should then not offer what needs mail (e.g. "forgot password"). */
  readonly mailEnabled: boolean;
  /**
   * Queues the message for sending. Inside a transaction pass it as `db`: the mail then goes out
   * only if the transaction commits (and on the embedded database it must be passed: a statement
   * outside the running transaction would wait for it). Without mail configured this does nothing.
   */
  queueMail(message: MailMessage, db?: Queryable): Promise<void>;
}

/** Mail sent never more often than this per job (the SMTP server may be down for a while). */
const RETRY: QueueSettings = { retryLimit: 6, retryDelaySeconds: 60, retryBackoff: true, expireInSeconds: 5 * 60 };

function checkMessage(message: MailMessage) {
  // Programming errors, not user input: the services validate addresses before they get here.
  if (!/^[^\s@]+@[^\s@]+$/.test(message.to)) throw new Error('queueMail: `to` must be one address');
  if (message.subject.trim() === '' || message.text.trim() === '') throw new Error('queueMail: subject and text are required');
}

export function createMailer(jobs: Jobs, settings: MailSettings, log: FastifyBaseLogger): Mailer {
  const { smtpUrl, from } = settings;
  if (!smtpUrl) {
    return {
      mailEnabled: false,
      queueMail: async (message) => {
        checkMessage(message);
        log.debug('mail is off (no TEND_SMTP_URL): a message was not queued');
      },
    };
  }
  const transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
  jobs.register(
    'mail.send',
    async (message, job) => {
      const sent = await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html });
      log.info({ jobId: job.id, messageId: sent.messageId }, 'mail sent');
    },
    { ...RETRY, ...settings.retry },
  );
  return {
    mailEnabled: true,
    queueMail: async (message, db) => {
      checkMessage(message);
      const { to, subject, text, html } = message;
      await jobs.enqueue('mail.send', html === undefined ? { to, subject, text } : { to, subject, text, html }, { db });
    },
  };
}
