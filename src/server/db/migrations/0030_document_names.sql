-- Activity search by a document's name (issue 16): a part of the name, folded as every search is
-- (tend_fold: case, accents, æ → ae), through trigrams. The folded name is stored: folding is costly
-- (45 µs a name), and a search folding every name as it read them took 230 ms at 5,000 documents.
ALTER TABLE "documents" ADD COLUMN "search_name" text GENERATED ALWAYS AS (tend_fold(name)) STORED;--> statement-breakpoint
CREATE INDEX "documents_search_name_trgm_idx" ON "documents" USING gin ("search_name" gin_trgm_ops);
