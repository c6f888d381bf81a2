#!/bin/sh
# run.sh — end-to-end tests of the polgraph command line.
#
#   POLGRAPH=/path/to/polgraph [SHARED=../shared] sh tests/cli/run.sh [FILTER]
#
# Runs every tests/cli/t_*.sh (each a list of checks using the helpers
# below) and the golden cases in tests/cases/. POLGRAPH may carry a wrapper
# ("valgrind -q ... build/polgraph"). Prints one line per failure and a
# summary; exits 1 if anything failed.
set -u
: "${POLGRAPH:?set POLGRAPH to the polgraph binary}"
SHARED=${SHARED:-../shared}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/polgraph-cli.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
FILTER=${1:-}
PASS=0
FAIL=0
FAILED_LIST="$WORK/failed"
: > "$FAILED_LIST"

# pg ARGS... — runs polgraph; stdout in $OUT, stderr in $ERR, status in $RC
pg() {
    # shellcheck disable=SC2086
    $POLGRAPH "$@" > "$WORK/out" 2> "$WORK/err"
    RC=$?
    OUT=$(cat "$WORK/out")
    ERR=$(cat "$WORK/err")
}

# pg_in FILE ARGS... — the same with FILE as stdin
pg_in() {
    f=$1
    shift
    # shellcheck disable=SC2086
    $POLGRAPH "$@" < "$f" > "$WORK/out" 2> "$WORK/err"
    RC=$?
    OUT=$(cat "$WORK/out")
    ERR=$(cat "$WORK/err")
}

ok() { PASS=$((PASS + 1)); }
bad() {
    FAIL=$((FAIL + 1))
    echo "FAIL [$CASE] $*"
    echo "     stderr: $(echo "$ERR" | head -c 600)"
    echo "$CASE" >> "$FAILED_LIST"
}

# expect_rc N — the last pg call exited with N
expect_rc() { if [ "$RC" = "$1" ]; then ok; else bad "exit status $RC, expected $1"; fi; }
# expect_out TEXT / expect_err TEXT — stdout / stderr contains TEXT
expect_out() { case "$OUT" in *"$1"*) ok ;; *) bad "stdout lacks '$1'" ;; esac; }
expect_err() { case "$ERR" in *"$1"*) ok ;; *) bad "stderr lacks '$1'" ;; esac; }
expect_no_err() { if [ -z "$ERR" ]; then ok; else bad "stderr not empty"; fi; }
expect_no_out() { if [ -z "$OUT" ]; then ok; else bad "stdout not empty"; fi; }
# expect_file PATH / expect_no_file PATH
expect_file() { if [ -s "$1" ]; then ok; else bad "missing or empty file $1"; fi; }
expect_no_file() { if [ ! -e "$1" ]; then ok; else bad "file $1 should not exist"; fi; }
# expect_same A B — files have the same bytes
expect_same() { if cmp -s "$1" "$2"; then ok; else bad "$1 and $2 differ"; fi; }
# expect_no_temp DIR — no leftover temporary files in DIR
expect_no_temp() {
    if ls -a "$1" | grep -q '^\..*\.[A-Za-z0-9]\{6\}$'; then bad "temporary file left in $1"; else ok; fi
}
# json_check FILE PYTHON-EXPR — evaluates EXPR with `d` = the parsed JSON
json_check() {
    if python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1" 2>/dev/null; then
        ok
    else
        bad "json check failed on $1: $2"
    fi
}

FIX="$ROOT/tests/fixtures"
for t in "$ROOT"/tests/cli/t_*.sh; do
    CASE=$(basename "$t" .sh)
    case "$CASE" in *"$FILTER"*) ;; *) continue ;; esac
    T="$WORK/$CASE"
    mkdir -p "$T"
    # shellcheck disable=SC1090
    . "$t"
done

# golden cases: tests/cases/NAME.txt (or .md, .jsonl) -> NAME.expected.json
for input in "$ROOT"/tests/cases/*.txt "$ROOT"/tests/cases/*.md "$ROOT"/tests/cases/*.jsonl; do
    [ -e "$input" ] || continue
    CASE="case:$(basename "$input")"
    case "$CASE" in *"$FILTER"*) ;; *) continue ;; esac
    expected="${input%.*}.expected.json"
    pg extract -q "$input" -o "$WORK/case.json"
    if [ "$RC" != 0 ]; then
        bad "extract failed"
    elif [ ! -e "$expected" ]; then
        bad "no $(basename "$expected"); to create it: polgraph extract $input -o $expected"
    elif cmp -s "$WORK/case.json" "$expected"; then
        ok
    else
        bad "output differs from $(basename "$expected"):"
        diff "$expected" "$WORK/case.json" | head -20
    fi
done

echo "cli tests: $PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
