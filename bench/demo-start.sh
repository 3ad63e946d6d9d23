#!/usr/bin/env bash
# What the demo town adds to a fresh start (#18): starts the portal as built on a database of its own, RUNS times from
# an empty database (default 2) and once more on the database the last run filled (the demo is then not loaded), and
# prints for each start the application's start time (Liberty's CWWKZ0001I) and the demo's own line ("Demo data
# loaded in ... ms", from DemoData); then whether the fresh starts told the same story (their open data, every column
# but the rows' change times, compared byte for byte: the story comes from a fixed seed and moves by whole days).
#
#   bench/demo-start.sh                    # two fresh starts and a restart, about 4 minutes on two cores
#   RUNS=3 bench/demo-start.sh
#   bench/demo-start.sh --log path/to/messages.log     # only read the figures of a server already started
#
# The server (civitas-demo-bench) lives in target/demo-bench/usr (WLP_USER_DIR) with its Derby database in
# target/demo-bench/derby, on 127.0.0.1, ports DEMO_HTTP_PORT and DEMO_HTTPS_PORT (9280, 9643): it never touches
# civitas (mvn liberty:run) or civitas-it (the tests), and may run while they do, though its figures then include
# their load (the processor time on the seeding thread, in the demo's line, depends less on it).
set -euo pipefail
cd "$(dirname "$0")/.."

figures() {
    grep -h "Demo data\|CWWKZ0001I" "$1" | sed -E 's/^\[[^]]*\] [0-9a-f]+ +[^ ]+ +[A-Z] //' || echo "   (no figure in $1)"
}

if [ "${1:-}" = "--log" ]; then
    figures "${2:-target/liberty/wlp/usr/servers/civitas/logs/messages.log}"
    exit 0
fi

RUNS=${RUNS:-2}
HTTP=${DEMO_HTTP_PORT:-9280}
HTTPS=${DEMO_HTTPS_PORT:-9643}
NAME=civitas-demo-bench
WLP=target/liberty/wlp
JDBC=$WLP/usr/servers/civitas/lib/jdbc   # the JDBC drivers, as the Liberty plugin copied them for the civitas server
WORK=$PWD/target/demo-bench
SERVER=$WORK/usr/servers/$NAME
BASE=http://127.0.0.1:$HTTP
export WLP_USER_DIR=$WORK/usr            # Liberty's user folder for this server only (read by bin/server)

. bench/lib.sh

fail() { echo "demo-start: $*" >&2; exit 2; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [ -d "$SERVER" ]; then "$WLP/bin/server" stop "$NAME" >/dev/null 2>&1 || true; fi
for port in "$HTTP" "$HTTPS"; do
    if port_busy "$port"; then fail "port $port is in use (DEMO_HTTP_PORT, DEMO_HTTPS_PORT move them)"; fi
done
rm -rf "$WORK"
mkdir -p "$SERVER/apps" "$SERVER/lib" "$WORK/opendata"

# The WAR is built when missing or older than a source; the Liberty runtime and the JDBC drivers come from the
# Liberty plugin (created once, like the other bench scripts do).
if [ ! -f target/civitas.war ] || [ -n "$(find src/main pom.xml liberty -newer target/civitas.war -type f -print -quit)" ]; then
    echo "== building the WAR (mvn -DskipTests package)"
    mvn -B -q -DskipTests package > "$WORK/build.log" 2>&1 || fail "the build failed: $WORK/build.log"
fi
if [ ! -x "$WLP/bin/server" ] || [ ! -f "$JDBC/derby.jar" ]; then
    echo "== creating the Liberty runtime (mvn liberty:create liberty:deploy)"
    mvn -B -q liberty:create liberty:deploy >> "$WORK/build.log" 2>&1 || fail "liberty:create failed: $WORK/build.log"
fi
trap '"$WLP/bin/server" stop "$NAME" >/dev/null 2>&1 || true' EXIT

cp -r liberty/server.xml liberty/jvm.options liberty/db liberty/sessions "$SERVER/"
cp -r "$JDBC" "$SERVER/lib/"
cp target/civitas.war "$SERVER/apps/civitas.war"
cat > "$SERVER/server.env" <<ENV
HTTP_HOST=127.0.0.1
HTTP_PORT=$HTTP
HTTPS_PORT=$HTTPS
CIVITAS_DB=derby
DERBY_DIR=$WORK/derby
CIVITAS_SESSIONS=local
CIVITAS_DEMO_DATA=true
APP_UPDATE_TRIGGER=disabled
ENV

start() {
    "$WLP/bin/server" start "$NAME" > "$WORK/server-start.log" 2>&1 || fail "the server did not start: $WORK/server-start.log"
    ( wait_ready "$BASE" 120 ) || fail "the server did not become ready: $SERVER/logs/messages.log"
}

stop() {
    "$WLP/bin/server" stop "$NAME" > /dev/null 2>&1 || true
}

# The open data of a start, without the rows' change times (the real time of writing: they differ from start to start)
opendata() {
    for dataset in proposals comments answers votes-daily; do
        curl -fs "$BASE/api/opendata/v1/$dataset.csv" | python3 -c '
import csv, sys
rows = list(csv.reader(sys.stdin))
keep = [i for i, name in enumerate(rows[0]) if name != "changed_at"]
out = csv.writer(sys.stdout, lineterminator="\n")
for row in rows:
    out.writerow([row[i] for i in keep])' > "$1/$dataset.csv"
    done
}

for run in $(seq 1 "$RUNS"); do
    echo "== fresh start $run (empty database)"
    rm -rf "$WORK/derby"
    start
    figures "$SERVER/logs/messages.log"
    mkdir -p "$WORK/opendata/$run"
    opendata "$WORK/opendata/$run"
    stop
done

echo "== restart on the database the last run filled (no demo to load)"
start
figures "$SERVER/logs/messages.log"
stop

if [ "$RUNS" -gt 1 ]; then
    same=yes
    for run in $(seq 2 "$RUNS"); do
        diff -rq "$WORK/opendata/1" "$WORK/opendata/$run" > /dev/null || same=no
    done
    echo "== the fresh starts told the same story (open data but change times): $same"
    rows() { python3 -c 'import csv, sys; print(sum(1 for _ in csv.reader(open(sys.argv[1]))) - 1)' "$1"; }
    echo "   ($(rows "$WORK/opendata/1/proposals.csv") proposals, $(rows "$WORK/opendata/1/comments.csv") comments, $(rows "$WORK/opendata/1/votes-daily.csv") day lines of votes compared; files in $WORK/opendata)"
fi
