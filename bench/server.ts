import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
/**
 * A private bundle per process, so the benchmark never rebuilds dist/ under someone else's
 * end-to-end run, nor two benchmarks (two `npm test` at once) each other's.
 */
const buildDir = path.join(root, 'bench', '.build', String(process.pid));

export function removeServerBuild() {
  fs.rmSync(buildDir, { recursive: true, force: true });
}

/** Bundles the server exactly as scripts/build-server.mjs does (same esbuild options), from the current sources. */
export async function buildServer(): Promise<string> {
  fs.rmSync(buildDir, { recursive: true, force: true });
  await build({
    entryPoints: { main: path.join(root, 'src/server/main.ts') },
    outdir: buildDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // main.ts imports the app only once the database is opening: its own chunk, loaded then.
    splitting: true,
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  fs.cpSync(path.join(root, 'src/server/db/migrations'), path.join(buildDir, 'migrations'), { recursive: true });
  for (const file of ['pglite-worker.mjs', 'pglite-file-sizes.mjs']) fs.cpSync(path.join(root, 'src/server/db', file), path.join(buildDir, file));
  return path.join(buildDir, 'main.js');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  pid: number;
  /** Milliseconds from spawn to the first 200 of /api/health. */
  healthyMs: number;
  startedAt: number;
  output: () => string;
  /** Peak and current resident memory, MB, from /proc. */
  memory(): { peakMb: number; rssMb: number };
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Milliseconds from `startedAt` to the first 200 of /api/health, or -1 when the process exited or two minutes passed. */
async function waitHealthy(baseUrl: string, startedAt: number, exited: () => boolean): Promise<number> {
  // Bounded: a server that is not up in two minutes has failed.
  for (let i = 0; i < 12_000 && !exited(); i++) {
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return performance.now() - startedAt;
    } catch {
      // not listening yet
    }
    if (performance.now() - startedAt > 120_000) break;
    await sleep(10);
  }
  return -1;
}

export async function startServer(mainJs: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<RunningServer> {
  const port = await freePort();
  const startedAt = performance.now();
  // Only loopback: HOST is pinned whatever the caller's environment says.
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, mainJs], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', TEND_DEMO: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const healthyMs = await waitHealthy(baseUrl, startedAt, () => exited);
  if (healthyMs < 0) {
    child.kill('SIGKILL');
    throw new Error(`the server did not start:\n${out}`);
  }
  const pid = child.pid!;
  return {
    baseUrl,
    pid,
    healthyMs,
    startedAt,
    output: () => out,
    memory: () => {
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
        return { peakMb: Math.round(kb('VmHWM') / 1024), rssMb: Math.round(kb('VmRSS') / 1024) };
      } catch {
        return { peakMb: 0, rssMb: 0 };
      }
    },
    stop: async () => {
      if (exited) return;
      const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await done;
      clearTimeout(timer);
    },
  };
}

/** Signs in through the real endpoint; the session cookie is what the web app sends on every request. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tend_session='));
  if (!cookie) throw new Error('sign-in answered no session cookie');
  return cookie.split(';')[0];
}
