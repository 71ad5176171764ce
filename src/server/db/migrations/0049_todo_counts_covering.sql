-- The to-do's counts (issue 20): counting a million-activity workspace's 147,000 open activities for
-- "everyone" read each of them from the table (47,000 pages, 360 ms to 0.9 s at 1M) only to test
-- all_day, private and the customer. With those columns in the two to-do indexes the counts (and the
-- filtering of a to-do page's candidates) read the index alone: 40-65 ms. Same keys and predicates.
-- In SQL: Drizzle has no INCLUDE (the schema notes the two indexes).
DROP INDEX "activities_todo_idx";--> statement-breakpoint
CREATE INDEX "activities_todo_idx" ON "activities" USING btree ("workspace_id","responsible_id","done","scheduled_at","id") INCLUDE ("all_day","private","customer_id") WHERE NOT "activities"."done";--> statement-breakpoint
DROP INDEX "activities_todo_all_idx";--> statement-breakpoint
CREATE INDEX "activities_todo_all_idx" ON "activities" USING btree ("workspace_id","scheduled_at","id") INCLUDE ("responsible_id","done","all_day","private","customer_id") WHERE NOT "activities"."done";
