#!/bin/sh
# metrics.sh — how much `polgraph metrics` costs over bare igraph.
#
#   sh bench/metrics.sh            (N=100000 M=1000000 CUTOFF=2 by default)
#   N=20000 M=200000 CUTOFF=0 sh bench/metrics.sh     (exact path metrics)
#   SKIP_PATHS=1 sh bench/metrics.sh                  (no betweenness/closeness/harmonic)
#   REPEAT=3 sh bench/metrics.sh                      (best of 3 runs each)
#
# Generates a graph of N actors and M relations (bench/gen_graph.c, fixed
# seed), then times
#   - polgraph metrics on the graph JSON (load, compute and output timed
#     separately by --timings), and
#   - bench/metrics_bare.c: the same igraph calls with the same parameters
#     on the same network, read from a plain binary link list,
# and reports compute(polgraph) / compute(bare) in CPU seconds — the
# figure, goal <= 1.2 — with the wall-clock ratio, the CPU seconds of each
# step side by side, and the JSON load time on its own line. Exact betweenness, closeness and
# harmonic centrality cost O(N*M) (about an hour each at 100k/1M), so by
# default both sides follow paths of at most CUTOFF links (--cutoff);
# CUTOFF=0 is exact. Finally checks that both computed the same values.
# Everything is built into build/bench/; nothing here runs in `make test`.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/build/bench"
N=${N:-100000}
M=${M:-1000000}
CUTOFF=${CUTOFF:-2}
SEED=${SEED:-1}
SKIP_PATHS=${SKIP_PATHS:-0}
REPEAT=${REPEAT:-1}
PY=${PY:-python3}
mkdir -p "$OUT"
cd "$ROOT"

CC=${CC:-cc}
IG_CFLAGS=$(pkg-config --cflags igraph jansson)
IG_LIBS=$(pkg-config --libs igraph jansson)
$CC -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -Wall -Wextra -o "$OUT/gen_graph" bench/gen_graph.c
# shellcheck disable=SC2086
$CC -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -Wall -Wextra $IG_CFLAGS -o "$OUT/metrics_bare" bench/metrics_bare.c $IG_LIBS -lm
[ -x build/polgraph ] || make --no-print-directory build/polgraph >/dev/null
POLGRAPH=${POLGRAPH:-$ROOT/build/polgraph}

G="$OUT/graph-$N-$M-$SEED"
if [ ! -s "$G.json" ] || [ ! -s "$G.links" ] || [ bench/gen_graph.c -nt "$G.json" ]; then
    "$OUT/gen_graph" "$N" "$M" "$SEED" "$G"
fi

if [ "$SKIP_PATHS" = 1 ]; then
    PG_ARGS="--skip betweenness,betweenness_norm,closeness,harmonic"
    BARE_ARGS="--skip-paths"
    WHAT="without betweenness, closeness, harmonic"
else
    PG_ARGS="--cutoff $CUTOFF"
    BARE_ARGS="--cutoff $CUTOFF"
    if [ "$CUTOFF" -gt 0 ]; then WHAT="paths up to $CUTOFF links"; else WHAT="exact"; fi
fi

echo "metrics benchmark: $N actors, $M relations, $WHAT ($(nproc) cores, igraph $(pkg-config --modversion igraph), best of $REPEAT)"

# Both sides are timed in CPU seconds of their own process (the figure) and
# in wall-clock seconds; CPU time is what other load on the machine
# disturbs least. With REPEAT > 1 the best run of each side counts.
best() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b + 0 < a + 0) ? b : a }'; }
BARE=""; BARE_WALL=""; COMPUTE=""; WALLC=""; LOAD=""; OUTPUT=""; WALL=""
i=0
while [ "$i" -lt "$REPEAT" ]; do
    i=$((i + 1))
    # shellcheck disable=SC2086
    "$OUT/metrics_bare" $BARE_ARGS --dump "$OUT/bare.csv" "$G.links" > "$OUT/bare.out" 2> "$OUT/bare.steps.$i"
    c=$(awk '$1 == "cpu_compute" {print $2}' "$OUT/bare.out")
    if [ "$c" = "$(best "$BARE" "$c")" ]; then cp "$OUT/bare.steps.$i" "$OUT/bare.steps"; fi
    BARE=$(best "$BARE" "$c")
    BARE_WALL=$(best "$BARE_WALL" "$(awk '$1 == "compute" {print $2}' "$OUT/bare.out")")
    BARE_LOAD=$(awk '$1 == "load" {print $2}' "$OUT/bare.out")

    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %M" -o "$OUT/polgraph.time" \
        "$POLGRAPH" metrics -q --timings $PG_ARGS --format csv -o "$OUT/polgraph.csv" "$G.json" 2> "$OUT/polgraph.err.$i" ||
        { cat "$OUT/polgraph.err.$i"; exit 1; }
    T=$(grep 'timings: load' "$OUT/polgraph.err.$i")
    c=$(echo "$T" | sed 's/.*cpu: load [0-9.]* s, compute \([0-9.]*\) s.*/\1/')
    if [ "$c" = "$(best "$COMPUTE" "$c")" ]; then cp "$OUT/polgraph.err.$i" "$OUT/polgraph.err"; fi
    COMPUTE=$(best "$COMPUTE" "$c")
    WALLC=$(best "$WALLC" "$(echo "$T" | sed 's/.*timings: load [0-9.]* s, compute \([0-9.]*\) s.*/\1/')")
    LOAD=$(best "$LOAD" "$(echo "$T" | sed 's/.*timings: load \([0-9.]*\) s.*/\1/')")
    OUTPUT=$(best "$OUTPUT" "$(echo "$T" | sed 's/.*, output \([0-9.]*\) s (cpu.*/\1/')")
    WALL=$(best "$WALL" "$(cut -d' ' -f1 "$OUT/polgraph.time")")
    RSS=$(cut -d' ' -f2 "$OUT/polgraph.time")
done

# side by side, CPU seconds per step
grep 'cpu by step' "$OUT/polgraph.err" | sed 's/.*cpu by step: //' | tr ',' '\n' |
    awk '{ print $1, $2 }' > "$OUT/polgraph.steps"
echo "  CPU seconds by step        bare igraph    polgraph"
for s in prepare degrees build betweenness closeness harmonic pagerank hits eigenvector communities summary store; do
    b=$(awk -v s="$s" '$1 == "bare" && $2 == s {print $3}' "$OUT/bare.steps")
    p=$(awk -v s="$s" '$1 == s {print $2}' "$OUT/polgraph.steps")
    [ -z "$b" ] && { [ -z "$p" ] || [ "$p" = 0.000 ]; } && continue
    printf '    %-22s %11s %11s\n' "$s" "${b:--}" "${p:--}"
done
printf '  bare igraph       compute %8.2f s CPU, %8.2f s wall   (reading its binary link list: %.2f s)\n' "$BARE" "$BARE_WALL" "$BARE_LOAD"
printf '  polgraph metrics  compute %8.2f s CPU, %8.2f s wall\n' "$COMPUTE" "$WALLC"
printf '  polgraph load graph JSON  %8.2f s wall   (%s MB)\n' "$LOAD" "$(du -m "$G.json" | cut -f1)"
printf '  polgraph write CSV        %8.2f s wall\n' "$OUTPUT"
printf '  polgraph whole run        %8.2f s wall   (max RSS %d MB)\n' "$WALL" "$((RSS / 1024))"
awk -v p="$COMPUTE" -v b="$BARE" -v pw="$WALLC" -v bw="$BARE_WALL" -v l="$LOAD" -v w="$WALL" 'BEGIN {
    printf "  RATIO polgraph / bare igraph, compute: %.3f CPU (%.3f wall)   goal <= 1.2\n", p / b, pw / bw
    printf "  whole polgraph run / bare compute:     %.3f wall (the JSON load is %.0f%% of the run)\n", w / bw, 100 * l / w
}'

# both computed the same thing
if command -v "$PY" > /dev/null 2>&1; then
    "$PY" - "$OUT/polgraph.csv" "$OUT/bare.csv" "$SKIP_PATHS" <<'EOF'
import csv, sys
ours = {}
with open(sys.argv[1], newline="") as f:
    for r in csv.DictReader(f):
        ours[int(r["id"][1:])] = r
metrics = ["in_strength", "pagerank", "hub", "authority", "eigenvector"]
if sys.argv[3] != "1":
    metrics += ["betweenness", "closeness", "harmonic"]
worst = {m: 0.0 for m in metrics}
with open(sys.argv[2], newline="") as f:
    for r in csv.DictReader(f):
        o = ours[int(r["v"])]
        for m in metrics:
            worst[m] = max(worst[m], abs(float(o[m]) - float(r[m])))
print("  same values as bare igraph: max abs difference " + ", ".join("%s %.1g" % (m, worst[m]) for m in metrics))
sys.exit(0 if max(worst.values()) < 1e-9 else 1)
EOF
fi
