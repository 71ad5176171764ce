-- Issue 16 gaps: a mailbox's first sync reads mail since a day (sync_since; existing mailboxes keep
-- reading everything, they have synced already), and the user's other addresses (aliases) whose mail
-- is outgoing.
ALTER TABLE "mailboxes" ADD COLUMN "sync_since" date;--> statement-breakpoint
ALTER TABLE "mailboxes" ADD COLUMN "aliases" text[] DEFAULT '{}' NOT NULL;
