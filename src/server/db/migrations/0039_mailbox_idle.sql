-- Issue 16: IMAP IDLE. The one process (of any) that holds a mailbox's IDLE connection, as a lease it
-- renews while it holds it; a crashed process's lease runs out and another takes over.
ALTER TABLE "mailboxes" ADD COLUMN "idle_owner" uuid;--> statement-breakpoint
ALTER TABLE "mailboxes" ADD COLUMN "idle_lease_until" timestamp with time zone;
