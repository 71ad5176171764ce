-- Customer projects and template customers (issue 17): a customer's projects nested to any depth
-- (parent in the same customer, no cycles: the service checks), activities and tasks that belong to
-- one of them, and customers marked as templates (kept out of lists, exported and imported as models).
CREATE TABLE IF NOT EXISTS "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
	"customer_id" uuid NOT NULL REFERENCES "customers"("id") ON DELETE CASCADE,
	"parent_id" uuid REFERENCES "projects"("id") ON DELETE CASCADE,
	"name" text NOT NULL,
	"description" text,
	"responsible_id" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id")
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "projects_customer_idx" ON "projects" ("customer_id", "parent_id", "name", "id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "projects_parent_idx" ON "projects" ("parent_id") WHERE "parent_id" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "projects_ws_idx" ON "projects" ("workspace_id", "customer_id");
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN IF NOT EXISTS "project_id" uuid REFERENCES "projects"("id") ON DELETE SET NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "activities_project_idx" ON "activities" ("project_id", "done", "scheduled_at", "id") WHERE "project_id" IS NOT NULL;
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN IF NOT EXISTS "is_template" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customers_ws_template_idx" ON "customers" ("workspace_id", "name") WHERE "is_template";
