#!/usr/bin/env bash
# Two Liberty servers behind nginx (round robin) sharing one PostgreSQL, on loopback: citizens register (JSF form)
# and vote and comment (REST) through nginx while one server is killed in the middle; afterwards every acknowledged
# vote must be in the database with its choice, and every proposal's tallies must equal its votes.
#
#   bench/cluster.sh                      # 200 citizens x 20 votes, 16 at once; server B killed after 15 s
#   CITIZENS=50 VOTES=10 bench/cluster.sh
#
# Needs PostgreSQL on 127.0.0.1:5432 (PG_USER, trust or PGPASSWORD) and Debian's nginx; uses ports 9180 (nginx),
# 9181/9182 and 9543/9544 (the two servers). The database civitas_cluster is created afresh each run.
set -euo pipefail
cd "$(dirname "$0")/.."

CITIZENS=${CITIZENS:-200}
VOTES=${VOTES:-20}
THREADS=${THREADS:-16}
KILL_AFTER=${KILL_AFTER:-15}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_USER=${PG_USER:-postgres}
DB=civitas_cluster
WLP=target/liberty/wlp
WORK=$PWD/target/cluster
BASE=http://127.0.0.1:9180/

command -v nginx >/dev/null || { echo "nginx is missing: apt-get install nginx-light" >&2; exit 1; }
. bench/lib.sh

echo "== building the portal"
mvn -B -q -DskipTests package liberty:create liberty:deploy

echo "== a fresh database $DB"
psql_db -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
rm -rf "$WORK" && mkdir -p "$WORK"

stop_all() {
    for s in a b; do "$WLP/bin/server" stop "civitas-$s" >/dev/null 2>&1 || true; done
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap stop_all EXIT

port_of() { [ "$1" = a ] && echo 9181 || echo 9182; }
for s in a b; do
    dir="$WLP/usr/servers/civitas-$s"
    rm -rf "$dir"
    mkdir -p "$dir"
    cp -r "$WLP/usr/servers/civitas/server.xml" "$WLP/usr/servers/civitas/db" "$WLP/usr/servers/civitas/sessions" \
          "$WLP/usr/servers/civitas/lib" "$WLP/usr/servers/civitas/apps" "$dir/"
    [ -f "$WLP/usr/servers/civitas/jvm.options" ] && cp "$WLP/usr/servers/civitas/jvm.options" "$dir/"
    p=$(port_of $s)
    cat > "$dir/server.env" <<ENV
HTTP_PORT=$p
HTTPS_PORT=$((p + 362))
CIVITAS_DB=postgresql
DB_HOST=$PG_HOST
DB_NAME=$DB
DB_USER=$PG_USER
DB_PASSWORD=${PGPASSWORD:-postgres}
CIVITAS_SESSIONS=database
CIVITAS_PUBLIC_URL=http://127.0.0.1:9180
CIVITAS_DEMO_DATA=true
CIVITAS_SIGNIN_IP_MAX_FAILURES=1000000
CIVITAS_LIMIT_VOTES_PER_MINUTE=100000
CIVITAS_LIMIT_COMMENTS_PER_10_MINUTES=100000
JVM_ARGS=-Xmx768m
ENV
done

echo "== starting server A (migrations, demo data), then server B"
"$WLP/bin/server" start civitas-a >/dev/null
wait_ready http://127.0.0.1:9181 90
"$WLP/bin/server" start civitas-b >/dev/null
wait_ready http://127.0.0.1:9182 90

# A citizen's browser, with curl: a JSF form is shown by one server and posted to another, then pages are asked of
# either server directly (not through nginx) with the same cookies.
form_state() { # <page html file>: the form's view state and CSP nonce as form fields
    local state nonce
    state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//')
    nonce=$(grep -o 'name="primefaces.nonce" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//')
    printf 'jakarta.faces.ViewState=%s&primefaces.nonce=%s' "$(jq -rn --arg v "$state" '$v|@uri')" "$(jq -rn --arg v "$nonce" '$v|@uri')"
}
register_on() { # <jar> <page html file> <port to post to> <name>: "302 home" when the registration went through
    # (a redirect back to the form would be a refused or expired form)
    curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$1" -c "$1" -X POST "http://127.0.0.1:$3/register.xhtml" \
        --data "registerForm_SUBMIT=1&submit=submit&displayName=$4&email=$4@bench.test&password=Bench-Cluster-2026!&confirmation=Bench-Cluster-2026!&$(form_state "$2")" \
        | sed 's|^\(30[23]\) .*/index.xhtml$|\1 home|'
}
signed_in_on() { # <jar> <port>: 200 when the account page opens (302 to the sign-in page otherwise)
    curl -s -o /dev/null -w '%{http_code}' -b "$1" -c "$1" "http://127.0.0.1:$2/account/index.xhtml"
}
follow_failures=0
expect() { # <label> <expected> <actual>
    if [ "$2" = "$3" ]; then echo "   ok   $1 ($3)"; else echo "   FAIL $1: expected $2, got $3"; follow_failures=$((follow_failures + 1)); fi
}

echo "== a citizen's sign-in and forms across the two servers"
curl -s -b "$WORK/jar1" -c "$WORK/jar1" http://127.0.0.1:9181/register.xhtml > "$WORK/form1.html"
expect "registration form shown by A, posted to B" "302 home" "$(register_on "$WORK/jar1" "$WORK/form1.html" 9182 follow-$$)"
expect "signed in on A" 200 "$(signed_in_on "$WORK/jar1" 9181)"
expect "signed in on B" 200 "$(signed_in_on "$WORK/jar1" 9182)"
# A form shown by B now, posted to B after B has been killed and started again (below).
curl -s -b "$WORK/jar2" -c "$WORK/jar2" http://127.0.0.1:9182/register.xhtml > "$WORK/form2.html"

cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx-body;
    proxy_temp_path $WORK/nginx-proxy;
    upstream civitas {
        server 127.0.0.1:9181 max_fails=1 fail_timeout=10s;
        server 127.0.0.1:9182 max_fails=1 fail_timeout=10s;
        keepalive 32;
    }
    server {
        listen 127.0.0.1:9180;
        location / {
            proxy_pass http://civitas;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            # A request that never reached a server may go to the other; a vote or comment that may have
            # been half processed (non-idempotent) is not sent twice: the citizen sees an error instead.
            proxy_next_upstream error timeout;
        }
    }
}
CONF
nginx -c "$WORK/nginx.conf"
sleep 1

echo "== load: $CITIZENS citizens x $VOTES votes, $THREADS at once, through nginx; server B killed after ${KILL_AFTER} s"
( sleep "$KILL_AFTER"; pid=$(pgrep -f "ws-server.jar civitas-b" | head -1); [ -n "$pid" ] && kill -9 "$pid" && echo "   (server B killed: kill -9 $pid)" ) &
killer=$!
java bench/ClusterLoad.java "$BASE" "$CITIZENS" "$VOTES" "$THREADS" "$WORK/acknowledged.csv" | tee "$WORK/load.txt"
pkill -P "$killer" sleep 2>/dev/null || true # the load ended before the kill was due
wait "$killer" 2>/dev/null || true

echo "== server B started again after its kill"
"$WLP/bin/server" start civitas-b >/dev/null
wait_ready http://127.0.0.1:9182 90
expect "signed in on B after its restart (session from before)" 200 "$(signed_in_on "$WORK/jar1" 9182)"
expect "form shown by B before its kill, posted to B after its restart" "302 home" "$(register_on "$WORK/jar2" "$WORK/form2.html" 9182 restart-$$)"
expect "that citizen signed in on A" 200 "$(signed_in_on "$WORK/jar2" 9181)"

echo "== checks on the database"
psql_db -d "$DB" -c "CREATE TABLE bench_ack (email VARCHAR(254), proposal_id BIGINT, choice VARCHAR(7))" \
    -c "\\copy bench_ack FROM '$WORK/acknowledged.csv' WITH (FORMAT csv)"
acked=$(psql_db -d "$DB" -c "SELECT COUNT(*) FROM bench_ack")
missing=$(psql_db -d "$DB" -c "SELECT COUNT(*) FROM bench_ack k JOIN account a ON a.email = k.email
    LEFT JOIN vote v ON v.account_id = a.id AND v.proposal_id = k.proposal_id
    WHERE v.id IS NULL OR v.choice <> k.choice")
wrong=$(wrong_tallies "$DB")
echo "acknowledged votes: $acked; missing or with another choice: $missing; proposals whose tallies differ from their votes: $wrong"
signed_out=$(sed -n 's/^signed out on the way (401): //p' "$WORK/load.txt")
if [ "$missing" != 0 ] || [ "$wrong" != 0 ] || [ "$follow_failures" != 0 ] || [ "${signed_out:-1}" != 0 ]; then
    echo "FAILED" >&2; exit 1
fi
echo "OK: every acknowledged vote is there, every tally is exact, no citizen lost their sign-in, forms and sessions"
echo "    followed citizens to the other server and survived its restart"
