-- The morning mail (issue 15): a per-user option, and the local date the last one was handled for.
-- The job claims a user's day with `UPDATE … WHERE morning_mail_sent_on < today RETURNING`, so
-- however many processes run it, one mail per user per local day.
ALTER TABLE "users" ADD COLUMN "morning_mail" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "morning_mail_sent_on" date;--> statement-breakpoint
CREATE INDEX "users_morning_mail_idx" ON "users" USING btree ("id") WHERE "users"."morning_mail";
