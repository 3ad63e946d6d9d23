# Shared by the benchmark scripts (sourced, not run).

# wait_ready <base url> [tries]: waits (2 s a try) until Liberty's readiness check answers, or stops the script.
wait_ready() {
    for _ in $(seq 1 "${2:-120}"); do
        curl -fs "$1/health/ready" >/dev/null 2>&1 && return 0
        sleep 2
    done
    echo "the server at $1 did not become ready" >&2; exit 1
}

# The process id of the running Civitas server.
server_pid() { pgrep -f "ws-server.jar.*civitas" | head -1; }

# psql on the benchmark's PostgreSQL (PG_HOST, PG_USER), unaligned, stopping at the first error.
psql_db() { psql -h "$PG_HOST" -U "$PG_USER" -v ON_ERROR_STOP=1 -qAt "$@"; }

# wrong_tallies <database>: how many proposals have tallies that differ from their votes (must be 0).
wrong_tallies() {
    psql_db -d "$1" -c "SELECT COUNT(*) FROM proposal p
        WHERE p.votes_for <> (SELECT COUNT(*) FROM vote v WHERE v.proposal_id = p.id AND v.choice = 'FOR')
           OR p.votes_against <> (SELECT COUNT(*) FROM vote v WHERE v.proposal_id = p.id AND v.choice = 'AGAINST')"
}
