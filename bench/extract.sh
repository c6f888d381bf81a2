#!/bin/sh
# extract.sh — extraction throughput and memory on a large real corpus.
#
#   sh bench/extract.sh [POLGRAPH] [SHARED]
#
# Builds three corpora from ../shared/corpus (Kremlin and Ukrainian
# presidency press releases plus Reuters-21578; ids made unique):
#   10mb    a 10 MB sample drawn evenly from the three sources
#   100mb   that sample ten times over: the same actors and relations, ten
#           times the documents -- the controlled test that memory does not
#           grow with the corpus
#   full    every article of the three sources, repeated to 100 MB: more
#           distinct actors, so a bigger graph
# and reports for -j 1 and -j 2, both with --max-evidence 5: MB/s (median
# of RUNS=3 whole-process runs, -j 1 and -j 2 alternating), the CPU seconds
# they took (user + sys, median) and peak RSS (/usr/bin/time's maximum
# resident set). A plain byte scan of the same file (wc -l) shows how far
# that is from reading the bytes at all.
set -eu
BIN=${1:-./polgraph}
SHARED=${2:-../shared}
OUT=${BENCH_OUT:-bench/out}
mkdir -p "$OUT"
SMALL="$OUT/corpus-10mb.jsonl"
BIG="$OUT/corpus-100mb.jsonl"
FULL="$OUT/corpus-full.jsonl"

if [ ! -s "$BIG" ] || [ ! -s "$SMALL" ] || [ ! -s "$FULL" ]; then
    python3 - "$SHARED" "$SMALL" "$BIG" "$FULL" <<'PY'
import json, sys
shared, small, big, full = sys.argv[1:5]
sources = [f"{shared}/corpus/press/kremlin-2021-2022.jsonl",
           f"{shared}/corpus/press/president-ua-2021-2022.jsonl",
           f"{shared}/corpus/reuters/reuters21578.jsonl"]
docs = []
for path in sources:
    with open(path, encoding="utf-8") as f:
        docs.append([json.loads(l) for l in f if l.strip()])
def line(doc, copy):
    return json.dumps(dict(doc, id=f"{doc['id']}#{copy}"), ensure_ascii=False) + "\n"
# the sample: round robin over the sources until 10 MB
sample, size, i = [], 0, 0
while size < 10 * 1000 * 1000:
    for src in docs:
        if i < len(src):
            sample.append(src[i])
            size += len(line(src[i], 0).encode())
    i += 1
with open(small, "w", encoding="utf-8") as f:
    f.writelines(line(d, 0) for d in sample)
with open(big, "w", encoding="utf-8") as f:
    for copy in range(10):
        f.writelines(line(d, copy) for d in sample)
everything = [d for src in docs for d in src]
size, copy = 0, 0
with open(full, "w", encoding="utf-8") as f:
    while size < 100 * 1000 * 1000:
        for d in everything:
            l = line(d, copy)
            f.write(l)
            size += len(l.encode())
        copy += 1
PY
fi

mb() { echo "scale=1; $(wc -c < "$1") / 1000000" | bc; }

# median of a list of numbers
median() { echo "$1" | tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# runs "$@" once, appending wall seconds to WALL_<tag>, CPU seconds (user +
# sys) to CPU_<tag> and keeping the largest peak RSS (KB) of the runs in
# RSS_<tag>
run1() {
    tag=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.txt" "$@" > /dev/null
    read -r w u s r < "$OUT/time.txt"
    eval "prev=\${RSS_$tag:-0}"
    [ "$r" -gt "$prev" ] || r=$prev
    eval "WALL_$tag=\"\$WALL_$tag $w\"; CPU_$tag=\"\$CPU_$tag $(echo "$u + $s" | bc)\"; RSS_$tag=$r"
}

RUNS=${RUNS:-3}
printf '%-22s %7s %9s %8s %9s %10s\n' "run" "MB" "seconds" "MB/s" "CPU s" "peak RSS"
for corpus in "$SMALL" "$BIG" "$FULL"; do
    size=$(mb "$corpus")
    name=$(basename "$corpus" .jsonl | sed 's/corpus-//')
    WALL_wc="" CPU_wc="" WALL_j1="" CPU_j1="" WALL_j2="" CPU_j2="" WALL_pair="" CPU_pair=""
    RSS_wc=0 RSS_j1=0 RSS_j2=0 RSS_pair=0
    # -j 1 and -j 2 alternate, so that a slow spell of a shared machine
    # falls on both
    for _ in $(seq "$RUNS"); do
        run1 wc wc -l "$corpus"
        run1 j1 "$BIN" extract -q -j 1 --max-evidence 5 -o "$OUT/graph-j1.json" "$corpus"
        run1 j2 "$BIN" extract -q -j 2 --max-evidence 5 -o "$OUT/graph-j2.json" "$corpus"
        [ "$corpus" = "$BIG" ] && run1 pair sh -c '"$1" extract -q -j 1 --max-evidence 5 -o /dev/null "$2" &
            "$1" extract -q -j 1 --max-evidence 5 -o /dev/null "$2"; wait' sh "$BIN" "$corpus"
    done
    w=$(median "$WALL_wc")
    rate=$(echo "$w" | awk -v s="$size" '{ if ($1 > 0) printf "%.0f", s / $1; else print "-" }')
    printf '%-22s %7s %9s %8s %9s %10s\n' "wc -l $name" "$size" "$w" "$rate" "$(median "$CPU_wc")" "${RSS_wc} KB"
    for j in 1 2; do
        eval "walls=\$WALL_j$j cpus=\$CPU_j$j rss=\$RSS_j$j"
        w=$(median "$walls")
        eval "W$j=$w"
        printf '%-22s %7s %9s %8s %9s %10s\n' "extract -j $j $name" "$size" "$w" \
            "$(echo "scale=1; $size / $w" | bc)" "$(median "$cpus")" "$(echo "scale=1; $rss / 1024" | bc) MB"
        eval "PEAK_${name}_j$j=$rss"
    done
    echo "  -j 2 speed-up: $(echo "scale=2; $W1 / $W2" | bc)x"
    if [ "$corpus" = "$BIG" ]; then
        # the machine's own ceiling for two threads: two independent -j 1
        # processes at once, each on the whole corpus
        w=$(median "$WALL_pair")
        printf '%-22s %7s %9s %8s %9s\n' "2 x extract -j 1 $name" "$(echo "2 * $size" | bc)" "$w" \
            "$(echo "scale=1; 2 * $size / $w" | bc)" "$(median "$CPU_pair")"
        echo "  two processes' speed-up (the machine's ceiling): $(echo "scale=2; 2 * $W1 / $w" | bc)x"
    fi
    cmp -s "$OUT/graph-j1.json" "$OUT/graph-j2.json" && echo "  -j 1 and -j 2 outputs identical" ||
        echo "  -j 1 and -j 2 outputs DIFFER"
done

# the memory bar: the 100 MB corpus's peak RSS against the 10 MB one's
# (the largest of each one's runs)
for j in 1 2; do
    eval "small=\$PEAK_10mb_j$j big=\$PEAK_100mb_j$j"
    echo "peak RSS -j $j: 10mb $small KB, 100mb $big KB: $(echo "$small $big" | awk '{ printf "%+.1f%%", 100 * ($2 - $1) / $1 }')"
done
