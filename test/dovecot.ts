import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ImapFlow } from 'imapflow';

const run = promisify(execFile);
/** Dovecot refuses to run its services as root: everything runs as `nobody`, as in STACK.md. */
const RUN_AS = 'nobody';
const GROUP = 'nogroup';

export interface DovecotUser {
  user: string;
  password: string;
}

export interface Dovecot {
  host: string;
  port: number;
  /** An IMAP client signed in as the user (the test's own, to append and rearrange folders). */
  client(user: DovecotUser): Promise<ImapFlow>;
  /** Appends raw messages to a folder (created when missing); answers their UIDs. */
  append(user: DovecotUser, folder: string, messages: (string | Buffer)[]): Promise<number[]>;
  /** Deletes and recreates a folder: the server gives it a new UIDVALIDITY and numbers from 1 again. */
  recreate(user: DovecotUser, folder: string): Promise<void>;
  /** The user's IMAP connections open now (doveadm who). */
  connections(user: DovecotUser): Promise<number>;
  /** Drops the user's connections from the server side (doveadm kick), as a network failure would. */
  kick(user: DovecotUser): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const serviceBlock = (name: string) => `service ${name} {\n  user = ${RUN_AS}\n}\n`;

function config(dir: string, port: number): string {
  return `protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# A wrong password is answered at once (the default waits 2 s, which tests need not).
auth_failure_delay = 0
default_internal_user = ${RUN_AS}
default_internal_group = ${GROUP}
default_login_user = ${RUN_AS}
mail_location = maildir:${dir}/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${RUN_AS} gid=${GROUP} home=${dir}/home/%u
}
service imap-login {
  chroot =
  user = ${RUN_AS}
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
  user = ${RUN_AS}
}
${['auth', 'auth-worker', 'stats', 'log', 'config', 'imap'].map(serviceBlock).join('')}`;
}

/** The daemon keeps inherited pipes open: its output is not waited for, only the starter's exit. */
function startDaemon(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('runuser', args, { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`dovecot exited with ${code}`))));
  });
}

async function waitForPort(port: number, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(socket.end() && true));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`dovecot did not listen on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A throwaway Dovecot IMAP server on a free loopback port, in its own temporary directory, with
 * these users (plain passwords, no TLS). Each test file starts its own and stops it in afterAll.
 */
export async function startDovecot(users: DovecotUser[]): Promise<Dovecot> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-dovecot-'));
  for (const sub of ['run', 'state', 'mail', 'home']) fs.mkdirSync(path.join(dir, sub));
  const port = await freePort();
  fs.writeFileSync(path.join(dir, 'users'), users.map((u) => `${u.user}:{PLAIN}${u.password}\n`).join(''));
  fs.writeFileSync(path.join(dir, 'dovecot.conf'), config(dir, port));
  fs.chmodSync(dir, 0o755);
  await run('chown', ['-R', `${RUN_AS}:${GROUP}`, dir]);
  await startDaemon(['-u', RUN_AS, '--', '/usr/sbin/dovecot', '-c', path.join(dir, 'dovecot.conf')]);
  await waitForPort(port);

  const client = async (user: DovecotUser) => {
    const c = new ImapFlow({ host: '127.0.0.1', port, secure: false, auth: { user: user.user, pass: user.password }, logger: false, disableAutoIdle: true });
    await c.connect();
    return c;
  };
  const withClient = async <T>(user: DovecotUser, work: (c: ImapFlow) => Promise<T>): Promise<T> => {
    const c = await client(user);
    try {
      return await work(c);
    } finally {
      await c.logout().catch(() => c.close());
    }
  };
  return {
    host: '127.0.0.1',
    port,
    client,
    append: (user, folder, messages) =>
      withClient(user, async (c) => {
        if (folder !== 'INBOX') await c.mailboxCreate(folder).catch(() => undefined);
        const uids = [];
        for (const m of messages) {
          const appended = await c.append(folder, m);
          uids.push(appended ? Number(appended.uid) : 0);
        }
        return uids;
      }),
    recreate: (user, folder) =>
      withClient(user, async (c) => {
        await c.mailboxDelete(folder);
        await c.mailboxCreate(folder);
      }),
    connections: async (user) => {
      const { stdout } = await run('runuser', ['-u', RUN_AS, '--', '/usr/bin/doveadm', '-c', path.join(dir, 'dovecot.conf'), 'who', '-1', user.user]);
      return stdout.split('\n').filter((line) => line.startsWith(`${user.user} `)).length;
    },
    kick: async (user) => {
      await run('runuser', ['-u', RUN_AS, '--', '/usr/bin/doveadm', '-c', path.join(dir, 'dovecot.conf'), 'kick', user.user]);
    },
    stop: async () => {
      await run('runuser', ['-u', RUN_AS, '--', '/usr/bin/doveadm', '-c', path.join(dir, 'dovecot.conf'), 'stop']).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A small RFC 5322 message. */
export function rawMail(options: { from: string; to: string; subject: string; messageId: string; body?: string; date?: string }): string {
  return [
    `From: ${options.from}`,
    `To: ${options.to}`,
    `Subject: ${options.subject}`,
    `Message-ID: <${options.messageId}>`,
    `Date: ${options.date ?? 'Mon, 30 Nov 2026 10:00:00 +0100'}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    options.body ?? `Hello, this is ${options.subject}.`,
    '',
  ].join('\r\n');
}
