-- Calendars (issue 14, point 5): each open recurring activity (one per series) projects its coming
-- occurrences. A window finds its users' open series here, a few rows per user, rather than among
-- all their open activities.
CREATE INDEX IF NOT EXISTS "activities_open_series_idx" ON "activities" USING btree ("responsible_id", "scheduled_at") WHERE "recurrence" IS NOT NULL AND NOT "done";
