-- Calendars (issue 14). Each user's calendar colour: null picks a stable colour from the user's id
-- (calendar.service.ts), so existing users need no backfill.
ALTER TABLE "users" ADD COLUMN "calendar_color" text CONSTRAINT "users_calendar_color_check" CHECK ("calendar_color" ~ '^#[0-9a-f]{6}$');
--> statement-breakpoint
-- A calendar window reads each user's activities by (responsible_id, scheduled_at) from shortly
-- before the window (activities_responsible_order_idx). The few activities longer than that lead
-- time start earlier still: this small partial index finds them by their end.
CREATE INDEX "activities_long_ends_idx" ON "activities" USING btree ("workspace_id", "ends_at") WHERE "ends_at" - "scheduled_at" > interval '2 days';
