-- Parallel contact writes for one customer deadlocked on PostgreSQL (18 of 20 creations at once):
-- the foreign-key check of each new contact holds FOR KEY SHARE on the customer row, and the
-- search-text refresh (0008) then asked for FOR UPDATE, which conflicts with every other
-- transaction's KEY SHARE, while those wait for ours. FOR NO KEY UPDATE is what the refresh's own
-- UPDATE of a non-key column takes anyway: it still excludes another refresh (so the text is read
-- after the writer ahead of us committed, as 0008 wants) but lets foreign-key checks through.
CREATE OR REPLACE FUNCTION tend_refresh_contact_search(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $refresh$
BEGIN
  PERFORM 1 FROM customers WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;
  UPDATE customers c
     SET contact_search_text = k.text
    FROM (SELECT id,
                 coalesce((SELECT string_agg(search_text, E'\n' ORDER BY contacts.id) FROM contacts
                            WHERE customer_id = u.id AND deleted_at IS NULL), '') AS text
            FROM unnest(ids) AS u(id)) k
   WHERE c.id = k.id AND c.contact_search_text IS DISTINCT FROM k.text;
END
$refresh$;--> statement-breakpoint
-- A status change is recorded when it is made, not when its transaction began: a change that
-- waited for another one's lock on the customer comes after it in the history too.
ALTER TABLE "customer_status_history" ALTER COLUMN "at" SET DEFAULT clock_timestamp();
