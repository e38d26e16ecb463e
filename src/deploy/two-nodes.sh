#!/usr/bin/env bash
# Buurtkaarten on two app nodes on this machine, for trying it out: a throwaway PostgreSQL (Debian's),
# node A on :8081 and node B on :8082 (the production build), HAProxy (Debian's) on :8080 in front with
# sticky sessions. Installs PostgreSQL and HAProxy when missing (as root), builds the app when
# target/app/ is missing. Ctrl+C stops everything and deletes the database.
#
#   src/deploy/two-nodes.sh
#   then open http://localhost:8080/ ; stop a node to see the other carry on: kill $(cat target/two-nodes/node-a.pid)
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive
state="$PWD/target/two-nodes"

need() {
  if ! command -v "$1" >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/"$1" >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "$2 is not installed: sudo apt-get install -y $2" >&2
      exit 1
    fi
    echo "Installing $2 (Debian's package)..."
    apt-get update -qq
    apt-get install -y -qq "$2" >/dev/null
  fi
}
need haproxy haproxy
need initdb postgresql
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
jdk=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*2[1-9]* 2>/dev/null | head -n 1)
if [ -z "$jdk" ]; then
  echo "No JDK 21 or newer under /usr/lib/jvm (see README.md, Prerequisites)." >&2
  exit 1
fi

jar=target/app/buurtkaarten-0.1.0-SNAPSHOT.jar
if [ ! -f "$jar" ]; then
  echo "Building the app (production build, a few minutes)..."
  JAVA_HOME=$jdk mvn -B -ntp -q -Pproduction package -DskipTests
fi

for port in 8080 8081 8082; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is in use; stop what runs there first." >&2
    exit 1
  fi
done

rm -rf "$state"
mkdir -p "$state"
db="$state/postgresql"
mkdir -p "$db"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$db"
  as_owner() { runuser -u postgres -- "$@"; }
else
  as_owner() { "$@"; }
fi
pg_port=15433
while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done

pids=()
stop() {
  trap - EXIT INT TERM
  echo "Stopping..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  as_owner "$pg_bin/pg_ctl" -D "$db/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$db"
}
trap stop EXIT INT TERM

as_owner "$pg_bin/initdb" -D "$db/data" -U buurtkaarten --auth=trust -E UTF8 --locale=C.UTF-8 >"$state/initdb.log"
as_owner "$pg_bin/pg_ctl" -D "$db/data" -l "$db/server.log" -w -s start \
  -o "-p $pg_port -k $db -c listen_addresses=127.0.0.1"
"$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U buurtkaarten buurtkaarten

password=${BUURTKAARTEN_ADMIN_PASSWORD:-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')}
node() {
  local name=$1 port=$2
  mkdir -p "$state/node-$name"
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/buurtkaarten" \
    SPRING_DATASOURCE_USERNAME=buurtkaarten SPRING_DATASOURCE_PASSWORD= \
    PORT=$port BUURTKAARTEN_DATA_DIR="$state/node-$name" \
    BUURTKAARTEN_PUBLIC_URL=${BUURTKAARTEN_PUBLIC_URL:-http://localhost:8080} \
    BUURTKAARTEN_TRUSTED_PROXIES='127\.0\.0\.1' \
    BUURTKAARTEN_ADMIN_PASSWORD=$password \
    "$jdk/bin/java" -XX:AOTCache=target/app/buurtkaarten.aot -jar "$jar" >"$state/node-$name.log" 2>&1 &
  pids+=($!)
  echo $! >"$state/node-$name.pid"
  echo -n "Node $name starting on :$port"
  for _ in $(seq 1 180); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/hall/hall.css"; then
      echo " - up"
      return
    fi
    if ! kill -0 "${pids[-1]}" 2>/dev/null; then
      echo " - failed, see $state/node-$name.log" >&2
      exit 1
    fi
    echo -n "."
    sleep 1
  done
  echo " - no answer after 3 minutes, see $state/node-$name.log" >&2
  exit 1
}
# One after the other: the first creates the database's tables and the first account.
node a 8081
node b 8082

haproxy -f src/deploy/haproxy.cfg >"$state/haproxy.log" 2>&1 &
pids+=($!)
echo $! >"$state/haproxy.pid"

cat <<INFO

Buurtkaarten on two nodes: http://localhost:8080/ (HAProxy), nodes on :8081 and :8082, one PostgreSQL.
Sign in as ${BUURTKAARTEN_ADMIN_USERNAME:-gespreksleider} with the password: $password
Stop node A to see node B carry on:  kill \$(cat $state/node-a.pid)
Logs in $state/. Ctrl+C stops everything.
INFO
wait
