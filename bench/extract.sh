#!/bin/sh
# extract.sh — extraction throughput and memory on a large real corpus.
#
#   sh bench/extract.sh [POLGRAPH] [SHARED]
#
# Builds a corpus of at least 100 MB from ../shared/corpus (Kremlin and
# Ukrainian presidency press releases plus Reuters-21578, repeated with ids
# made unique) and one ten times smaller, then reports for -j 1 and -j 2,
# both with --max-evidence 5: MB/s (median of 3 whole-process runs) and peak
# RSS (/usr/bin/time -v). A plain byte scan of the same file (wc -l) shows
# how far that is from reading the bytes at all.
set -eu
BIN=${1:-./polgraph}
SHARED=${2:-../shared}
OUT=${BENCH_OUT:-bench/out}
mkdir -p "$OUT"
BIG="$OUT/corpus-100mb.jsonl"
SMALL="$OUT/corpus-10mb.jsonl"

if [ ! -s "$BIG" ] || [ ! -s "$SMALL" ]; then
    python3 - "$SHARED" "$BIG" "$SMALL" <<'PY'
import json, sys
shared, big, small = sys.argv[1:4]
sources = [f"{shared}/corpus/press/kremlin-2021-2022.jsonl",
           f"{shared}/corpus/press/president-ua-2021-2022.jsonl",
           f"{shared}/corpus/reuters/reuters21578.jsonl"]
lines = []
for path in sources:
    with open(path, encoding="utf-8") as f:
        lines.extend(json.loads(l) for l in f if l.strip())
def write(path, target):
    size, copy = 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while size < target:
            for doc in lines:
                doc = dict(doc, id=f"{doc['id']}#{copy}")
                line = json.dumps(doc, ensure_ascii=False) + "\n"
                f.write(line)
                size += len(line.encode())
                if size >= target:
                    break
            copy += 1
write(big, 100 * 1000 * 1000)
write(small, 10 * 1000 * 1000)
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
for corpus in "$SMALL" "$BIG"; do
    size=$(mb "$corpus")
    run3 wc -l "$corpus"
    printf '%-26s %8s %9s %9s %10s\n' "wc -l $(basename "$corpus" .jsonl)" "$size" "$MEDIAN" \
        "$(echo "scale=0; $size / $MEDIAN" | bc)" "${RSS} KB"
    for j in 1 2; do
        run3 "$BIN" extract -q -j "$j" --max-evidence 5 -o "$OUT/graph-j$j.json" "$corpus"
        printf '%-26s %8s %9s %9s %10s\n' "extract -j $j $(basename "$corpus" .jsonl | sed 's/corpus-//')" "$size" \
            "$MEDIAN" "$(echo "scale=1; $size / $MEDIAN" | bc)" "$(echo "$RSS / 1024" | bc) MB"
    done
    cmp -s "$OUT/graph-j1.json" "$OUT/graph-j2.json" && echo "  -j 1 and -j 2 outputs identical" ||
        echo "  -j 1 and -j 2 outputs DIFFER"
done
