-- Mail journaling (issue 16): the mail of an email activity, mail waiting for a customer, the
-- mail-rules list, and what matching reads: contacts by address, customers by domain.
-- tend_mail_domain: the domain of an address, lower case ("Ole@Baek.DK" → "baek.dk").
CREATE OR REPLACE FUNCTION tend_mail_domain(address text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $fn$
  SELECT nullif(lower(btrim(split_part(address, '@', 2))), '')
$fn$;--> statement-breakpoint
-- tend_web_domain: the host of a website without scheme, "www.", port or path
-- ("https://www.Baek.dk/kontakt" → "baek.dk").
CREATE OR REPLACE FUNCTION tend_web_domain(website text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $fn$
  SELECT nullif(regexp_replace(lower(btrim(website)), '^([a-z][a-z0-9+.-]*://)?(www\.)?([^/:?#]*).*$', '\3'), '')
$fn$;--> statement-breakpoint
CREATE TABLE "mail_messages" (
	"activity_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"message_id" text NOT NULL,
	"in_reply_to" text,
	"source" text NOT NULL,
	"subject" text NOT NULL,
	"from_address" jsonb,
	"to_addresses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cc_addresses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"text" text NOT NULL,
	"html" text,
	"has_remote_images" boolean DEFAULT false NOT NULL,
	"message_document_id" uuid,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_messages_message_id_key" UNIQUE("workspace_id","message_id")
);
--> statement-breakpoint
CREATE TABLE "mail_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"pattern" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_unmatched" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"source" text NOT NULL,
	"direction" text NOT NULL,
	"message_id" text NOT NULL,
	"subject" text NOT NULL,
	"from_address" jsonb,
	"to_addresses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cc_addresses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"preview" text DEFAULT '' NOT NULL,
	"attachment_count" integer DEFAULT 0 NOT NULL,
	"size" integer NOT NULL,
	"raw" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_unmatched_message_key" UNIQUE("workspace_id","user_id","message_id")
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "direction" text;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_rules" ADD CONSTRAINT "mail_rules_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_unmatched" ADD CONSTRAINT "mail_unmatched_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_unmatched" ADD CONSTRAINT "mail_unmatched_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_rules_ws_idx" ON "mail_rules" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "mail_unmatched_list_idx" ON "mail_unmatched" USING btree ("workspace_id","user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "mail_unmatched_ws_list_idx" ON "mail_unmatched" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE INDEX "contacts_ws_email_lower_idx" ON "contacts" USING btree ("workspace_id",lower("email"));--> statement-breakpoint
CREATE INDEX "customers_ws_mail_domain_idx" ON "customers" USING btree ("workspace_id",tend_mail_domain("email"));--> statement-breakpoint
CREATE INDEX "customers_ws_web_domain_idx" ON "customers" USING btree ("workspace_id",tend_web_domain("website"));;
