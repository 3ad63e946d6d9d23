#!/usr/bin/env bash
# The daily digest run at Decide Madrid's scale (issue #21): 500,000 accounts, half of them following something and
# with news in the last day; how long the run takes to prepare every digest (one INSERT ... SELECT of the people with
# news, through the outbox; each digest's text is written when it is sent). The aim: under 2 minutes.
#
#   bench/digest-run.sh                      # 500,000 accounts
#   ACCOUNTS=50000 DIGEST_DB=civitas_digest_small bench/digest-run.sh
#
# The database (DIGEST_DB, default civitas_digest) is generated once and kept: the demo town, then ACCOUNTS accounts
# (bench/GenerateTown.java); then, each run, the news: half the generated accounts follow one of the demo's proposals
# and have two unread notifications of the last 20 hours (a new comment, a new proposal), everyone two read ones of
# last week, a tenth want comments weekly and a twentieth never. Mail goes to a port where nothing listens (the digests
# wait in the outbox: sending is the SMTP server's pace, not the run's). The portal starts with its own schedule off, and
# the benchmark asks for the run as an administrator (POST /api/digests/daily), three times on the same news.
# Needs PostgreSQL on 127.0.0.1:5432 (PG_USER, trust or PGPASSWORD). Uses port 9080: stop any other Civitas server of
# this checkout first.
set -euo pipefail
cd "$(dirname "$0")/.."

ACCOUNTS=${ACCOUNTS:-500000}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_USER=${PG_USER:-postgres}
DB=${DIGEST_DB:-civitas_digest}
. bench/lib.sh
export CIVITAS_MAIL_HOST=127.0.0.1 CIVITAS_MAIL_PORT=2 CIVITAS_DIGEST_SCHEDULED=false
demo_portal

if new_demo_db; then
    java -cp "$CP" bench/GenerateTown.java "$JDBC_URL" "$ACCOUNTS" 0 0 0 | sed -n 1p
fi

echo "== the news of the last day"
PROPOSAL=$(psql_db -d "$DB" -c "SELECT id FROM proposal WHERE status <> 'DRAFT' AND hidden_at IS NULL ORDER BY id LIMIT 1")
# Statistics first: the generated accounts are new to the planner, which would otherwise loop over them row by row
psql_db -d "$DB" -c "VACUUM ANALYZE"
psql_db -d "$DB" <<SQL
DELETE FROM digest_mail;
DELETE FROM digest_run;
DELETE FROM notification n USING account a WHERE a.id = n.account_id AND a.email LIKE 'bench%';
DELETE FROM notice_preference p USING account a WHERE a.id = p.account_id AND a.email LIKE 'bench%';
INSERT INTO follow (version, account_id, kind, target_id, created_at)
    SELECT 1, a.id, 'PROPOSAL', $PROPOSAL, now() FROM account a WHERE a.email LIKE 'bench%' AND a.id % 2 = 0
    AND NOT EXISTS (SELECT 1 FROM follow f WHERE f.account_id = a.id AND f.kind = 'PROPOSAL' AND f.target_id = $PROPOSAL);
INSERT INTO notification (version, account_id, kind, proposal_id, created_at)
    SELECT 1, a.id, k.kind, $PROPOSAL, now() - (a.id % 1200) * interval '1 minute' FROM account a
    CROSS JOIN (VALUES ('COMMENT'), ('NEW_PROPOSAL')) k (kind) WHERE a.email LIKE 'bench%' AND a.id % 2 = 0;
INSERT INTO notification (version, account_id, kind, proposal_id, created_at, read_at)
    SELECT 1, a.id, k.kind, $PROPOSAL, now() - interval '8 days', now() - interval '7 days' FROM account a
    CROSS JOIN (VALUES ('COMMENT'), ('ANSWER')) k (kind) WHERE a.email LIKE 'bench%';
INSERT INTO notice_preference (account_id, kind, cadence, changed_at)
    SELECT a.id, 'COMMENT', CASE WHEN a.id % 20 = 0 THEN 'NEVER' ELSE 'WEEKLY' END, now() FROM account a
    WHERE a.email LIKE 'bench%' AND a.id % 10 = 0;
VACUUM ANALYZE;
SQL
echo "   $(psql_db -d "$DB" -c "SELECT COUNT(*) FROM account") accounts, $(psql_db -d "$DB" -c "SELECT COUNT(DISTINCT account_id) FROM follow") following something, $(psql_db -d "$DB" -c "SELECT COUNT(*) FROM notification") notifications"

echo "== starting the portal on $DB"
mvn -B -q liberty:start
trap 'mvn -B -q liberty:stop >/dev/null 2>&1 || true' EXIT
wait_ready "$BASE"
java -cp "$CP" bench/DigestRunBench.java "$BASE" admin@civitas.example demo-civitas-2026 "$JDBC_URL"
echo "PostgreSQL, Liberty (-Xmx1g) and the client on this machine"
