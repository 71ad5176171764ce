-- Standard list items show in each reader's language while nobody renamed them (issue 12). The flag
-- says so; items an admin created get false (the column's default), items Tend seeds get true.
ALTER TABLE "customer_statuses" ADD COLUMN IF NOT EXISTS "name_is_default" boolean NOT NULL DEFAULT false;
--> statement-breakpoint
ALTER TABLE "activity_types" ADD COLUMN IF NOT EXISTS "name_is_default" boolean NOT NULL DEFAULT false;
--> statement-breakpoint
ALTER TABLE "activity_statuses" ADD COLUMN IF NOT EXISTS "name_is_default" boolean NOT NULL DEFAULT false;
--> statement-breakpoint
-- Existing customer_statuses: an item still has its standard name when its name is the standard name of its key in
-- any of Tend's languages (workspaces got English or Danish names, whatever their own language).
UPDATE "customer_statuses" t SET "name_is_default" = true
FROM (VALUES
  ('lead', 'Lead'),
  ('prospect', 'Prospect'),
  ('customer', 'Customer'),
  ('former', 'Former customer'),
  ('lead', 'Emne'),
  ('prospect', 'Kundeemne'),
  ('customer', 'Kunde'),
  ('former', 'Tidligere kunde'),
  ('lead', 'Interessent'),
  ('prospect', 'Potensiell kunde'),
  ('lead', 'Érdeklődő'),
  ('prospect', 'Potenciális ügyfél'),
  ('customer', 'Ügyfél'),
  ('former', 'Korábbi ügyfél'),
  ('lead', 'ליד'),
  ('prospect', 'לקוח פוטנציאלי'),
  ('customer', 'לקוח'),
  ('former', 'לקוח לשעבר')
) AS v(key, name)
WHERE t."key" = v.key AND t."name" = v.name AND NOT t."name_is_default";
--> statement-breakpoint
-- Existing activity_types: an item still has its standard name when its name is the standard name of its key in
-- any of Tend's languages (workspaces got English or Danish names, whatever their own language).
UPDATE "activity_types" t SET "name_is_default" = true
FROM (VALUES
  ('call', 'Call'),
  ('meeting', 'Meeting'),
  ('quote', 'Quote'),
  ('email', 'Email'),
  ('note', 'Note'),
  ('follow_up', 'Follow-up'),
  ('task', 'Task'),
  ('call', 'Opkald'),
  ('meeting', 'Møde'),
  ('quote', 'Tilbud'),
  ('email', 'E-mail'),
  ('note', 'Notat'),
  ('follow_up', 'Opfølgning'),
  ('task', 'Opgave'),
  ('call', 'Telefon'),
  ('meeting', 'Møte'),
  ('email', 'E-post'),
  ('follow_up', 'Oppfølging'),
  ('task', 'Oppgave'),
  ('call', 'Hívás'),
  ('meeting', 'Megbeszélés'),
  ('quote', 'Árajánlat'),
  ('note', 'Jegyzet'),
  ('follow_up', 'Utánkövetés'),
  ('task', 'Feladat'),
  ('call', 'שיחת טלפון'),
  ('meeting', 'פגישה'),
  ('quote', 'הצעת מחיר'),
  ('email', 'אימייל'),
  ('note', 'הערה'),
  ('follow_up', 'מעקב'),
  ('task', 'משימה')
) AS v(key, name)
WHERE t."key" = v.key AND t."name" = v.name AND NOT t."name_is_default";
--> statement-breakpoint
-- Existing activity_statuses: an item still has its standard name when its name is the standard name of its key in
-- any of Tend's languages (workspaces got English or Danish names, whatever their own language).
UPDATE "activity_statuses" t SET "name_is_default" = true
FROM (VALUES
  ('scheduled', 'Scheduled'),
  ('postponed', 'Postponed'),
  ('done', 'Done'),
  ('succeeded', 'Succeeded'),
  ('cancelled', 'Cancelled'),
  ('scheduled', 'Planlagt'),
  ('postponed', 'Udsat'),
  ('done', 'Udført'),
  ('succeeded', 'Lykkedes'),
  ('cancelled', 'Aflyst'),
  ('postponed', 'Utsatt'),
  ('done', 'Utført'),
  ('succeeded', 'Vellykket'),
  ('cancelled', 'Avlyst'),
  ('scheduled', 'Tervezett'),
  ('postponed', 'Elhalasztva'),
  ('done', 'Elvégezve'),
  ('succeeded', 'Sikeres'),
  ('cancelled', 'Lemondva'),
  ('scheduled', 'מתוכנן'),
  ('postponed', 'נדחה'),
  ('done', 'בוצע'),
  ('succeeded', 'הצליח'),
  ('cancelled', 'בוטל')
) AS v(key, name)
WHERE t."key" = v.key AND t."name" = v.name AND NOT t."name_is_default";
