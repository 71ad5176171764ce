-- Customer tasks (issue 15): work areas and task templates are settings lists; products bundle templates;
-- customers are enrolled in work areas; a task is an activity made from a template. Standard items carry a
-- key and name_is_default so each reader sees them in their language (as in 0017).
CREATE TABLE IF NOT EXISTS "work_areas" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
  "key" text,
  "name" text NOT NULL,
  "name_is_default" boolean DEFAULT false NOT NULL,
  "active" boolean DEFAULT true NOT NULL,
  "sort_order" integer DEFAULT 0 NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "work_areas_key" UNIQUE ("workspace_id", "key")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "task_templates" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
  "key" text,
  "name" text NOT NULL,
  "name_is_default" boolean DEFAULT false NOT NULL,
  "active" boolean DEFAULT true NOT NULL,
  "sort_order" integer DEFAULT 0 NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "icon" text DEFAULT 'square-check' NOT NULL,
  "work_area_ids" uuid[] DEFAULT '{}' NOT NULL,
  "type_id" uuid NOT NULL REFERENCES "activity_types"("id"),
  "due" text DEFAULT 'none' NOT NULL,
  "due_in_days" integer,
  "recurrence" text,
  "comment_checks" jsonb DEFAULT '[]'::jsonb NOT NULL,
  CONSTRAINT "task_templates_key" UNIQUE ("workspace_id", "key"),
  CONSTRAINT "task_templates_due" CHECK ("due" IN ('none', 'deadline', 'recurring')),
  CONSTRAINT "task_templates_due_fields" CHECK (("due" = 'deadline') = ("due_in_days" IS NOT NULL) AND ("due" = 'recurring') = ("recurrence" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN IF NOT EXISTS "task_template_ids" uuid[] DEFAULT '{}' NOT NULL;
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN IF NOT EXISTS "work_area_ids" uuid[] DEFAULT '{}' NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customers_work_areas_idx" ON "customers" USING gin ("work_area_ids");
--> statement-breakpoint
-- A task without a deadline has no date: it sits after the dated ones in the to-do and never goes overdue.
ALTER TABLE "activities" ALTER COLUMN "scheduled_at" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN IF NOT EXISTS "template_id" uuid REFERENCES "task_templates"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN IF NOT EXISTS "work_area_id" uuid REFERENCES "work_areas"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN IF NOT EXISTS "recurrence" text;
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN IF NOT EXISTS "recurrence_start" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN IF NOT EXISTS "comment_checks" jsonb;
--> statement-breakpoint
-- The work-area tab: a customer's tasks of one area, open and done.
CREATE INDEX IF NOT EXISTS "activities_work_area_idx" ON "activities" ("work_area_id", "customer_id", "done", "scheduled_at") WHERE "work_area_id" IS NOT NULL;
--> statement-breakpoint
-- The to-do sorts undated tasks after the dated ones by this key (todo-sort.ts): indexed as the old keys were.
CREATE INDEX IF NOT EXISTS "activities_todo_due_idx" ON "activities" ("workspace_id", "responsible_id", "done", (coalesce("scheduled_at", '9999-12-31T00:00:00Z'::timestamptz)), "id") WHERE NOT "done";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "activities_todo_all_due_idx" ON "activities" ("workspace_id", (coalesce("scheduled_at", '9999-12-31T00:00:00Z'::timestamptz)), "id") WHERE NOT "done";
