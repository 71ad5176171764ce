import { customerDuplicatesQuerySchema, customerListQuerySchema } from '../src/shared/customers';
import type { Database } from '../src/server/db/client';
import type { Actor } from '../src/server/db/scope';
import { findDuplicates, listCustomers } from '../src/server/features/customers/customers.service';
import type { BenchDb, CapturedQuery } from './db';
import type { ReadScenario } from './scenarios';

/** The ranked customer search, the list in another order, and the duplicate check before a create (issue 11). */
export async function customerFindScenarios(
  db: BenchDb,
  actor: Actor,
  notes: Record<string, string | number>,
  capture: (db: BenchDb, call: (recording: Database) => Promise<unknown>) => Promise<CapturedQuery[]>,
): Promise<ReadScenario[]> {
  // A short word that is the start of many names and a contact's surname elsewhere: many rows to rank.
  const rankedQ = 'dahl';
  notes.customerRankedQuery = rankedQ;
  const [{ n }] = await db.query<{ n: string | number }>(
    'SELECT count(*) AS n FROM customers WHERE search_text LIKE tend_fold($1) OR contact_search_text LIKE tend_fold($1)',
    [`%${rankedQ}%`],
  );
  notes.customerRankedMatches = Number(n);
  const [sample] = await db.query<{ name: string; phone: string | null }>('SELECT name, phone FROM customers ORDER BY id LIMIT 1', []);
  const duplicateQuery = { name: sample?.name ?? 'Dahl & Co', phone: sample?.phone ?? '' };
  const duplicatePath = `/api/v1/customers/duplicates?${new URLSearchParams(duplicateQuery)}`;
  return [
    {
      name: 'customer-search-ranked',
      kind: 'read',
      detail: `GET /api/v1/customers?q=${rankedQ} (${notes.customerRankedMatches} matches ranked: name, then email, phone, contacts)`,
      http: { method: 'GET', path: `/api/v1/customers?q=${rankedQ}` },
      sql: await capture(db, (rec) => listCustomers(rec, actor, customerListQuerySchema.parse({ q: rankedQ }))),
    },
    {
      name: 'customer-list-updated',
      kind: 'read',
      detail: 'GET /api/v1/customers?sort=updated&order=desc (the most recently changed first)',
      http: { method: 'GET', path: '/api/v1/customers?sort=updated&order=desc' },
      sql: await capture(db, (rec) => listCustomers(rec, actor, customerListQuerySchema.parse({ sort: 'updated', order: 'desc' }))),
    },
    {
      name: 'customer-duplicates',
      kind: 'read',
      detail: 'GET /api/v1/customers/duplicates?name=…&phone=… (an existing name and phone)',
      http: { method: 'GET', path: duplicatePath },
      sql: await capture(db, (rec) => findDuplicates(rec, actor, customerDuplicatesQuerySchema.parse(duplicateQuery))),
    },
  ];
}
