-- Reports (issue 18): saved report definitions, each its owner's, shown to the workspace when shared.
CREATE TABLE "saved_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "saved_reports" ADD CONSTRAINT "saved_reports_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "saved_reports" ADD CONSTRAINT "saved_reports_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "saved_reports_ws_owner_idx" ON "saved_reports" USING btree ("workspace_id","owner_id");
--> statement-breakpoint
-- Reports over a period (issue 18): a workspace's activities by date with every column the report
-- statement reads, so a year of them is an index-only scan rather than a heap fetch per activity.
CREATE INDEX "activities_report_idx" ON "activities" USING btree ("workspace_id","scheduled_at") INCLUDE ("id","responsible_id","type_id","status_id","customer_id","campaign_id","done","all_day","private");
