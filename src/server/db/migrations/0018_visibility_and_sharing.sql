-- Who sees what (issue 13). A workspace chooses whether every user sees every customer
-- ('everyone', as before) or only the customers the visibility rule gives them ('restricted'); the
-- calendar setting is stored here for the calendar to come.
ALTER TABLE "workspaces" ADD COLUMN "customer_visibility" text DEFAULT 'everyone' NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_customer_visibility_check" CHECK ("customer_visibility" IN ('everyone', 'restricted'));--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "calendar_visibility" text DEFAULT 'everyone' NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_calendar_visibility_check" CHECK ("calendar_visibility" IN ('everyone', 'groups', 'own'));--> statement-breakpoint
-- A private activity is seen only by its responsible and its additional users.
ALTER TABLE "activities" ADD COLUMN "private" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- A customer shared with one user or one group, for reading or editing: one row per target, so a
-- second share with the same target replaces the first (NULLS NOT DISTINCT makes the pair unique
-- whichever side is null).
CREATE TABLE "customer_shares" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
  "customer_id" uuid NOT NULL REFERENCES "customers"("id") ON DELETE cascade,
  "user_id" uuid REFERENCES "users"("id") ON DELETE cascade,
  "group_id" uuid REFERENCES "groups"("id") ON DELETE cascade,
  "access" text NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "created_by_id" uuid REFERENCES "users"("id") ON DELETE set null,
  CONSTRAINT "customer_shares_access_check" CHECK ("access" IN ('read', 'edit')),
  CONSTRAINT "customer_shares_one_target_check" CHECK (("user_id" IS NULL) <> ("group_id" IS NULL)),
  CONSTRAINT "customer_shares_target_key" UNIQUE NULLS NOT DISTINCT ("customer_id", "user_id", "group_id")
);--> statement-breakpoint
-- The visibility rule probes these per customer (shares of this customer to me or my groups) or,
-- when the planner hashes it, reads my shares once: both directions are covered.
CREATE INDEX "customer_shares_user_idx" ON "customer_shares" USING btree ("user_id", "customer_id") WHERE "user_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "customer_shares_group_idx" ON "customer_shares" USING btree ("group_id", "customer_id") WHERE "group_id" IS NOT NULL;--> statement-breakpoint
-- "Responsible for one of its activities", both ways: one index-only probe per customer, or the
-- customers of all of a user's activities read once (index-only) when a statement scans many rows.
CREATE INDEX "activities_customer_responsible_idx" ON "activities" USING btree ("customer_id", "responsible_id") WHERE "customer_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "activities_responsible_customer_idx" ON "activities" USING btree ("responsible_id", "customer_id") WHERE "customer_id" IS NOT NULL;--> statement-breakpoint
-- "Responsible for it": the ids of the customers a user is responsible for, index-only.
CREATE INDEX "customers_ws_responsible_idx" ON "customers" USING btree ("workspace_id", "responsible_id", "id");--> statement-breakpoint
ANALYZE customers;
