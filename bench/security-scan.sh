#!/usr/bin/env bash
# Security scan before a release: the portal as built, on a Liberty server and a Derby database of its own (loopback,
# ports 9380/9743, demo data), signed in as a demo citizen, scanned by sqlmap (SQL injection in the parameterised
# endpoints and the sign-in form) and by wapiti (crawl and attack of every page and form a citizen reaches). Prints a
# short summary; the tools' own reports stay in target/security-scan/.
#
#   bench/security-scan.sh                             # about 12 minutes on 2 cores
#   SQLMAP_TIME=60 WAPITI_TIME=180 bench/security-scan.sh     # a quicker, shallower look
#
# Settings (environment variables; times in seconds):
#   SQLMAP_LEVEL, SQLMAP_RISK (2, 1)   sqlmap's --level and --risk (--smart is not used: every test runs)
#   SQLMAP_THREADS (2)                 sqlmap's --threads
#   SQLMAP_TIME (150)                  time limit of sqlmap on each GET target (each takes about 35 s)
#   SQLMAP_SIGNIN_TIME (240)           time limit of sqlmap on the sign-in form (takes about 140 s: two requests a
#                                      test and a password hash a sign-in)
#   WAPITI_TIME (480)                  wapiti's budget, crawl included; past it, requests are skipped and wapiti ends
#                                      with its report. Lowered when the run so far leaves less than that of TOTAL_TIME
#   WAPITI_CRAWL_TIME (60)             wapiti's --max-scan-time (the crawl)
#   WAPITI_MODULE_TIME (45)            wapiti's --max-attack-time (each attack module)
#   WAPITI_MODULES                     wapiti's modules (default sql,blindsql,xss,permanentxss,exec,file,crlf,
#                                      redirect,ssrf,csrf)
#   TOTAL_TIME (900)                   what the whole run should stay within, build excluded
#   SCAN_HTTP_PORT, SCAN_HTTPS_PORT, SCAN_SSRF_PORT (9380, 9743, 9381)   ports, on 127.0.0.1 only
#
# Exit code: 0 nothing found, 1 something found (details in the summary and the reports), 2 a scan failed or did not
# complete (tool error, time limit of a sqlmap target, server down, sign-in lost).
#
# Installs Debian's sqlmap and wapiti when missing (apt-get, through sudo when not root). Neither tool reaches the
# internet: sqlmap has no update check (its "outdated" warning only looks at its release date) and is told to ignore
# proxies and never offer to open a GitHub issue; wapiti is never run with --update, sends no crash report
# (--no-bugreport), and its SSRF module talks to a local stand-in endpoint instead of wapiti3.ovh.
# Never touches the servers civitas (mvn liberty:run) and civitas-it (the tests): the scan's server lives in
# target/security-scan/usr (WLP_USER_DIR) with its database in target/security-scan/derby; each run starts afresh.
set -Eeuo pipefail
cd "$(dirname "$0")/.."

SQLMAP_LEVEL=${SQLMAP_LEVEL:-2}
SQLMAP_RISK=${SQLMAP_RISK:-1}
SQLMAP_THREADS=${SQLMAP_THREADS:-2}
SQLMAP_TIME=${SQLMAP_TIME:-150}
SQLMAP_SIGNIN_TIME=${SQLMAP_SIGNIN_TIME:-240}
WAPITI_TIME=${WAPITI_TIME:-480}
WAPITI_CRAWL_TIME=${WAPITI_CRAWL_TIME:-60}
WAPITI_MODULE_TIME=${WAPITI_MODULE_TIME:-45}
WAPITI_MODULES=${WAPITI_MODULES:-sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,ssrf,csrf}
TOTAL_TIME=${TOTAL_TIME:-900}
HTTP=${SCAN_HTTP_PORT:-9380}
HTTPS=${SCAN_HTTPS_PORT:-9743}
SSRF=${SCAN_SSRF_PORT:-9381}

NAME=civitas-security-scan
WLP=target/liberty/wlp
JDBC=$WLP/usr/servers/civitas/lib/jdbc   # the JDBC drivers, as the Liberty plugin copied them for the civitas server
WORK=$PWD/target/security-scan
SERVER=$WORK/usr/servers/$NAME
BASE=http://127.0.0.1:$HTTP
CITIZEN=habitant@civitas.example
PASSWORD=demo-civitas-2026
PY=/usr/bin/python3                      # Debian's Python: wapiti's modules live in its dist-packages
HELPER=bench/security_scan.py
export WLP_USER_DIR=$WORK/usr            # Liberty's user folder for this server only (read by bin/server)

. bench/lib.sh

fail() { echo "security-scan: $*" >&2; exit 2; }
trap 'echo "security-scan: failed at line $LINENO: $BASH_COMMAND" >&2; exit 2' ERR
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# field <html file> <input name> [form id]: the value of a form's input (the first on the page, or in that form)
field() {
    if [ -n "${3:-}" ]; then sed -n "/<form id=\"$3\"/,/<\/form>/p" "$1"; else cat "$1"; fi \
        | grep -o "name=\"$2\"[^>]*value=\"[^\"]*\"" | head -1 | sed 's/.*value="//; s/"$//' || true
}
START=$(date +%s)
elapsed() { echo $(($(date +%s) - START)); }

echo "== tools"
missing=()
command -v sqlmap >/dev/null 2>&1 || missing+=(sqlmap)
command -v wapiti >/dev/null 2>&1 || missing+=(wapiti)
if [ ${#missing[@]} -gt 0 ]; then
    echo "   installing ${missing[*]} (Debian packages)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
SQLMAP_VERSION=$(sqlmap --version 2>/dev/null | sed -n 1p)
WAPITI_VERSION=$("$PY" -c 'from wapitiCore.main.wapiti import WAPITI_VERSION; print(WAPITI_VERSION.split()[-1])')
echo "   sqlmap $SQLMAP_VERSION, wapiti $WAPITI_VERSION"
# security_scan.py adjusts wapiti's internals, as they are in 3.0.4 (Debian bookworm)
[ "$WAPITI_VERSION" = 3.0.4 ] || echo "   warning: bench/security_scan.py was written for wapiti 3.0.4" >&2

echo "== the portal"
# A server of an earlier run left running (the script killed) is stopped; then everything starts afresh.
if [ -d "$SERVER" ]; then "$WLP/bin/server" stop "$NAME" >/dev/null 2>&1 || true; fi
if [ -f "$WORK/endpoint.pid" ]; then kill "$(cat "$WORK/endpoint.pid")" 2>/dev/null || true; fi
for port in "$HTTP" "$HTTPS" "$SSRF"; do
    if port_busy "$port"; then fail "port $port is in use (SCAN_HTTP_PORT, SCAN_HTTPS_PORT, SCAN_SSRF_PORT move them)"; fi
done
rm -rf "$WORK"
mkdir -p "$SERVER/apps" "$SERVER/lib" "$WORK/sqlmap" "$WORK/wapiti"

# The WAR is built when missing or older than a source; the Liberty runtime and the JDBC drivers come from the
# Liberty plugin (created once, like the other bench scripts do).
if [ ! -f target/civitas.war ] || [ -n "$(find src/main pom.xml liberty -newer target/civitas.war -type f -print -quit)" ]; then
    echo "   building the WAR (mvn -DskipTests package)"
    mvn -B -q -DskipTests package > "$WORK/build.log" 2>&1 || fail "the build failed: $WORK/build.log"
fi
if [ ! -x "$WLP/bin/server" ] || [ ! -f "$JDBC/derby.jar" ]; then
    echo "   creating the Liberty runtime (mvn liberty:create liberty:deploy)"
    mvn -B -q liberty:create liberty:deploy >> "$WORK/build.log" 2>&1 || fail "liberty:create failed: $WORK/build.log"
fi

stop_all() {
    if [ -f "$WORK/endpoint.pid" ]; then kill "$(cat "$WORK/endpoint.pid")" 2>/dev/null || true; rm -f "$WORK/endpoint.pid"; fi
    if [ -d "$SERVER" ] && "$WLP/bin/server" status "$NAME" >/dev/null 2>&1; then
        "$WLP/bin/server" stop "$NAME" >/dev/null 2>&1 || true
    fi
}
trap stop_all EXIT

# The server: the configuration of liberty/ (server.xml, db/, sessions/), the JDBC drivers and the built WAR, copied
# (a WAR of its own: a rebuild during the scan does not redeploy it). Limits that would turn a scanner's requests
# into refusals are raised, so that the scanners reach the code behind them: failed sign-ins per address, open-data
# requests a minute, and the per-account limits on proposals, votes, comments and reports.
cp -r liberty/server.xml liberty/db liberty/sessions "$SERVER/"
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
CIVITAS_PUBLIC_URL=$BASE
APP_UPDATE_TRIGGER=disabled
CIVITAS_SIGNIN_IP_MAX_FAILURES=1000000
CIVITAS_OPENDATA_REQUESTS_PER_MINUTE=1000000
CIVITAS_LIMIT_PROPOSALS_PER_DAY=100000
CIVITAS_LIMIT_VOTES_PER_MINUTE=100000
CIVITAS_LIMIT_COMMENTS_PER_10_MINUTES=100000
CIVITAS_LIMIT_REPORTS_PER_HOUR=100000
JVM_ARGS=-Xmx768m
ENV
echo "   starting $NAME on $BASE (database $WORK/derby)"
"$WLP/bin/server" start "$NAME" > "$WORK/server-start.log" 2>&1 || fail "the server did not start: $WORK/server-start.log"
( wait_ready "$BASE" 90 ) || fail "the server did not become ready: $SERVER/logs/messages.log"

echo "== signing in as $CITIZEN"
JAR=$WORK/cookies.txt
curl -fsS -c "$JAR" -b "$JAR" "$BASE/signin.xhtml" > "$WORK/signin.html"
answer=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR" -b "$JAR" "$BASE/signin.xhtml" \
    --data-urlencode signInForm_SUBMIT=1 --data-urlencode "email=$CITIZEN" --data-urlencode "password=$PASSWORD" \
    --data-urlencode submit=submit --data-urlencode "jakarta.faces.ViewState=$(field "$WORK/signin.html" jakarta.faces.ViewState)" \
    --data-urlencode "primefaces.nonce=$(field "$WORK/signin.html" primefaces.nonce)")
[ "$answer" = "302 $BASE/index.xhtml" ] || fail "the sign-in was refused ($answer)"
SESSION=$(awk '$6 == "CIVITAS_SESSION" {print $7}' "$JAR")
ME=$(curl -fsS -b "CIVITAS_SESSION=$SESSION" "$BASE/api/me")
[[ "$ME" == *'"CITIZEN"'* ]] || fail "signed in, but /api/me answers $ME"
echo "   session cookie CIVITAS_SESSION obtained; /api/me: $ME"

# A personal access token for the API targets (a bonus: the cookie is used when this fails), made on the token page.
TOKEN=$("$PY" "$HELPER" token "$BASE" "$SESSION" security-scan 2> "$WORK/token.log" || true)
if [ -n "$TOKEN" ] && curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/me"; then
    API_AUTH=(--headers="Authorization: Bearer $TOKEN"); echo "   personal access token created (${TOKEN:0:8}…): the API targets use it"
else
    API_AUTH=(--cookie="CIVITAS_SESSION=$SESSION"); echo "   no personal access token (the API targets use the session cookie)"
fi

# ---------------------------------------------------------------------------------------------------------- sqlmap
echo "== sqlmap (level $SQLMAP_LEVEL, risk $SQLMAP_RISK, $SQLMAP_THREADS threads)"
echo "$SQLMAP_VERSION" > "$WORK/sqlmap/version"
echo "$SQLMAP_LEVEL/$SQLMAP_RISK" > "$WORK/sqlmap/level"
# run_sqlmap <name> <time limit> <what, for the summary> <sqlmap arguments...>: one target in sqlmap/<name>/
# (console.log, rc, seconds, and sqlmap's own output: <name>/127.0.0.1/log lists the injection points it found)
run_sqlmap() {
    local name=$1 limit=$2 what=$3 dir=$WORK/sqlmap/$1 rc=0 began
    shift 3
    mkdir -p "$dir"
    echo "$name $what" >> "$WORK/sqlmap/targets.txt"
    echo "   $name: $what (at most ${limit} s)"
    began=$(date +%s)
    timeout "$limit" sqlmap --batch --level="$SQLMAP_LEVEL" --risk="$SQLMAP_RISK" --threads="$SQLMAP_THREADS" \
        --ignore-proxy --answers="issue=N" --disable-coloring --drop-set-cookie --output-dir="$dir" "$@" \
        < /dev/null > "$dir/console.log" 2>&1 || rc=$?
    echo "$rc" > "$dir/rc"
    echo $(($(date +%s) - began)) > "$dir/seconds"
}

# The REST list (ProposalsResource.list), with every parameter it reads.
run_sqlmap api-proposals "$SQLMAP_TIME" "GET /api/proposals (theme, district, status, q, sort, page, size)" \
    -u "$BASE/api/proposals?theme=mobilite&district=gare&status=PUBLISHED&q=v&sort=MOST_SUPPORTED&page=0&size=20" \
    -p "theme,district,status,q,sort,page,size" "${API_AUTH[@]}"
# The list page (proposal/list.xhtml's view parameters), signed in.
run_sqlmap proposals-page "$SQLMAP_TIME" "GET /proposals (theme, district, status, sort, q, page), signed in" \
    -u "$BASE/proposals?theme=mobilite&district=gare&status=PUBLISHED&sort=MOST_SUPPORTED&q=v&page=0" \
    -p "theme,district,status,sort,q,page" --cookie="CIVITAS_SESSION=$SESSION"
# The open-data change feed (OpenDataResource.json): since, and a cursor of that feed (from its own next link).
feed=$(curl -fsS "$BASE/api/opendata/v1/proposals.json?since=2020-01-01T00:00:00Z&limit=2" \
    | "$PY" -c 'import json, sys; print(json.load(sys.stdin).get("next") or "")')
[ -n "$feed" ] || fail "the open-data feed gave no next link"
run_sqlmap opendata "$SQLMAP_TIME" "GET /api/opendata/v1/proposals.json (since, cursor, limit)" \
    -u "$feed" -p "since,cursor,limit" "${API_AUTH[@]}"
# The sign-in form. A Faces postback needs the view state and CSP nonce of a view of its own session, so before each
# request sqlmap's --eval opens the form in a new session and takes the three; it also makes the email's local part
# unique (scanuser -> scan<random>), or the 5-failures-per-email lock (SignInGuard) would change the answer after five
# tries of one value and sqlmap would take the change for an injection. A real injection into the sign-in would sign
# in, i.e. show no error: --not-string says so (on every failure the page shows a "message-error").
cat > "$WORK/sqlmap/signin-eval.py" <<PY
import random, re, urllib.parse, urllib.request as u, http.cookiejar as c
j = c.CookieJar()
o = u.build_opener(u.ProxyHandler({}), u.HTTPCookieProcessor(j))
p = o.open("$BASE/signin.xhtml", timeout=60).read().decode("utf-8")
jakarta.faces.ViewState = re.search('name="jakarta[.]faces[.]ViewState"[^>]*value="([^"]*)"', p).group(1)
primefaces.nonce = re.search('name="primefaces[.]nonce" value="([^"]*)"', p).group(1)
CIVITAS_SESSION = [k.value for k in j if k.name == "CIVITAS_SESSION"][0]
email = urllib.parse.quote_plus(email.replace("scanuser", "scan%d" % random.randrange(10 ** 9)), safe="@")
del p
PY
run_sqlmap signin "$SQLMAP_SIGNIN_TIME" "POST /signin.xhtml (email, password)" \
    -u "$BASE/signin.xhtml" -p "email,password" --cookie="CIVITAS_SESSION=x" --not-string="message-error" \
    --data="signInForm_SUBMIT=1&email=scanuser%40civitas.example&password=not-the-password&submit=submit&jakarta.faces.ViewState=x&primefaces.nonce=x" \
    --eval="$(cat "$WORK/sqlmap/signin-eval.py")"

# ---------------------------------------------------------------------------------------------------------- wapiti
budget=$WAPITI_TIME
left=$((TOTAL_TIME - $(elapsed) - 30))
if [ "$left" -lt "$budget" ]; then budget=$(( left > 120 ? left : 120 )); fi
echo "== wapiti (modules $WAPITI_MODULES; budget ${budget} s: crawl at most ${WAPITI_CRAWL_TIME} s, each module at most ${WAPITI_MODULE_TIME} s)"
echo "$WAPITI_VERSION" > "$WORK/wapiti/version"
echo "$WAPITI_MODULES" > "$WORK/wapiti/modules"
"$PY" "$HELPER" endpoint "$SSRF" "$WORK/wapiti/ssrf-hits.log" > "$WORK/wapiti/endpoint.log" 2>&1 &
echo $! > "$WORK/endpoint.pid"
for _ in $(seq 1 50); do port_busy "$SSRF" && break; sleep 0.1; done
port_busy "$SSRF" || fail "the SSRF endpoint did not start: $WORK/wapiti/endpoint.log"
"$PY" "$HELPER" cookies CIVITAS_SESSION "$SESSION" 127.0.0.1 "$WORK/wapiti/cookies.json"
# Scope "folder" on $BASE/: only URLs starting with http://127.0.0.1:$HTTP/ are crawled (not other ports, hosts).
# The start URLs add what no page links to: the API's parameterised lists, the oEmbed endpoint (it takes a URL).
# "lang" (the language links of every page) is dropped from crawled links, or every page would be crawled twice.
# The Swagger UI's files (/openapi/ui) are left out. There is no sign-out URL: the sign-out is a form (see
# security_scan.py). The Faces view state and nonce are not attacked themselves (they are replaced on every post).
rc=0; began=$(date +%s)
timeout $((budget + 90)) env LANG=C.UTF-8 LC_ALL=C.UTF-8 "$PY" "$HELPER" wapiti "$WORK/wapiti/status.json" "$budget" \
    -u "$BASE/" --scope folder -m "$WAPITI_MODULES" -c "$WORK/wapiti/cookies.json" \
    -s "$BASE/index.xhtml?lang=en" -s "$BASE/proposals?theme=mobilite&district=gare&sort=MOST_SUPPORTED&q=v" \
    -s "$BASE/api/proposals?theme=mobilite&district=gare&status=PUBLISHED&q=v&sort=NEWEST&page=0&size=20" \
    -s "$feed" -s "$BASE/oembed?url=$BASE/proposals/1&format=json" -s "$BASE/account/index.xhtml" \
    -x "$BASE/openapi/ui/*" -r lang --skip jakarta.faces.ViewState --skip primefaces.nonce \
    --endpoint "http://127.0.0.1:$SSRF/" --max-scan-time "$WAPITI_CRAWL_TIME" --max-attack-time "$WAPITI_MODULE_TIME" \
    -t 10 --no-bugreport --flush-session --store-session "$WORK/wapiti/session" --store-config "$WORK/wapiti/config" \
    -f json -o "$WORK/wapiti/report.json" -v 1 < /dev/null > "$WORK/wapiti/console.log" 2>&1 || rc=$?
echo "$rc" > "$WORK/wapiti/rc"
echo $(($(date +%s) - began)) > "$WORK/wapiti/seconds"

# ---------------------------------------------------------------------------------------------------------- checks
# The responses stored-XSS payloads were found in (a download a browser does not run, or a page?)
"$PY" "$HELPER" found-in "$WORK/wapiti/report.json" "$SESSION" "$WORK/wapiti/found-in.json" 2> "$WORK/wapiti/found-in.log" || true
# Was the scan signed in to the end, and is the server still up?
ME_AFTER=$(curl -sS -b "CIVITAS_SESSION=$SESSION" "$BASE/api/me" || true)
if "$PY" -c 'import json, sys; sys.exit(json.loads(sys.argv[1])["id"] != json.loads(sys.argv[2])["id"])' "$ME" "$ME_AFTER" 2>/dev/null; then
    echo "session: still signed in as $CITIZEN after the scans" >> "$WORK/checks"
else
    echo "FAILED session: no longer signed in as $CITIZEN after the scans (/api/me: ${ME_AFTER:-no answer})" >> "$WORK/checks"
fi
if ! curl -fs -o /dev/null "$BASE/health/ready"; then
    echo "FAILED server: not ready any more after the scans ($SERVER/logs/messages.log)" >> "$WORK/checks"
fi
echo "== stopping $NAME"
stop_all
trap - EXIT

echo
echo "===== security scan summary ====="
code=0
"$PY" "$HELPER" summary "$WORK" "$(elapsed)" || code=$?
exit "$code"
