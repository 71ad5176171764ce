-- What one unit of another currency is worth in the workspace's currency (e.g. {"USD": 6.85} in a DKK
-- workspace): pipeline totals, campaign results and reports add amounts in other currencies with it.
ALTER TABLE "workspaces" ADD COLUMN "exchange_rates" jsonb DEFAULT '{}'::jsonb NOT NULL;
