import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-db';
import { registerErrorHandling } from '../http/errors';
import type { DatabaseHandle } from './client';
import { isViolation } from './constraint-errors';

/**
 * Constraint violations that reach the error handler answer in the API's format, naming the
 * field and never the values, on both engines (pg and PGlite report them alike).
 */

let database: DatabaseHandle;
let app: FastifyInstance;
let workspaceId: string;

const statements: Record<string, () => ReturnType<typeof sql>> = {
  unique: () => sql`INSERT INTO customer_statuses (workspace_id, key, name) VALUES (${workspaceId}, 'lead', 'Twice')`,
  'foreign key (missing)': () =>
    sql`INSERT INTO customers (workspace_id, name, status, industry_id) VALUES (${workspaceId}, 'X', 'lead', '00000000-0000-4000-8000-000000000000')`,
  'foreign key (still referenced)': () => sql`DELETE FROM customer_statuses WHERE workspace_id = ${workspaceId} AND key = 'lead'`,
  'not null': () => sql`INSERT INTO customers (workspace_id, status) VALUES (${workspaceId}, 'lead')`,
  check: () =>
    sql`INSERT INTO sales_budgets (workspace_id, user_id, month, amount, currency) SELECT ${workspaceId}, id, '2027-01-15', 1, 'DKK' FROM users WHERE workspace_id = ${workspaceId} LIMIT 1`,
};

beforeAll(async () => {
  database = await createTestDatabase();
  const { createWorkspace } = await import('../features/workspaces/workspaces.service');
  ({ workspaceId } = await createWorkspace(
    database.db,
    { workspaceName: 'W', locale: 'en', timeZone: 'Europe/Copenhagen', admin: { email: 'c@e.test', name: 'C', password: 'long enough password' } },
    10,
  ));
  await database.db.execute(sql`INSERT INTO customers (workspace_id, name, status) VALUES (${workspaceId}, 'Uses lead', 'lead')`);
  app = Fastify();
  registerErrorHandling(app);
  app.get('/fail/:what', async (req) => {
    await database.db.execute(statements[(req.params as { what: string }).what]());
    return {};
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('database constraint errors in the API format', () => {
  it.each([
    ['unique', 409, 'conflict', { key: 'Already in use' }],
    ['foreign key (missing)', 400, 'validation_failed', { industryId: 'No such record' }],
    ['foreign key (still referenced)', 409, 'conflict', undefined],
    ['not null', 400, 'validation_failed', { name: 'Required' }],
    ['check', 400, 'validation_failed', undefined],
  ])('%s → %i %s', async (what, status, code, fields) => {
    const res = await app.inject({ method: 'GET', url: `/fail/${encodeURIComponent(what)}` });
    expect(res.statusCode).toBe(status);
    const { error } = res.json();
    expect(error.code).toBe(code);
    expect(error.fields).toEqual(fields);
    expect(res.body).not.toContain(workspaceId); // the values stay in the database's detail
  });

  it('tells services which violation, and of which constraint', async () => {
    const error = await database.db.execute(statements.unique()).catch((e: unknown) => e);
    expect(isViolation(error, 'unique')).toBe(true);
    expect(isViolation(error, 'unique', 'customer_statuses_key')).toBe(true);
    expect(isViolation(error, 'unique', 'activities_previous_key')).toBe(false);
    expect(isViolation(error, 'foreignKey')).toBe(false);
    expect(isViolation(new Error('not a database error'), 'unique')).toBe(false);
  });
});
