#!/usr/bin/env bash
# `npm run fuzz`: the fuzz suite (test/fuzz) with many more requests than in `npm test`, on the
# embedded database and on a throwaway PostgreSQL 15. FUZZ_RUNS (default 50000) sets the number of
# requests per engine, FUZZ_SEED replays a run, FUZZ_ENGINE=embedded or postgres runs one engine.
set -uo pipefail
cd "$(dirname "$0")/.."
export FUZZ_RUNS="${FUZZ_RUNS:-50000}"
status=0
for engine in ${FUZZ_ENGINE:-embedded postgres}; do
  echo "== fuzz on $engine, $FUZZ_RUNS requests"
  if [ "$engine" = postgres ]; then
    TEND_TEST_ENGINE=postgres bash scripts/with-postgres.sh npx vitest run test/fuzz || status=1
  else
    TEND_TEST_ENGINE=embedded npx vitest run test/fuzz || status=1
  fi
done
exit $status
