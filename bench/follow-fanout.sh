#!/usr/bin/env bash
# An answer to a proposal that 100,000 people follow (issue #21): the official's request, then the fan-out that tells
# every follower after the answer commits (their notifications written through the outbox: one INSERT ... SELECT).
# The aim: the official's request under 200 ms; the followers told after the commit, not during the request.
#
#   bench/follow-fanout.sh                     # 100,000 followers
#   FOLLOWERS=20000 FOLLOW_DB=civitas_follow_small bench/follow-fanout.sh
#
# The database (FOLLOW_DB, default civitas_follow) is generated once and kept: the demo town, then FOLLOWERS accounts
# (bench/GenerateTown.java) who all follow one of the demo's proposals under review. Each run puts that proposal back
# under review and answers it three times (accepted, in progress, implemented) as the demo's official, through the
# answer form. Needs PostgreSQL on 127.0.0.1:5432 (PG_USER, trust or PGPASSWORD). Uses port 9080: stop any other
# Civitas server of this checkout first.
set -euo pipefail
cd "$(dirname "$0")/.."

FOLLOWERS=${FOLLOWERS:-100000}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_USER=${PG_USER:-postgres}
DB=${FOLLOW_DB:-civitas_follow}
. bench/lib.sh
demo_portal

if new_demo_db; then
    java -cp "$CP" bench/GenerateTown.java "$JDBC_URL" "$FOLLOWERS" 0 0 0 | sed -n 1p
fi
# The proposal of the earlier runs (the one the generated accounts follow), or the demo's first under review
PROPOSAL=$(psql_db -d "$DB" -c "SELECT f.target_id FROM follow f JOIN account a ON a.id = f.account_id
    WHERE f.kind = 'PROPOSAL' AND a.email LIKE 'bench%' GROUP BY f.target_id ORDER BY COUNT(*) DESC LIMIT 1")
[ -n "$PROPOSAL" ] || PROPOSAL=$(psql_db -d "$DB" -c "SELECT id FROM proposal WHERE status = 'UNDER_REVIEW' ORDER BY id LIMIT 1")
# Every generated account follows it (once); the proposal is under review again, as before its first answer.
psql_db -d "$DB" -c "INSERT INTO follow (version, account_id, kind, target_id, created_at)
    SELECT 1, a.id, 'PROPOSAL', $PROPOSAL, now() FROM account a WHERE a.email LIKE 'bench%'
    AND NOT EXISTS (SELECT 1 FROM follow f WHERE f.account_id = a.id AND f.kind = 'PROPOSAL' AND f.target_id = $PROPOSAL)"
psql_db -d "$DB" -c "UPDATE proposal SET status = 'UNDER_REVIEW' WHERE id = $PROPOSAL"
psql_db -d "$DB" -c "VACUUM ANALYZE"
followers=$(psql_db -d "$DB" -c "SELECT COUNT(*) FROM follow WHERE kind = 'PROPOSAL' AND target_id = $PROPOSAL")
echo "   proposal $PROPOSAL: $followers followers"

echo "== starting the portal on $DB"
mvn -B -q liberty:start
trap 'mvn -B -q liberty:stop >/dev/null 2>&1 || true' EXIT
wait_ready "$BASE"
# The portal's first requests compile its code: a few pages first, as visitors would
for _ in $(seq 1 20); do curl -s -o /dev/null "$BASE/proposals/$PROPOSAL"; done
java -cp "$CP" bench/FollowFanOut.java "$BASE" elue@civitas.example demo-civitas-2026 "$PROPOSAL" "$JDBC_URL"
echo "$followers followers; PostgreSQL, Liberty (-Xmx1g) and the client on this machine"
