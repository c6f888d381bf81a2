#!/bin/sh
# eval.sh — scores extraction against the shared gold annotations and fails
# when a quality bar is missed (docs/EXTRACTION.md lists the bars).
#
#   sh scripts/eval.sh POLGRAPH SHARED_DIR
set -u
BIN=${1:?usage: eval.sh POLGRAPH SHARED_DIR}
SHARED=${2:?usage: eval.sh POLGRAPH SHARED_DIR}
SCORE="$SHARED/eval/score.py"
if [ ! -f "$SCORE" ]; then
    echo "eval: $SCORE not found (the evaluation set lives in ../shared next to the checkout)" >&2
    exit 1
fi
OUT=$(mktemp -d "${TMPDIR:-/tmp}/polgraph-eval.XXXXXX")
trap 'rm -rf "$OUT"' EXIT INT TERM
status=0

echo "== seed article (bars: entity F1 >= 0.95, edge F1 >= 0.85, speech F1 >= 0.85)"
for gold in "$SHARED"/eval/gold/*.json; do
    name=$(basename "$gold" .json)
    "$BIN" extract -q "$SHARED/corpus/seed/$name.txt" -o "$OUT/$name.json" || status=1
    python3 "$SCORE" "$OUT/$name.json" "$gold" \
        --min-entity-f1 0.95 --min-edge-f1 0.85 --min-speech-f1 0.85 || status=1
done

echo
echo "== dev set (bars: entity F1 >= 0.85, edge F1 >= 0.70, summed)"
mkdir -p "$OUT/dev"
for txt in "$SHARED"/eval/dev/*.txt; do
    name=$(basename "$txt" .txt)
    "$BIN" extract -q "$txt" -o "$OUT/dev/$name.json" || status=1
done
python3 "$SCORE" --pred-dir "$OUT/dev" --gold-dir "$SHARED/eval/dev" \
    --min-entity-f1 0.85 --min-edge-f1 0.70 || status=1

if [ "$status" = 0 ]; then echo "eval: all bars met"; else echo "eval: FAILED"; fi
exit $status
