#!/usr/bin/env bash
# City-scale figures on PostgreSQL: a town at Decide Madrid's scale, then for each of the proposal list (default
# sort, by theme, by district), a proposal's page, citizens casting votes and the open-data export: requests per
# second, p50 and p99 latency and the server's peak heap, next to their ceilings measured in the same run (a raw
# JDBC program doing the same selects or writes on the same database at the same concurrency, and a static page
# served by the same Liberty).
#
#   bench/city.sh                                   # 500,000 accounts, 30,000 proposals, 2,000,000 votes, 250,000 comments
#   SCALE="5000 300 20000 2500" CITY_DB=civitas_city_small bench/city.sh    # a small town, for a quick look
#   CONNS=32 DURATION=30 bench/city.sh              # more connections, longer runs (seconds)
#   LOADS="votes" bench/city.sh                     # only some loads: any of static list crowd page votes export
#   PAGE_CACHE=0 LOADS="list page" bench/city.sh    # without the cache of visitors' pages (10 s by default)
#
# Needs PostgreSQL on 127.0.0.1:5432 (PG_USER, trust or PGPASSWORD) and Debian's wrk. The database (CITY_DB,
# default civitas_city) is generated once and kept; drop it to generate again. Uses port 9080: stop any other
# Civitas server first.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${SCALE:-"500000 30000 2000000 250000"}
CONNS=${CONNS:-16}
DURATION=${DURATION:-20}
WARMUP_MIN=${WARMUP_MIN:-10}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-30}
HEAP=${BENCH_HEAP:-1g}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_USER=${PG_USER:-postgres}
DB=${CITY_DB:-civitas_city}
VOTERS=${VOTERS:-5000}
LOADS=" ${LOADS:-static list crowd page votes export} "
PAGE_CACHE=${PAGE_CACHE:-10}
SERVER=target/liberty/wlp/usr/servers/civitas
BASE=http://127.0.0.1:9080
WORK=$PWD/target/city
JDBC_URL="jdbc:postgresql://$PG_HOST:5432/$DB?user=$PG_USER&password=${PGPASSWORD:-postgres}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
. bench/lib.sh

export CIVITAS_DB=postgresql DB_HOST="$PG_HOST" DB_NAME="$DB" DB_USER="$PG_USER" DB_PASSWORD="${PGPASSWORD:-postgres}"
export DB_POOL_MAX=$((CONNS + 4)) CIVITAS_DEMO_DATA=true JVM_ARGS="-Xmx$HEAP"
export CIVITAS_OPENDATA_REQUESTS_PER_MINUTE=1000000 CIVITAS_LIMIT_VOTES_PER_MINUTE=1000000
export CIVITAS_PAGE_CACHE_SECONDS=$PAGE_CACHE

echo "== building the portal"
mvn -B -q -DskipTests package liberty:create liberty:deploy
CP=$(ls $SERVER/lib/jdbc/postgresql*.jar)
rm -rf "$WORK" && mkdir -p "$WORK"

if [ -z "$(psql_db -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
    echo "== creating $DB and its schema (one start of the portal)"
    psql_db -d postgres -c "CREATE DATABASE $DB"
    mvn -B -q liberty:start
    wait_ready "$BASE"
    mvn -B -q liberty:stop
    echo "== generating the town: accounts proposals votes comments = $SCALE"
    # shellcheck disable=SC2086
    java -cp "$CP" bench/GenerateTown.java "$JDBC_URL" $SCALE
    echo "== personal access tokens for $VOTERS citizens (the vote load signs its requests with them)"
    bench_tokens "$DB" "$VOTERS"
    psql_db -d "$DB" -c "VACUUM ANALYZE"
fi

# What the loads pick from: proposals open for votes, any visible proposal, the voters, a theme and a district.
psql_db -d "$DB" -c "SELECT id FROM proposal WHERE status = 'PUBLISHED' AND hidden_at IS NULL AND closes_at > now()
    ORDER BY id" > "$WORK/open.txt"
psql_db -d "$DB" -c "SELECT id || ',' || slug FROM proposal WHERE status <> 'DRAFT' AND hidden_at IS NULL
    ORDER BY random() LIMIT 2000" > "$WORK/visible.txt"
psql_db -d "$DB" -c "SELECT account_id FROM access_token WHERE name = 'bench' ORDER BY account_id" > "$WORK/voters.txt"
THEME=$(psql_db -d "$DB" -c "SELECT code FROM theme ORDER BY id LIMIT 1")
DISTRICT=$(psql_db -d "$DB" -c "SELECT code FROM district ORDER BY id LIMIT 1")
if [ ! -s "$WORK/open.txt" ]; then
    echo "no proposal of $DB is open for votes any more (earlier runs took them over the support threshold): drop it to generate it again" >&2
    exit 1
fi
echo "   $(wc -l < "$WORK/open.txt") proposals open for votes, $(wc -l < "$WORK/voters.txt") voters; theme $THEME, district $DISTRICT"

{ echo "ids = {$(paste -sd, "$WORK/open.txt")}"; echo "voters = {$(paste -sd, "$WORK/voters.txt")}"; cat <<'LUA'
math.randomseed(os.time())
request = function()
    local choice = math.random(4) == 1 and "AGAINST" or "FOR"
    return wrk.format("PUT", "/api/proposals/" .. ids[math.random(#ids)] .. "/vote",
        {["Authorization"] = "Bearer cvt_bench_" .. voters[math.random(#voters)], ["Content-Type"] = "application/json"},
        '{"choice":"' .. choice .. '"}')
end
LUA
} > "$WORK/votes.lua"
{ echo "pages = {"; sed "s/^\([0-9]*\),\(.*\)$/'\/proposals\/\1\/\2',/" "$WORK/visible.txt"; echo "}"; cat <<'LUA'
math.randomseed(os.time())
request = function()
    return wrk.format("GET", pages[math.random(#pages)])
end
LUA
} > "$WORK/pages.lua"

echo "== starting the portal on $DB (heap at most $HEAP, pool $DB_POOL_MAX connections)"
mvn -B -q liberty:start
trap 'mvn -B -q liberty:stop >/dev/null 2>&1 || true' EXIT
wait_ready "$BASE"
PID=$(server_pid)

VACUUM_TABLES="proposal, vote, vote_day, rate_event, access_token"
header

wanted() { [[ "$LOADS" == *" $1 "* ]]; }

# Every vote rewrites its proposal's row: each measured run starts on a vacuumed database (see vacuum_db in lib.sh),
# and each kind of load is warmed up first (see warm).
note_autovacuum
cat > "$WORK/lists.lua" <<LUA
lists = {"/proposals", "/proposals?theme=$THEME", "/proposals?district=$DISTRICT"}
request = function() return wrk.format("GET", lists[math.random(#lists)]) end
LUA
if wanted list; then warm "list" -s "$WORK/lists.lua" "$BASE"; fi
if wanted page; then warm "proposal page" -s "$WORK/pages.lua" "$BASE"; fi
# The crowd: everyone on the one proposal a news site linked to (the first visible one); raw JDBC reads that one too.
CROWD=$(head -1 "$WORK/visible.txt")
echo "$CROWD" > "$WORK/crowd.txt"
# Served from the cache, a page still warms its own code path: a first run of it had a p99 of 124 to 175 ms, the
# next ones 6 to 11 ms.
if wanted crowd; then warm "one proposal" "$BASE/proposals/${CROWD%%,*}/${CROWD#*,}"; fi
if wanted votes; then warm "votes" -s "$WORK/votes.lua" "$BASE"; fi

static_rps=
if wanted static; then
    STATIC=$(wrk_run static "$BASE/static/embed.css")
    row "static page (ceiling)" $STATIC
    static_rps=$(echo "$STATIC" | cut -d' ' -f1)
fi
wanted list && for case in "list:$BASE/proposals:list" "list-theme:$BASE/proposals?theme=$THEME:list-theme $THEME" \
            "list-district:$BASE/proposals?district=$DISTRICT:list-district $DISTRICT"; do
    label=${case%%:*}; rest=${case#*:}; url=${rest%:*}; raw=${rest##*:}
    APP=$(wrk_run "$label" "$url" bench/status.lua)
    # shellcheck disable=SC2086
    compare "$label" "$APP" "$(raw_jdbc "$CONNS" "$DURATION" $raw)" "same selects"
done

wanted crowd && compare "one proposal, a crowd" "$(wrk_run crowd "$BASE/proposals/${CROWD%%,*}/${CROWD#*,}" bench/status.lua)" \
    "$(raw_jdbc "$CONNS" "$DURATION" proposal "$WORK/crowd.txt")" "same selects"

wanted page && compare "2,000 proposals' pages" "$(wrk_run proposal-page "$BASE" "$WORK/pages.lua")" \
    "$(raw_jdbc "$CONNS" "$DURATION" proposal "$WORK/visible.txt")" "same selects"

if wanted votes; then
compare votes "$(wrk_run votes "$BASE" "$WORK/votes.lua")" \
    "$(raw_jdbc "$CONNS" "$DURATION" vote "$WORK/open.txt" "$WORK/voters.txt")" \
    "same writes" "aim: at least 70%"
echo "   server still up after the votes: $(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready");" \
     "proposals whose tallies differ from their votes: $(wrong_tallies "$DB")"
fi

if wanted export; then
echo "== open-data export (one download at a time, the largest datasets)"
printf "%-26s %10s %9s %12s\n" "" "rows" "seconds" "rows/s"
for dataset in comments proposals; do
    jstat -gc "$PID" 100 > "$WORK/export-$dataset.gc" 2>/dev/null &
    sampler=$!
    secs=$(curl -fs -o "$WORK/$dataset.csv" -w '%{time_total}' "$BASE/api/opendata/v1/$dataset.csv")
    kill "$sampler" 2>/dev/null || true
    rows=$(python3 -c "import csv,sys; r=csv.reader(open(sys.argv[1],newline='',encoding='utf-8')); next(r); print(sum(1 for _ in r))" "$WORK/$dataset.csv")
    heap=$(python3 bench/wrk_figures.py --heap "$WORK/export-$dataset.gc")
    raw=$(raw_jdbc 1 0 "export-$dataset" "$WORK/raw-$dataset.csv")
    app_rate=$(python3 -c "import sys; print(f'{int(sys.argv[1]) / float(sys.argv[2]):.0f}')" "$rows" "$secs")
    printf "%-26s %10s %9.1f %12s   peak heap %s MB\n" "export $dataset" "$rows" "$secs" "$app_rate" "$heap"
    printf "%-26s %10s %9s %12s\n" "  raw JDBC, read and write" $raw
    echo "  portal at $(ratio "$app_rate" "$(echo "$raw" | cut -d' ' -f3)") of raw JDBC (aim: at least 50%)"
done
fi
echo "heap ceiling: $HEAP; $CONNS connections, ${DURATION} s per run; cache of visitors' pages ${PAGE_CACHE} s; everything (PostgreSQL, Liberty, wrk) on this machine"
