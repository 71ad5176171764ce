import { Duplex } from 'node:stream';
import { Worker } from 'node:worker_threads';

export interface WorkerOptions {
  /** A data directory, or undefined for memory. */
  dataDir?: string;
  /** A dumped data directory to start from (tests' migrated template). Its buffer is handed to the thread: pass one of its own. */
  loadDataDir?: Uint8Array;
}

/**
 * `exec`: a connection's protocol messages, whole; `reset`: a connection ended, roll back what it
 * left open; `dump`: the data directory as a gzip'd tarball; `close`; `cancel`: the client of the
 * exec `id` has gone, drop it if it has not started (answered as PostgreSQL answers a cancelled
 * query; see Scheduler.cancel in pglite-worker.mjs for transactions).
 */
type WorkerRequest =
  | { id: number; conn?: number; kind: 'exec'; bytes: Uint8Array; clientGone?: true }
  | { id: number; conn?: number; kind: 'reset' | 'dump' | 'close' | 'cancel' };
type Kind = Exclude<WorkerRequest['kind'], 'cancel'>;
type Waiter = { resolve(bytes?: Uint8Array): void; reject(error: Error): void; detach?: () => void };

interface WorkerReply {
  id: number;
  bytes?: Uint8Array;
  error?: string;
  /** The first message: the database is open (or could not be: `error`). */
  ready?: boolean;
}

/** Beside this file in the source, and beside the bundle once built (scripts/build-server.mjs copies it). */
const workerFile = new URL('./pglite-worker.mjs', import.meta.url);

/** PGlite on its own thread; `connection()` is a socket to it for node-postgres. */
export class PgliteThread {
  private nextId = 1;
  private readonly waiting = new Map<number, Waiter>();
  private failure: Error | null = null;
  private closing = false;
  /** Told once if the thread stops without close(): from then on every statement fails. */
  onLost: ((error: Error) => void) | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: WorkerReply) => this.settle(reply));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the embedded database's thread stopped (exit code ${code})`)));
  }

  static start(options: WorkerOptions): Promise<PgliteThread> {
    const transfer = options.loadDataDir ? [options.loadDataDir.buffer as ArrayBuffer] : [];
    const worker = new Worker(workerFile, { workerData: options, transferList: transfer });
    return new Promise((resolve, reject) => {
      const first = (reply: WorkerReply) => {
        worker.off('error', reject);
        if (reply.ready) return resolve(new PgliteThread(worker));
        void worker.terminate();
        reject(new Error(reply.error ?? 'the embedded database did not open'));
      };
      worker.once('message', first);
      worker.once('error', reject);
    });
  }

  /** `abandon`: the signal of the request a statement is sent for; once aborted, the statement is dropped if it has not started. */
  request(kind: Kind, bytes?: Uint8Array, conn?: number, abandon?: AbortSignal): Promise<Uint8Array | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const message = (kind === 'exec' ? { id, conn, kind, bytes } : { id, conn, kind }) as WorkerRequest;
    // Sent after its client went (it waited for a connection meanwhile): cancelled on arrival. A
    // cancel message sent behind it could reach an idle thread after the statement had started.
    if (abandon?.aborted && message.kind === 'exec') message.clientGone = true;
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve, reject };
      this.waiting.set(id, waiter);
      this.worker.postMessage(message);
      if (abandon && !abandon.aborted) waiter.detach = this.cancelOnAbort(id, abandon);
    });
  }

  private cancelOnAbort(id: number, abandon: AbortSignal) {
    const cancel = () => {
      if (!this.failure) this.worker.postMessage({ id, kind: 'cancel' } satisfies WorkerRequest);
    };
    abandon.addEventListener('abort', cancel, { once: true });
    return () => abandon.removeEventListener('abort', cancel);
  }

  private connections = 0;

  /** A new connection: its own transaction, the session's statements (see pglite-worker.mjs). */
  connection(): Duplex {
    return new ThreadConnection(this, ++this.connections);
  }

  async close(): Promise<void> {
    this.closing = true;
    if (!this.failure) await this.request('close');
    this.failure ??= new Error('the embedded database is closed');
    await this.worker.terminate();
  }

  private settle(reply: WorkerReply) {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    waiter.detach?.();
    if (reply.error) waiter.reject(new Error(reply.error));
    else waiter.resolve(reply.bytes);
  }

  private fail(error: Error) {
    const first = this.failure === null;
    this.failure ??= error;
    for (const waiter of this.waiting.values()) {
      waiter.detach?.();
      waiter.reject(error);
    }
    this.waiting.clear();
    if (first && !this.closing) this.onLost?.(error);
  }
}

/**
 * What node-postgres sees as its socket. It writes a request's messages one by one in the same
 * tick (Parse, Bind, Describe, Execute, Sync): they cross to the worker together.
 */
export class ThreadConnection extends Duplex {
  private pending: Buffer[] = [];
  /**
   * The signal of the request whose query this connection sends (abandoned.ts), set by the client
   * when it is asked the query: it may send it later, from the context of another request's answer.
   */
  forRequest: AbortSignal | undefined;
  private flushing = false;

  constructor(
    private readonly thread: PgliteThread,
    private readonly id: number,
  ) {
    super();
  }

  connect(): this {
    process.nextTick(() => this.emit('connect'));
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  // The pool unrefs an idle socket so the process may exit; the worker holds it until close().
  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.pending.push(chunk);
    if (!this.flushing) {
      this.flushing = true;
      queueMicrotask(() => this.flush());
    }
    done();
  }

  private flush() {
    const bytes = Buffer.concat(this.pending);
    this.pending = [];
    this.flushing = false;
    this.thread.request('exec', bytes, this.id, this.forRequest).then(
      (answer) => {
        if (answer && answer.length > 0 && !this.destroyed) this.push(Buffer.from(answer.buffer, answer.byteOffset, answer.length));
      },
      (error: Error) => this.destroy(error),
    );
  }

  override _final(done: (error?: Error | null) => void): void {
    done();
    this.destroy();
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    // A connection that ends inside a transaction must not leave it open for the next one.
    this.thread.request('reset', undefined, this.id).then(
      () => done(error),
      () => done(error),
    );
  }
}
