#!/bin/sh
# bench/draw.sh — how long `polgraph draw` takes on a big graph.
#
#   sh bench/draw.sh [ACTORS] [RELATIONS]      (default 2000 and 6000)
#
# Generates a graph JSON with ACTORS actors (60% persons, 25% organizations,
# 15% countries) and RELATIONS relations of every type, with a few hubs
# (preferential attachment, so the degrees look like news networks), then
# times `polgraph draw` with the automatic engine (sfdp at this size) to
# SVG and PNG, and the DOT export. Prints one line per step. Deterministic:
# the same arguments give the same graph.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PG=${POLGRAPH:-$ROOT/build/polgraph}
N=${1:-2000}
M=${2:-6000}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/polgraph-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

awk -v n="$N" -v m="$M" 'BEGIN {
    srand(42)
    split("call statement criticism support meeting visit affiliation", rel, " ")
    split("statement statement statement criticism criticism support call meeting visit affiliation", pick, " ")
    printf "{\"format\": \"polgraph-graph\", \"version\": 1,\n"
    printf " \"documents\": [{\"id\": \"bench\", \"title\": \"Synthetic network of %d actors\", \"date\": \"2025-01-01\", \"source\": \"bench\", \"url\": \"\"}],\n", n
    printf " \"nodes\": [\n"
    for (i = 0; i < n; i++) {
        r = i % 20
        type = r < 12 ? "person" : (r < 17 ? "organization" : "country")
        printf "  {\"id\": \"a%05d\", \"label\": \"Actor %d %s\", \"type\": \"%s\", \"aliases\": [], \"titles\": [%s], \"handles\": [], \"mentions\": %d, \"metrics\": {}}%s\n", \
            i, i, (type == "person" ? "Name" : "Body"), type, (type == "person" && i % 3 == 0 ? "\"Minister\"" : ""), 1 + int(rand() * 9), (i < n - 1 ? "," : "")
    }
    printf " ],\n \"edges\": [\n"
    # preferential attachment on targets: ends[] holds one entry per endpoint
    k = 0
    for (e = 0; e < m; e++) {
        s = int(rand() * n)
        if (k > 0 && rand() < 0.7) t = ends[int(rand() * k)]; else t = int(rand() * n)
        if (t == s) t = (s + 1) % n
        ends[k++] = t
        ty = pick[1 + int(rand() * 10)]
        key = s " " t " " ty
        if (key in seen) continue
        seen[key] = 1
        lines[++nl] = sprintf("  {\"source\": \"a%05d\", \"target\": \"a%05d\", \"type\": \"%s\", \"weight\": %d, \"evidence\": [{\"doc\": \"bench\", \"sentence\": %d, \"start\": 0, \"end\": 10, \"text\": \"Actor %d said something about Actor %d.\", \"date\": \"2025-01-01\"}]}", s, t, ty, 1 + int(rand() * rand() * 6), e, s, t)
    }
    for (i = 1; i <= nl; i++) printf "%s%s\n", lines[i], (i < nl ? "," : "")
    printf " ]\n}\n"
}' > "$WORK/big.json"

now() { date +%s.%N; }
step() {
    what=$1
    shift
    t0=$(now)
    "$@" > /dev/null
    t1=$(now)
    printf '%-40s %6.2f s\n' "$what" "$(echo "$t1 - $t0" | bc)"
}
edges=$(grep -c '"source"' "$WORK/big.json")
echo "draw benchmark: $N actors, $edges relations ($(uname -m), $(nproc) CPUs)"
step "svg (metrics computed on the fly)" "$PG" draw -q -o "$WORK/big.svg" "$WORK/big.json"
step "png (metrics computed on the fly)" "$PG" draw -q -o "$WORK/big.png" "$WORK/big.json"
step "svg --size-by mentions (no metrics)" "$PG" draw -q --size-by mentions -o "$WORK/big2.svg" "$WORK/big.json"
step "--top 50 (dot engine)" "$PG" draw -q --top 50 -o "$WORK/top.svg" "$WORK/big.json"
step "export --to dot" "$PG" export --to dot -o "$WORK/big.dot" "$WORK/big.json"
echo "svg size: $(wc -c < "$WORK/big.svg") bytes; engine: $(grep -o 'layout=[a-z]*' "$WORK/big.dot" | head -1)"
if [ -n "${KEEP:-}" ]; then cp "$WORK/big.json" "$WORK/big.png" "$WORK/top.svg" "$KEEP"/; fi
