-- Comments on activities and status keywords (issue 15, point 6). A keyword ("offer sent") is a
-- settings list; a comment picks keywords, and the manager later asks which customers got one in
-- a period: each pick is a row of its own with the comment's time, indexed by keyword and time.
CREATE TABLE "status_keywords" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
  "name" text NOT NULL,
  "active" boolean DEFAULT true NOT NULL,
  "sort_order" integer DEFAULT 0 NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "status_keywords_ws_idx" ON "status_keywords" USING btree ("workspace_id");--> statement-breakpoint
CREATE TABLE "activity_comments" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
  "activity_id" uuid NOT NULL REFERENCES "activities"("id") ON DELETE cascade,
  "author_id" uuid REFERENCES "users"("id") ON DELETE set null,
  "text" text NOT NULL,
  "checks" jsonb DEFAULT '{}'::jsonb NOT NULL,
  "created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);--> statement-breakpoint
CREATE INDEX "activity_comments_activity_idx" ON "activity_comments" USING btree ("activity_id", "created_at", "id");--> statement-breakpoint
-- A keyword in use cannot be deleted (the settings list answers 409 first; the key is the backstop).
CREATE TABLE "activity_comment_keywords" (
  "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
  "comment_id" uuid NOT NULL REFERENCES "activity_comments"("id") ON DELETE cascade,
  "keyword_id" uuid NOT NULL REFERENCES "status_keywords"("id") ON DELETE restrict,
  "activity_id" uuid NOT NULL REFERENCES "activities"("id") ON DELETE cascade,
  "at" timestamp with time zone NOT NULL,
  CONSTRAINT "activity_comment_keywords_pk" PRIMARY KEY ("comment_id", "keyword_id")
);--> statement-breakpoint
CREATE INDEX "activity_comment_keywords_period_idx" ON "activity_comment_keywords" USING btree ("keyword_id", "at", "activity_id");--> statement-breakpoint
-- A status set in a comment names the comment in the customer's status history.
ALTER TABLE "customer_status_history" ADD COLUMN "comment_id" uuid REFERENCES "activity_comments"("id") ON DELETE set null;
