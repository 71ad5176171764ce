#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at a throwaway PostgreSQL 15 cluster on a free
# loopback port, started as the postgres user (it refuses root) and removed afterwards.
set -euo pipefail

pgbin() {
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -x "$dir/$1" ] && { echo "$dir/$1"; return; }
  done
  command -v "$1"
}

if [ -z "$(pgbin initdb 2>/dev/null)" ]; then
  echo "with-postgres: installing PostgreSQL 15" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
fi

PGTMP=$(mktemp -d /tmp/tend-pg.XXXXXX)
PGPORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
if [ "$(id -u)" = 0 ]; then R=(runuser -u postgres --); chown postgres: "$PGTMP"; else R=(); fi
chmod 700 "$PGTMP"

cleanup() {
  "${R[@]}" "$(pgbin pg_ctl)" -D "$PGTMP/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGTMP"
}
trap cleanup EXIT

"${R[@]}" "$(pgbin initdb)" -D "$PGTMP/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
"${R[@]}" "$(pgbin pg_ctl)" -D "$PGTMP/data" -l "$PGTMP/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGTMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null

export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"
echo "with-postgres: PostgreSQL $("${R[@]}" "$(pgbin postgres)" --version | awk '{print $3}') on 127.0.0.1:$PGPORT" >&2
set +e
"$@"
status=$?
exit $status
