import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerOptions, type SMTPServerSession } from 'smtp-server';

/** One message the sink received, parsed. */
export interface SunkMail {
  /** The SMTP envelope: who the client said it sends from and to. */
  envelope: { from: string; to: string[] };
  /** The From header as written (e.g. `Tend <tend@example.test>`). */
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** Every http(s) link in the text and the html, in order, without duplicates. */
  links: string[];
}

export interface SmtpSink {
  /** smtp://user:password@127.0.0.1:port, for TEND_SMTP_URL or createTestApp({ smtpUrl }). */
  url: string;
  user: string;
  password: string;
  /** Everything received so far, in order. */
  messages: SunkMail[];
  /** The next message to `to` not yet returned by an earlier waitFor (so a second call waits for a second mail). */
  waitFor(to: string, options?: { timeoutMs?: number }): Promise<SunkMail>;
  /** The next `count` messages are refused with a temporary error (451), as a server that is down for a moment. */
  failNext(count: number): void;
  /** The next message is answered only after `ms` (a slow server: a mail is in flight meanwhile). */
  delayNext(ms: number): void;
  /** How many messages have started to arrive (DATA begun), answered or not. */
  arriving(): number;
  close(): Promise<void>;
}

const linksIn = (...bodies: (string | null)[]) => [...new Set(bodies.flatMap((body) => body?.match(/https?:\/\/[^\s"'<>)\]]+/g) ?? []))];

async function parse(raw: Buffer, envelope: SunkMail['envelope']): Promise<SunkMail> {
  const mail = await simpleParser(raw);
  const text = mail.text ?? '';
  const html = typeof mail.html === 'string' ? mail.html : null;
  const addresses = (value: typeof mail.to) => (Array.isArray(value) ? value.map((v) => v.text).join(', ') : (value?.text ?? ''));
  return { envelope, from: mail.from?.text ?? '', to: addresses(mail.to), subject: mail.subject ?? '', text, html, links: linksIn(text, html) };
}

/** waitFor over the received messages: each call answers a message no earlier call answered. */
function waiterFor(messages: SunkMail[], waiters: Set<() => void>) {
  const taken = new Set<SunkMail>();
  const next = (to: string) => messages.find((m) => !taken.has(m) && m.envelope.to.some((r) => r.toLowerCase() === to.toLowerCase()));
  return (to: string, { timeoutMs = 15_000 } = {}) =>
    new Promise<SunkMail>((resolve, reject) => {
      const check = () => {
        const mail = next(to);
        if (!mail) return;
        taken.add(mail);
        waiters.delete(check);
        clearTimeout(timer);
        resolve(mail);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no mail to ${to} within ${timeoutMs} ms (received: ${messages.map((m) => m.envelope.to.join(',')).join('; ') || 'none'})`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
}

/** Plain SMTP on loopback with AUTH for exactly this user and password. */
async function listen(user: string, password: string, onData: NonNullable<SMTPServerOptions['onData']>) {
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    disableReverseLookup: true, // no DNS on a test machine: the lookup would only add seconds
    onAuth: (auth, _session, callback) =>
      auth.username === user && auth.password === password
        ? callback(null, { user })
        : callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 })),
    onData,
  });
  server.on('error', () => {}); // a client hanging up mid-message is not the test's failure
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { server, port };
}

/**
 * A real SMTP server on 127.0.0.1 and a random port that keeps what it receives: tests send
 * through Tend's real outbox and read the mail back. Plain SMTP with AUTH (no STARTTLS: it is
 * loopback), a fixed user and password that the URL carries.
 */
export async function startSmtpSink(options: { user?: string; password?: string } = {}): Promise<SmtpSink> {
  const user = options.user ?? 'tend-test';
  const password = options.password ?? 'sink-secret-pw';
  const messages: SunkMail[] = [];
  const waiters = new Set<() => void>();
  let failures = 0;
  let delayMs = 0;
  let arriving = 0;

  const onData = (stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) => {
    // smtp-server reuses the session for the next message: copy the envelope before answering.
    const envelope = { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) };
    const chunks: Buffer[] = [];
    const delay = delayMs;
    delayMs = 0;
    arriving += 1;
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', async () => {
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      if (failures > 0) {
        failures -= 1;
        return callback(Object.assign(new Error('Try again later (test sink)'), { responseCode: 451 }));
      }
      callback();
      void parse(Buffer.concat(chunks), envelope).then((mail) => {
        messages.push(mail);
        for (const wake of waiters) wake();
      });
    });
  };

  const { server, port } = await listen(user, password, onData);

  const waitFor = waiterFor(messages, waiters);

  return {
    url: `smtp://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}`,
    user,
    password,
    messages,
    waitFor,
    failNext: (count) => {
      failures = count;
    },
    delayNext: (ms) => {
      delayMs = ms;
    },
    arriving: () => arriving,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
