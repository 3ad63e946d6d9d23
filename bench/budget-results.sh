#!/usr/bin/env bash
# Results of a Paris-sized participatory budget (budgets.results): both counting rules on a generated vote of 250,000
# voters (one town-wide envelope of 300 projects, 20 district envelopes), under a heap ceiling. Prints each rule's
# time for all envelopes and for the town-wide one, the runs of equal shares' Add1 completion, the peak heap, and the
# time to stream the town-wide envelope as a Pabulib file. Pure Java: no server, no database.
#
#   bench/budget-results.sh                    # 250,000 voters, heap at most 512 MB
#   BENCH_HEAP=256m bench/budget-results.sh    # the same under a lower ceiling
#   VERBOSE=1 bench/budget-results.sh 50000 7  # 50,000 voters, another seed, a line per envelope
set -euo pipefail
cd "$(dirname "$0")/.."

HEAP=${BENCH_HEAP:-512m}

mvn -B -q compile
java -Xmx"$HEAP" -cp target/classes bench/BudgetResults.java "$@"
