DROP INDEX "activities_customer_idx";--> statement-breakpoint
DROP INDEX "activities_contact_idx";--> statement-breakpoint
DROP INDEX "activities_ws_scheduled_idx";--> statement-breakpoint
DROP INDEX "activities_responsible_idx";--> statement-breakpoint
CREATE INDEX "activities_customer_order_idx" ON "activities" USING btree ("customer_id","scheduled_at","id");--> statement-breakpoint
CREATE INDEX "activities_contact_order_idx" ON "activities" USING btree ("contact_id","scheduled_at","id");--> statement-breakpoint
CREATE INDEX "activities_ws_order_idx" ON "activities" USING btree ("workspace_id","scheduled_at","id");--> statement-breakpoint
CREATE INDEX "activities_responsible_order_idx" ON "activities" USING btree ("responsible_id","scheduled_at","id");