-- Restricted visibility (issue 13): "responsible or an additional user of one of the customer's
-- activities" as one index lookup. A row per (user, customer) while the user takes part in at least
-- one of the customer's activities; `parts` counts those parts (an activity's responsible, each of
-- its additional users), kept by the triggers below in the same transaction as the change. Counts
-- (not a recomputation) so concurrent changes add up under the row lock instead of overwriting.
CREATE TABLE "customer_participants" (
  "user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
  "customer_id" uuid NOT NULL REFERENCES "customers"("id") ON DELETE cascade,
  "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
  "parts" integer NOT NULL,
  CONSTRAINT "customer_participants_pk" PRIMARY KEY ("user_id", "customer_id")
);--> statement-breakpoint
CREATE INDEX "customer_participants_customer_idx" ON "customer_participants" USING btree ("customer_id");--> statement-breakpoint
-- Adds the parts (negative: removes them) of (user, customer) pairs; a pair left with none goes.
-- Only rows that exist are lowered (their customer or user may be on its way out by cascade).
CREATE OR REPLACE FUNCTION tend_participants_apply(u uuid[], c uuid[], w uuid[], n integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- One change of a customer's parts at a time (until commit), the customers in one order: two
  -- transactions never hold rows of the same customer in opposite orders (no deadlock).
  PERFORM pg_advisory_xact_lock(hashtext('tend_customer_participants'), hashtext(s.x::text))
    FROM (SELECT DISTINCT x FROM unnest(c) AS x WHERE x IS NOT NULL ORDER BY 1) s;
  INSERT INTO customer_participants AS cp (user_id, customer_id, workspace_id, parts)
    SELECT x.u, x.c, (array_agg(x.w))[1], sum(x.n) FROM unnest(u, c, w, n) AS x(u, c, w, n)
    WHERE x.u IS NOT NULL AND x.c IS NOT NULL GROUP BY x.u, x.c HAVING sum(x.n) > 0 ORDER BY x.u, x.c
    ON CONFLICT (user_id, customer_id) DO UPDATE SET parts = cp.parts + EXCLUDED.parts;
  UPDATE customer_participants cp SET parts = cp.parts + d.n
    FROM (SELECT x.u, x.c, sum(x.n)::integer AS n FROM unnest(u, c, n) AS x(u, c, n) GROUP BY x.u, x.c HAVING sum(x.n) < 0) d
    WHERE cp.user_id = d.u AND cp.customer_id = d.c;
  DELETE FROM customer_participants cp USING unnest(u, c) AS x(u, c)
    WHERE cp.user_id = x.u AND cp.customer_id = x.c AND cp.parts <= 0;
END $$;--> statement-breakpoint
-- An activity's responsible takes part in its customer.
CREATE OR REPLACE FUNCTION tend_activities_participants() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  u uuid[]; c uuid[]; w uuid[]; n integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(r.responsible_id), array_agg(r.customer_id), array_agg(r.workspace_id), array_agg(1)
      INTO u, c, w, n FROM new_rows r WHERE r.customer_id IS NOT NULL AND r.responsible_id IS NOT NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(r.responsible_id), array_agg(r.customer_id), array_agg(r.workspace_id), array_agg(-1)
      INTO u, c, w, n FROM old_rows r WHERE r.customer_id IS NOT NULL AND r.responsible_id IS NOT NULL;
  ELSE
    -- The parts that changed: the old pair out, the new one in; the additional users move with the customer.
    SELECT array_agg(x.u), array_agg(x.c), array_agg(x.w), array_agg(x.n) INTO u, c, w, n FROM (
      SELECT o.responsible_id AS u, o.customer_id AS c, o.workspace_id AS w, -1 AS n FROM old_rows o JOIN new_rows r ON r.id = o.id
        WHERE (o.customer_id, o.responsible_id) IS DISTINCT FROM (r.customer_id, r.responsible_id)
      UNION ALL
      SELECT r.responsible_id, r.customer_id, r.workspace_id, 1 FROM old_rows o JOIN new_rows r ON r.id = o.id
        WHERE (o.customer_id, o.responsible_id) IS DISTINCT FROM (r.customer_id, r.responsible_id)
      UNION ALL
      SELECT au.user_id, o.customer_id, o.workspace_id, -1 FROM old_rows o JOIN new_rows r ON r.id = o.id
        JOIN activity_users au ON au.activity_id = r.id WHERE o.customer_id IS DISTINCT FROM r.customer_id
      UNION ALL
      SELECT au.user_id, r.customer_id, r.workspace_id, 1 FROM old_rows o JOIN new_rows r ON r.id = o.id
        JOIN activity_users au ON au.activity_id = r.id WHERE o.customer_id IS DISTINCT FROM r.customer_id
    ) x WHERE x.u IS NOT NULL AND x.c IS NOT NULL;
  END IF;
  IF u IS NOT NULL THEN PERFORM tend_participants_apply(u, c, w, n); END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- A deleted activity's additional users: taken out before the delete, while its activity_users rows
-- still exist (the foreign key removes them after the activity, when their customer is no longer known).
CREATE OR REPLACE FUNCTION tend_activities_participants_before_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  u uuid[];
BEGIN
  IF OLD.customer_id IS NOT NULL THEN
    SELECT array_agg(au.user_id) INTO u FROM activity_users au WHERE au.activity_id = OLD.id;
    IF u IS NOT NULL THEN
      PERFORM tend_participants_apply(u, array_fill(OLD.customer_id, ARRAY[cardinality(u)]),
        array_fill(OLD.workspace_id, ARRAY[cardinality(u)]), array_fill(-1, ARRAY[cardinality(u)]));
    END IF;
  END IF;
  RETURN OLD;
END $$;--> statement-breakpoint
-- An additional user takes part in the activity's customer (rows whose activity is gone were counted out above).
CREATE OR REPLACE FUNCTION tend_activity_users_participants() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  u uuid[]; c uuid[]; w uuid[]; n integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(r.user_id), array_agg(a.customer_id), array_agg(a.workspace_id), array_agg(1) INTO u, c, w, n
      FROM new_rows r JOIN activities a ON a.id = r.activity_id WHERE a.customer_id IS NOT NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(r.user_id), array_agg(a.customer_id), array_agg(a.workspace_id), array_agg(-1) INTO u, c, w, n
      FROM old_rows r JOIN activities a ON a.id = r.activity_id WHERE a.customer_id IS NOT NULL;
  ELSE
    SELECT array_agg(x.u), array_agg(x.c), array_agg(x.w), array_agg(x.n) INTO u, c, w, n FROM (
      SELECT r.user_id AS u, a.customer_id AS c, a.workspace_id AS w, 1 AS n FROM new_rows r JOIN activities a ON a.id = r.activity_id
      UNION ALL
      SELECT r.user_id, a.customer_id, a.workspace_id, -1 FROM old_rows r JOIN activities a ON a.id = r.activity_id
    ) x WHERE x.c IS NOT NULL;
  END IF;
  IF u IS NOT NULL THEN PERFORM tend_participants_apply(u, c, w, n); END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER activities_participants_insert AFTER INSERT ON activities REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tend_activities_participants();--> statement-breakpoint
CREATE TRIGGER activities_participants_update AFTER UPDATE ON activities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tend_activities_participants();--> statement-breakpoint
CREATE TRIGGER activities_participants_delete AFTER DELETE ON activities REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tend_activities_participants();--> statement-breakpoint
CREATE TRIGGER activities_participants_before_delete BEFORE DELETE ON activities
  FOR EACH ROW EXECUTE FUNCTION tend_activities_participants_before_delete();--> statement-breakpoint
CREATE TRIGGER activity_users_participants_insert AFTER INSERT ON activity_users REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tend_activity_users_participants();--> statement-breakpoint
CREATE TRIGGER activity_users_participants_update AFTER UPDATE ON activity_users REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tend_activity_users_participants();--> statement-breakpoint
CREATE TRIGGER activity_users_participants_delete AFTER DELETE ON activity_users REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION tend_activity_users_participants();--> statement-breakpoint
-- The whole table from the activities (the backfill here; a bulk load that bypassed the triggers
-- calls it too, and tests compare the trigger-kept rows with it).
CREATE OR REPLACE FUNCTION tend_participants_rebuild() RETURNS void
LANGUAGE sql AS $$
  DELETE FROM customer_participants;
  INSERT INTO customer_participants (user_id, customer_id, workspace_id, parts)
    SELECT x.u, x.c, (array_agg(x.w))[1], count(*) FROM (
      SELECT a.responsible_id AS u, a.customer_id AS c, a.workspace_id AS w FROM activities a
        WHERE a.customer_id IS NOT NULL AND a.responsible_id IS NOT NULL
      UNION ALL
      SELECT au.user_id, a.customer_id, a.workspace_id FROM activity_users au JOIN activities a ON a.id = au.activity_id
        WHERE a.customer_id IS NOT NULL
    ) x GROUP BY x.u, x.c;
$$;--> statement-breakpoint
SELECT tend_participants_rebuild();--> statement-breakpoint
ANALYZE customer_participants;
