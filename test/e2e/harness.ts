import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type APIRequestContext, chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SERVER_ENTRY = path.join(ROOT, 'dist/server/main.js');
export const CHROMIUM = '/usr/bin/chromium';

export const ADMIN = { email: 'admin@e2e.tend.test', password: 'a long e2e password' };
export const DEMO_ADMIN = { email: 'admin@demo.tend.test', password: 'tend-demo-2026' };

export interface RunningServer {
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

/** The migrated data directory of the global setup (none while the global setup itself makes it). */
function dataTemplate(): string | undefined {
  try {
    return inject('e2eDataTemplate');
  } catch {
    return undefined;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Starts the built server on a free port with a fresh embedded database.
 * `admin: true` creates the first admin from TEND_ADMIN_*; `demo: true` loads the demo workspace.
 */
export async function startServer(
  options: {
    admin?: boolean;
    demo?: boolean;
    signup?: boolean;
    /** More environment for the server, e.g. `{ TEND_SMTP_URL: sink.url }` (test/smtp-sink.ts). */
    env?: Record<string, string>;
    /** Leave the data directory when stopping (the global setup's template). */
    keepDataDir?: boolean;
  } = {},
): Promise<RunningServer> {
  if (!fs.existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run "npm run build" first.`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-e2e-'));
  const template = dataTemplate();
  if (template) fs.cpSync(template, dataDir, { recursive: true });
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', TEND_DATA_DIR: dataDir, TEND_KDF_COST: '10', LOG_LEVEL: 'warn' };
  // Never an outside database, demo flag or admin from the calling shell.
  for (const name of ['DATABASE_URL', 'TEND_DEMO', 'TEND_ADMIN_EMAIL', 'TEND_ADMIN_PASSWORD', 'TEND_SIGNUP', 'TEND_SMTP_URL', 'TEND_MAIL_FROM'])
    delete env[name];
  if (options.admin) Object.assign(env, { TEND_ADMIN_EMAIL: ADMIN.email, TEND_ADMIN_PASSWORD: ADMIN.password });
  if (options.signup) env.TEND_SIGNUP = '1';
  Object.assign(env, options.env);

  const child = spawn(process.execPath, [SERVER_ENTRY, ...(options.demo ? ['--demo'] : [])], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(killer);
    }
    if (!options.keepDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  // TEND_E2E_START_SECONDS: a longer wait on a loaded machine (start-up alone took 60 s and more with seven test runs at once).
  const startSeconds = Number(process.env.TEND_E2E_START_SECONDS ?? 90);
  const deadline = Date.now() + startSeconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The server exited with ${child.exitCode}:\n${output}`);
    }
    const healthy = await fetch(`${url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) return { url, dataDir, stop };
    await new Promise((resolve) => setTimeout(resolve, 100)); // polling the health check, not waiting on the UI
  }
  await stop();
  throw new Error(`The server did not become healthy within ${startSeconds} s:\n${output}`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser context in English, Copenhagen time, at a desktop size. */
export async function newPage(browser: Browser, options: { width?: number; height?: number } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/Copenhagen',
  });
  context.setDefaultTimeout(30_000); // generous for a loaded CI machine; passing steps never wait for it
  const page = await context.newPage();
  return { context, page };
}

export async function signIn(page: Page, url: string, user: { email: string; password: string }) {
  await page.goto(url);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** The API as the signed-in browser context calls it, failing the test with the answer's text on an error status. */
export function apiOf(request: APIRequestContext, baseUrl: string) {
  return {
    post: async <T>(path: string, data: unknown): Promise<T> => {
      const response = await request.post(`${baseUrl}/api/v1${path}`, { data });
      expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
      return (await response.json()) as T;
    },
    get: async <T>(path: string): Promise<T> => {
      const response = await request.get(`${baseUrl}/api/v1${path}`);
      expect(response.status(), path).toBe(200);
      return (await response.json()) as T;
    },
  };
}
