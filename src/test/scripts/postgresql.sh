#!/usr/bin/env bash
# Runs the tests on PostgreSQL instead of H2: starts a throwaway PostgreSQL cluster (Debian's, installed
# if missing) in a temporary folder on a free port, creates an empty database, runs Maven with the
# postgresql profile against it, and removes the cluster again, also when the tests fail.
#
#   src/test/scripts/postgresql.sh                 # mvn -B -ntp -Ppostgresql test: the whole unit and Spring suite
#   src/test/scripts/postgresql.sh -o test -Dtest=MeetingServiceTest -Dspotless.check.skip=true
#
# Arguments replace "test". Runs as any user; as root (CI) the cluster belongs to the postgres user,
# since PostgreSQL refuses to run as root. Needs no password: the cluster trusts connections from
# this machine only and is deleted afterwards.
set -euo pipefail
cd "$(dirname "$0")/../../.."
export DEBIAN_FRONTEND=noninteractive

newest_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

PG_BIN=${PG_BIN:-$(newest_bin)}
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed: sudo apt-get install -y postgresql" >&2
    exit 1
  fi
  echo "Installing PostgreSQL (Debian's package)..."
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  PG_BIN=$(newest_bin)
fi

# A free port: the first from 15432 on that nothing listens on.
port=15432
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
  port=$((port + 1))
done

dir=$(mktemp -d -t buurtkaarten-postgresql.XXXXXX)
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as_owner() { runuser -u postgres -- "$@"; }
else
  as_owner() { "$@"; }
fi

stop() {
  as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_owner "$PG_BIN/initdb" -D "$dir/data" -U buurtkaarten --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
# Durability settings off: the cluster lives for this run only. Each cached Spring test context keeps a pool.
as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s start \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
"$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U buurtkaarten -E UTF8 -T template0 buurtkaarten_test
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, database buurtkaarten_test"

if [ $# -eq 0 ]; then
  set -- test
fi
mvn -B -ntp -Ppostgresql \
  -Dpostgresql.url="jdbc:postgresql://127.0.0.1:$port/buurtkaarten_test" \
  -Dpostgresql.username=buurtkaarten \
  "$@"
