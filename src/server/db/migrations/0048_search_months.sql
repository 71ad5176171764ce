-- Word search newest first (issue 20). A search used to read every activity its words occur in to
-- keep the newest page: a word found in 5,000 of a million activities read 5,000 rows for 51. The
-- trigrams of the folded text are now keyed by the activity's month ("24322:las"; "u:las" undated),
-- so a search asks for its trigrams month by month, newest first, and stops when its page is full
-- (activities.repository.ts, searchPage). pg_trgm's own show_trgm makes the trigrams on both sides.
--
-- The month of an activity in UTC, as a number (year * 12 + month - 1); NULL when undated.
CREATE OR REPLACE FUNCTION tend_search_month(at timestamptz) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT extract(year from at AT TIME ZONE 'UTC')::int * 12 + extract(month from at AT TIME ZONE 'UTC')::int - 1 $$;--> statement-breakpoint
-- The index's keys: every trigram of the folded text, prefixed by the month. Built as one string and
-- split (a trigram never holds '|'), in one expression so that PostgreSQL inlines it: every write of
-- an activity's text or date pays it (twice as fast as an array_agg over unnest).
-- Names in public: PostgreSQL 17 (PGlite) builds an index with only pg_catalog on the search path.
CREATE OR REPLACE FUNCTION tend_search_keys(at timestamptz, words text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_to_array(coalesce(public.tend_search_month(at)::text, 'u') || ':'
    || array_to_string(public.show_trgm(words), '|' || coalesce(public.tend_search_month(at)::text, 'u') || ':'), '|')
$$;--> statement-breakpoint
-- The trigrams an activity's folded text must hold to match one folded search word. A word of three
-- letters or more matches anywhere (LIKE '%word%'): its inner trigrams, not those padded at its ends
-- (show_trgm pads each run of letters; the padded ones are those of its two-letter pieces, which works
-- for trigrams pg_trgm hashes too). A shorter word matches the start of a word: its trigrams but the
-- one padded at its end (those it shares with the word followed by another letter).
CREATE OR REPLACE FUNCTION tend_search_trigrams(word text, word_start boolean) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN word_start
    THEN ARRAY(SELECT unnest(public.show_trgm(word)) INTERSECT SELECT unnest(public.show_trgm(word || 'x')))
    ELSE ARRAY(SELECT unnest(public.show_trgm(word)) EXCEPT SELECT unnest(public.show_trgm(substr(word, i, 2))) FROM generate_series(1, greatest(length(word) - 1, 1)) i)
  END
$$;--> statement-breakpoint
DROP INDEX "activities_search_trgm_idx";--> statement-breakpoint
-- Without the pending list (fastupdate): every search reads it whole, once per month it asks.
CREATE INDEX "activities_search_month_idx" ON "activities" USING gin (tend_search_keys("scheduled_at", "search_text")) WITH (fastupdate=false);
