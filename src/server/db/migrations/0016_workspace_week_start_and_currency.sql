-- The workspace's week start (ISO: 1 = Monday … 7 = Sunday) and currency (ISO 4217), and each
-- user's own week start (null: follow the workspace). Existing workspaces get their language's
-- customs: Sunday for Hebrew, Monday otherwise; the currency of the country that speaks it.
ALTER TABLE "workspaces" ADD COLUMN "week_start" smallint DEFAULT 1 NOT NULL CONSTRAINT "workspaces_week_start_check" CHECK ("week_start" BETWEEN 1 AND 7);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "currency" text DEFAULT 'EUR' NOT NULL CONSTRAINT "workspaces_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$');
--> statement-breakpoint
UPDATE "workspaces" SET
	"week_start" = CASE WHEN "locale" = 'he' THEN 7 ELSE 1 END,
	"currency" = CASE "locale" WHEN 'da' THEN 'DKK' WHEN 'nb' THEN 'NOK' WHEN 'hu' THEN 'HUF' WHEN 'he' THEN 'ILS' ELSE 'EUR' END;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "week_start" smallint CONSTRAINT "users_week_start_check" CHECK ("week_start" BETWEEN 1 AND 7);
