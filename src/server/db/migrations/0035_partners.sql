-- Outside partners (issue 17): a user with role 'partner' belongs to one customer and may be given a
-- seat (no quota); project_partners says which projects of that customer each partner sees.
ALTER TABLE "users" ADD COLUMN IF NOT EXISTS "partner_customer_id" uuid REFERENCES "customers"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN IF NOT EXISTS "seat" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_partner_customer_idx" ON "users" ("partner_customer_id") WHERE "partner_customer_id" IS NOT NULL;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "project_partners" (
	"project_id" uuid NOT NULL REFERENCES "projects"("id") ON DELETE CASCADE,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_partners_pkey" PRIMARY KEY ("project_id", "user_id")
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "project_partners_user_idx" ON "project_partners" ("user_id", "project_id");
