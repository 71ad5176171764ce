-- Two transactions adding (or changing) contacts of the same customer at once lost one of them
-- from the customer's contact search text on PostgreSQL: each computed the text from what it could
-- see, then waited for the customer row, and the second overwrote the first's text with a text
-- computed before the first committed. Now the customer rows are locked first (in id order, so two
-- writers take them in the same order), and the text is read by the next statement, whose fresh
-- snapshot includes what a writer ahead of us committed.
CREATE OR REPLACE FUNCTION tend_refresh_contact_search(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $refresh$
BEGIN
  PERFORM 1 FROM customers WHERE id = ANY(ids) ORDER BY id FOR UPDATE;
  UPDATE customers c
     SET contact_search_text = k.text
    FROM (SELECT id,
                 coalesce((SELECT string_agg(search_text, E'\n' ORDER BY contacts.id) FROM contacts
                            WHERE customer_id = u.id AND deleted_at IS NULL), '') AS text
            FROM unnest(ids) AS u(id)) k
   WHERE c.id = k.id AND c.contact_search_text IS DISTINCT FROM k.text;
END
$refresh$;
