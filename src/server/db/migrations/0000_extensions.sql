-- Extensions and the search-folding function every search index uses.
-- tend_fold is IMMUTABLE and needs no extension so generated columns and indexes behave the
-- same on PGlite and PostgreSQL whatever the database locale: it maps upper and lower case
-- accented Latin letters itself (lower() alone only folds ASCII under the C locale), expands
-- ligatures (æ → ae) and strips Hebrew points, so "ostergaard" finds "Østergaard".
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tend_fold(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $fold$
  SELECT regexp_replace(
    replace(replace(replace(replace(replace(replace(replace(replace(replace(
      lower(translate(input, 'áàâäãåāăąÁÀÂÄÃÅĀĂĄçćčÇĆČďđĎĐéèêëēėęěÉÈÊËĒĖĘĚğĞíìîïīįıÍÌÎÏĪĮİłľĺŁĽĹńñňŃÑŇóòôöõøōőÓÒÔÖÕØŌŐŕřŔŘśšşșŚŠŞȘťțŤȚúùûüūůűųÚÙÛÜŪŮŰŲýÿÝŸźżžŹŻŽ', 'aaaaaaaaaaaaaaaaaaccccccddddeeeeeeeeeeeeeeeeggiiiiiiiiiiiiiillllllnnnnnnoooooooooooooooorrrrssssssssttttuuuuuuuuuuuuuuuuyyyyzzzzzz')),
      'æ', 'ae'), 'Æ', 'ae'), 'œ', 'oe'), 'Œ', 'oe'), 'ß', 'ss'),
      'þ', 'th'), 'Þ', 'th'), 'ð', 'd'), 'Ð', 'd'),
    '[' || chr(1425) || '-' || chr(1479) || ']', '', 'g')
$fold$;
