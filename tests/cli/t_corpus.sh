# t_corpus.sh — corpus scale: aggregation, windows, threads, shards + merge,
# streaming a large JSON Lines file.

# a corpus of our own: the golden cases and fixtures as JSON Lines, several
# copies with distinct ids and dates
python3 - "$ROOT" "$T/corpus.jsonl" <<'PY'
import json, os, sys
root, out = sys.argv[1], sys.argv[2]
texts = []
for d in ("tests/cases", "tests/fixtures/corpus", "examples"):
    for name in sorted(os.listdir(os.path.join(root, d))):
        if name.endswith((".txt", ".md")):
            texts.append(open(os.path.join(root, d, name), encoding="utf-8").read())
with open(out, "w", encoding="utf-8") as f:
    for copy in range(6):
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": f"c{copy}-{i}", "date": f"2024-0{copy + 1}-1{i % 9}", "title": f"copy {copy}",
                                "source": "test", "text": t}) + "\n")
PY

# aggregation: the same relation in every copy is one edge with a summed weight
pg extract -q "$T/corpus.jsonl" -o "$T/all.json"
expect_rc 0
json_check "$T/all.json" "len(d['documents']) == 6 * len([x for x in d['documents'] if x['id'].startswith('c0-')])"
json_check "$T/all.json" "any(e['weight'] >= 6 for e in d['edges']) and len({(e['source'], e['target'], e['type']) for e in d['edges']}) == len(d['edges'])"

# threads do not change the bytes
pg extract -q -j 1 "$T/corpus.jsonl" -o "$T/j1.json"
pg extract -q -j 3 "$T/corpus.jsonl" -o "$T/j3.json"
expect_same "$T/j1.json" "$T/j3.json"
expect_same "$T/all.json" "$T/j1.json"

# shards + merge = one run, with and without an evidence cap
head -n 20 "$T/corpus.jsonl" > "$T/s1.jsonl"
tail -n +21 "$T/corpus.jsonl" | head -n 25 > "$T/s2.jsonl"
tail -n +46 "$T/corpus.jsonl" > "$T/s3.jsonl"
for cap in 0 2; do
    pg extract -q --max-evidence $cap "$T/corpus.jsonl" -o "$T/one-$cap.json"
    for s in 1 2 3; do pg extract -q --shard --max-evidence $cap "$T/s$s.jsonl" -o "$T/part$s-$cap.json"; done
    pg merge --max-evidence $cap "$T/part3-$cap.json" "$T/part1-$cap.json" "$T/part2-$cap.json" -o "$T/merged-$cap.json"
    expect_rc 0
    expect_same "$T/one-$cap.json" "$T/merged-$cap.json"
    # tree reduction in another grouping
    pg merge --shard --max-evidence $cap "$T/part1-$cap.json" "$T/part2-$cap.json" -o "$T/m12-$cap.json"
    pg merge --max-evidence $cap "$T/m12-$cap.json" "$T/part3-$cap.json" -o "$T/tree-$cap.json"
    expect_same "$T/one-$cap.json" "$T/tree-$cap.json"
done
json_check "$T/one-2.json" "max(len(e['evidence']) for e in d['edges']) == 2 and max(e['weight'] for e in d['edges']) >= 6"

# linking across articles: "Vendrell" alone in one article joins "Tomas
# Vendrell" of another; "Moss" stays apart while Lena Moss and Karl Moss are
# mentioned about as often
cat > "$T/link.jsonl" <<'EOF'
{"id":"l1","date":"2024-03-01","text":"Prime Minister Tomas Vendrell of Spain criticised Russia on Monday. Vendrell met Chancellor Olaf Brandt of Germany in Madrid."}
{"id":"l2","date":"2024-03-02","text":"Vendrell said Spain would support Ukraine. \"We stand with Kyiv,\" Vendrell told reporters."}
{"id":"l3","date":"2024-03-03","text":"Foreign Minister Lena Moss of Norway condemned Russia. Foreign Minister Karl Moss of Denmark met Lena Moss in Oslo."}
{"id":"l4","date":"2024-03-04","text":"Moss criticised Russia again on Thursday, saying Moscow had ignored the Arctic Council."}
{"id":"l5","date":"2024-03-05","text":"Foreign Minister Karl Moss of Denmark criticised Russia on Friday."}
EOF
pg extract -q "$T/link.jsonl" -o "$T/link-one.json"
expect_rc 0
json_check "$T/link-one.json" "not [n for n in d['nodes'] if n['id'] == 'vendrell'] and [n for n in d['nodes'] if n['id'] == 'tomas-vendrell' and 'Vendrell' in n['aliases'] and n['mentions'] == 4]"
json_check "$T/link-one.json" "[e for e in d['edges'] if (e['source'], e['type'], e['target']) == ('tomas-vendrell', 'statement', 'ukraine') and e['weight'] == 2]"
json_check "$T/link-one.json" "[n for n in d['nodes'] if n['id'] == 'moss'] and [n for n in d['nodes'] if n['id'] == 'karl-moss' and 'Moss' not in n['aliases']]"
# shards extracted with --shard and merged give the one run; a shard that
# links on its own sees only Karl Moss, and its "Moss" goes to him
head -n 3 "$T/link.jsonl" > "$T/link-s1.jsonl"
tail -n 2 "$T/link.jsonl" > "$T/link-s2.jsonl"
pg extract -q --shard "$T/link-s1.jsonl" -o "$T/link-p1.json"
pg extract -q --shard "$T/link-s2.jsonl" -o "$T/link-p2.json"
json_check "$T/link-p1.json" "[n for n in d['nodes'] if n['id'] == 'vendrell']"
pg merge "$T/link-p2.json" "$T/link-p1.json" -o "$T/link-merged.json"
expect_rc 0
expect_same "$T/link-one.json" "$T/link-merged.json"
pg merge --shard "$T/link-p1.json" -o "$T/link-t1.json"
json_check "$T/link-t1.json" "[n for n in d['nodes'] if n['id'] == 'vendrell']"
pg merge "$T/link-t1.json" "$T/link-p2.json" -o "$T/link-tree.json"
expect_same "$T/link-one.json" "$T/link-tree.json"
pg extract -q "$T/link-s2.jsonl" -o "$T/link-q2.json"
pg merge "$T/link-p1.json" "$T/link-q2.json" -o "$T/link-unsharded.json"
json_check "$T/link-unsharded.json" "not [n for n in d['nodes'] if n['id'] == 'moss']"

# date window: only evidence inside it
pg extract -q --since 2024-02-01 --until 2024-03-31 "$T/corpus.jsonl" -o "$T/window.json"
json_check "$T/window.json" "all('2024-02-01' <= ev['date'] <= '2024-03-31' for e in d['edges'] for ev in e['evidence'])"
json_check "$T/window.json" "0 < sum(e['weight'] for e in d['edges']) < sum(e['weight'] for e in json.load(open('$T/all.json'))['edges'])"

# a large JSON Lines file streamed from standard input (~24 MB)
python3 - "$T/big.jsonl" <<'PY'
import json, sys
text = ("Foreign Minister Lena Moss of Norway criticised Russia on Tuesday, saying Moscow had ignored the Arctic Council. "
        "\"Sweden and Finland agree with us,\" Moss told reporters. ") * 40
with open(sys.argv[1], "w") as f:
    for i in range(3000):
        f.write(json.dumps({"id": f"b{i}", "date": "2024-05-01", "text": text}) + "\n")
PY
pg_in "$T/big.jsonl" extract -q --jsonl --max-evidence 3 -o "$T/big.json"
expect_rc 0
json_check "$T/big.json" "len(d['documents']) == 3000 and max(e['weight'] for e in d['edges']) >= 3000 and max(len(e['evidence']) for e in d['edges']) == 3"
