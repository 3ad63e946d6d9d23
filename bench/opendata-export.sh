#!/usr/bin/env bash
# Times the full open-data export of every dataset at Decide Madrid's scale and prints rows per second and the
# server's peak heap during each export.
#
#   bench/opendata-export.sh            # 500,000 accounts, 30,000 proposals, 2,000,000 votes, 250,000 comments
#   SCALE="5000 300 20000 2500" bench/opendata-export.sh    # a small town, for a quick look
#
# It uses its own embedded Derby database (target/bench-db, kept between runs: delete it to regenerate), a server
# started with -Xmx1g (BENCH_HEAP), and port 9080: stop any other Civitas server first.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${SCALE:-"500000 30000 2000000 250000"}
HEAP=${BENCH_HEAP:-1g}
DB="$PWD/${BENCH_DB:-target/bench-db}"
SERVER=target/liberty/wlp/usr/servers/civitas
BASE=http://localhost:9080

export DERBY_DIR="$DB" CIVITAS_DEMO_DATA=true JVM_ARGS="-Xmx$HEAP"
export CIVITAS_OPENDATA_REQUESTS_PER_MINUTE=100000

. bench/lib.sh

echo "== building the portal"
mvn -B -q -DskipTests package liberty:create liberty:deploy

if [ ! -d "$DB" ]; then
    echo "== creating the schema (one start of the portal on $DB)"
    mvn -B -q liberty:start
    wait_ready "$BASE"
    mvn -B -q liberty:stop
    CP=$(ls $SERVER/lib/jdbc/derby*.jar | tr '\n' ':')
    echo "== generating the town: accounts proposals votes comments = $SCALE"
    # shellcheck disable=SC2086
    java -cp "$CP" bench/GenerateTown.java "jdbc:derby:$DB" $SCALE
fi

echo "== starting the portal on the generated town (heap at most $HEAP)"
mvn -B -q liberty:start
wait_ready "$BASE"
PID=$(server_pid)
sleep 20   # let start-up work (snapshot timer, caches) settle before measuring
OUT=$(mktemp -d)
printf "%-12s %12s %10s %12s %12s %14s %14s\n" dataset rows seconds "rows/s" "MB written" "peak heap MB" "peak old gen MB"
for dataset in proposals comments answers votes-daily themes districts; do
    jstat -gc "$PID" 100 > "$OUT/$dataset.gc" 2>/dev/null &
    SAMPLER=$!
    SECONDS_TAKEN=$(curl -fs -o "$OUT/$dataset.csv" -w '%{time_total}' "$BASE/api/opendata/v1/$dataset.csv")
    kill "$SAMPLER" 2>/dev/null || true
    ROWS=$(python3 -c "import csv,sys; r=csv.reader(open(sys.argv[1],newline='',encoding='utf-8')); next(r); print(sum(1 for _ in r))" "$OUT/$dataset.csv")
    BYTES=$(stat -c %s "$OUT/$dataset.csv")
    # jstat -gc columns: S0U S1U EU OU are the used survivor, eden and old spaces (KB)
    PEAK=$(python3 bench/wrk_figures.py --heap "$OUT/$dataset.gc")
    # The old generation holds what survives collections: rows kept in memory would pile up there
    OLD=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ { if ($8>max) max=$8 } END { if (max > 0) printf "%.0f", max/1024; else printf "n/a" }' "$OUT/$dataset.gc")
    python3 - "$dataset" "$ROWS" "$SECONDS_TAKEN" "$BYTES" "$PEAK" "$OLD" <<'PY'
import sys
name, rows, secs, size, peak, old = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
print(f"{name:<12} {rows:>12,} {secs:>10.1f} {rows/secs if secs else 0:>12,.0f} {size/1e6:>12.1f} {peak:>14} {old:>14}")
PY
done
echo "heap ceiling: $HEAP (the JVM's -Xmx); rows/s counts CSV records, bodies with line breaks included"

# The catalogue must cost the same at any scale (issue 19): no export, one indexed MAX per dataset, first dates kept an
# hour. Ten requests per format; the first of each pays the first dates (a full read of one column per dataset).
echo "== the DCAT-AP catalogue: ten requests per format, first, median and slowest (ms)"
for format in ttl jsonld rdf; do
    for _ in $(seq 1 10); do curl -fs -o /dev/null -w '%{time_total}\n' "$BASE/api/opendata/v1/catalog.$format"; done \
        | python3 -c "import sys, statistics; t = [float(x) * 1000 for x in sys.stdin]; print(f'catalog.$format   first {t[0]:8.1f}   median {statistics.median(t):8.1f}   slowest {max(t):8.1f}')"
done
mvn -B -q liberty:stop
rm -rf "$OUT"
