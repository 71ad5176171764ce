-- Workspaces created before activities existed get the default activity types and statuses, named
-- in the workspace's language, as new workspaces get them from createWorkspace (default-lists.ts).
INSERT INTO "activity_types" ("workspace_id", "key", "name", "icon", "color", "sort_order")
SELECT w."id", v.key, CASE WHEN w."locale" = 'da' THEN v.da ELSE v.en END, v.icon, v.color, v.ord
FROM "workspaces" w
CROSS JOIN (VALUES
  ('call', 'Call', 'Opkald', 'phone', '#2563eb', 0),
  ('meeting', 'Meeting', 'Møde', 'users', '#7c3aed', 1),
  ('quote', 'Quote', 'Tilbud', 'file-text', '#d97706', 2),
  ('email', 'Email', 'E-mail', 'mail', '#0891b2', 3),
  ('note', 'Note', 'Notat', 'sticky-note', '#64748b', 4),
  ('follow_up', 'Follow-up', 'Opfølgning', 'repeat', '#16a34a', 5),
  ('task', 'Task', 'Opgave', 'check-square', '#dc2626', 6)
) AS v(key, en, da, icon, color, ord)
WHERE NOT EXISTS (SELECT 1 FROM "activity_types" t WHERE t."workspace_id" = w."id")
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "activity_statuses" ("workspace_id", "key", "name", "closed", "sort_order")
SELECT w."id", v.key, CASE WHEN w."locale" = 'da' THEN v.da ELSE v.en END, v.closed, v.ord
FROM "workspaces" w
CROSS JOIN (VALUES
  ('scheduled', 'Scheduled', 'Planlagt', false, 0),
  ('postponed', 'Postponed', 'Udsat', false, 1),
  ('done', 'Done', 'Udført', false, 2),
  ('succeeded', 'Succeeded', 'Lykkedes', true, 3),
  ('cancelled', 'Cancelled', 'Aflyst', true, 4)
) AS v(key, en, da, closed, ord)
WHERE NOT EXISTS (SELECT 1 FROM "activity_statuses" s WHERE s."workspace_id" = w."id")
ON CONFLICT DO NOTHING;
