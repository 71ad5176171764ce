-- Reminders (issue 15): an activity's reminders, minutes before it is due. `due_at` is kept in
-- step with the activity's time by the service, so the scan reads one index; `delivered_at` marks
-- a reminder handed out (once: the scan claims rows with FOR UPDATE SKIP LOCKED and sets it).
CREATE TABLE "activity_reminders" (
  "activity_id" uuid NOT NULL REFERENCES "activities"("id") ON DELETE cascade,
  "minutes_before" integer NOT NULL,
  "due_at" timestamp with time zone NOT NULL,
  "delivered_at" timestamp with time zone,
  CONSTRAINT "activity_reminders_pkey" PRIMARY KEY ("activity_id", "minutes_before"),
  CONSTRAINT "activity_reminders_minutes_check" CHECK ("minutes_before" BETWEEN 0 AND 40320)
);--> statement-breakpoint
CREATE INDEX "activity_reminders_due_idx" ON "activity_reminders" USING btree ("due_at") WHERE "delivered_at" IS NULL;--> statement-breakpoint
-- A user's in-app notifications; one per reminder instant (the unique key makes a second delivery a no-op).
CREATE TABLE "notifications" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
  "user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
  "activity_id" uuid NOT NULL REFERENCES "activities"("id") ON DELETE cascade,
  "kind" text NOT NULL,
  "at" timestamp with time zone NOT NULL,
  "read_at" timestamp with time zone,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "notifications_once_key" UNIQUE ("user_id", "activity_id", "kind", "at")
);--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id", "at" DESC);--> statement-breakpoint
CREATE INDEX "notifications_activity_idx" ON "notifications" USING btree ("activity_id");--> statement-breakpoint
-- Whether reminders also come by e-mail (when mail is configured).
ALTER TABLE "users" ADD COLUMN "email_reminders" boolean DEFAULT true NOT NULL;
