# t_hostile.sh — hostile and broken input end to end, for every command:
# directories where files belong, NUL bytes, empty and binary files, deep
# and truncated JSON, graph files with the wrong format, version, types or
# references, unknown options and missing values, outputs that cannot be
# written (missing directory, read-only file, a full disk, a file size
# limit). Each gets a clear message naming the file (and the position),
# the documented exit status (docs/CLI.md), and no partial or clobbered
# output. docs/ROBUSTNESS.md has the table; t_extract.sh, t_merge.sh,
# t_draw.sh and t_export.sh cover the cases listed there as already done.

SMALL="$FIX/small.json"
ARTICLE="$ROOT/tests/cases/readout.txt"
GOOD='{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a", "label": "A", "type": "person"}], "edges": []}'

# the commands that read a graph, each with its output option for a file
# in $T: "CMD ARGS" (the output file name gets the right extension)
graph_cmd() {
    case "$1" in
    merge) echo "merge -o $2.json" ;;
    metrics) echo "metrics --write -o $2.json" ;;
    draw) echo "draw -T svg -o $2.svg" ;;
    export) echo "export --to graphml -o $2.graphml" ;;
    esac
}
out_of() {
    case "$1" in
    merge | metrics) echo "$2.json" ;;
    draw) echo "$2.svg" ;;
    export) echo "$2.graphml" ;;
    esac
}

# pg_graph_bad CMD FILE MESSAGE — CMD on FILE fails with status 1 and
# MESSAGE, writes nothing and leaves no temporary file
pg_graph_bad() {
    # shellcheck disable=SC2046
    pg $(graph_cmd "$1" "$T/never-$1") "$2"
    expect_rc 1
    expect_err "polgraph: $1: $3"
    expect_no_file "$(out_of "$1" "$T/never-$1")"
}

# ---- a directory where a file is expected ----
mkdir -p "$T/dir.json" "$T/outdir"
for cmd in merge metrics draw export; do
    pg_graph_bad "$cmd" "$T/dir.json" "cannot read '$T/dir.json': Is a directory"
done
pg extract -o "$T/outdir" "$ARTICLE"
expect_rc 1
expect_err "polgraph: extract: cannot write '$T/outdir': is a directory"
pg metrics -o "$T/outdir" "$SMALL"
expect_rc 1
expect_err "polgraph: metrics: cannot write '$T/outdir': is a directory"
pg merge -o "$T/outdir" "$SMALL"
expect_rc 1
expect_err "polgraph: merge: cannot write '$T/outdir': is a directory"
pg draw -T svg -o "$T/outdir" "$SMALL"
expect_rc 1
expect_err "polgraph: draw: cannot write '$T/outdir': is a directory"
pg export --to gml -o "$T/outdir" "$SMALL"
expect_rc 1
expect_err "polgraph: export: cannot write '$T/outdir': is a directory"
pg extract --lexicon "$T/outdir" -o "$T/never.json" "$ARTICLE"
expect_rc 1
expect_err "polgraph: extract: cannot read lexicon '$T/outdir': Is a directory"
expect_no_file "$T/never.json"
# a directory of articles is an input, and one without any is not an error
mkdir -p "$T/noarticles"
pg extract -q "$T/noarticles" -o "$T/none.json"
expect_rc 0
json_check "$T/none.json" "d['nodes'] == [] and d['documents'] == []"

# ---- empty files ----
: > "$T/empty.json"
for cmd in merge metrics draw export; do
    pg_graph_bad "$cmd" "$T/empty.json" "$T/empty.json:1:0: invalid JSON"
done
pg extract --lexicon "$T/empty.json" "$ARTICLE"
expect_rc 1
expect_err "polgraph: extract: $T/empty.json:1:0: invalid JSON"
: > "$T/empty.jsonl"
pg extract -o "$T/empty-jsonl.json" "$T/empty.jsonl"
expect_rc 0
json_check "$T/empty-jsonl.json" "d['documents'] == []"

# ---- binary files ----
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001' > "$T/image.json"
for cmd in merge metrics draw export; do
    pg_graph_bad "$cmd" "$T/image.json" "$T/image.json:1:0: invalid JSON: unable to decode byte 0x89"
done
cp "$T/image.json" "$T/image.md"
pg extract -o "$T/never.json" "$T/image.md"
expect_rc 1
expect_err "polgraph: extract: cannot read '$T/image.md': binary data, not text"
expect_no_file "$T/never.json"
pg extract --lexicon "$T/image.json" "$ARTICLE"
expect_rc 1
expect_err "$T/image.json:1:0: invalid JSON"

# ---- a document past 4 GiB ----
# offsets within a document are 32-bit: a longer one is refused up front,
# before it is read (the file is sparse: it takes no disk and no time)
if truncate -s 4294967299 "$T/huge.txt" 2>/dev/null; then
    pg extract -o "$T/never.json" "$T/huge.txt"
    expect_rc 1
    expect_err "polgraph: extract: cannot read '$T/huge.txt': 4294967299 bytes, more than the 4294967295 a document may have"
    expect_no_file "$T/never.json"
    # with -k it is skipped and the next input is read
    pg extract -k -o "$T/huge-k.json" "$T/huge.txt" "$ARTICLE"
    expect_rc 0
    expect_err "more than the 4294967295 a document may have (skipped)"
    json_check "$T/huge-k.json" "len(d['documents']) == 1"
    rm -f "$T/huge.txt"
fi

# ---- NUL bytes ----
# in text: repaired to U+FFFD, one warning with the byte offset of the first
printf 'President Ana Lima of Peru\000 criticised Chile.\000\000 Lima met Gabriel Boric.\n' > "$T/nul.txt"
pg extract -o "$T/nul.json" "$T/nul.txt"
expect_rc 0
expect_err "$T/nul.txt: invalid UTF-8 or NUL bytes (first at byte 26); 3 replaced by U+FFFD"
json_check "$T/nul.json" "any(n['label'] == 'Chile' for n in d['nodes']) and '\ufffd' not in json.dumps(d['nodes'])"
# a raw NUL inside a JSON Lines string: the same repair and warning, with
# the line and the byte offset in it
printf '{"id": "a", "text": "ok"}\n{"id": "b", "text": "Putin\000met Xi in Beijing."}\n' > "$T/nul.jsonl"
pg extract -o "$T/nul-jsonl.json" "$T/nul.jsonl"
expect_rc 0
expect_err "$T/nul.jsonl:2: invalid UTF-8 or NUL bytes (first at byte 26 of the line); 1 replaced by U+FFFD"
json_check "$T/nul-jsonl.json" "[x['id'] for x in d['documents']] == ['a', 'b']"
# an escaped \u0000 is text: it becomes a space
printf '{"id": "a", "text": "Ana Lima\\u0000 criticised Chile."}\n' > "$T/nulesc.jsonl"
pg extract -q -o "$T/nulesc.json" "$T/nulesc.jsonl"
expect_rc 0
# in a graph file: refused with the position
printf '%s\000junk' "$GOOD" > "$T/nul-after.json"
printf '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a\\u0000b", "label": "A", "type": "person"}], "edges": []}' > "$T/nul-in.json"
for cmd in merge metrics draw export; do
    pg_graph_bad "$cmd" "$T/nul-after.json" "$T/nul-after.json:1:"
    pg_graph_bad "$cmd" "$T/nul-in.json" "$T/nul-in.json:1:"
done
printf '{"actors": [{"name": "A\\u0000B", "type": "person"}]}' > "$T/nul-lex.json"
pg extract --lexicon "$T/nul-lex.json" "$ARTICLE"
expect_rc 1
expect_err "$T/nul-lex.json:1:"

# ---- invalid UTF-8 in a graph file: refused with the position ----
printf '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a", "label": "\377", "type": "person"}], "edges": []}' > "$T/latin1.json"
for cmd in merge metrics draw export; do
    pg_graph_bad "$cmd" "$T/latin1.json" "$T/latin1.json:1:"
done

# ---- deeply nested and truncated JSON ----
python3 -c "import sys; sys.stdout.write('[' * 100000)" > "$T/deep.json"
python3 -c "import sys; sys.stdout.write('{\"format\": \"polgraph-graph\", \"version\": 1, \"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"person\", \"metrics\": ' + '{\"m\": ' * 5000 + '1' + '}' * 5000 + '}], \"edges\": []}')" > "$T/deep-metrics.json"
head -c 300 "$FIX/draw_net.json" > "$T/trunc.json"
for cmd in merge metrics draw export; do
    pg_graph_bad "$cmd" "$T/deep.json" "$T/deep.json:1:2049: invalid JSON: maximum parsing depth reached"
    pg_graph_bad "$cmd" "$T/deep-metrics.json" "$T/deep-metrics.json:1:"
    pg_graph_bad "$cmd" "$T/trunc.json" "$T/trunc.json:"
done
python3 -c "import sys; sys.stdout.write('{\"id\": \"a\", \"x\": ' + '[' * 1000000 + ']' * 1000000 + ', \"text\": \"Putin met Xi.\"}\n')" > "$T/deep.jsonl"
pg extract -o "$T/never.json" "$T/deep.jsonl"
expect_rc 1
expect_err "$T/deep.jsonl:1:"
expect_err "nested too deeply"
expect_no_file "$T/never.json"
python3 -c "import sys; sys.stdout.write('{\"actors\": ' + '[' * 100000)" > "$T/deep-lex.json"
pg extract --lexicon "$T/deep-lex.json" "$ARTICLE"
expect_rc 1
expect_err "$T/deep-lex.json:1:"
printf '{"actors": [{"name": "X", "type": "person", "aliases": ["X' > "$T/trunc-lex.json"
pg extract --lexicon "$T/trunc-lex.json" "$ARTICLE"
expect_rc 1
expect_err "$T/trunc-lex.json:1:"

# ---- graph files: wrong format, version, types and references ----
# bad_graph NAME JSON MESSAGE — every graph command refuses JSON with MESSAGE
bad_graph() {
    printf '%s' "$2" > "$T/$1.json"
    for cmd in merge metrics draw export; do
        pg_graph_bad "$cmd" "$T/$1.json" "$T/$1.json: $3"
    done
}
bad_graph top-array '[]' "not a polgraph graph: the top level must be an object"
bad_graph no-format '{"version": 1, "nodes": [], "edges": []}' 'not a polgraph graph: "format" must be "polgraph-graph"'
bad_graph wrong-format '{"format": "graphml", "version": 1, "nodes": [], "edges": []}' 'not a polgraph graph: "format" must be "polgraph-graph"'
bad_graph version-2 '{"format": "polgraph-graph", "version": 2, "nodes": [], "edges": []}' "unsupported graph version (this polgraph reads version 1)"
bad_graph version-str '{"format": "polgraph-graph", "version": "1", "nodes": [], "edges": []}' "unsupported graph version"
bad_graph no-nodes '{"format": "polgraph-graph", "version": 1, "edges": []}' "missing required field 'nodes'"
bad_graph nodes-object '{"format": "polgraph-graph", "version": 1, "nodes": {}, "edges": []}' "'nodes' must be an array"
bad_graph node-string '{"format": "polgraph-graph", "version": 1, "nodes": ["a"], "edges": []}' "nodes[0]: expected an object"
bad_graph label-number '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a", "label": 7, "type": "person"}], "edges": []}' "nodes[0].label: expected a string"
bad_graph planet '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a", "label": "A", "type": "planet"}], "edges": []}' "nodes[0].type: 'planet' is not one of person, country, organization"
bad_graph empty-id '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "", "label": "A", "type": "person"}], "edges": []}' "nodes[0].id: must not be empty"
bad_graph control-id '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a\t", "label": "A", "type": "person"}, {"id": "a\t\u0004", "label": "B", "type": "person"}], "edges": []}' "nodes[0].id: control characters are not allowed"
bad_graph percent-id '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "%1", "label": "A", "type": "person"}], "edges": []}' "nodes[0].id: must not begin with '%' (Graphviz reserves such names)"
bad_graph dup-node '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a", "label": "A", "type": "person"}, {"id": "a", "label": "B", "type": "person"}], "edges": []}' "nodes[1]: duplicate node id 'a'"
bad_graph neg-mentions '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a", "label": "A", "type": "person", "mentions": -1}], "edges": []}' "nodes[0].mentions: expected a non-negative integer"
bad_graph alias-number '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a", "label": "A", "type": "person", "aliases": [1]}], "edges": []}' "nodes[0].aliases[0]: expected a string"
bad_graph metric-string '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a", "label": "A", "type": "person", "metrics": {"pagerank": "high"}}], "edges": []}' "nodes[0].metrics.pagerank: expected a number"
bad_graph bad-affiliation '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a", "label": "A", "type": "person", "affiliation": "nowhere"}], "edges": []}' "nodes[0].affiliation: unknown node 'nowhere'"
bad_graph unknown-source '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a", "label": "A", "type": "person"}], "edges": [{"source": "ghost", "target": "a", "type": "call"}]}' "edges[0].source: unknown node 'ghost'"
bad_graph unknown-target '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a", "label": "A", "type": "person"}], "edges": [{"source": "a", "target": "ghost", "type": "call"}]}' "edges[0].target: unknown node 'ghost'"
bad_graph edge-type '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a", "label": "A", "type": "person"}], "edges": [{"source": "a", "target": "a", "type": "hug"}]}' "edges[0].type: 'hug' is not one of call"
bad_graph weight-string '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a", "label": "A", "type": "person"}], "edges": [{"source": "a", "target": "a", "type": "call", "weight": "2"}]}' "edges[0].weight: expected a non-negative integer"
bad_graph weight-low '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a", "label": "A", "type": "person"}], "edges": [{"source": "a", "target": "a", "type": "call", "weight": 1, "evidence": [{"doc": "d"}, {"doc": "d"}]}]}' "edges[0].weight: 1 is less than its 2 evidence items"
bad_graph evidence-order '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a", "label": "A", "type": "person"}], "edges": [{"source": "a", "target": "a", "type": "call", "evidence": [{"doc": "d", "start": 9, "end": 3}]}]}' "edges[0].evidence[0]: end (3) is before start (9)"
bad_graph evidence-nodoc '{"format": "polgraph-graph", "version": 1, "nodes": [{"id": "a", "label": "A", "type": "person"}], "edges": [{"source": "a", "target": "a", "type": "call", "evidence": [{"text": "x"}]}]}' "edges[0].evidence[0]: missing required field 'doc'"
bad_graph doc-dup '{"format": "polgraph-graph", "version": 1, "documents": [{"id": "d"}, {"id": "d"}], "nodes": [], "edges": []}' "documents[1]: duplicate document id 'd'"
printf '{"format": "polgraph-graph", "version": 1, "version": 1, "nodes": [], "edges": []}' > "$T/dup-key.json"
for cmd in merge metrics draw export; do
    pg_graph_bad "$cmd" "$T/dup-key.json" "$T/dup-key.json:1:52: invalid JSON: duplicate object key"
done
# the same on standard input names <stdin>
printf '{"format": "polgraph-graph", "version": 3, "nodes": [], "edges": []}' > "$T/v3.json"
pg_in "$T/v3.json" merge -
expect_rc 1
expect_err "polgraph: merge: <stdin>: unsupported graph version"
# and a failed run leaves an existing output as it was
printf '%s' "$GOOD" > "$T/good.json"
for cmd in merge metrics draw export; do
    out=$(out_of "$cmd" "$T/kept-$cmd")
    printf 'precious\n' > "$out"
    # shellcheck disable=SC2046
    pg $(graph_cmd "$cmd" "$T/kept-$cmd") "$T/planet.json"
    expect_rc 1
    if [ "$(cat "$out")" = precious ]; then ok; else bad "$cmd clobbered $out"; fi
done
expect_no_temp "$T"

# ---- unknown options and missing values: status 2 and the usage ----
for cmd in extract metrics draw export merge; do
    pg "$cmd" --no-such-option "$SMALL"
    expect_rc 2
    expect_err "polgraph: $cmd: unknown option '--no-such-option'"
    expect_err "usage: polgraph $cmd"
    expect_no_out
    pg "$cmd" -Z "$SMALL"
    expect_rc 2
    expect_err "unknown option '-Z'"
    pg "$cmd" "$SMALL" -o
    expect_rc 2
    expect_err "polgraph: $cmd: option '-o' needs a value"
    expect_err "usage: polgraph $cmd"
    pg "$cmd" "$SMALL" --output
    expect_rc 2
    expect_err "option '--output' needs a value"
done
for cmd in metrics draw export merge; do
    pg "$cmd"
    expect_rc 2
    expect_err "usage: polgraph $cmd"
done
pg export "$SMALL"
expect_rc 2
expect_err "polgraph: export:"
pg export --to xlsx "$SMALL"
expect_rc 2
expect_err "xlsx"
pg draw -T bmp "$SMALL"
expect_rc 2
expect_err "unknown format 'bmp'"
pg draw -K nosuch "$SMALL"
expect_rc 2
expect_err "unknown engine 'nosuch'"
pg metrics --format yaml "$SMALL"
expect_rc 2
pg metrics --top lots "$SMALL"
expect_rc 2
pg metrics --damping 2 "$SMALL"
expect_rc 2
pg extract --jobs many "$ARTICLE"
expect_rc 2
pg extract --lexicon
expect_rc 2
expect_err "needs a value"
pg merge --max-evidence
expect_rc 2
expect_err "needs a value"

# ---- outputs that cannot be written ----
# a missing directory, for every command
pg extract -o "$T/no/dir/x.json" "$ARTICLE"
expect_rc 1
expect_err "polgraph: extract: cannot write '$T/no/dir/x.json': No such file or directory"
pg metrics -o "$T/no/dir/x.csv" "$SMALL"
expect_rc 1
expect_err "polgraph: metrics: cannot write '$T/no/dir/x.csv': No such file or directory"
pg export --to gml -o "$T/no/dir/x.gml" "$SMALL"
expect_rc 1
expect_err "cannot write '$T/no/dir/x.gml': No such file or directory"
# a read-only file, for every command: refused, not replaced
for cmd in extract metrics draw export merge; do
    printf 'read only\n' > "$T/ro-$cmd"
    chmod 444 "$T/ro-$cmd"
    case $cmd in
    extract) pg extract -o "$T/ro-$cmd" "$ARTICLE" ;;
    draw) pg draw -T svg -o "$T/ro-$cmd" "$SMALL" ;;
    export) pg export --to gml -o "$T/ro-$cmd" "$SMALL" ;;
    *) pg "$cmd" -o "$T/ro-$cmd" "$SMALL" ;;
    esac
    expect_rc 1
    expect_err "polgraph: $cmd: cannot write '$T/ro-$cmd': Permission denied"
    if [ "$(cat "$T/ro-$cmd")" = "read only" ]; then ok; else bad "$cmd replaced a read-only file"; fi
done
expect_no_temp "$T"

# a full disk: /dev/full takes no bytes. The error names it, and the
# device stays a device (root may write to /dev: a rename over it would
# replace it with a file)
if [ -c /dev/full ]; then
    for cmd in extract metrics draw export merge; do
        for fmt in x svg png; do
            case $cmd:$fmt in
            extract:x) pg extract -o /dev/full "$ARTICLE" ;;
            metrics:x) pg metrics --write -o /dev/full "$SMALL" ;;
            merge:x) pg merge -o /dev/full "$SMALL" ;;
            export:x) pg export --to graphml -o /dev/full "$FIX/draw_net.json" ;;
            export:svg) pg export --to dot -o /dev/full "$SMALL" ;;
            draw:x) pg draw -T dot -o /dev/full "$SMALL" ;;
            draw:*) pg draw -T "$fmt" -o /dev/full "$SMALL" ;;
            *) continue ;;
            esac
            expect_rc 1
            expect_err "polgraph: $cmd: "
            expect_err "/dev/full"
            expect_err "No space left on device"
            if [ -c /dev/full ]; then ok; else bad "$cmd -o /dev/full replaced the device"; fi
        done
    done
    # standard output on a full disk
    $POLGRAPH merge "$SMALL" > /dev/full 2> "$WORK/err"
    RC=$?
    ERR=$(cat "$WORK/err")
    expect_rc 1
    expect_err "polgraph: merge: cannot write to standard output: No space left on device"
fi
# other devices are written in place: /dev/null takes everything
if [ -c /dev/null ]; then
    pg draw -T svg -o /dev/null "$SMALL"
    expect_rc 0
    pg export --to gml -o /dev/null "$SMALL"
    expect_rc 0
    if [ -c /dev/null ]; then ok; else bad "-o /dev/null replaced the device"; fi
fi
# a disk that fills up half-way (a file size limit: writes fail with
# EFBIG): the run fails, the old file stays, no temporary is left
for cmd in extract metrics draw-svg draw-png export merge; do
    printf 'old contents\n' > "$T/limited.out"
    case $cmd in
    extract) set -- extract -o "$T/limited.out" "$ROOT/examples/sample-article.md" ;;
    metrics) set -- metrics --write -o "$T/limited.out" "$FIX/draw_net.json" ;;
    draw-svg) set -- draw -T svg -o "$T/limited.out" "$FIX/draw_net.json" ;;
    draw-png) set -- draw -T png -o "$T/limited.out" "$FIX/draw_net.json" ;;
    export) set -- export --to graphml -o "$T/limited.out" "$FIX/draw_net.json" ;;
    merge) set -- merge -o "$T/limited.out" "$FIX/draw_net.json" ;;
    esac
    # shellcheck disable=SC2086
    (trap '' XFSZ; ulimit -f 4; exec $POLGRAPH "$@") > "$WORK/out" 2> "$WORK/err"
    RC=$?
    ERR=$(cat "$WORK/err")
    expect_rc 1
    expect_err "$T/limited.out"
    expect_err "File too large"
    if [ "$(cat "$T/limited.out")" = "old contents" ]; then ok; else bad "$cmd changed the file it failed to write"; fi
    expect_no_temp "$T"
done

# a symbolic link as the output: the file it names is replaced, the link stays
printf 'old\n' > "$T/real.json"
ln -sf real.json "$T/link.json"
pg merge -o "$T/link.json" "$SMALL"
expect_rc 0
if [ -L "$T/link.json" ]; then ok; else bad "the symbolic link was replaced"; fi
json_check "$T/real.json" "d['format'] == 'polgraph-graph'"
expect_no_temp "$T"

# ---- injection, from article text to every format ----
# The document title and the evidence come straight from the article:
# quotes, backslashes, <script>, ]]>, &, DOT keywords, HTML-like labels and
# formula prefixes. Every format, parsed back by its own reader, gives the
# same text as the graph JSON (tests/fixtures/hostile.json does the same for
# labels in t_draw.sh and t_export.sh).
python3 - "$T/inj.jsonl" <<'PY'
import json, sys
t = ('Foreign Minister Anna Berg of Norland criticised President Piet Oost on Monday. '
     '"<script>alert(1)</script> ]]> & \\N \\\\ node -> edge; subgraph { } <b>x</b> <<TABLE>> \'q\' '
     '=cmd|\' /C calc\'!A0 +1 -1 @SUM(1)," Berg said of Oost.\n\n'
     '"=HYPERLINK(\\"http://evil\\")" is what Oost called Berg.')
title = '<script>alert("t")</script> ]]> & \\ "x" <!-- -->'
with open(sys.argv[1], "w") as f:
    f.write(json.dumps({"id": "inj<1>&\"", "title": title, "date": "2025-02-12", "text": t}) + "\n")
PY
pg extract -q -o "$T/inj.json" "$T/inj.jsonl"
expect_rc 0
json_check "$T/inj.json" "any('<script' in ev['text'] and '\\\\N' in ev['text'] for e in d['edges'] for ev in e['evidence'])"
for f in dot graphml gml nodelink events; do
    pg export --to "$f" -o "$T/inj.$f" "$T/inj.json"
    expect_rc 0
done
mkdir -p "$T/injcsv"
pg export --to csv -o "$T/injcsv/" "$T/inj.json"
expect_rc 0
pg draw -T svg -o "$T/inj.svg" "$T/inj.json"
expect_rc 0
if python3 - "$T" <<'PY' > "$WORK/py.out" 2>&1; then ok; else bad "injection read-back: $(head -c 800 "$WORK/py.out")"; fi
import csv, html, json, shutil, subprocess, sys, xml.etree.ElementTree as ET
T = sys.argv[1]
g = json.load(open(f"{T}/inj.json"))
title = g["documents"][0]["title"]
want = sorted(e["evidence"][0]["text"] for e in g["edges"])  # the first item of each relation
assert any("<script>" in w or "<script" in w for w in want)

def same(fmt, got):
    got = sorted(got)
    assert got == want, f"{fmt}: {got!r} != {want!r}"

# GraphML: an XML parser gives back the text
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(f"{T}/inj.graphml").getroot()
same("graphml", [d.text for d in root.iter("{%s}data" % ns["g"]) if d.get("key") == "e_evidence"])
assert [d.text for d in root.iter("{%s}data" % ns["g"]) if d.get("key") == "g_title"] == [title]
# node-link JSON
nl = json.load(open(f"{T}/inj.nodelink"))
same("nodelink", [l["evidence"][0]["text"] for l in nl["links"]])
assert nl["graph"]["title"] == title
# GML: strings hold &-entities, decoded as NetworkX does
gml = [l.strip()[len("evidence "):] for l in open(f"{T}/inj.gml") if l.strip().startswith("evidence ")]
same("gml", [html.unescape(s[1:-1]) for s in gml])
# CSV: RFC 4180, formula prefixes neutralised by a leading apostrophe
rows = list(csv.DictReader(open(f"{T}/injcsv/edges.csv", newline="")))
same("csv", [r["Evidence"][1:] if r["Evidence"][:1] == "'" and r["Evidence"][1:2] in "=+-@" else r["Evidence"] for r in rows])
# events TSV: a quoted cell per text, one line per row
ev = list(csv.DictReader(open(f"{T}/inj.events", newline=""), delimiter="\t"))
assert len(ev) == sum(len(e["evidence"]) for e in g["edges"] if e["type"] != "affiliation")
assert sorted(r["sentence"] for r in ev) == sorted(x["text"] for e in g["edges"] for x in e["evidence"])
# DOT: Graphviz reads it back; escString undone once
if shutil.which("gvpr"):
    out = subprocess.run(["gvpr", "E { print($.evidence) }", f"{T}/inj.dot"], capture_output=True, text=True,
                         check=True).stdout
    same("dot", [l.replace("\\\\", "\x00").replace("\x00", "\\") for l in out.splitlines()])
# SVG: well-formed XML, no element from the text, the title as text
svg = ET.parse(f"{T}/inj.svg").getroot()
tags = {el.tag.split("}")[-1] for el in svg.iter()}
assert not tags & {"script", "b", "TABLE", "foreignObject"}, tags
texts = " ".join(t.text or "" for t in svg.iter("{http://www.w3.org/2000/svg}text"))
assert '<script>alert("t")</script> ]]> & \\ "x"' in texts, texts
PY
