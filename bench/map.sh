#!/usr/bin/env bash
# The map of the list at Decide Madrid's scale (issue #21): 30,000 proposals, three in four with a pin spread over a
# town of 12 km by 10 km (denser in its centre), on PostgreSQL; GET /api/proposals/map at 4 connections for DURATION
# seconds (30 by default) after a warm-up, each request an area and zoom at random (from the whole town at zoom 12 to
# a street at zoom 18, a third of them with a theme filter); prints requests/s, p50 and p99 in ms, and the largest
# answer. The pins are grouped in the database: an answer's size depends on the area, not on the number of proposals.
#
#   bench/map.sh
#
# The database (MAP_DB, default civitas_map) is generated once and kept: the demo town, then 20,000 accounts and
# 30,000 proposals (bench/GenerateTown.java), placed by SQL. Needs PostgreSQL on 127.0.0.1:5432 (PG_USER, trust or
# PGPASSWORD) and wrk. Uses port 9080: stop any other Civitas server of this checkout first.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_HOST=${PG_HOST:-127.0.0.1}
PG_USER=${PG_USER:-postgres}
DB=${MAP_DB:-civitas_map}
CONNS=${CONNS:-4}
DURATION=${DURATION:-30}
WARMUP_MIN=${WARMUP_MIN:-3}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-8}
WORK=$(mktemp -d)
VACUUM_TABLES="proposal"
. bench/lib.sh
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

demo_portal

if new_demo_db; then
    java -cp "$CP" bench/GenerateTown.java "$JDBC_URL" 20000 30000 0 0
    # Three in four placed, around the demo's centre (47.2378, 6.0241): a square root spreads them denser inside
    psql_db -d "$DB" <<'SQL'
UPDATE proposal SET
    latitude = 47.2378 + 0.045 * sqrt(((id * 7919) % 1000) / 1000.0) * cos(((id * 104729) % 6283) / 1000.0),
    longitude = 6.0241 + 0.08 * sqrt(((id * 7919) % 1000) / 1000.0) * sin(((id * 104729) % 6283) / 1000.0),
    place_label = 'Adresse ' || id
    WHERE id % 4 <> 3 AND author_id IN (SELECT id FROM account WHERE email LIKE 'bench%');
SQL
fi
psql_db -d "$DB" -c "VACUUM ANALYZE proposal"
echo "   $(psql_db -d "$DB" -c "SELECT COUNT(*) FROM proposal WHERE status <> 'DRAFT'") public proposals, $(psql_db -d "$DB" -c "SELECT COUNT(*) FROM proposal WHERE latitude IS NOT NULL") with a pin"

lua="$WORK/map.lua"
cat > "$lua" <<'LUA'
local counter = 0
function setup(thread) counter = counter + 1; thread:set("seed", counter * 7919) end
function init(args) math.randomseed(seed) end
local themes = {"mobilite", "environnement", "culture", "solidarite"}
request = function()
    local zoom = math.random(12, 18)
    -- The area a 1280 by 600 pixels map shows at that zoom, somewhere in the town
    local width = 1280 * 360 / (256 * 2 ^ zoom)
    local height = width * 600 / 1280 * 0.68
    local lat = 47.2378 + (math.random() - 0.5) * 0.08
    local lon = 6.0241 + (math.random() - 0.5) * 0.14
    local path = string.format("/api/proposals/map?bbox=%.5f,%.5f,%.5f,%.5f&zoom=%d", lon - width / 2,
        lat - height / 2, lon + width / 2, lat + height / 2, zoom)
    if math.random() < 0.33 then path = path .. "&theme=" .. themes[math.random(#themes)] end
    return wrk.format("GET", path)
end
LUA

echo "== starting the portal on $DB"
mvn -B -q liberty:start
trap 'mvn -B -q liberty:stop >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
wait_ready "$BASE"
PID=$(server_pid)
whole="$BASE/api/proposals/map?bbox=5.90,47.18,6.15,47.30&zoom=12"
curl -fs "$whole" > "$WORK/whole.json"
echo "   the whole town at zoom 12: $(grep -o '"count"' "$WORK/whole.json" | wc -l) groups, $(wc -c < "$WORK/whole.json") bytes, total $(grep -o '"total":[0-9]*' "$WORK/whole.json")"
curl -fs "$BASE/api/proposals/map?bbox=5.90,47.18,6.15,47.30&zoom=22" > "$WORK/closest.json"
echo "   the whole town asked at zoom 22: $(grep -o '"count"' "$WORK/closest.json" | wc -l) groups, $(wc -c < "$WORK/closest.json") bytes (at most 48 squares across)"
warm map -s "$lua" "$BASE/"
echo "requests/s p50-ms p99-ms peak-heap-MB errors"
wrk_run map "$BASE/" "$lua"
echo "$CONNS connections, ${DURATION} s; PostgreSQL, Liberty (-Xmx1g) and wrk on this machine"
