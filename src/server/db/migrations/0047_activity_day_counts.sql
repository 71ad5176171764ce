CREATE TABLE "activity_count_zones" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"time_zone" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_day_counts" (
	"workspace_id" uuid NOT NULL,
	"day" date,
	"responsible_id" uuid NOT NULL,
	"type_id" uuid NOT NULL,
	"status_id" uuid,
	"campaign_id" uuid,
	"done" boolean NOT NULL,
	"n" integer NOT NULL,
	"compacted" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity_count_zones" ADD CONSTRAINT "activity_count_zones_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_day_counts" ADD CONSTRAINT "activity_day_counts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_day_counts_ws_day_idx" ON "activity_day_counts" USING btree ("workspace_id","day");--> statement-breakpoint
CREATE INDEX "activity_day_counts_loose_idx" ON "activity_day_counts" USING btree ("workspace_id") WHERE NOT "activity_day_counts"."compacted";--> statement-breakpoint
CREATE INDEX "activities_private_idx" ON "activities" USING btree ("workspace_id","scheduled_at") WHERE "activities"."private";--> statement-breakpoint
-- Reports (issue 18) over a year of a million activities: the day counts above, instead of reading
-- every activity of the year. The local day of an activity as reports count it (report-subjects.ts,
-- activityDate): an all-day one is stored at midnight UTC of its date.
CREATE OR REPLACE FUNCTION tend_activity_day(at timestamptz, all_day boolean, zone text) RETURNS date
LANGUAGE sql STABLE AS $$ SELECT CASE WHEN all_day THEN (at AT TIME ZONE 'UTC')::date ELSE (at AT TIME ZONE zone)::date END $$;--> statement-breakpoint
-- Counts a workspace's activities again, in a time zone (the first time, and when the zone changes).
-- Exclusive against the triggers' shared lock: no activity is written meanwhile in the old zone; and
-- against folding: rows a folding inserts after this delete began would otherwise be counted twice.
CREATE OR REPLACE FUNCTION tend_activity_counts_rebuild(ws uuid, zone text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('tend_activity_counts_compact'), hashtext(ws::text));
  PERFORM pg_advisory_xact_lock(hashtext('tend_activity_counts'), hashtext(ws::text));
  DELETE FROM activity_day_counts WHERE workspace_id = ws;
  INSERT INTO activity_count_zones (workspace_id, time_zone) VALUES (ws, zone)
    ON CONFLICT (workspace_id) DO UPDATE SET time_zone = EXCLUDED.time_zone;
  INSERT INTO activity_day_counts (workspace_id, day, responsible_id, type_id, status_id, campaign_id, done, n, compacted)
    SELECT ws, tend_activity_day(a.scheduled_at, a.all_day, zone), a.responsible_id, a.type_id, a.status_id, a.campaign_id, a.done, count(*), true
    FROM activities a WHERE a.workspace_id = ws AND NOT a.private
    GROUP BY 2, 3, 4, 5, 6, 7;
END $$;--> statement-breakpoint
-- Folds the change rows of a workspace into one row per key, on the days they touch. One folding
-- at a time per workspace; a second caller goes on without (the rows add up the same either way).
CREATE OR REPLACE FUNCTION tend_activity_counts_compact(ws uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  days date[];
  undated boolean;
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('tend_activity_counts_compact'), hashtext(ws::text)) THEN RETURN; END IF;
  SELECT array_agg(DISTINCT c.day) FILTER (WHERE c.day IS NOT NULL), coalesce(bool_or(c.day IS NULL), false) INTO days, undated
    FROM activity_day_counts c WHERE c.workspace_id = ws AND NOT c.compacted;
  IF days IS NULL AND NOT undated THEN RETURN; END IF;
  WITH dated AS (
    DELETE FROM activity_day_counts c WHERE c.workspace_id = ws AND c.day = ANY(days) RETURNING c.*
  ), loose AS (
    DELETE FROM activity_day_counts c WHERE undated AND c.workspace_id = ws AND c.day IS NULL RETURNING c.*
  )
  INSERT INTO activity_day_counts (workspace_id, day, responsible_id, type_id, status_id, campaign_id, done, n, compacted)
    SELECT ws, g.day, g.responsible_id, g.type_id, g.status_id, g.campaign_id, g.done, sum(g.n), true
    FROM (SELECT * FROM dated UNION ALL SELECT * FROM loose) g
    GROUP BY g.day, g.responsible_id, g.type_id, g.status_id, g.campaign_id, g.done HAVING sum(g.n) <> 0;
END $$;--> statement-breakpoint
-- Each change of activities as rows of +n / -n (inserts only: concurrent writers never wait on a
-- row of counts). Not counted: private activities, workspaces without a zone yet (counted whole on
-- their first report), and a workspace being deleted (its activities go by cascade after it).
CREATE OR REPLACE FUNCTION tend_activities_counts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM pg_advisory_xact_lock_shared(hashtext('tend_activity_counts'), hashtext(s.w::text))
      FROM (SELECT DISTINCT workspace_id AS w FROM new_rows ORDER BY 1) s;
    INSERT INTO activity_day_counts (workspace_id, day, responsible_id, type_id, status_id, campaign_id, done, n)
      SELECT r.workspace_id, tend_activity_day(r.scheduled_at, r.all_day, z.time_zone), r.responsible_id, r.type_id, r.status_id, r.campaign_id, r.done, count(*)
      FROM new_rows r JOIN activity_count_zones z ON z.workspace_id = r.workspace_id
      JOIN workspaces wk ON wk.id = z.workspace_id
      WHERE NOT r.private GROUP BY 1, 2, 3, 4, 5, 6, 7;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_advisory_xact_lock_shared(hashtext('tend_activity_counts'), hashtext(s.w::text))
      FROM (SELECT DISTINCT workspace_id AS w FROM old_rows ORDER BY 1) s;
    INSERT INTO activity_day_counts (workspace_id, day, responsible_id, type_id, status_id, campaign_id, done, n)
      SELECT r.workspace_id, tend_activity_day(r.scheduled_at, r.all_day, z.time_zone), r.responsible_id, r.type_id, r.status_id, r.campaign_id, r.done, -count(*)
      FROM old_rows r JOIN activity_count_zones z ON z.workspace_id = r.workspace_id
      JOIN workspaces wk ON wk.id = z.workspace_id
      WHERE NOT r.private GROUP BY 1, 2, 3, 4, 5, 6, 7;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- A change of an activity: per row, and only when a counted field changed (the WHEN is tested without
-- calling the function), since most updates of an activity (its text, a note) change none of them; a
-- statement trigger here doubled the database's time for completing an activity (0.49 → 0.97 ms).
CREATE OR REPLACE FUNCTION tend_activity_counts_update_row() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  zone text;
BEGIN
  PERFORM pg_advisory_xact_lock_shared(hashtext('tend_activity_counts'), hashtext(NEW.workspace_id::text));
  SELECT z.time_zone INTO zone FROM activity_count_zones z JOIN workspaces wk ON wk.id = z.workspace_id WHERE z.workspace_id = NEW.workspace_id;
  IF zone IS NULL THEN RETURN NULL; END IF;
  INSERT INTO activity_day_counts (workspace_id, day, responsible_id, type_id, status_id, campaign_id, done, n)
    SELECT OLD.workspace_id, tend_activity_day(OLD.scheduled_at, OLD.all_day, zone), OLD.responsible_id, OLD.type_id, OLD.status_id, OLD.campaign_id, OLD.done, -1
      WHERE NOT OLD.private
    UNION ALL
    SELECT NEW.workspace_id, tend_activity_day(NEW.scheduled_at, NEW.all_day, zone), NEW.responsible_id, NEW.type_id, NEW.status_id, NEW.campaign_id, NEW.done, 1
      WHERE NOT NEW.private;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER activities_counts_insert AFTER INSERT ON activities REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tend_activities_counts();--> statement-breakpoint
CREATE TRIGGER activities_counts_update AFTER UPDATE OF scheduled_at, all_day, responsible_id, type_id, status_id, campaign_id, done, private
  ON activities FOR EACH ROW
  WHEN ((OLD.scheduled_at, OLD.all_day, OLD.responsible_id, OLD.type_id, OLD.status_id, OLD.campaign_id, OLD.done, OLD.private)
    IS DISTINCT FROM (NEW.scheduled_at, NEW.all_day, NEW.responsible_id, NEW.type_id, NEW.status_id, NEW.campaign_id, NEW.done, NEW.private))
  EXECUTE FUNCTION tend_activity_counts_update_row();--> statement-breakpoint
CREATE TRIGGER activities_counts_delete AFTER DELETE ON activities REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tend_activities_counts();--> statement-breakpoint
-- Every workspace counted now, in its own time zone; statistics at once (the planner's first reports).
SELECT tend_activity_counts_rebuild(w.id, w.time_zone) FROM workspaces w;--> statement-breakpoint
ANALYZE activity_day_counts;
