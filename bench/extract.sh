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
# of 3 whole-process runs) and peak RSS (/usr/bin/time -v). A plain byte
# scan of the same file (wc -l) shows how far that is from reading the
# bytes at all.
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

# median of three wall times of a command; peak RSS of the last run (KB)
run3() {
    times=""
    for _ in 1 2 3; do
        /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" > /dev/null
        times="$times $(cut -d' ' -f1 "$OUT/time.txt")"
        RSS=$(cut -d' ' -f2 "$OUT/time.txt")
    done
    MEDIAN=$(echo "$times" | tr ' ' '\n' | grep . | sort -n | sed -n 2p)
}

printf '%-26s %8s %9s %9s %10s\n' "run" "MB" "seconds" "MB/s" "peak RSS"
for corpus in "$SMALL" "$BIG" "$FULL"; do
    size=$(mb "$corpus")
    run3 wc -l "$corpus"
    rate=$(echo "$MEDIAN" | awk -v s="$size" '{ if ($1 > 0) printf "%.0f", s / $1; else print "-" }')
    printf '%-26s %8s %9s %9s %10s\n' "wc -l $(basename "$corpus" .jsonl)" "$size" "$MEDIAN" "$rate" "${RSS} KB"
    for j in 1 2; do
        run3 "$BIN" extract -q -j "$j" --max-evidence 5 -o "$OUT/graph-j$j.json" "$corpus"
        printf '%-26s %8s %9s %9s %10s\n' "extract -j $j $(basename "$corpus" .jsonl | sed 's/corpus-//')" "$size" \
            "$MEDIAN" "$(echo "scale=1; $size / $MEDIAN" | bc)" "$(echo "$RSS / 1024" | bc) MB"
    done
    cmp -s "$OUT/graph-j1.json" "$OUT/graph-j2.json" && echo "  -j 1 and -j 2 outputs identical" ||
        echo "  -j 1 and -j 2 outputs DIFFER"
done
