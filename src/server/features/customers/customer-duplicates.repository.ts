import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { customers } from '../../db/schema';
import { type Actor, liveCustomer, visibleTo } from '../../db/scope';
import { type CustomerRow, selectCustomers } from './customers.repository';

/** Names at least this alike (trigram similarity of their company keys, 0–1) are worth a warning. */
export const NAME_SIMILARITY = 0.5;
const MAX_CANDIDATES = 10;

export interface DuplicateProbe {
  name?: string;
  email?: string;
  phone?: string;
  excludeId?: string;
}

export type DuplicateRow = CustomerRow & { reasons: ('name' | 'email' | 'phone')[]; nameSimilarity: number };

/**
 * The probe's three tests, each served by an index of migration 0014: `%` (trigram, threshold
 * 0.3) on tend_company_key(name) narrows the names and similarity() then asks for more; the email
 * and the phone's last digits (tend_phone_key) are equalities.
 */
function tests(p: DuplicateProbe) {
  const companyKey = sql`tend_company_key(${customers.name})`;
  const probeKey = sql`tend_company_key(${p.name ?? ''})`;
  const similarity = p.name ? sql<number>`similarity(${companyKey}, ${probeKey})::float8` : sql<number>`0::float8`;
  const name = p.name
    ? sql`(${probeKey} <> '' AND (${companyKey} = ${probeKey} OR (${companyKey} % ${probeKey} AND similarity(${companyKey}, ${probeKey}) >= ${NAME_SIMILARITY})))`
    : sql`false`;
  const email = p.email ? sql`(${customers.email} = ${p.email})` : sql`false`;
  const phone = p.phone ? sql`(tend_phone_key(${customers.phone}) = tend_phone_key(${p.phone}))` : sql`false`;
  return { similarity, name, email, phone };
}

/** Live customers whose name is alike, or whose email or phone is the same: same email or phone first, then the most alike names. */
export async function findDuplicates(db: Queryable, actor: Actor, p: DuplicateProbe): Promise<DuplicateRow[]> {
  if (!p.name && !p.email && !p.phone) return [];
  const t = tests(p);
  const conditions: SQL[] = [liveCustomer(), sql`(${t.name} OR ${t.email} OR ${t.phone})`];
  if (p.excludeId) conditions.push(sql`${customers.id} <> ${p.excludeId}::uuid`);
  const rows = await selectCustomers(db, {
    reasons: sql<DuplicateRow['reasons']>`array_remove(ARRAY[CASE WHEN ${t.name} THEN 'name' END, CASE WHEN ${t.email} THEN 'email' END,
      CASE WHEN ${t.phone} THEN 'phone' END], NULL)`,
    nameSimilarity: t.similarity,
  })
    .where(visibleTo(actor, customers, ...conditions))
    .orderBy(sql`coalesce(${t.email} OR ${t.phone}, false) DESC`, sql`${t.similarity} DESC`, customers.name, customers.id)
    .limit(MAX_CANDIDATES);
  return rows as DuplicateRow[];
}
