#!/usr/bin/env bash
# The last hour of a popular campaign (issue #23): BACKERS (200) residents pledging at once through the payment
# service's flow (bench/FundingRush.java plays the service and the backers): the pledges' rate and p99, then that every
# payment taken is counted once, the campaign's totals are exact and its reward is never oversold.
#
#   bench/funding-rush.sh                        # 200 backers, 10 pledges each, a reward of 300
#   BACKERS=50 EACH=4 bench/funding-rush.sh
#
# The database (FUNDING_DB, default civitas_funding) is generated once and kept: the demo town and 1,000 residents
# with personal access tokens. Each run opens two new keep-what-is-raised campaigns (a reward of REWARDS) on an
# accepted proposal of the demo: the first is rushed once by other residents to warm the portal up (BACKERS at most
# 500), the second is measured. Needs PostgreSQL on 127.0.0.1:5432 (PG_USER, trust or PGPASSWORD). Uses
# ports 9080 (the portal) and PROVIDER_PORT (9099, the payment service): stop any other Civitas server first.
set -euo pipefail
cd "$(dirname "$0")/.."

BACKERS=${BACKERS:-200}
EACH=${EACH:-10}
REWARDS=${REWARDS:-300}
PROVIDER_PORT=${PROVIDER_PORT:-9099}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_USER=${PG_USER:-postgres}
DB=${FUNDING_DB:-civitas_funding}
SECRET=bench-webhook-secret
. bench/lib.sh
demo_portal
export CIVITAS_PAYMENT_URL="http://127.0.0.1:$PROVIDER_PORT/pay" CIVITAS_PAYMENT_API_KEY=bench-key
export CIVITAS_PAYMENT_WEBHOOK_SECRET=$SECRET CIVITAS_PAYMENT_TIMEOUT_SECONDS=10

if new_demo_db; then
    java -cp "$CP" bench/GenerateTown.java "$JDBC_URL" 1000 0 0 0 | sed -n 1p
    bench_tokens "$DB" 1000
fi
FIRST=$(psql_db -d "$DB" -c "SELECT MIN(id) FROM account WHERE email LIKE 'bench%'")
OFFICIAL=$(psql_db -d "$DB" -c "SELECT id FROM account WHERE email = 'elue@civitas.example'")
TARGET=$(psql_db -d "$DB" -c "SELECT id FROM proposal WHERE status IN ('ACCEPTED', 'IN_PROGRESS') AND envelope_id IS NULL ORDER BY id LIMIT 1")
# new_campaign: a keep-what-is-raised campaign with a reward of $REWARDS; prints "<campaign> <reward>"
new_campaign() {
    local campaign reward
    campaign=$(psql_db -d "$DB" -c "INSERT INTO funding_campaign (version, target_kind, target_id, kind, title, purpose,
        goal_cents, closes_on, mode, status, raised_cents, backers, created_by, created_at, changed_at)
        VALUES (1, 'PROPOSAL', $TARGET, 'DONATION', 'La dernière heure ' || now(), 'Le banc d’essai.', 5000000,
        current_date + 1, 'KEEP_WHAT_IS_RAISED', 'OPEN', 0, 0, $OFFICIAL, now(), now()) RETURNING id" | head -1)
    reward=$(psql_db -d "$DB" -c "INSERT INTO funding_reward (version, campaign_id, position, title, min_cents, quantity,
        taken, changed_at) VALUES (1, $campaign, 1, 'Une plaque', 2000, $REWARDS, 0, now()) RETURNING id" | head -1)
    echo "$campaign $reward"
}
read -r WARM_CAMPAIGN WARM_REWARD <<< "$(new_campaign)"
read -r CAMPAIGN REWARD <<< "$(new_campaign)"
# The rate limit counts pledges per account and hour: a fresh hour for the generated residents
psql_db -d "$DB" -c "DELETE FROM rate_event WHERE limit_name = 'pledge'"
echo "   campaign $CAMPAIGN, reward $REWARD ($REWARDS), residents from account $FIRST (the warm-up: campaign $WARM_CAMPAIGN, residents from account $((FIRST + 500)))"

echo "== starting the portal on $DB"
mvn -B -q liberty:start
trap 'mvn -B -q liberty:stop >/dev/null 2>&1 || true' EXIT
wait_ready "$BASE"
# The same rush once on another campaign by other residents: the portal's code is compiled by the JIT before the
# measured one
echo "== warm-up"
java -cp "$CP" bench/FundingRush.java "$BASE" "$JDBC_URL" "$WARM_CAMPAIGN" "$WARM_REWARD" "$((FIRST + 500))" \
    "$BACKERS" "$EACH" "$PROVIDER_PORT" "$SECRET" > /dev/null
echo "== measured"
java -cp "$CP" bench/FundingRush.java "$BASE" "$JDBC_URL" "$CAMPAIGN" "$REWARD" "$FIRST" "$BACKERS" "$EACH" \
    "$PROVIDER_PORT" "$SECRET"
echo "PostgreSQL, Liberty (-Xmx1g), the backers and the payment service on this machine"
