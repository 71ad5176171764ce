-- The calendar page's choices, per user (issue 14): whose calendars they show and in which view
-- (null: never chosen, the page starts on the user's own week). User ids are not foreign keys:
-- a user who is gone, or whose calendar the caller may no longer see, is dropped when read.
ALTER TABLE "user_preferences" ADD COLUMN "calendar_user_ids" uuid[];--> statement-breakpoint
ALTER TABLE "user_preferences" ADD COLUMN "calendar_view" text CONSTRAINT "user_preferences_calendar_view_check" CHECK ("calendar_view" IN ('month', 'week', 'day', 'list'));
