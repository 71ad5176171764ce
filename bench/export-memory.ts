/**
 * Export memory bench (issue 19): the server's resident memory while it streams every activity of a
 * kept bench dataset as CSV and as XLSX (the admin sees them all). One fresh server process per
 * export; its RSS is sampled every 50 ms from /proc during the download. Flat means the peak at
 * 1,000,000 activities is about the peak at 100,000.
 *
 *   DATABASE_URL=<bench server> npm run bench -- --engine=postgres --sizes=100000,1000000 --only=export --keep   (loads once)
 *   DATABASE_URL=<bench server> npx tsx bench/export-memory.ts --sizes=100000,1000000 [--formats=csv,xlsx] [--slow] [--max-seconds=N]
 *
 * Measured 2026-12-01 (PostgreSQL 15, admin, load average 15-22 on 2 shared cores): CSV 100k 19.8 MB in
 * 29 s, peak 305 MB; 1M 198 MB in 286 s, peak 344 MB (per 30 s: 187 272 299 329 344 337 333 330 342 331).
 * XLSX 100k 9.6 MB in 132 s, peak 277 MB; 1M 93.5 MB in 348 s, peak 338 MB (levels off at ~335 MB).
 *
 * --slow reads the download in small pieces with pauses (a slow client): the server must wait for
 * it (backpressure) rather than buffer the rest of the file.
 */
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { BENCH_PASSWORD, benchEmail } from './dataset';
import { buildServer, removeServerBuild, signIn, startServer } from './server';

const rssMb = (pid: number) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function download(url: string, cookie: string, slow: boolean, maxSeconds: number) {
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), maxSeconds * 1000);
  const res = await fetch(url, { headers: { cookie }, signal: stop.signal });
  if (res.status !== 200 || !res.body) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
  let bytes = 0;
  let lines = 0;
  let complete = true;
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const b of chunk) if (b === 10) lines++;
      if (slow) await sleep(2);
    }
  } catch (error) {
    if (!stop.signal.aborted) throw error;
    complete = false;
  } finally {
    clearTimeout(timer);
  }
  return { bytes, lines, complete };
}

async function exportOnce(mainJs: string, url: string, format: 'csv' | 'xlsx', slow: boolean, maxSeconds: number) {
  const server = await startServer(mainJs, { DATABASE_URL: url });
  try {
    const cookie = await signIn(server.baseUrl, benchEmail(0), BENCH_PASSWORD);
    await sleep(500);
    const before = rssMb(server.pid);
    let peak = before;
    // The peak of each 30 s of the download: flat memory shows as about the same figure in every window.
    const windows: number[] = [];
    const t0 = performance.now();
    const timer = setInterval(() => {
      const rss = rssMb(server.pid);
      peak = Math.max(peak, rss);
      const w = Math.floor((performance.now() - t0) / 30_000);
      windows[w] = Math.max(windows[w] ?? 0, rss);
    }, 50);
    const got = await download(`${server.baseUrl}/api/v1/activities/export?format=${format}`, cookie, slow, maxSeconds);
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(timer);
    peak = Math.max(peak, rssMb(server.pid));
    return { before, peak, seconds, windows: Array.from(windows, (w) => Math.round(w ?? 0)), ...got };
  } finally {
    await server.stop();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100000,1000000' },
      formats: { type: 'string', default: 'csv,xlsx' },
      slow: { type: 'boolean', default: false },
      'max-seconds': { type: 'string', default: '3600' },
    },
  });
  const maxSeconds = Number(values['max-seconds']);
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('DATABASE_URL: the PostgreSQL server holding the kept bench datasets (tend_bench_N)');
  const mainJs = await buildServer();
  try {
    for (const size of values.sizes.split(',').map(Number)) {
      const u = new URL(base);
      u.pathname = `/tend_bench_${size}`;
      for (const format of values.formats.split(',') as ('csv' | 'xlsx')[]) {
        const load = os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ');
        const r = await exportOnce(mainJs, u.toString(), format, values.slow, maxSeconds);
        console.log(
          `${String(size).padStart(8)} activities ${format.padEnd(4)}: ${(r.bytes / 1e6).toFixed(1)} MB${format === 'csv' ? ` (${r.lines - 1} lines)` : ''} in ${r.seconds.toFixed(1)} s` +
            `${r.complete ? '' : ` (stopped after --max-seconds=${maxSeconds})`}; RSS before ${r.before.toFixed(0)} MB, peak ${r.peak.toFixed(0)} MB` +
            `${values.slow ? ' (slow reader)' : ''}; peak per 30 s: ${r.windows.join(' ')}; load ${load}`,
        );
      }
    }
  } finally {
    removeServerBuild();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
