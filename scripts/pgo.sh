#!/bin/sh
# pgo.sh — a profile-guided build of polgraph: build/pgo/polgraph.
#
#   sh scripts/pgo.sh [SHARED]        (make pgo)
#
# 1. builds polgraph instrumented (-fprofile-generate) in build/pgo;
# 2. runs it on a training sample of SHARED/corpus that bench/extract.sh's
#    10mb and 100mb corpora do not contain: the first 300 UN General Debate
#    speeches and the last 4,000 Reuters-21578 articles (7.7 MB); without
#    SHARED, the repository's own articles (tests/cases, examples: a thin
#    profile);
# 3. rebuilds it from the profile (-fprofile-use), in the same directory,
#    which is where GCC looks for the profile of each object;
# 4. checks that the result writes the same bytes as build/polgraph on the
#    sample and on every golden case, and fails otherwise.
#
# The profile only moves code and branches: same input, same output. The
# default build stays the plain one (it needs no corpus to build);
# docs/PERFORMANCE.md gives both builds' figures.
set -eu
SHARED=${1:-../shared}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT=build/pgo
PROFILE=$ROOT/$OUT/profile
MAKE=${MAKE:-make}

$MAKE --no-print-directory -s build/polgraph
rm -rf "$OUT"
mkdir -p "$PROFILE"
echo "pgo: instrumented build" >&2
$MAKE --no-print-directory -s BUILD="$OUT" \
    EXTRA_CFLAGS="-fprofile-generate -fprofile-dir=$PROFILE -fprofile-update=atomic" "$OUT/polgraph"

TRAIN="$OUT/train.jsonl"
: > "$TRAIN"
if [ -s "$SHARED/corpus/ungdc/ungdc-2015-2024.jsonl" ] && [ -s "$SHARED/corpus/reuters/reuters21578.jsonl" ]; then
    head -n 300 "$SHARED/corpus/ungdc/ungdc-2015-2024.jsonl" >> "$TRAIN"
    tail -n 4000 "$SHARED/corpus/reuters/reuters21578.jsonl" >> "$TRAIN"
fi
if [ -s "$TRAIN" ]; then
    echo "pgo: training on $(wc -l < "$TRAIN") articles from $SHARED/corpus" >&2
    "$OUT/polgraph" extract -q -j 1 --max-evidence 5 -o /dev/null "$TRAIN"
else
    echo "pgo: no corpus in $SHARED; training on the repository's own articles (a thin profile)" >&2
    for f in tests/cases/*.txt tests/cases/*.md examples/*.md; do
        "$OUT/polgraph" extract -q -j 1 -o /dev/null "$f"
    done
fi

echo "pgo: optimised build" >&2
find "$OUT/obj" -name '*.o' -delete
rm -f "$OUT/polgraph" "$OUT/libpolgraph.a"
$MAKE --no-print-directory -s BUILD="$OUT" \
    EXTRA_CFLAGS="-fprofile-use -fprofile-dir=$PROFILE -fprofile-partial-training -Wno-missing-profile" \
    "$OUT/polgraph"

# the same bytes as the plain build
check() {
    build/polgraph extract -q -j 1 "$@" -o "$OUT/plain.json"
    "$OUT/polgraph" extract -q -j 1 "$@" -o "$OUT/pgo.json"
    if ! cmp -s "$OUT/plain.json" "$OUT/pgo.json"; then
        echo "pgo: build/pgo/polgraph writes other bytes than build/polgraph for $*" >&2
        exit 1
    fi
}
[ -s "$TRAIN" ] && check --max-evidence 5 "$TRAIN"
for f in tests/cases/*.txt tests/cases/*.md; do
    check "$f"
done
rm -f "$OUT/plain.json" "$OUT/pgo.json"
echo "pgo: $OUT/polgraph (same output as build/polgraph)" >&2
