# Shared by the benchmark scripts (sourced, not run).

# wait_ready <base url> [tries]: waits (2 s a try) until Liberty's readiness check answers, or stops the script.
wait_ready() {
    for _ in $(seq 1 "${2:-120}"); do
        curl -fs "$1/health/ready" >/dev/null 2>&1 && return 0
        sleep 2
    done
    echo "the server at $1 did not become ready" >&2; exit 1
}

# The process id of the Civitas server this checkout's Liberty runs (not the integration tests' civitas-it*, nor a
# server of another checkout).
server_pid() { pgrep -f "$PWD/target/liberty/wlp/bin/tools/ws-server.jar civitas( |\$)" | head -1; }

# psql on the benchmark's PostgreSQL (PG_HOST, PG_USER), unaligned, stopping at the first error.
psql_db() { psql -h "$PG_HOST" -U "$PG_USER" -v ON_ERROR_STOP=1 -qAt "$@"; }

# wrong_tallies <database>: how many proposals have tallies that differ from their votes (must be 0).
wrong_tallies() {
    psql_db -d "$1" -c "SELECT COUNT(*) FROM proposal p
        WHERE p.votes_for <> (SELECT COUNT(*) FROM vote v WHERE v.proposal_id = p.id AND v.choice = 'FOR')
           OR p.votes_against <> (SELECT COUNT(*) FROM vote v WHERE v.proposal_id = p.id AND v.choice = 'AGAINST')"
}

# ---- HTTP load against raw JDBC (city.sh, budget-vote.sh). They set CONNS and DURATION (wrk's connections and
# seconds), WORK (a scratch directory), PID (the server's, for jstat), DB, CP (the PostgreSQL driver's jar), JDBC_URL,
# VACUUM_TABLES (what their loads write) and WARMUP_MIN, WARMUP_ROUNDS.

# PostgreSQL's autovacuum clears the old versions of written rows in production (once a minute). Where it is off (this
# development machine's server has it off), every run would read through the dead rows of the runs before it: each
# measured run, the portal's and raw JDBC's alike, starts on a vacuumed database.
vacuum_db() { psql_db -d "$DB" -c "VACUUM (ANALYZE) $VACUUM_TABLES"; }

note_autovacuum() {
    if [ "$(psql_db -d "$DB" -c "SHOW autovacuum")" = "off" ]; then
        echo "-- autovacuum is off on this PostgreSQL: vacuuming by hand before each run (keep it on in production)"
    fi
}

# wrk_run <label> <url> [lua script]: a measured run (CONNS connections, DURATION seconds) on a vacuumed database;
# prints wrk's figures: requests/s, p50 and p99 in ms, the server's peak heap in MB, the errors. bench/status.lua,
# appended to the script, counts the answers by status.
wrk_run() {
    local out="$WORK/$1.wrk" script=()
    if [ -n "${3:-}" ]; then
        cat "$3" > "$WORK/run-$1.lua"
        [ "$3" = bench/status.lua ] || cat bench/status.lua >> "$WORK/run-$1.lua"
        script=(-s "$WORK/run-$1.lua")
    fi
    vacuum_db
    jstat -gc "$PID" 200 > "$WORK/$1.gc" 2>/dev/null &
    local sampler=$!
    wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency "${script[@]}" "$2" > "$out"
    kill "$sampler" 2>/dev/null || true
    python3 bench/wrk_figures.py "$out" "$WORK/$1.gc"
}

# The JIT takes minutes on two cores shared with the load: a vote load measured after 30 s of warm-up ran at half its
# steady rate, and an uncached proposal's page still gained 5 to 10% a run after ten runs of 20 s (209 req/s after
# ten, 310 after fifteen, 310 to 320 after twenty). Each kind of load runs 20 s at a time, at least WARMUP_MIN times
# and then until three runs in a row lie within 5% of each other (at most WARMUP_ROUNDS runs), so that what is
# measured is the portal as it runs for days, not its first minutes.
warm() { # <label> <wrk arguments...>
    local label=$1 rates=() rate=0 round
    shift
    for round in $(seq 1 "$WARMUP_ROUNDS"); do
        vacuum_db
        rate=$(wrk -t2 -c"$CONNS" -d20s "$@" | awk '/Requests\/sec/ {print int($2)}')
        rates+=("$rate")
        if [ "$round" -ge "$WARMUP_MIN" ] && python3 -c "import sys; r = list(map(float, sys.argv[1:])); sys.exit(max(r) - min(r) > 0.05 * max(r))" "${rates[@]: -3}"; then
            break
        fi
    done
    echo "-- $label warmed up: $round runs of 20 s, the last three at ${rates[*]: -3} req/s (not counted)"
}

# raw_jdbc <RawJdbc arguments after the url>: the raw JDBC ceiling (it vacuums itself, between its warm-up and its
# measured run, as the portal's run is preceded by one)
raw_jdbc() { java -cp "$CP" bench/RawJdbc.java "$JDBC_URL" "$@"; }

ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]) * 100:.0f}%')" "$1" "$2"; }

header() { printf "%-26s %10s %9s %9s %10s   %s\n" "" "req/s" "p50 ms" "p99 ms" "heap MB" "errors"; }
row() { printf "%-26s %10s %9s %9s %10s   %s\n" "$@"; }

# compare <label> <portal figures> <raw JDBC figures> <what raw JDBC does> [aim]: the two rows, then the ratio to
# raw JDBC and either the aim or, when static_rps is set (city.sh), the ratio to the static page
compare() {
    local app_rps raw_rps
    app_rps=$(echo "$2" | cut -d' ' -f1); raw_rps=$(echo "$3" | cut -d' ' -f1)
    # shellcheck disable=SC2086
    row "$1" $2
    # shellcheck disable=SC2086
    row "  raw JDBC, $4" $3
    if [ -n "${5:-}" ] || [ -z "${static_rps:-}" ]; then
        echo "  portal at $(ratio "$app_rps" "$raw_rps") of raw JDBC${5:+ ($5)}"
    else
        echo "  portal at $(ratio "$app_rps" "$raw_rps") of raw JDBC, $(ratio "$app_rps" "$static_rps") of the static page"
    fi
}

# bench_tokens <database> <how many>: personal access tokens "cvt_bench_<account id>" (scope WRITE, a year) for the
# first generated accounts; the loads sign their requests with them
bench_tokens() {
    psql_db -d "$1" -c "INSERT INTO access_token (version, account_id, name, token_hash, token_start, created_at, expires_at)
        SELECT 1, id, 'bench', encode(sha256(convert_to('cvt_bench_' || id, 'UTF8')), 'hex'),
               left('cvt_bench_' || id, 10), now(), now() + interval '1 year'
        FROM account WHERE email LIKE 'bench%' ORDER BY id LIMIT $2"
}

# ---- The PostgreSQL benchmarks that start the portal with the demo town (follow-fanout.sh, digest-run.sh, search.sh).
# They set PG_HOST, PG_USER and DB first.

# demo_portal: the portal's environment on $DB (demo data, -Xmx1g), built and deployed; sets BASE, SERVER, JDBC_URL
# and CP (the PostgreSQL driver's jar).
demo_portal() {
    BASE=http://127.0.0.1:9080
    SERVER=target/liberty/wlp/usr/servers/civitas
    JDBC_URL="jdbc:postgresql://$PG_HOST:5432/$DB?user=$PG_USER&password=${PGPASSWORD:-postgres}"
    export CIVITAS_DB=postgresql DB_HOST="$PG_HOST" DB_NAME="$DB" DB_USER="$PG_USER" DB_PASSWORD="${PGPASSWORD:-postgres}"
    export CIVITAS_DEMO_DATA=true JVM_ARGS="-Xmx1g"
    echo "== building the portal"
    mvn -B -q -DskipTests package liberty:create liberty:deploy
    CP=$(ls $SERVER/lib/jdbc/postgresql*.jar)
}

# new_demo_db: unless $DB exists, creates it with the demo town (one start of the portal) and succeeds; else fails,
# so that a script generates its data once: "if new_demo_db; then <generate>; fi".
new_demo_db() {
    [ -z "$(psql_db -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ] || return 1
    echo "== creating $DB: the demo town (one start of the portal), then the benchmark's data"
    # Each step stops the script on failure itself: "set -e" does not apply inside an if's condition
    psql_db -d postgres -c "CREATE DATABASE $DB" || exit 1
    mvn -B -q liberty:start || exit 1
    wait_ready "$BASE"
    mvn -B -q liberty:stop || exit 1
}
