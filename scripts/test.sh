#!/usr/bin/env bash
# `npm test`: every suite, on a fresh machine too. Type-check; lint; no function over 60 lines; strings
# complete in every language (scripts/check-i18n.mjs); unit + API tests on the embedded
# database and again on a throwaway PostgreSQL 15 server; then build and run the end-to-end
# tests in Debian's Chromium. Ends with the totals line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=.tend-test
rm -rf "$OUT" && mkdir -p "$OUT"
status=0

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian's chromium for the end-to-end tests"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || status=1
fi

if [ ! -x /usr/sbin/dovecot ]; then
  echo "== installing Debian's dovecot-imapd for the IMAP sync tests (a throwaway server per test file, see test/dovecot.ts)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >/dev/null) || status=1
fi

echo "== type-check"
npm run --silent typecheck || { status=1; echo '{"numPassedTests":0,"numFailedTests":1}' > "$OUT/typecheck.json"; }

echo "== lint and format (Biome, zero diagnostics)"
npm run --silent lint || { status=1; echo '{"numPassedTests":0,"numFailedTests":1}' > "$OUT/lint.json"; }

echo "== functions over 60 lines (outside tests, web app included)"
npm run --silent check:functions || { status=1; echo '{"numPassedTests":0,"numFailedTests":1}' > "$OUT/functions.json"; }

echo "== strings in five languages (complete, no extra or unused keys, no text outside i18n)"
npm run --silent check:i18n || { status=1; echo '{"numPassedTests":0,"numFailedTests":1}' > "$OUT/i18n.json"; }

echo "== unit and API tests on the embedded database (PGlite)"
TEND_TEST_ENGINE=embedded npx vitest run --reporter=default --reporter=json --outputFile.json="$OUT/embedded.json" || status=1

# The server runs PGlite on a thread of its own (src/server/db/pglite-thread.ts), reached through
# node-postgres; TEND_PGLITE_THREAD=0 runs it on the main thread instead, through Drizzle's PGlite
# driver and the named-statement fast path (src/server/db/pglite-named-statements.ts). The two
# differ in how statements reach PGlite, not in SQL: this pass runs the suites that own the prepared
# reads (the session look-up, settings lists, the to-do, timelines, the visibility rule) and the
# database and access suites on the main-thread engine, not the whole suite a second time.
echo "== unit and API tests on the embedded database on the main thread (TEND_PGLITE_THREAD=0)"
TEND_TEST_ENGINE=embedded TEND_PGLITE_THREAD=0 npx vitest run --project node \
  src/server/db src/server/access src/server/features/auth src/server/features/activities \
  src/server/features/todo src/server/features/settings src/server/features/customers src/server/features/contacts \
  --reporter=dot --reporter=json --outputFile.json="$OUT/embedded-plain.json" || status=1

# The PostgreSQL pass runs beside the build and the end-to-end tests: each keeps about one of CI's two
# cores busy (a test worker and its database server; Chromium and the server it drives), and in a row
# they took 447 s + 848 s of the 40 minutes. Its output is printed when both are done.
echo "== unit and API tests on PostgreSQL (beside the end-to-end tests; output below when done)"
( TEND_TEST_ENGINE=postgres bash scripts/with-postgres.sh \
    npx vitest run --reporter=default --reporter=json --outputFile.json="$OUT/postgres.json" > "$OUT/postgres.log" 2>&1
  echo $? > "$OUT/postgres.status" ) &
postgres_pass=$!

echo "== build and end-to-end tests in Chromium"
if npm run --silent build; then
  npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$OUT/e2e.json" || status=1
else
  status=1
  echo '{"numPassedTests":0,"numFailedTests":1}' > "$OUT/build.json"
fi

wait "$postgres_pass"
echo "== unit and API tests on PostgreSQL: output"
cat "$OUT/postgres.log"
[ "$(cat "$OUT/postgres.status" 2>/dev/null)" = 0 ] || status=1

if [ -f package.json ] && grep -q '"bench"' package.json; then
  # On PostgreSQL only: both engines took 394 s of CI's 40 minutes (the API tests prove both engines'
  # answers the same; `npm run bench -- --quick` still runs both).
  echo "== benchmark, quick, PostgreSQL (reports numbers; fails only when a scenario errors)"
  npm run --silent bench -- --quick --engine=postgres || { status=1; echo '{"numPassedTests":0,"numFailedTests":1}' > "$OUT/bench.json"; }
fi

node scripts/test-totals.mjs "$OUT" embedded embedded-plain postgres e2e || status=1
exit $status
