#!/usr/bin/env bash
# Search at Decide Madrid's scale (issue #21): 30,000 proposals and 250,000 comments on PostgreSQL, searched through
# GET /api/search at 4 connections for DURATION seconds (30 by default) after a warm-up; prints requests/s, p50 and
# p99 in ms. The aim: p99 under 150 ms.
#
#   bench/search.sh
#
# The database (SEARCH_DB, default civitas_search) is generated once and kept: the demo town, then 50,000 accounts,
# 30,000 proposals and 250,000 comments (bench/GenerateTown.java), whose texts are then given words of a town's life
# (two of 120 per proposal, one per comment: each word is in about 500 proposals and 2,000 comments, as a real word
# is). Each request searches one or two of those words at random, half of them written with accents or capitals.
# Needs PostgreSQL on 127.0.0.1:5432 (PG_USER, trust or PGPASSWORD) and wrk. Uses port 9080: stop any other Civitas
# server of this checkout first.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_HOST=${PG_HOST:-127.0.0.1}
PG_USER=${PG_USER:-postgres}
DB=${SEARCH_DB:-civitas_search}
CONNS=${CONNS:-4}
DURATION=${DURATION:-30}
WARMUP_MIN=${WARMUP_MIN:-3}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-8}
WORK=$(mktemp -d)
VACUUM_TABLES="proposal, comment"
. bench/lib.sh
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

# Words of a town's life, with their accents
WORDS=(école vélo piste cyclable jardin arbre parc fontaine banc éclairage trottoir bibliothèque piscine marché
  théâtre musée stade gymnase crèche cantine collège lycée quartier rue place pont rivière berge forêt potager
  compost poubelle déchet recyclage tri bus tramway navette parking stationnement voiture trafic bruit sécurité
  passage piéton feu carrefour rond-point chaussée nid-de-poule propreté graffiti fresque concert fête festival
  association jeunesse aînés solidarité santé médecin pharmacie épicerie commerce boulangerie café terrasse kiosque
  wifi numérique mairie citoyen budget impôt énergie solaire chauffage isolation rénovation logement social eau
  pluie inondation canicule fraîcheur ombre végétalisation abeille oiseau chien chat sentier randonnée balade
  toilettes douche vestiaire skatepark aire jeux enfants famille handicap accessibilité ascenseur rampe escalier
  gare train horaire navette covoiturage trottinette borne recharge électrique lumière nuit silence voisinage)

demo_portal

if new_demo_db; then
    psql_db -d "$DB" -c "VACUUM ANALYZE"
    java -cp "$CP" bench/GenerateTown.java "$JDBC_URL" 50000 30000 0 250000
    words_sql=$(printf "'%s'," "${WORDS[@]}")
    words_sql="ARRAY[${words_sql%,}]"
    n=${#WORDS[@]}
    psql_db -d "$DB" <<SQL
UPDATE proposal SET title = 'Proposition ' || ($words_sql)[1 + id % $n] || ' et ' || ($words_sql)[1 + (id * 7) % $n] || ' ' || id,
    summary = 'Pour ' || ($words_sql)[1 + id % $n] || ' dans notre quartier.'
    WHERE author_id IN (SELECT id FROM account WHERE email LIKE 'bench%');
UPDATE comment SET body = 'Commentaire ' || id || ' : il faudrait penser à ' || ($words_sql)[1 + (id * 13) % $n] || ' aussi.'
    WHERE account_id IN (SELECT id FROM account WHERE email LIKE 'bench%');
SQL
fi
psql_db -d "$DB" -c "VACUUM ANALYZE"
echo "   $(psql_db -d "$DB" -c "SELECT COUNT(*) FROM proposal") proposals, $(psql_db -d "$DB" -c "SELECT COUNT(*) FROM comment") comments"

# The requests: one or two words at random (a seed per wrk thread), half written in capitals or without accents
lua="$WORK/search.lua"
{
    printf 'local words = {'
    for w in "${WORDS[@]}"; do printf '"%s",' "$w"; done
    printf '"ECOLE","velo","bibliotheque","PISCINE","eclairage","securite","energie","jeunesse"}\n'
    cat <<'LUA'
local counter = 0
function setup(thread) counter = counter + 1; thread:set("seed", counter * 7919) end
function init(args) math.randomseed(seed) end
local function enc(s) return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)) end
request = function()
    local q = words[math.random(#words)]
    if math.random() < 0.5 then q = q .. " " .. words[math.random(#words)] end
    return wrk.format("GET", "/api/search?q=" .. enc(q))
end
LUA
} > "$lua"

echo "== starting the portal on $DB"
mvn -B -q liberty:start
trap 'mvn -B -q liberty:stop >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
wait_ready "$BASE"
PID=$(server_pid)
curl -fs "$BASE/api/search?q=piscine" > "$WORK/first.json"
echo "   $(head -c 200 "$WORK/first.json") ..."
warm search -s "$lua" "$BASE/"
echo "requests/s p50-ms p99-ms peak-heap-MB errors"
wrk_run search "$BASE/" "$lua"
echo "$CONNS connections, ${DURATION} s; PostgreSQL, Liberty (-Xmx1g) and wrk on this machine"
