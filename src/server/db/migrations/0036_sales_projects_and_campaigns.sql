-- Sales projects and campaigns (issue 18). Sales stages are a settings list with a probability and a kind
-- (open/won/lost); standard stages carry a key and name_is_default (as in 0017/0022) so each reader sees
-- them in their language. activities.sales_project_id and activities.campaign_id exist since 0002 (plain
-- ids, indexed); customers gain campaign_id.
CREATE TABLE IF NOT EXISTS "sales_stages" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
  "key" text,
  "name" text NOT NULL,
  "name_is_default" boolean DEFAULT false NOT NULL,
  "active" boolean DEFAULT true NOT NULL,
  "sort_order" integer DEFAULT 0 NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "probability" integer DEFAULT 0 NOT NULL,
  "kind" text DEFAULT 'open' NOT NULL,
  CONSTRAINT "sales_stages_key" UNIQUE ("workspace_id", "key"),
  CONSTRAINT "sales_stages_probability" CHECK ("probability" BETWEEN 0 AND 100),
  CONSTRAINT "sales_stages_kind" CHECK ("kind" IN ('open', 'won', 'lost'))
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sales_stages_ws_idx" ON "sales_stages" ("workspace_id", "sort_order");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "campaigns" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
  "name" text NOT NULL,
  "description" text,
  "starts_on" date,
  "ends_on" date,
  "active" boolean DEFAULT true NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "campaigns_period" CHECK ("ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on")
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "campaigns_ws_name_idx" ON "campaigns" ("workspace_id", "name", "id");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "sales_projects" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
  "name" text NOT NULL,
  "customer_id" uuid NOT NULL REFERENCES "customers"("id") ON DELETE CASCADE,
  "contact_id" uuid REFERENCES "contacts"("id") ON DELETE SET NULL,
  "responsible_id" uuid NOT NULL REFERENCES "users"("id"),
  "source_id" uuid REFERENCES "sources"("id"),
  "stage_id" uuid NOT NULL REFERENCES "sales_stages"("id"),
  "status" text DEFAULT 'open' NOT NULL,
  "amount" numeric(14, 2),
  "currency" text NOT NULL,
  "probability" integer DEFAULT 0 NOT NULL,
  "expected_close_date" date,
  "follow_up_at" timestamp with time zone,
  "follow_up_type_id" uuid REFERENCES "activity_types"("id"),
  "follow_up_text" text,
  "follow_up_activity_id" uuid,
  "campaign_id" uuid REFERENCES "campaigns"("id") ON DELETE SET NULL,
  "closed_at" timestamp with time zone,
  "created_by_id" uuid REFERENCES "users"("id") ON DELETE SET NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "sales_projects_probability" CHECK ("probability" BETWEEN 0 AND 100),
  CONSTRAINT "sales_projects_status" CHECK ("status" IN ('open', 'won', 'lost')),
  CONSTRAINT "sales_projects_currency" CHECK ("currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sales_projects_ws_created_idx" ON "sales_projects" ("workspace_id", "created_at", "id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sales_projects_ws_stage_idx" ON "sales_projects" ("workspace_id", "stage_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sales_projects_ws_responsible_idx" ON "sales_projects" ("workspace_id", "responsible_id", "created_at");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sales_projects_ws_status_closed_idx" ON "sales_projects" ("workspace_id", "status", "closed_at");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sales_projects_customer_idx" ON "sales_projects" ("customer_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "sales_projects_campaign_idx" ON "sales_projects" ("campaign_id") WHERE "campaign_id" IS NOT NULL;
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN IF NOT EXISTS "campaign_id" uuid REFERENCES "campaigns"("id") ON DELETE SET NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customers_campaign_idx" ON "customers" ("campaign_id") WHERE "campaign_id" IS NOT NULL;
--> statement-breakpoint
-- Existing workspaces get the standard stages, named in the workspace's language, as new workspaces get
-- them from createWorkspace (default-lists.ts, defaultSalesStages).
INSERT INTO "sales_stages" ("workspace_id", "key", "name", "name_is_default", "sort_order", "probability", "kind")
SELECT w."id", v.key,
  CASE w."locale" WHEN 'da' THEN v.da WHEN 'nb' THEN v.nb WHEN 'hu' THEN v.hu WHEN 'he' THEN v.he ELSE v.en END,
  true, v.ord, v.probability, v.kind
FROM "workspaces" w
CROSS JOIN (VALUES
  ('prospecting', 'Prospecting', 'Afdækning', 'Prospektering', 'Felkutatás', 'איתור', 10, 'open', 0),
  ('qualified', 'Qualified', 'Kvalificeret', 'Kvalifisert', 'Minősített', 'מתאים', 25, 'open', 1),
  ('proposal', 'Proposal', 'Tilbud', 'Tilbud', 'Ajánlat', 'הצעת מחיר', 50, 'open', 2),
  ('negotiation', 'Negotiation', 'Forhandling', 'Forhandling', 'Tárgyalás', 'משא ומתן', 75, 'open', 3),
  ('won', 'Won', 'Vundet', 'Vunnet', 'Megnyert', 'נסגר בהצלחה', 100, 'won', 4),
  ('lost', 'Lost', 'Tabt', 'Tapt', 'Elvesztett', 'אבד', 0, 'lost', 5)
) AS v(key, en, da, nb, hu, he, probability, kind, ord)
WHERE NOT EXISTS (SELECT 1 FROM "sales_stages" s WHERE s."workspace_id" = w."id")
ON CONFLICT DO NOTHING;
