import { AppError } from '../http/errors';

/**
 * A small semaphore with a bounded queue for the password KDF. scrypt runs on libuv's thread pool
 * (4 threads), which also serves file reads: unbounded, a flood of sign-ins fills the pool and
 * the CPUs and every other request waits behind it. At most `concurrency` derivations run at once,
 * at most `maxWaiting` wait their turn, and the rest are answered 429 at once.
 */
export class KdfQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxWaiting: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.concurrency) this.running++;
    else if (this.waiting.length >= this.maxWaiting) throw busy();
    // The finishing task hands its slot straight to the next one, so `running` stays counted.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  get load() {
    return { running: this.running, waiting: this.waiting.length };
  }
}

const busy = () =>
  new AppError('too_many_requests', 'The server is busy checking passwords. Try again in a moment.', undefined, { 'retry-after': '1' }).because('server_busy');
