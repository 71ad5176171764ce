import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import { recordChange } from '../../audit/audit';
import { invalid, notFound } from '../../http/errors';
import { assertCan } from '../../access/policy';
import * as repo from './industries.repository';

/** How many customers (live ones; the trash follows along on a move too) are in an industry: the confirmation says it. */
export async function industryUsage(db: Database, actor: Actor, id: string) {
  assertCan(actor, 'read', { kind: 'setting' });
  if (!(await repo.industryExists(db, actor, id))) throw notFound('Industry');
  return { customers: await repo.countCustomers(db, actor, id) };
}

/** Seed 003: move every customer of one industry to another, in one transaction; answers the count moved. */
export async function moveCustomers(db: Database, actor: Actor, fromId: string, toIndustryId: string) {
  assertCan(actor, 'change', { kind: 'setting' });
  return db.transaction(async (tx) => {
    if (!(await repo.industryExists(tx, actor, fromId))) throw notFound('Industry');
    // Held, so a deletion of the target at the same moment either waits and then finds it in use, or ran first (400 here).
    if (!(await repo.keepIndustry(tx, actor, toIndustryId))) throw invalid({ toIndustryId: 'No such industry' }, 'not_found_ref');
    if (fromId === toIndustryId) throw invalid({ toIndustryId: 'Choose another industry than the one to move from' }, 'same_industry');
    const moved = await repo.moveCustomers(tx, actor, fromId, toIndustryId);
    await recordChange(tx, actor, {
      action: 'move',
      entity: 'industry',
      entityId: fromId,
      before: { industryId: fromId, customers: moved },
      after: { industryId: toIndustryId },
    });
    return { moved };
  });
}
