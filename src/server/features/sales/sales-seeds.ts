import type { Queryable } from '../../db/client';
import { salesStages } from '../../db/schema';
import { defaultSalesStageRules, defaultSalesStages, type SeedLocale } from '../workspaces/default-lists';

/** A new workspace's standard sales stages, named in its language (each reader sees them in theirs). */
export async function seedSalesStages(db: Queryable, workspaceId: string, language: SeedLocale) {
  const names = defaultSalesStages[language];
  await db.insert(salesStages).values(
    Object.entries(defaultSalesStageRules).map(([key, rule], order) => ({
      workspaceId,
      key,
      name: names[key as keyof typeof names],
      nameIsDefault: true,
      order,
      probability: rule.probability,
      kind: rule.kind,
    })),
  );
}
