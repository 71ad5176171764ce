import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../../../test/factories';
import { TEST_KDF_COST } from '../../../test/helpers';
import { createTestDatabase } from '../../../test/test-db';
import { buildApp, loggerOptions } from '../app';
import type { DatabaseHandle } from '../db/client';
import { users } from '../db/schema';
import { safeError } from './log-safety';

/** Values that must never reach a log line, whatever fails around them. */
const SECRET_HASH = 'scrypt$17$8$1$c2VjcmV0LXNhbHQ$TOP-SECRET-HASH-VALUE';
const SECRET_EMAIL = 'private.person@secret.example';
const SECRET_NAME = 'Very Private Person';

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(chunk.toString());
    done();
  },
});

let database: DatabaseHandle;
let app: FastifyInstance;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({ database, kdfCost: TEST_KDF_COST, logger: { ...loggerOptions('info'), stream: sink } });
  // A failing statement whose parameters are a person and a password hash, and whose error message
  // quotes one of them (constraint violations answer 4xx, see db/constraint-errors.ts, so a type error).
  app.post('/test/failing-insert', async () => {
    await database.db.insert(users).values({ workspaceId: SECRET_EMAIL, email: SECRET_EMAIL, name: SECRET_NAME, passwordHash: SECRET_HASH, role: 'user' });
    return { ok: true };
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const leaks = (text: string) => [SECRET_HASH, 'TOP-SECRET-HASH-VALUE', SECRET_EMAIL, SECRET_NAME].filter((secret) => text.includes(secret));

describe('error logs', () => {
  it('carry the statement and the database’s error code, never the statement’s parameters', async () => {
    lines.length = 0;
    const res = await app.inject({ method: 'POST', url: '/test/failing-insert' });
    expect(refusal(res, 500).code).toBe('internal');
    const log = lines.join('');
    expect(log).toContain('unhandled error');
    expect(log).toContain('insert into \\"users\\"');
    expect(log).toContain('22P02');
    expect(leaks(log)).toEqual([]);
  });

  it('are safe on any other path too: the logger’s own err serializer drops parameters and quoted values', async () => {
    lines.length = 0;
    const cause = Object.assign(new Error(`invalid input syntax for type uuid: "${SECRET_EMAIL}"`), { code: '22P02', detail: `Key (email)=(${SECRET_EMAIL})` });
    app.log.error({ err: new DrizzleQueryError('select 1 where $1 = $2', [SECRET_EMAIL, SECRET_HASH], cause) }, 'some other failure');
    const log = lines.join('');
    expect(log).toContain('select 1 where $1 = $2');
    expect(log).toContain('22P02');
    expect(log).toContain('invalid input syntax for type uuid');
    expect(leaks(log)).toEqual([]);
  });

  it('serialize an error once, and again without change', () => {
    const once = safeError(new DrizzleQueryError('select $1', [SECRET_NAME], new Error('boom')));
    expect(safeError(once)).toBe(once);
    expect(JSON.stringify(once)).not.toContain(SECRET_NAME);
    expect(once).toMatchObject({ type: 'DrizzleQueryError', message: 'Failed query', sql: 'select $1', cause: { type: 'Error', message: 'boom' } });
  });
});
