-- Emails are unique per workspace (one person may work for several companies on one server);
-- sign-in still finds every account with an email through users_email_idx.
DROP INDEX "users_email_key";--> statement-breakpoint
CREATE UNIQUE INDEX "users_workspace_email_key" ON "users" USING btree ("workspace_id","email");--> statement-breakpoint
CREATE INDEX "users_email_idx" ON "users" USING btree ("email");--> statement-breakpoint
-- Sign-in attempts are now counted before the password is checked, with a growing wait instead
-- of a 15-minute lock-out. The old counts are short-lived and are simply dropped.
DELETE FROM "login_throttle";--> statement-breakpoint
ALTER TABLE "login_throttle" DROP COLUMN "failures";--> statement-breakpoint
ALTER TABLE "login_throttle" DROP COLUMN "window_started_at";--> statement-breakpoint
ALTER TABLE "login_throttle" ADD COLUMN "attempts" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "login_throttle" ADD COLUMN "last_attempt_at" timestamp with time zone NOT NULL;--> statement-breakpoint
ALTER TABLE "login_throttle" ADD COLUMN "blocked_until" timestamp with time zone NOT NULL;
