#!/usr/bin/env bash
# Confirming participatory-budget ballots at Paris's scale (issue #20): residents confirming their ballot of an
# envelope through the API (POST /api/budgets/B/ballot/E {"projects":[...]}, signed with personal access tokens), as
# fast as CONNS connections go for DURATION seconds: requests per second, p50 and p99 and the server's peak heap, next
# to raw JDBC sending the same statements in the same transactions at the same concurrency (bench/RawJdbc.java, mode
# ballot). The aim: the portal at 70% or more of raw JDBC.
#
#   bench/budget-vote.sh                              # 250,000 residents, 21 envelopes, 1,500 projects; 16 connections, 60 s
#   CONNS=8 DURATION=30 bench/budget-vote.sh          # other concurrency and length (seconds)
#   RESIDENTS=20000 BUDGET_DB=civitas_budget_small bench/budget-vote.sh   # a small town, for a quick look
#
# The database (BUDGET_DB, default civitas_budget) is generated once and kept (about 2 minutes: the demo town, then
# bench/GenerateTown.java's accounts with access tokens, then bench/GenerateBudget.java's budget in its vote: 20
# districts and the whole town, the ideas and their feasible projects, every resident declared with a district, half
# of them with a ballot already confirmed in each of their envelopes); drop it to generate again. Each run moves the
# budget's dates so that today is in its vote, and draws REQUESTS requests (a random resident, the town-wide envelope
# or their district's, a basket of 1 to 5 of its projects that fits its amount) that wrk and raw JDBC both pick from
# at random: many confirm again, replacing an earlier ballot, as in a real vote.
#
# Needs PostgreSQL on 127.0.0.1:5432 (PG_USER, trust or PGPASSWORD) and Debian's wrk. Uses port 9080: stop any other
# Civitas server of this checkout first.
set -euo pipefail
cd "$(dirname "$0")/.."

RESIDENTS=${RESIDENTS:-250000}
PROJECTS=${PROJECTS:-1500}
DISTRICTS=${DISTRICTS:-20}
REQUESTS=${REQUESTS:-200000}
CONNS=${CONNS:-16}
DURATION=${DURATION:-60}
WARMUP_MIN=${WARMUP_MIN:-8}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-20}
HEAP=${BENCH_HEAP:-1g}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_USER=${PG_USER:-postgres}
DB=${BUDGET_DB:-civitas_budget}
SERVER=target/liberty/wlp/usr/servers/civitas
BASE=http://127.0.0.1:9080
WORK=$PWD/target/budget-vote
JDBC_URL="jdbc:postgresql://$PG_HOST:5432/$DB?user=$PG_USER&password=${PGPASSWORD:-postgres}"
VACUUM_TABLES="budget_voter, budget_basket_item, budget_ballot, budget_ballot_choice, access_token"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
. bench/lib.sh

export CIVITAS_DB=postgresql DB_HOST="$PG_HOST" DB_NAME="$DB" DB_USER="$PG_USER" DB_PASSWORD="${PGPASSWORD:-postgres}"
export DB_POOL_MAX=$((CONNS + 4)) CIVITAS_DEMO_DATA=true JVM_ARGS="-Xmx$HEAP"

echo "== building the portal"
mvn -B -q -DskipTests package liberty:create liberty:deploy
CP=$(ls $SERVER/lib/jdbc/postgresql*.jar)
rm -rf "$WORK" && mkdir -p "$WORK"
budget() { java -cp "$CP" bench/GenerateBudget.java "$JDBC_URL" "$@"; }

if [ -z "$(psql_db -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
    echo "== creating $DB and its schema (one start of the portal)"
    psql_db -d postgres -c "CREATE DATABASE $DB"
    mvn -B -q liberty:start
    wait_ready "$BASE"
    mvn -B -q liberty:stop
    echo "== generating $RESIDENTS residents with their access tokens"
    java -cp "$CP" bench/GenerateTown.java "$JDBC_URL" "$RESIDENTS" 0 0 0 | sed -n 1p
    bench_tokens "$DB" "$RESIDENTS"
    echo "== generating the budget: $PROJECTS projects over $DISTRICTS districts and the whole town, $RESIDENTS residents declared"
    budget generate "$RESIDENTS" "$PROJECTS" "$DISTRICTS"
    psql_db -d "$DB" -c "VACUUM ANALYZE"
fi
# The budget's projects published is the generator's last write: without it, the generation did not finish.
if [ -z "$(psql_db -d "$DB" -c "SELECT 1 FROM information_schema.tables WHERE table_name = 'budget'")" ] ||
   [ -z "$(psql_db -d "$DB" -c "SELECT 1 FROM budget WHERE slug = 'budget-participatif-bench' AND projects_published_at IS NOT NULL")" ]; then
    echo "$DB exists but holds no complete benchmark budget: drop it (DROP DATABASE $DB) to generate it again" >&2
    exit 1
fi
budget dates
BUDGET=$(psql_db -d "$DB" -c "SELECT id FROM budget WHERE slug = 'budget-participatif-bench'")
budget requests "$WORK/requests.txt" "$REQUESTS" | sed 's/^/   /'

# sizes: residents declared, envelopes, projects, ballots, choices
sizes() {
    psql_db -d "$DB" -F' ' -c "SELECT (SELECT COUNT(*) FROM budget_voter WHERE budget_id = $BUDGET),
        (SELECT COUNT(*) FROM budget_envelope WHERE budget_id = $BUDGET),
        (SELECT COUNT(*) FROM budget_project WHERE budget_id = $BUDGET AND verdict = 'FEASIBLE'),
        (SELECT COUNT(*) FROM budget_ballot b JOIN budget_envelope e ON e.id = b.envelope_id WHERE e.budget_id = $BUDGET),
        (SELECT COUNT(*) FROM budget_ballot_choice c JOIN budget_ballot b ON b.id = c.ballot_id
            JOIN budget_envelope e ON e.id = b.envelope_id WHERE e.budget_id = $BUDGET)"
}
read -r voters envelopes projects ballots choices <<< "$(sizes)"
echo "   budget $BUDGET: $voters residents declared, $envelopes envelopes, $projects projects; $ballots ballots ($choices choices) confirmed so far"

# Each wrk thread seeds its own random numbers (a seed per thread: the same seed would send the same requests from
# both threads at once), reads the requests and picks among them at random.
cat > "$WORK/confirm.lua" <<LUA
local budget = "$BUDGET"
local lines = {}
for line in io.lines("$WORK/requests.txt") do lines[#lines + 1] = line end
local started = 0
setup = function(thread) started = started + 1; thread:set("seed", started) end
init = function() math.randomseed(os.time() * 1000 + (seed or 0)) end
request = function()
    local account, envelope, projects = lines[math.random(#lines)]:match("^(%d+) (%d+) ([%d,]+)$")
    return wrk.format("POST", "/api/budgets/" .. budget .. "/ballot/" .. envelope,
        {["Authorization"] = "Bearer cvt_bench_" .. account, ["Content-Type"] = "application/json"},
        '{"projects":[' .. projects .. ']}')
end
LUA

echo "== starting the portal on $DB (heap at most $HEAP, pool $DB_POOL_MAX connections)"
mvn -B -q liberty:start
trap 'mvn -B -q liberty:stop >/dev/null 2>&1 || true' EXIT
wait_ready "$BASE"
PID=$(server_pid)

# Every confirm rewrites the voter's basket, ballot and choices: each measured run starts on a vacuumed database
# (vacuum_db), after the load has run long enough for the JIT (warm), both in lib.sh.
note_autovacuum
warm "confirm" -s "$WORK/confirm.lua" "$BASE"

ballot_count() { psql_db -d "$DB" -c "SELECT COUNT(*) FROM budget_ballot b JOIN budget_envelope e ON e.id = b.envelope_id
    WHERE e.budget_id = $BUDGET"; }
header
before=$(ballot_count)
APP=$(wrk_run confirm "$BASE" "$WORK/confirm.lua")
first=$(( $(ballot_count) - before ))
compare "confirm a ballot" "$APP" "$(raw_jdbc "$CONNS" "$DURATION" ballot "$BUDGET" "$WORK/requests.txt")" \
    "same statements" "aim: at least 70%"
sent=$(awk '/requests in/ {print $1}' "$WORK/confirm.wrk")
echo "   the portal's measured run: $sent confirms, $first of them a first ballot ($(ratio "$first" "$sent")), the others" \
     "replacing one"

read -r voters envelopes projects ballots choices <<< "$(sizes)"
# What the vote must keep true whatever the load: a ballot is its basket as confirmed, within its envelope's amount.
wrong=$(psql_db -d "$DB" -c "SELECT COUNT(*) FROM budget_ballot b JOIN budget_envelope e ON e.id = b.envelope_id
    WHERE e.budget_id = $BUDGET AND (
        EXISTS (SELECT project_id FROM budget_ballot_choice WHERE ballot_id = b.id
                EXCEPT SELECT project_id FROM budget_basket_item WHERE voter_id = b.voter_id AND envelope_id = b.envelope_id)
     OR EXISTS (SELECT project_id FROM budget_basket_item WHERE voter_id = b.voter_id AND envelope_id = b.envelope_id
                EXCEPT SELECT project_id FROM budget_ballot_choice WHERE ballot_id = b.id)
     OR (SELECT SUM(x.cost) FROM budget_ballot_choice c JOIN budget_project x ON x.id = c.project_id
         WHERE c.ballot_id = b.id) > e.amount)")
echo "   server still up: $(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready"); $ballots ballots ($choices choices)" \
     "after the runs; ballots that are not their confirmed basket or exceed their envelope: $wrong (must be 0)"
echo "heap ceiling: $HEAP; $CONNS connections, ${DURATION} s measured per side; $voters residents, $envelopes envelopes," \
     "$projects projects; everything (PostgreSQL, Liberty, wrk) on this machine"
