import type { Campaign, CampaignCreate, CampaignResults, CampaignUpdate } from '../../../shared/sales';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { assertCan } from '../../access/policy';
import { decodeCursor, page } from '../../http/cursor';
import { inUse, invalid, notFound } from '../../http/errors';
import { iso } from '../../http/serialize';
import * as repo from './campaigns.repository';
import { campaignResults } from './sales.repository';

export const toCampaign = (row: repo.CampaignRow): Campaign => ({
  id: row.id,
  name: row.name,
  description: row.description,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  active: row.active,
  createdAt: iso(row.createdAt),
  updatedAt: iso(row.updatedAt),
});

async function findOr404(db: Queryable, actor: Actor, id: string) {
  const row = await repo.findCampaign(db, actor, id);
  if (!row) throw notFound('Record');
  return row;
}

function checkPeriod(startsOn: string | null | undefined, endsOn: string | null | undefined) {
  if (startsOn && endsOn && endsOn < startsOn) throw invalid({ endsOn: 'Ends before it starts' });
}

export async function listCampaigns(db: Database, actor: Actor, query: { limit: number; cursor?: string; active?: 'true' | 'false' }) {
  assertCan(actor, 'read', { kind: 'campaign' });
  const after = decodeCursor(query.cursor, ['text', 'id']);
  const active = query.active === undefined ? undefined : query.active === 'true';
  const rows = await repo.listCampaigns(db, actor, { active, limit: query.limit, after });
  const { items, nextCursor } = page(rows, query.limit, (r) => [r.name, r.id]);
  return { items: items.map(toCampaign), nextCursor };
}

export async function getCampaign(db: Database, actor: Actor, id: string) {
  assertCan(actor, 'read', { kind: 'campaign' });
  return toCampaign(await findOr404(db, actor, id));
}

export async function createCampaign(db: Database, actor: Actor, input: CampaignCreate) {
  assertCan(actor, 'create', { kind: 'campaign' });
  checkPeriod(input.startsOn, input.endsOn);
  const row = await repo.insertCampaign(db, actor, {
    name: input.name,
    description: input.description ?? null,
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    active: input.active ?? true,
  });
  return toCampaign(row);
}

export async function updateCampaign(db: Database, actor: Actor, id: string, input: CampaignUpdate) {
  assertCan(actor, 'change', { kind: 'campaign' });
  const before = await findOr404(db, actor, id);
  checkPeriod(input.startsOn === undefined ? before.startsOn : input.startsOn, input.endsOn === undefined ? before.endsOn : input.endsOn);
  const row = await repo.updateCampaign(db, actor, id, input);
  if (!row) throw notFound('Record');
  return toCampaign(row);
}

/** A campaign that anything links to answers 409 naming the counts (deactivate it instead). */
export async function deleteCampaign(db: Database, actor: Actor, id: string) {
  assertCan(actor, 'delete', { kind: 'campaign' });
  const row = await findOr404(db, actor, id);
  const usage = Object.fromEntries(Object.entries(await repo.campaignUsage(db, actor, id)).filter(([, n]) => n > 0));
  if (Object.keys(usage).length > 0) {
    const what = Object.entries(usage).map(([k, n]) => `${n} ${k}`);
    throw inUse(usage, `In use by ${what.join(' and ')}; deactivate it instead`);
  }
  await repo.deleteCampaign(db, actor, id);
  return toCampaign(row);
}

/** What the campaign created, counting only what the caller may see. */
export async function getCampaignResults(db: Database, actor: Actor, id: string): Promise<CampaignResults> {
  assertCan(actor, 'read', { kind: 'campaign' });
  await findOr404(db, actor, id);
  const found = await campaignResults(db, actor, id);
  return {
    activities: found.byType.reduce((sum, t) => sum + t.count, 0),
    customers: found.customers,
    byType: found.byType,
    salesProjects: found.salesProjects,
    wonAmount: found.wonAmount,
  };
}
