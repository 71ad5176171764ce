DROP INDEX "activities_search_vector_idx";--> statement-breakpoint
ALTER TABLE "activities" DROP COLUMN "search_vector";