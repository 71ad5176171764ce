-- Per-user display settings: the to-do's sort column and direction (null: the default, due ascending).
CREATE TABLE "user_preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE cascade,
	"todo_sort" text CHECK ("todo_sort" IN ('due', 'customer', 'type', 'updated')),
	"todo_order" text CHECK ("todo_order" IN ('asc', 'desc')),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
