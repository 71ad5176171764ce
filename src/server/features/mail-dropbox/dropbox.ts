import type { AddressInfo } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import { AppError } from '../../http/errors';
import { safeError } from '../../http/log-safety';
import type { MessageSink } from '../mailboxes/message-sink';
import { activeUsersByEmail } from './dropbox.repository';

/** The drop-box takes what an activity's documents take. */
export const DROPBOX_MAX_BYTES = 25 * 1024 * 1024;

export interface DropboxOptions {
  db: Database;
  sink: MessageSink;
  log: FastifyBaseLogger;
  listen: { host: string; port: number };
  /** log@tend.local: also log+anything@tend.local. */
  address: string;
}

export interface Dropbox {
  port: number;
  close(): Promise<void>;
}

const refuse = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });

/** The drop-box's own address, with or without a +tag in its local part, in any case. */
export function isDropboxAddress(dropbox: string, candidate: string): boolean {
  const [local, domain] = dropbox.toLowerCase().split('@');
  const match = /^([^@+]+)(\+[^@]*)?@([^@]+)$/.exec(candidate.trim().toLowerCase());
  return match !== null && match[1] === local && match[3] === domain;
}

/** Reads the message, keeping at most the limit (the rest is read and dropped: the client gets 552). */
async function readMessage(stream: SMTPServerDataStream): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= DROPBOX_MAX_BYTES) chunks.push(chunk);
  }
  return stream.sizeExceeded || size > DROPBOX_MAX_BYTES ? null : Buffer.concat(chunks);
}

/**
 * Journals the mail as each sender account. An address with accounts in several workspaces: the
 * mail goes to each workspace where it matches a customer (never to an inbox of unmatched mail it
 * may not belong to); with one account, unmatched mail waits in that user's inbox.
 */
async function journal(options: DropboxOptions, senders: Actor[], raw: Buffer): Promise<string> {
  const outcomes = [];
  for (const actor of senders) {
    const { outcome } = await options.sink(actor, raw, { source: 'dropbox', onlyMatched: senders.length > 1 });
    outcomes.push(outcome);
  }
  return outcomes.join(', ');
}

function handlers(options: DropboxOptions) {
  const sendersOf = new WeakMap<SMTPServerSession, Actor[]>();
  return {
    async onRcptTo(address: SMTPServerAddress, session: SMTPServerSession, callback: (err?: Error | null) => void) {
      if (!isDropboxAddress(options.address, address.address)) return callback(refuse(550, `5.1.1 This server only accepts mail for ${options.address}`));
      const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
      const senders = from ? await activeUsersByEmail(options.db, from).catch(() => null) : [];
      if (senders === null) return callback(refuse(451, '4.3.0 Try again later'));
      if (senders.length === 0) return callback(refuse(550, '5.7.1 The sender is not a Tend user: send from the address of your Tend account'));
      sendersOf.set(session, senders);
      callback();
    },
    async onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null, message?: string) => void) {
      const raw = await readMessage(stream);
      if (!raw) return callback(refuse(552, `5.3.4 The message is larger than ${DROPBOX_MAX_BYTES / 1024 / 1024} MB`));
      try {
        const outcome = await journal(options, sendersOf.get(session) ?? [], raw);
        callback(null, `Journaled (${outcome})`);
      } catch (error) {
        if (error instanceof AppError && error.status < 500) return callback(refuse(554, `5.6.0 Tend could not read this message: ${error.message}`));
        options.log.warn({ err: safeError(error) }, 'drop-box: journaling a message failed');
        callback(refuse(451, '4.3.0 Tend could not store the message now: try again later'));
      }
    },
  };
}

/**
 * The drop-box: an SMTP server inside the Tend process (TEND_SMTP_LISTEN). A mail from an active
 * user's address to (or Cc/Bcc/forwarded to) the drop-box address is journaled as that user; any
 * other recipient is refused at RCPT, an unknown sender too, a message over 25 MB at DATA (552).
 * No AUTH and no STARTTLS: it is meant for loopback or behind the organisation's own MTA.
 */
export async function startDropbox(options: DropboxOptions): Promise<Dropbox> {
  const server = new SMTPServer({
    name: options.address.split('@')[1],
    banner: 'Tend drop-box',
    size: DROPBOX_MAX_BYTES,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    ...handlers(options),
  });
  server.on('error', (error) => options.log.warn({ err: safeError(error) }, 'drop-box: SMTP error'));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.listen.port, options.listen.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  options.log.info({ address: options.address, listen: `${options.listen.host}:${port}` }, 'drop-box listening');
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
