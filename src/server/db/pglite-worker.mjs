// The embedded database's own thread: PGlite (PostgreSQL compiled to WebAssembly) runs here, so the
// server's main thread keeps parsing HTTP, checking access and writing JSON while a statement runs.
// The main thread (pglite-thread.ts) talks to it in PostgreSQL's wire protocol, through
// node-postgres, as it does to a PostgreSQL server.
//
// Plain JavaScript, so that a worker started from tests, tsx or the built server loads it alike.
// Requests and replies: see WorkerRequest / WorkerReply in pglite-thread.ts.
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { cacheFileSizes } from './pglite-file-sizes.mjs';

const TERMINATE = 0x58;

// PostgreSQL's buffer cache inside PGlite's WebAssembly memory, which never shrinks once touched:
// 32 MB rather than the 128 MB of its postgresql.conf. At a million activities, 128 → 64 MB took the
// server's peak memory 650 → 510 MB, and 64 → 32 MB another 30–65 MB off (start, reports, to-do),
// with the to-do, word search, counts and reports answering as fast; pages beyond it are read from
// the operating system's cache (bench/analysis.md).
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];
const PROTOCOL_3 = 196608;

/** Splits a buffer into whole protocol messages: a startup message has no type byte. */
function protocolMessages(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const messages = [];
  let at = 0;
  while (at < bytes.length) {
    const startup = bytes.length - at >= 8 && view.getInt32(at + 4) === PROTOCOL_3;
    const length = startup ? view.getInt32(at) : 1 + view.getInt32(at + 1);
    messages.push(bytes.subarray(at, at + length));
    at += length;
  }
  return messages;
}

function concat(chunks) {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const PARSE = 0x50;
const PARSE_COMPLETE = Uint8Array.of(0x31, 0, 0, 0, 4);

/** The name of the statement a Parse message prepares ('' when unnamed). */
function statementName(message) {
  const end = message.indexOf(0, 5);
  return Buffer.from(message.buffer, message.byteOffset + 5, end - 5).toString('utf8');
}

const sameBytes = (a, b) => a.length === b.length && Buffer.compare(a, b) === 0;

const BIND = 0x42;
/** Statement names with this prefix run on their generic plan (GENERIC_PREFIX in prepared.ts). */
const GENERIC_PREFIX = 'generic_';

/** Whether a Bind message binds a statement to run on its generic plan (its statement name follows the portal's). */
function bindsGeneric(message) {
  if (message[0] !== BIND) return false;
  const start = message.indexOf(0, 5) + 1;
  const end = message.indexOf(0, start);
  return Buffer.from(message.buffer, message.byteOffset + start, end - start)
    .toString('utf8')
    .startsWith(GENERIC_PREFIX);
}

/**
 * The connections share PGlite's one session, so a named statement one of them prepared exists for
 * all: another's Parse of it (node-postgres parses once per connection) is answered without running
 * it. Statement names are derived from their text (src/server/db/prepared.ts), so a name stands for
 * one text; a different text under a known name is passed on and answered by PostgreSQL's error.
 */
class Session {
  prepared = new Map();

  constructor(db) {
    this.db = db;
  }

  /**
   * Runs a connection's messages. Those between two Parse messages go to PGlite in one call (a
   * prepared statement's Bind, Describe, Execute and Sync): each call costs about 10 µs besides its
   * work, a third of a short statement's. A Parse runs on its own, so that its answer tells whether
   * the statement now exists for the other connections. No sync to the file system after a call:
   * the data directory is PGlite's NodeFS (or memory), which writes through and whose sync does
   * nothing but take a lock.
   */
  async exec(bytes) {
    const chunks = [];
    // PGlite hands out views of its own memory: copy before the next call reuses it.
    const send = (message) => this.db.execProtocolRawStream(message, { syncToFs: false, onRawData: (data) => chunks.push(data.slice()) });
    const sendBatch = (batch) => {
      const message = batch.length === 1 ? batch[0] : concat(batch);
      return batch.some(bindsGeneric) ? this.generic(() => send(message)) : send(message);
    };
    let batch = [];
    for (const message of protocolMessages(bytes)) {
      // Terminate would end PGlite's one session: a connection's end is a 'reset' instead.
      if (message[0] === TERMINATE) continue;
      if (message[0] !== PARSE) {
        batch.push(message);
        continue;
      }
      if (batch.length > 0) await sendBatch(batch);
      batch = [];
      const name = statementName(message);
      if (name && sameBytes(this.prepared.get(name) ?? [], message)) {
        chunks.push(PARSE_COMPLETE);
        continue;
      }
      const before = chunks.length;
      await send(message);
      if (name && chunks[before]?.[0] === PARSE_COMPLETE[0]) this.prepared.set(name, message.slice());
    }
    if (batch.length > 0) await sendBatch(batch);
    return concat(chunks);
  }

  /**
   * Runs `work` with the session set to use generic plans (the plan is chosen at Bind), then back
   * to the plan cache's own choice. The two settings' answers are not the connection's: dropped.
   * Inside a transaction that `work` makes fail, the reset fails too, and the rollback that ends
   * the transaction undoes the setting.
   */
  async generic(work) {
    await this.db.execProtocolRaw(FORCE_GENERIC, { syncToFs: false });
    try {
      return await work();
    } finally {
      await this.db.execProtocolRaw(AUTO_PLANS, { syncToFs: false });
    }
  }

  closed = false;

  inTransaction() {
    return !this.closed && this.db.isInTransaction();
  }

  async answer(request) {
    // A connection ended after the database closed has nothing left to roll back.
    if (this.closed && request.kind === 'reset') return undefined;
    if (this.closed) throw new Error('the embedded database is closed');
    switch (request.kind) {
      case 'exec':
        return this.exec(request.bytes);
      case 'reset':
        if (this.inTransaction()) await this.db.exec('ROLLBACK');
        return undefined;
      case 'dump':
        return new Uint8Array(await (await this.db.dumpDataDir('gzip')).arrayBuffer());
      case 'close':
        this.closed = true;
        await this.db.close();
        return undefined;
      default:
        throw new Error(`unknown request ${request.kind}`);
    }
  }
}

const message = (error) => String(error?.message ?? error);

const SYNC = 0x53;
const QUERY = 0x51;

/** A protocol message (type byte, then its length, then its body). */
function protocolMessage(type, body) {
  const out = new Uint8Array(5 + body.length);
  out[0] = type;
  new DataView(out.buffer).setInt32(1, 4 + body.length);
  out.set(body, 5);
  return out;
}

const simpleQuery = (text) => protocolMessage(QUERY, Buffer.from(`${text}\0`));
const FORCE_GENERIC = simpleQuery('SET plan_cache_mode = force_generic_plan');
const AUTO_PLANS = simpleQuery('RESET plan_cache_mode');

/**
 * What PostgreSQL answers to a query cancelled before it ran: an error (SQLSTATE 57014, which
 * node-postgres rejects the query with), then ready for the next one, outside any transaction ('I')
 * or inside a failed one ('E': the client rolls it back).
 */
function cancelledAnswer(status) {
  const field = (code, text) => [code.charCodeAt(0), ...Buffer.from(`${text}\0`)];
  const body = [...field('S', 'ERROR'), ...field('V', 'ERROR'), ...field('C', '57014'), ...field('M', 'canceling statement: its request was abandoned'), 0];
  return concat([protocolMessage(0x45, Uint8Array.from(body)), protocolMessage(0x5a, Uint8Array.of(status.charCodeAt(0)))]);
}

/** The text of a simple query ('' for any other request). */
function simpleQueryText(request) {
  const bytes = request.kind === 'exec' ? request.bytes : null;
  if (!bytes || bytes[0] !== QUERY) return '';
  return Buffer.from(bytes.buffer, bytes.byteOffset + 5, Math.max(bytes.length - 6, 0)).toString('utf8');
}

/**
 * Opens a transaction. Never dropped: Drizzle sends BEGIN before the try that gives its connection
 * back, so a failed BEGIN would keep the connection from the pool for ever (four such and every
 * request waited). The transaction's next statement is refused instead (see Scheduler.cancel).
 */
const opensTransaction = (request) => /^\s*(begin|start\s+transaction)\b/i.test(simpleQueryText(request));
const rollsBack = (request) => /^\s*rollback\b/i.test(simpleQueryText(request));

/** A request whose answer ends with ready-for-query (a whole query), so that an error can stand for it. */
function isWholeQuery(request) {
  if (request.kind !== 'exec') return false;
  const messages = protocolMessages(request.bytes);
  const last = messages[messages.length - 1];
  return last !== undefined && (last[0] === SYNC || last[0] === QUERY);
}

/**
 * One request at a time, in arrival order, except that while a connection's transaction is open
 * only that connection's requests run (the others wait: PGlite has one session).
 */
class Scheduler {
  queue = [];
  owner = null;
  running = false;

  constructor(session) {
    this.session = session;
  }

  /** The connections whose open transaction belongs to a request whose client has gone. */
  abandoned = new Set();
  current = null;

  add(request) {
    this.accept(request);
    this.next();
  }

  accept(request) {
    if (request.kind === 'cancel') return this.cancel(request.id);
    // Inside an abandoned transaction: refused at once, but its ROLLBACK, which ends it.
    if (this.abandoned.has(request.conn) && isWholeQuery(request) && !rollsBack(request)) {
      return parentPort.postMessage({ id: request.id, bytes: cancelledAnswer('E') });
    }
    this.queue.push(request);
    // Its client had gone before it was sent: as if its cancellation had come right behind it.
    if (request.clientGone) this.cancel(request.id);
  }

  /**
   * Takes in what arrived while a statement ran (the thread was busy in PGlite and its messages
   * waited): a request's cancellation must be seen before that request's turn comes.
   */
  drain() {
    for (let m = receiveMessageOnPort(parentPort); m; m = receiveMessageOnPort(parentPort)) this.accept(m.message);
  }

  /**
   * The client of a queued query has gone: answered as cancelled without running, so the thread's
   * time goes to those still waiting (a heavy report abandoned at a million activities kept every
   * later request waiting behind it). One that has started runs to its end. A BEGIN, and a statement
   * of the connection whose transaction is open, run; that transaction's next statement is refused.
   */
  cancel(id) {
    const at = this.queue.findIndex((r) => r.id === id);
    const request = at < 0 ? (this.current?.id === id ? this.current : null) : this.queue[at];
    if (!request || !isWholeQuery(request)) return;
    if (at >= 0 && request.conn !== this.owner && !opensTransaction(request)) {
      this.queue.splice(at, 1);
      return parentPort.postMessage({ id, bytes: cancelledAnswer('I') });
    }
    // A BEGIN, or a statement of an open transaction: it runs, and the transaction's next statement is refused.
    request.abandoned = true;
  }

  next() {
    if (this.running) return;
    this.drain();
    const at = this.owner === null ? 0 : this.queue.findIndex((r) => r.conn === this.owner);
    if (at < 0 || at >= this.queue.length) return;
    const [request] = this.queue.splice(at, 1);
    this.running = true;
    this.current = request;
    this.run(request).finally(() => {
      this.owner = this.session.inTransaction() ? request.conn : null;
      if (this.owner !== null && request.abandoned) this.abandoned.add(this.owner);
      if (this.owner === null) this.abandoned.delete(request.conn);
      this.current = null;
      this.running = false;
      this.next();
    });
  }

  async run(request) {
    try {
      const bytes = await this.session.answer(request);
      parentPort.postMessage({ id: request.id, bytes }, bytes ? [bytes.buffer] : []);
    } catch (error) {
      parentPort.postMessage({ id: request.id, error: message(error) });
    }
  }
}

async function main() {
  let db;
  try {
    const loadDataDir = workerData.loadDataDir ? new Blob([workerData.loadDataDir]) : undefined;
    db = await PGlite.create(workerData.dataDir, { extensions: { pg_trgm }, loadDataDir, startParams: START_PARAMS });
    cacheFileSizes(db.Module);
  } catch (error) {
    parentPort.postMessage({ id: 0, ready: false, error: message(error) });
    return;
  }
  const scheduler = new Scheduler(new Session(db));
  parentPort.postMessage({ id: 0, ready: true });
  parentPort.on('message', (request) => scheduler.add(request));
}

await main();
