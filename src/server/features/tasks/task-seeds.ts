import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { activityTypes, taskTemplates, workAreas } from '../../db/schema';
import { defaultReportSentLabel, defaultTaskTemplateRules, defaultTaskTemplates, defaultWorkAreas, type SeedLocale } from '../workspaces/default-lists';

/**
 * A new workspace's work areas and standard task templates (seed 000's agency), named in its
 * language; each reader sees a standard item in theirs while nobody renamed it. After the
 * activity types: templates name their type.
 */
export async function seedTaskLists(db: Queryable, workspaceId: string, language: SeedLocale) {
  const areaNames = defaultWorkAreas[language];
  const areas = await db
    .insert(workAreas)
    .values(Object.entries(areaNames).map(([key, name], order) => ({ workspaceId, key, name, nameIsDefault: true, order })))
    .returning({ id: workAreas.id, key: workAreas.key });
  const areaId = new Map(areas.map((a) => [a.key, a.id]));
  const types = await db
    .select({ id: activityTypes.id, key: activityTypes.key })
    .from(activityTypes)
    .where(and(eq(activityTypes.workspaceId, workspaceId)));
  const typeId = new Map(types.map((t) => [t.key, t.id]));
  const names = defaultTaskTemplates[language];
  const rows = Object.entries(defaultTaskTemplateRules).flatMap(([key, rule], order) => {
    const type = typeId.get(rule.type);
    if (!type) return [];
    const checks = key === 'quarterly_report' ? [{ key: 'report_sent', label: defaultReportSentLabel[language], defaultChecked: false }] : [];
    return [
      {
        workspaceId,
        key,
        name: names[key as keyof typeof names],
        nameIsDefault: true,
        order,
        icon: rule.icon,
        typeId: type,
        workAreaIds: rule.areas.flatMap((a) => areaId.get(a) ?? []),
        due: rule.due,
        dueInDays: rule.dueInDays,
        recurrence: rule.recurrence,
        commentChecks: checks,
      },
    ];
  });
  if (rows.length > 0) await db.insert(taskTemplates).values(rows);
}
