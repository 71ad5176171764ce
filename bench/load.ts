import autocannon from 'autocannon';

/** What one load phase measured. Latencies in milliseconds. */
export interface LoadFigures {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Non-2xx answers, connection errors and exceptions. */
  errors: number;
  errorSample: string | null;
  /** API phases: the Tend server process's CPU time (user + system) per answered request, ms (Linux /proc; steadier than req/s on a shared machine). */
  serverCpuMs?: number | null;
}

export const CONNECTIONS = 10;
/** Hard ceiling on requests in one phase, so no loop can run away whatever the timing does. */
const MAX_REQUESTS = 2_000_000;

export function figures(latencies: number[], seconds: number, errors: number, errorSample: string | null): LoadFigures {
  const sorted = Float64Array.from(latencies).sort();
  const at = (q: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    requests: latencies.length,
    seconds: round(seconds),
    rps: Math.round(latencies.length / seconds),
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(at(1)),
    errors,
    errorSample,
  };
}

/**
 * The same statements the API runs, straight against the database: CONNECTIONS loops, each
 * running `once` back to back for `seconds` (and never more than MAX_REQUESTS in all).
 */
export async function sqlLoad(once: () => Promise<void>, seconds: number): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let errorSample: string | null = null;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline && latencies.length + errors < MAX_REQUESTS) {
      const t = performance.now();
      try {
        await once();
        latencies.push(performance.now() - t);
      } catch (error) {
        errors++;
        errorSample ??= String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  return figures(latencies, (performance.now() - started) / 1000, errors, errorSample);
}

export interface HttpScenario {
  method: 'GET' | 'POST';
  path: string;
  /** For requests that differ each time (a fresh id, a fresh body). */
  next?: () => { path?: string; body?: string };
  /** Stop after this many requests instead of after the duration (when each needs a fresh id). */
  amount?: number;
  /** How long one request alone may take when none answered within the phase (default 60 s; an export of every row takes longer). */
  probeSeconds?: number;
}

/** autocannon at CONNECTIONS connections; latencies are taken from every response, so p95 is exact. */
export async function httpLoad(baseUrl: string, headers: Record<string, string>, s: HttpScenario, seconds: number): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let errorSample: string | null = null;
  const next = s.next;
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: baseUrl,
      connections: CONNECTIONS,
      pipelining: 1,
      timeout: 10,
      ...(s.amount !== undefined ? { amount: s.amount } : { duration: seconds }),
      headers: { ...headers, ...(s.method === 'POST' ? { 'content-type': 'application/json' } : {}) },
      requests: [
        {
          method: s.method,
          path: s.path,
          ...(s.method === 'POST' ? { body: '{}' } : {}),
          ...(next
            ? {
                setupRequest: (request: autocannon.Request) => {
                  const n = next();
                  return { ...request, ...(n.path ? { path: n.path } : {}), ...(n.body !== undefined ? { body: n.body } : {}) };
                },
              }
            : {}),
        },
      ],
    },
    (error: Error | null, result: autocannon.Result) => (error ? fail(error) : finish(result)),
  );
  // In amount mode the phase ends at the amount or at the duration, whichever comes first; in
  // duration mode this is only a safety net.
  const guard = setTimeout(() => instance.stop(), s.amount !== undefined ? seconds * 1000 : seconds * 3000 + 5000);
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else {
      errors++;
      errorSample ??= `HTTP ${statusCode}`;
    }
  });
  instance.on('reqError', (error: unknown) => {
    errors++;
    errorSample ??= String(error);
  });
  const result = await done.finally(() => clearTimeout(guard));
  const elapsed = (new Date(result.finish).getTime() - new Date(result.start).getTime()) / 1000;
  return figures(latencies, elapsed > 0 ? elapsed : result.duration, errors, errorSample);
}

/**
 * One request of the scenario, waited for up to `timeoutSeconds`: for a phase that ended before any
 * answer came back (a read slower than the phase on a loaded machine). Tells a slow read, which
 * answers, from a broken one, which errs or hangs. Returns the status, or the error.
 */
export async function probeOnce(
  baseUrl: string,
  headers: Record<string, string>,
  s: HttpScenario,
  timeoutSeconds = s.probeSeconds ?? 60,
): Promise<{ ok: boolean; detail: string }> {
  const n = s.next?.() ?? {};
  const started = performance.now();
  const took = () => `after ${((performance.now() - started) / 1000).toFixed(1)} s`;
  try {
    const response = await fetch(`${baseUrl}${n.path ?? s.path}`, {
      method: s.method,
      headers: { ...headers, ...(s.method === 'POST' ? { 'content-type': 'application/json' } : {}) },
      ...(s.method === 'POST' ? { body: n.body ?? '{}' } : {}),
      signal: AbortSignal.timeout(timeoutSeconds * 1000),
    });
    await response.arrayBuffer();
    return { ok: response.ok, detail: `HTTP ${response.status} ${took()}` };
  } catch (error) {
    return { ok: false, detail: `${String(error)} ${took()} (limit ${timeoutSeconds} s)` };
  }
}
