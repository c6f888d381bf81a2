# t_export.sh — polgraph export: every format from the CLI, read back by
# the tools they are for: NetworkX (GraphML, GML, node-link) when
# python3-networkx is installed, Python's xml and csv modules, dot for DOT;
# hostile text survives as plain text everywhere; misuse and errors.

# exp_py [FILE...] — runs the Python on stdin with the interpreter that has
# NetworkX, after a prelude defining node_link(data): NetworkX's
# node_link_graph reading our "links" key, whichever NetworkX it is (2.x
# reads "links" by default, 3.6 "edges", and 3.4 on take edges=)
NX_PRELUDE='def node_link(data):
    import inspect, networkx as nx
    if "edges" in inspect.signature(nx.node_link_graph).parameters:
        return nx.node_link_graph(data, edges="links")
    return nx.node_link_graph(data)
'
exp_py() {
    if { printf '%s\n' "$NX_PRELUDE"; cat; } | "$EXP_PY" - "$@" > "$WORK/py.out" 2>&1; then ok; else bad "python check failed: $(head -c 800 "$WORK/py.out")"; fi
}
EXP_PY=python3
HAVE_NX=
for p in /usr/bin/python3 python3; do
    if "$p" -c 'import networkx' > /dev/null 2>&1; then
        EXP_PY=$p
        HAVE_NX=1
        break
    fi
done
[ -n "$HAVE_NX" ] || echo "note [t_export] NetworkX not installed: NetworkX read-back checks skipped"

for f in dot graphml gml nodelink events; do
    pg export --to "$f" -o "$T/small.$f" "$FIX/small.json"
    expect_rc 0
    expect_no_err
    expect_no_out
    expect_file "$T/small.$f"
    pg export --to "$f" -o "$T/hostile.$f" "$FIX/hostile.json"
    expect_rc 0
    expect_no_err
done
pg export --to csv -o "$T/csv/" "$FIX/small.json"
expect_rc 1
expect_err "cannot write '$T/csv/nodes.csv'"
mkdir -p "$T/csv" "$T/hcsv"
pg export --to csv -o "$T/csv/" "$FIX/small.json"
expect_rc 0
expect_file "$T/csv/nodes.csv"
expect_file "$T/csv/edges.csv"
pg export --to csv -o "$T/hcsv" "$FIX/hostile.json"
expect_rc 0
expect_file "$T/hcsv/nodes.csv"
pg export --to csv -o "$T/pre" "$FIX/small.json"
expect_rc 0
expect_file "$T/pre-nodes.csv"
expect_file "$T/pre-edges.csv"
expect_no_temp "$T"
expect_no_temp "$T/csv"

# standard output by default; the format from the -o extension
pg export --to graphml "$FIX/small.json"
expect_rc 0
expect_out '<graphml'
pg export -o "$T/by-ext.gml" "$FIX/small.json"
expect_rc 0
if grep -q '^graph \[' "$T/by-ext.gml"; then ok; else bad "format from .gml"; fi
pg export -o "$T/by-ext/" "$FIX/small.json"
expect_rc 1
expect_err "cannot write"

# same input, same bytes
pg export --to graphml -o "$T/again.graphml" "$FIX/small.json"
expect_same "$T/small.graphml" "$T/again.graphml"

# DOT: dot renders it; the data attributes are there
if command -v dot > /dev/null 2>&1; then
    if dot -Tsvg "$T/small.dot" -o "$T/small-dot.svg" 2> "$T/dot.err" && [ ! -s "$T/dot.err" ]; then ok; else bad "dot -Tsvg: $(cat "$T/dot.err")"; fi
    if dot -Tsvg "$T/hostile.dot" -o "$T/hostile-dot.svg" 2> "$T/dot.err"; then ok; else bad "dot -Tsvg hostile: $(cat "$T/dot.err")"; fi
    exp_py "$T/hostile-dot.svg" <<'EOF'
import sys, xml.etree.ElementTree as ET
ET.parse(sys.argv[1])
assert '<script' not in open(sys.argv[1]).read()
EOF
fi
if grep -q 'cameo=111' "$T/small.dot" && grep -q 'evidence="Foreign Minister Anna Berg of Norland called Oost."' "$T/small.dot"; then ok; else bad "DOT data attributes"; fi

# GraphML and node-link: NetworkX reads every attribute back exactly
if [ -n "$HAVE_NX" ]; then
    exp_py "$T/small.graphml" "$T/small.gml" "$T/small.nodelink" "$FIX/small.json" <<'EOF'
import sys, json, networkx as nx
src = json.load(open(sys.argv[4]))
G = nx.read_graphml(sys.argv[1])
H = nx.read_gml(sys.argv[2])
N = node_link(json.load(open(sys.argv[3])))
assert G.is_directed() and H.is_directed() and N.is_directed() and N.is_multigraph() and H.is_multigraph()
for X in (G, H, N):
    assert X.number_of_nodes() == 4 and X.number_of_edges() == 4, X
assert G.nodes['anna-berg'] == {'label': 'Anna Berg', 'type': 'person', 'titles': 'Foreign Minister',
    'aliases': 'Anna Berg; Berg; Foreign Minister Anna Berg', 'handles': '@annaberg', 'affiliation': 'norland',
    'mentions': 3}, G.nodes['anna-berg']
assert G.nodes['norland']['pagerank'] == 0.25 and H.nodes['norland']['pagerank'] == 0.25
assert N.nodes['norland']['pagerank'] == 0.25
e = G.edges['anna-berg', 'piet-oost']
assert e['type'] == 'call' and e['weight'] == 2 and e['cameo'] == '041' and e['directed'] is False, e
assert e['evidence'] == 'Foreign Minister Anna Berg of Norland called Oost.' and e['date'] == '2025-02-12'
assert G.edges['piet-oost', 'anna-berg']['directed'] is True
h = H.edges['anna-berg', 'piet-oost', 'call']
assert h['weight'] == 2 and h['directed'] == 0 and h['type'] == 'call', h
assert H.nodes['anna-berg']['name'] == 'Anna Berg'
n = N.edges['anna-berg', 'piet-oost', 'call']
assert n['weight'] == 2 and len(n['evidence']) == 2 and n['evidence'][1]['quote'] == 'spoke to Oost again'
assert N.graph['title'] == 'Leaders speak / Second day'
EOF
    pg export --to nodelink -o "$T/net.json" "$FIX/draw_net.json"
    pg export --to gml -o "$T/net.gml" "$FIX/draw_net.json"
    pg export --to graphml -o "$T/net.graphml" "$FIX/draw_net.json"
    exp_py "$T/net.json" "$T/net.gml" "$T/net.graphml" <<'EOF'
import sys, json, networkx as nx
N = node_link(json.load(open(sys.argv[1])))
H = nx.read_gml(sys.argv[2])
G = nx.read_graphml(sys.argv[3])
for X in (N, H, G):
    assert X.number_of_edges() == 14, X
    assert X.is_multigraph(), X
    assert X.number_of_edges('piet-oost', 'anna-berg') == 2
assert set(N['piet-oost']['anna-berg']) == {'criticism', 'statement'}
EOF
    # hostile text: every label, title, alias and evidence sentence comes back
    exp_py "$T/hostile.graphml" "$T/hostile.gml" "$T/hostile.nodelink" "$FIX/hostile.json" <<'EOF'
import sys, json, networkx as nx
src = json.load(open(sys.argv[4]))
G = nx.read_graphml(sys.argv[1])
H = nx.read_gml(sys.argv[2])
N = node_link(json.load(open(sys.argv[3])))
def xmlsafe(s):
    return ''.join(c for c in s if c in '\t\n\r' or (ord(c) >= 0x20 and c not in '\ufffe\uffff'))
def gmlsafe(s):
    return ''.join(c for c in s if c in '\t\n\r' or (ord(c) >= 0x20 and ord(c) != 0x7f and c not in '\ufffe\uffff'))
for n in src['nodes']:
    i = n['id']
    assert G.nodes[i]['label'] == xmlsafe(n['label']), (G.nodes[i]['label'], n['label'])
    assert H.nodes[i]['name'] == gmlsafe(n['label']), (H.nodes[i]['name'], n['label'])
    assert N.nodes[i]['label'] == n['label']
    assert G.nodes[i].get('titles', '') == '; '.join(n['titles']) == H.nodes[i]['titles']
    assert G.nodes[i].get('aliases', '') == '; '.join(sorted(set(n['aliases']))) == H.nodes[i]['aliases']
    assert N.nodes[i]['aliases'] == sorted(set(n['aliases']))
assert G.nodes['node']['metric_label'] == 7.0 and G.nodes['node']['weird "metric"\\'] == 1.5
assert N.nodes['node']['metric_label'] == 7.0 and N.nodes['node']['weird "metric"\\'] == 1.5
for e in src['edges']:
    s, t = sorted([e['source'], e['target']]) if e['type'] in ('call', 'meeting') else (e['source'], e['target'])
    first = e['evidence'][0]['text'] if e['evidence'] else None
    g = G.edges[s, t]
    assert g['type'] == e['type'] and g['weight'] == e['weight']
    if first:
        assert g['evidence'] == xmlsafe(first), (g['evidence'], first)
        assert H.edges[s, t, e['type']]['evidence'] == gmlsafe(first)
        assert N.edges[s, t, e['type']]['evidence'][0]['text'] == first
assert G.graph['title'] == xmlsafe(src['documents'][0]['title'])
assert H.graph['title'] == gmlsafe(src['documents'][0]['title'])
EOF
fi

# CSV: Python's csv module (RFC 4180) reads the Gephi tables back
exp_py "$T/csv/nodes.csv" "$T/csv/edges.csv" "$T/hcsv/nodes.csv" "$T/hcsv/edges.csv" "$FIX/hostile.json" <<'EOF'
import sys, csv, json
def rows(p):
    with open(p, newline='', encoding='utf-8') as f:
        return list(csv.reader(f))
n, e = rows(sys.argv[1]), rows(sys.argv[2])
assert n[0] == ['Id', 'Label', 'Type', 'Titles', 'Aliases', 'Handles', 'Affiliation', 'Mentions', 'pagerank'], n[0]
assert e[0] == ['Source', 'Target', 'Type', 'Weight', 'Label', 'Cameo', 'Date', 'Evidence', 'Quote', 'Doc', 'Items'], e[0]
assert len(n) == 5 and len(e) == 5
assert n[1][:3] == ['anna-berg', 'Anna Berg', 'person'] and n[1][5] == "'@annaberg"
assert ['anna-berg', 'piet-oost', 'Undirected', '2', 'call', '041', '2025-02-12'] == e[2][:7], e[2]
assert e[3][2] == 'Directed' and e[3][4] == 'criticism'
assert open(sys.argv[1], 'rb').read().count(b'\r\n') == 5, 'CRLF line ends'
# hostile: the same text, bar the apostrophe that neutralises formulas
src = json.load(open(sys.argv[5]))
hn, he = rows(sys.argv[3]), rows(sys.argv[4])
def plain(cell):
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ('=', '+', '-', '@', '\t', '\r') else cell
def csvsafe(s):
    return ''.join(c for c in s if c in '\t\n\r' or ord(c) >= 0x20)
byid = {r[0]: r for r in hn[1:]}
assert len(byid) == len(src['nodes'])
for node in src['nodes']:
    r = byid[node['id']]
    assert plain(r[1]) == csvsafe(node['label']), (r[1], node['label'])
    assert plain(r[4]) == '; '.join(sorted(set(node['aliases'])))
for r in hn[1:] + he[1:]:
    for cell in r:
        assert cell[:1] not in ('=', '+', '-', '@'), ('formula cell', cell)
ev = {(r[0], r[1], r[4]): r for r in he[1:]}
crit = ev[('node', 'edge', 'criticism')]
assert crit[7] == src['edges'][0]['evidence'][0]['text'] and plain(crit[8]) == '=1+2'
sup = ev[('x\\', 'q"uote', 'support')]
assert plain(sup[7]) == src['edges'][3]['evidence'][0]['text']
EOF

# events: tab-separated, one row per evidence item, readable by csv (and R)
exp_py "$T/small.events" "$T/hostile.events" "$FIX/hostile.json" <<'EOF'
import sys, csv, json
def rows(p):
    with open(p, newline='', encoding='utf-8') as f:
        return list(csv.reader(f, delimiter='\t'))
r = rows(sys.argv[1])
assert r[0] == ['date', 'source', 'source_type', 'relation', 'cameo', 'target', 'target_type', 'doc', 'sentence',
                'quote', 'source_id', 'target_id', 'directed', 'sentence_index', 'part'], r[0]
assert len(r) == 1 + 3, r
assert r[1][:8] == ['2025-02-12', 'Anna Berg', 'person', 'call', '041', 'Piet Oost', 'person', 'a1'], r[1]
assert r[2][8] == 'Berg said she "spoke to Oost again".' and r[2][9] == 'spoke to Oost again'
assert r[3][0] == '' and r[3][3] == 'criticism' and r[3][7] == '', 'relation without evidence: one undated row'
h = rows(sys.argv[2])
src = json.load(open(sys.argv[3]))
assert all(len(x) == 15 for x in h)
texts = {x[8] for x in h[1:]}
for e in src['edges']:
    for ev in e['evidence']:
        assert ev['text'].replace('\n', ' ').replace('\t', ' ') in texts, ev['text']
EOF

# help and misuse
pg export --help
expect_rc 0
expect_out 'usage: polgraph export'
expect_out 'nodelink'
pg export "$FIX/small.json"
expect_rc 2
expect_err 'no --to FORMAT given'
expect_err 'usage: polgraph export'
pg export --to xlsx "$FIX/small.json"
expect_rc 2
expect_err "unknown format 'xlsx'"
pg export --to csv "$FIX/small.json"
expect_rc 2
expect_err "--to csv writes two files"
pg export -o "$T/x.txt" "$FIX/small.json"
expect_rc 2
expect_err "cannot tell the format"
pg export --to gml
expect_rc 2
expect_err "no input given"
pg export --to gml --bogus "$FIX/small.json"
expect_rc 2
expect_err "unknown option '--bogus'"

# runtime failures: exit 1, no file left
pg export --to gml -o "$T/never.gml" "$T/missing.json"
expect_rc 1
expect_err "polgraph: export: cannot read '$T/missing.json'"
expect_no_file "$T/never.gml"
pg export --to gml -o "$T/no/dir/x.gml" "$FIX/small.json"
expect_rc 1
expect_err "cannot write '$T/no/dir/x.gml'"
expect_no_temp "$T"
