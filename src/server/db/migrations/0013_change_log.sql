-- The change log covers customers, contacts and activities too. Each entry names the customer it
-- belongs to (a contact's and an activity's customer as well), so a customer's History reads one
-- index range, and keeps the record's name as it was written, so a sentence still names a record
-- that was later deleted for good. No foreign key on customer_id: the history outlives a purge.
ALTER TABLE "audit_log" ADD COLUMN "customer_id" uuid;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "entity_name" text;--> statement-breakpoint
-- A customer's History, newest first (GET /customers/{id}/history and the log's customerId filter).
CREATE INDEX "audit_log_ws_customer_idx" ON "audit_log" USING btree ("workspace_id","customer_id","at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "customer_id" IS NOT NULL;--> statement-breakpoint
-- One record's changes (the log's entityId filter, and the names of deleted records for labels).
CREATE INDEX "audit_log_ws_entity_idx" ON "audit_log" USING btree ("workspace_id","entity_id","at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "entity_id" IS NOT NULL;--> statement-breakpoint
-- One person's changes (the log's userId filter).
CREATE INDEX "audit_log_ws_user_idx" ON "audit_log" USING btree ("workspace_id","user_id","at" DESC NULLS LAST,"id" DESC NULLS LAST);
