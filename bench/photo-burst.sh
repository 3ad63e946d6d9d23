#!/usr/bin/env bash
# Photo uploads built to exhaust memory, sixteen at once (#16): PNGs of 7000 x 7000 pixels of 16-bit RGBA (under
# 1 MB each, 392 MB decoded), sent while a reader keeps asking the public API for a page of proposals. Prints how the
# uploads were answered and how long they took, the API's response times before and during the burst, and the
# server's peak heap.
#
#   bench/photo-burst.sh            # 16 uploads at once, server heap at most 1 GB
#   BURST=32 BENCH_HEAP=512m bench/photo-burst.sh
#
# It uses its own embedded Derby database (target/bench-photos-db, made afresh), a server started with -Xmx1g
# (BENCH_HEAP), and port 9080: stop any other Civitas server first.
set -euo pipefail
cd "$(dirname "$0")/.."

BURST=${BURST:-16}
HEAP=${BENCH_HEAP:-1g}
DB="$PWD/target/bench-photos-db"
BASE=http://localhost:9080

# Limits that would stop the bench's own accounts are raised; the decode gate keeps its default (2 at once)
export DERBY_DIR="$DB" CIVITAS_DEMO_DATA=true JVM_ARGS="-Xmx$HEAP" CIVITAS_LIMIT_PHOTOS_PER_HOUR=1000
export CIVITAS_SIGNIN_IP_MAX_FAILURES=1000

. bench/lib.sh

echo "== building the portal"
mvn -B -q -DskipTests package liberty:create liberty:deploy
rm -rf "$DB"
echo "== starting the portal (heap at most $HEAP)"
mvn -B -q liberty:start
trap 'mvn -B -q liberty:stop >/dev/null 2>&1 || true' EXIT
wait_ready "$BASE"
PID=$(server_pid)
GC=$(mktemp)
jstat -gc "$PID" 200 > "$GC" 2>/dev/null &
SAMPLER=$!
java bench/PhotoBurst.java "$BASE" "$BURST"
kill "$SAMPLER" 2>/dev/null || true
echo "server peak heap during the run: $(python3 bench/wrk_figures.py --heap "$GC") MB (ceiling $HEAP)"
grep -c "OutOfMemoryError" target/liberty/wlp/usr/servers/civitas/logs/messages.log | sed 's/^/OutOfMemoryError lines in the log: /' || true
rm -f "$GC"
