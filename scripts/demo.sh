#!/bin/sh
# demo.sh — the main job on the bundled sample article: extract the actors
# and relations, measure influence, export DOT, draw SVG and PNG, and print
# the most influential actors. Writes graphs/sample.{json,dot,svg,png}.
#
#   sh scripts/demo.sh [POLGRAPH] [--graphs-only]
set -eu
BIN=${1:-./polgraph}
QUIET=${2:-}
cd "$(dirname "$0")/.."
ARTICLE=examples/sample-article.md
mkdir -p graphs

say() { [ "$QUIET" = --graphs-only ] || echo "$@"; }

say "== polgraph demo: $ARTICLE"
say "-- extract: actors and relations with their evidence -> graphs/sample.json"
"$BIN" extract -q "$ARTICLE" -o graphs/sample.json
say "-- metrics: degree, betweenness, PageRank, communities stored in the graph"
"$BIN" metrics -q --write graphs/sample.json -o graphs/sample.json
say "-- export: Graphviz DOT -> graphs/sample.dot"
"$BIN" export -q --to dot graphs/sample.json -o graphs/sample.dot
say "-- draw: graphs/sample.svg and graphs/sample.png"
"$BIN" draw -q graphs/sample.json -o graphs/sample.svg
"$BIN" draw -q graphs/sample.json -o graphs/sample.png
if [ "$QUIET" != --graphs-only ]; then
    echo
    echo "Most influential actors (PageRank over calls, statements, criticism,"
    echo "support, meetings and visits):"
    "$BIN" metrics --top 10 graphs/sample.json
    echo
    echo "Open graphs/sample.svg in a browser (hover an arrow for its evidence)."
    echo "See how each sentence was read: $BIN extract --explain $ARTICLE"
fi
