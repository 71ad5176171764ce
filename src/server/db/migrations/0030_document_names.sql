-- Activity search by a document's name (issue 16): a part of the name, accents and case folded
-- as every search is (tend_fold), found through trigrams rather than by reading every name.
CREATE INDEX "documents_name_trgm_idx" ON "documents" USING gin (tend_fold("name") gin_trgm_ops);
