-- Issue 19: import of customers, contacts and activities from CSV and XLSX. An upload keeps its parsed
-- rows; a run (a background job) writes its progress per batch and the rows it could not take.
CREATE TABLE "imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"entity" text NOT NULL,
	"file_name" text NOT NULL,
	"columns" jsonb NOT NULL,
	"rows" jsonb NOT NULL,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"mapping" jsonb,
	"match" text,
	"total" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"failed_count" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "imports_ws_created_idx" ON "imports" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE TABLE "import_failures" (
	"import_id" uuid NOT NULL REFERENCES "imports"("id") ON DELETE cascade,
	"row" integer NOT NULL,
	"field" text NOT NULL,
	"message" text NOT NULL
);--> statement-breakpoint
CREATE INDEX "import_failures_import_idx" ON "import_failures" USING btree ("import_id","row");--> statement-breakpoint
-- Matching imported rows to existing records: a customer's email in any case, its folded name; a contact's folded name.
CREATE INDEX "customers_ws_email_lower_idx" ON "customers" USING btree ("workspace_id",lower("email"));--> statement-breakpoint
CREATE INDEX "customers_ws_name_folded_idx" ON "customers" USING btree ("workspace_id","name_folded");
