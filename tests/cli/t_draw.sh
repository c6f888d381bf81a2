# t_draw.sh — polgraph draw: formats and outputs, filters, hostile text in
# SVG (parsed back with Python's XML parser) and DOT (parsed back by dot),
# misuse and runtime errors, atomic output.

# draw_py FILE... — runs the Python on stdin with the files as arguments
draw_py() {
    if python3 - "$@" > "$WORK/py.out" 2>&1; then ok; else bad "python check failed: $(head -c 600 "$WORK/py.out")"; fi
}

# SVG to standard output by default
pg draw "$FIX/small.json"
expect_rc 0
expect_no_err
expect_out '<svg'
expect_out 'actor person'
expect_out 'Anna Berg'

# formats by extension, and -T over the extension
pg draw "$FIX/small.json" -o "$T/small.svg"
expect_rc 0
expect_no_out
expect_file "$T/small.svg"
pg draw "$FIX/small.json" -o "$T/small.png"
expect_rc 0
if [ "$(head -c 4 "$T/small.png" | od -An -c | tr -d ' ')" = '211PNG' ]; then ok; else bad "not a PNG"; fi
pg draw "$FIX/small.json" -o "$T/small.pdf"
expect_rc 0
if head -c 4 "$T/small.pdf" | grep -q '%PDF'; then ok; else bad "not a PDF"; fi
pg draw "$FIX/small.json" -o "$T/small.dot"
expect_rc 0
if grep -q '^digraph actors {' "$T/small.dot"; then ok; else bad "not DOT"; fi
pg draw -T dot "$FIX/small.json" -o "$T/forced.svg"
expect_rc 0
if grep -q '^digraph' "$T/forced.svg"; then ok; else bad "-T dot ignored"; fi
pg draw -T svg "$FIX/small.json"
expect_out '<svg'
expect_no_temp "$T"

# the DOT renders with the dot command, as the same picture
if command -v dot > /dev/null 2>&1; then
    if dot -Tsvg "$T/small.dot" -o "$T/from-dot.svg" 2> "$T/dot.err" && [ ! -s "$T/dot.err" ]; then ok; else bad "dot -Tsvg failed: $(cat "$T/dot.err")"; fi
fi

# every engine
for k in dot neato fdp sfdp circo twopi; do
    pg draw -K "$k" "$FIX/draw_net.json" -o "$T/net-$k.svg"
    expect_rc 0
    expect_no_err
done

# the SVG is well-formed XML with tooltips on nodes and edges
draw_py "$T/small.svg" <<'EOF'
import sys, xml.etree.ElementTree as ET
S = '{http://www.w3.org/2000/svg}'
X = '{http://www.w3.org/1999/xlink}title'
t = ET.parse(sys.argv[1])
tips = [a.get(X) for a in t.iter(S + 'a')]
assert any(x.startswith('Anna Berg (person, id anna-berg)\ntitles: Foreign Minister\naliases: ') for x in tips), tips
assert any(x.startswith('Anna Berg \u2014 Piet Oost: call (CAMEO 041), weight 2\n2025-02-12 [a1] ') for x in tips), tips
assert any('Berg said she "spoke to Oost again".' in x for x in tips), tips
classes = [g.get('class') for g in t.iter(S + 'g')]
assert 'node actor country' in classes and 'edge relation criticism' in classes, classes
EOF

# hostile labels, titles and evidence come out as the same plain text
pg draw "$FIX/hostile.json" -o "$T/hostile.svg"
expect_rc 0
expect_no_err
draw_py "$T/hostile.svg" "$FIX/hostile.json" <<'EOF'
import sys, json, re, xml.etree.ElementTree as ET
S = '{http://www.w3.org/2000/svg}'
X = '{http://www.w3.org/1999/xlink}title'
svg = ET.parse(sys.argv[1])
g = json.load(open(sys.argv[2]))
def xmlsafe(s):  # what XML can carry: no C0 controls but tab/newline, no U+FFFE
    return ''.join(c for c in s if c in '\t\n' or (ord(c) >= 0x20 and c not in '\ufffe\uffff'))
def flat(s):  # labels are one line; runs of spaces are kept by Graphviz as no-break spaces
    s = xmlsafe(s.replace('\r\n', '\n'))
    return re.sub(r'[\s\xa0]+', ' ', s).strip()
texts = {}
for grp in svg.iter(S + 'g'):
    if (grp.get('class') or '').startswith('node'):
        words = [''.join(t.itertext()) for t in grp.iter(S + 'text')]
        texts[flat(words[0])] = words
for n in g['nodes']:
    assert flat(n['label']) in texts, (n['label'], list(texts))
    if n['titles']:
        assert flat(texts[flat(n['label'])][1]) == flat(', '.join(n['titles'])), texts[flat(n['label'])]
tips = [a.get(X) for a in svg.iter(S + 'a')]
for n in g['nodes']:
    head = xmlsafe(n['label'].replace('\r\n', '\n').replace('\t', ' ')) + ' (' + n['type'] + ', id ' + n['id'] + ')'
    assert any(t.startswith(head) for t in tips), head
for e in g['edges']:
    for ev in e['evidence']:
        line = ('%s ' % ev['date'] if ev['date'] else '') + '[' + ev['doc'] + '] ' + ev['text'].replace('\t', ' ')
        assert any(line in t for t in tips), line
title = ''.join(svg.find('.//' + S + 'g[@class="graph"]').find(S + 'text').itertext())
assert flat(title) == flat(g['documents'][0]['title']), title
raw = open(sys.argv[1]).read()
assert '<script' not in raw and '<b>' not in raw and '<![CDATA[' not in raw
EOF

# and the DOT of hostile text parses back in dot itself
pg draw -T dot "$FIX/hostile.json" -o "$T/hostile.dot"
expect_rc 0
if command -v dot > /dev/null 2>&1; then
    if dot -Tsvg "$T/hostile.dot" -o "$T/hostile2.svg" 2> "$T/dot.err"; then ok; else bad "dot rejects the hostile DOT: $(cat "$T/dot.err")"; fi
    if command -v gc > /dev/null 2>&1; then
        if [ "$(gc -n -e "$T/hostile.dot" | awk '{print $1, $2}')" = "5 5" ]; then ok; else bad "hostile DOT lost nodes or edges"; fi
    fi
fi

# filters
pg draw -T dot --types criticism "$FIX/draw_net.json"
expect_rc 0
if [ "$(echo "$OUT" | grep -c 'type=criticism')" = 2 ] && ! echo "$OUT" | grep -q 'type=support'; then ok; else bad "--types criticism"; fi
pg draw -T dot --no-affiliation "$FIX/draw_net.json"
if ! echo "$OUT" | grep -q 'type=affiliation' && ! echo "$OUT" | grep -q '^	norland'; then ok; else bad "--no-affiliation"; fi
pg draw -T dot --min-weight 3 --keep-isolated "$FIX/draw_net.json"
if [ "$(echo "$OUT" | grep -c ' -> ')" = 2 ] && echo "$OUT" | grep -q 'mira-holt'; then ok; else bad "--min-weight 3 --keep-isolated"; fi
pg draw -T dot --top 3 --size-by mentions "$FIX/draw_net.json"
if [ "$(echo "$OUT" | grep -c 'class="actor ')" = 3 ]; then ok; else bad "--top 3"; fi
pg draw -T dot --ego 'Anna Berg' --depth 1 "$FIX/draw_net.json"
if [ "$(echo "$OUT" | grep -c 'class="actor ')" = 4 ] && echo "$OUT" | grep -q 'peripheries=2'; then ok; else bad "--ego"; fi
pg draw --ego berg --depth 2 --edge-labels --title 'Berg and around' -o "$T/ego.svg" "$FIX/draw_net.json"
expect_rc 0
if grep -q 'Berg and around' "$T/ego.svg" && grep -q 'criticism ×3' "$T/ego.svg"; then ok; else bad "title / edge labels"; fi
pg draw -T dot --no-legend --title '' "$FIX/small.json"
if ! echo "$OUT" | grep -q 'criticism</FONT>'; then ok; else bad "--no-legend"; fi
pg draw -T dot --size-by degree "$FIX/small.json"
expect_rc 0
expect_out 'size: degree'
pg draw -T dot --labels 1 --size-by mentions "$FIX/small.json"
if [ "$(echo "$OUT" | grep -c 'label=" "')" = 3 ]; then ok; else bad "--labels 1"; fi

# engine by size: dot for small graphs, sfdp for big ones
pg draw -T dot "$FIX/small.json"
expect_out 'layout=dot'
python3 - "$T/big.json" <<'EOF'
import json, sys
n = 200
g = {"format": "polgraph-graph", "version": 1, "documents": [], "edges": [],
     "nodes": [{"id": "a%03d" % i, "label": "A %d" % i, "type": "person", "mentions": 1} for i in range(n)]}
g["edges"] = [{"source": "a%03d" % i, "target": "a%03d" % ((i * 7 + 1) % n), "type": "statement", "weight": 1, "evidence": []} for i in range(n)]
json.dump(g, open(sys.argv[1], "w"))
EOF
pg draw -T dot --size-by mentions "$T/big.json"
expect_out 'layout=sfdp'
pg draw --size-by mentions -o "$T/big.svg" "$T/big.json"
expect_rc 0
expect_file "$T/big.svg"

# article files and stdin go through the same input as the other commands
pg_in "$FIX/small.json" draw -T dot -
expect_rc 0
expect_out 'anna-berg'

# help and misuse: exit 2 with the usage on stderr
pg draw --help
expect_rc 0
expect_out 'usage: polgraph draw'
expect_out '--size-by'
expect_out '--ego ACTOR'
pg draw
expect_rc 2
expect_err 'no input given'
expect_err 'usage: polgraph draw'
pg draw --bogus "$FIX/small.json"
expect_rc 2
expect_err "unknown option '--bogus'"
pg draw -K magic "$FIX/small.json"
expect_rc 2
expect_err "unknown engine 'magic'"
pg draw -T jpeg "$FIX/small.json"
expect_rc 2
expect_err "unknown format 'jpeg'"
pg draw -o "$T/out.txt" "$FIX/small.json"
expect_rc 2
expect_err "cannot tell the format"
expect_no_file "$T/out.txt"
pg draw --types hugs "$FIX/small.json"
expect_rc 2
expect_err "'hugs'"
pg draw --min-weight lots "$FIX/small.json"
expect_rc 2
expect_err "--min-weight wants a number"
pg draw --top 0 "$FIX/small.json"
expect_rc 2
expect_err "--top wants a positive number"
pg draw --depth 2 "$FIX/small.json"
expect_rc 2
expect_err "--depth needs --ego"
pg draw --ego
expect_rc 2
expect_err "needs a value"

# runtime failures: exit 1, one message, no output left behind
pg draw "$T/missing.json" -o "$T/never.svg"
expect_rc 1
expect_err "polgraph: draw: cannot read '$T/missing.json'"
expect_no_file "$T/never.svg"
pg draw --ego 'Nobody' "$FIX/draw_net.json" -o "$T/never.svg"
expect_rc 1
expect_err "polgraph: draw: --ego 'Nobody' matches no actor"
expect_no_file "$T/never.svg"
pg draw --ego Vos "$FIX/draw_net.json"
expect_rc 1
expect_err "matches 2 actors"
pg draw --size-by popularity "$FIX/small.json"
expect_rc 1
expect_err "'popularity'"
pg draw "$FIX/small.json" -o "$T/no/such/dir/x.svg"
expect_rc 1
expect_err "cannot write '$T/no/such/dir/x.svg'"
cp "$T/small.svg" "$T/keep.svg"
pg draw --ego Nobody "$FIX/small.json" -o "$T/keep.svg"
expect_rc 1
expect_same "$T/small.svg" "$T/keep.svg"
expect_no_temp "$T"
