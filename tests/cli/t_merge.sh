# t_merge.sh — polgraph merge: laws, errors, atomic output.

pg merge "$FIX/small.json" -o "$T/one.json"
expect_rc 0
expect_no_err
json_check "$T/one.json" "d['format'] == 'polgraph-graph' and len(d['nodes']) == 4"

# merging a graph with itself doubles weights and mentions, keeps nodes
pg merge "$FIX/small.json" "$FIX/small.json" -o "$T/two.json"
expect_rc 0
json_check "$T/two.json" "len(d['nodes']) == 4 and [e['weight'] for e in d['edges']] == [2, 4, 2, 2]"
json_check "$T/two.json" "sum(n['mentions'] for n in d['nodes']) == 16"

# order of inputs does not matter
pg merge "$T/two.json" "$FIX/small.json" -o "$T/ab.json"
pg merge "$FIX/small.json" "$T/two.json" -o "$T/ba.json"
expect_same "$T/ab.json" "$T/ba.json"

# stdin as an input
pg_in "$FIX/small.json" merge -
expect_rc 0
expect_out '"format": "polgraph-graph"'

# --max-evidence keeps weights
pg merge --max-evidence 1 "$FIX/small.json" -o "$T/cap.json"
expect_rc 0
json_check "$T/cap.json" "[len(e['evidence']) for e in d['edges']] == [1, 1, 0, 0] and d['edges'][1]['weight'] == 2"

# misuse: exit 2 with usage on stderr
pg merge
expect_rc 2
expect_err "no graph files given"
expect_err "usage: polgraph merge"
pg merge --bogus "$FIX/small.json"
expect_rc 2
expect_err "unknown option '--bogus'"
pg merge --max-evidence lots "$FIX/small.json"
expect_rc 2
expect_err "--max-evidence wants a number"
pg merge -o
expect_rc 2
expect_err "needs a value"

# runtime failures: exit 1, message names the file, no output left behind
pg merge "$T/missing.json"
expect_rc 1
expect_err "polgraph: merge: cannot read '$T/missing.json'"
printf '{"format": "polgraph-graph", "version": 1, "nodes": [' > "$T/trunc.json"
pg merge "$T/trunc.json" -o "$T/never.json"
expect_rc 1
expect_err "trunc.json:1:"
expect_no_file "$T/never.json"
printf '{"format": "polgraph-graph", "version": 7, "nodes": [], "edges": []}' > "$T/v7.json"
pg merge "$T/v7.json"
expect_rc 1
expect_err "unsupported graph version"
pg merge "$FIX/small.json" -o "$T/no/such/dir/out.json"
expect_rc 1
expect_err "cannot write '$T/no/such/dir/out.json'"

# a failed run leaves an existing output untouched
cp "$T/one.json" "$T/keep.json"
pg merge "$T/trunc.json" -o "$T/keep.json"
expect_rc 1
expect_same "$T/one.json" "$T/keep.json"
expect_no_temp "$T"

# a read-only destination is refused, not replaced
cp "$T/one.json" "$T/ro.json"
chmod 444 "$T/ro.json"
pg merge "$FIX/small.json" "$FIX/small.json" -o "$T/ro.json"
expect_rc 1
expect_err "Permission denied"
expect_same "$T/one.json" "$T/ro.json"

# evidence from a JSON Lines title ("part": "title", offsets in the title)
# survives a merge, in graph JSON, node-link and events; a part that is
# neither "text" nor "title" is refused
pg extract -q "$ROOT/tests/cases/titles.jsonl" -o "$T/titles.json"
expect_rc 0
json_check "$T/titles.json" "[x for e in d['edges'] for x in e['evidence'] if x.get('part') == 'title' and x['doc'] == 't1' and x['start'] == 0 and x['end'] == 62 and e['type'] == 'call']"
pg merge "$T/titles.json" -o "$T/titles-m.json"
expect_rc 0
expect_same "$T/titles.json" "$T/titles-m.json"
pg export --to nodelink -o "$T/titles.nodelink" "$T/titles.json"
json_check "$T/titles.nodelink" "[x for l in d['links'] for x in l['evidence'] if x.get('part') == 'title' and x['doc'] == 't1']"
pg export --to events -o "$T/titles.events" "$T/titles.json"
expect_rc 0
if grep -q "	t1	Telephone conversation with President of Finland Aino Virtanen	.*	0	title$" "$T/titles.events"; then ok; else bad "events: no title row for t1"; fi
sed 's/"part": "title"/"part": "body"/' "$T/titles.json" > "$T/badpart.json"
pg merge "$T/badpart.json" -o "$T/badpart-m.json"
expect_rc 1
expect_err "part: expected \"text\" or \"title\", got 'body'"
expect_no_file "$T/badpart-m.json"
