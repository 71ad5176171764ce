-- Activity-type icons are now lucide's names (src/shared/icons.ts); the one stored name that differs
-- from lucide's is renamed, so every stored icon is one of the offered set.
UPDATE activity_types SET icon = 'square-check' WHERE icon = 'check-square';
