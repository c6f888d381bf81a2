#!/usr/bin/env python3
"""make-seeds.py — writes the seed corpora in tests/fuzz/seeds/ (run from the
repository root: python3 tests/fuzz/make-seeds.py). The seeds are small
inputs that reach each target's interesting paths; the fuzzer grows its own
corpus from them under build/fuzz/corpus/. The files are committed, so this
script only needs to run again when the input formats change."""
import json
import os

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
SEEDS = os.path.join(ROOT, "tests", "fuzz", "seeds")


def put(target, name, data):
    d = os.path.join(SEEDS, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def read(path):
    with open(os.path.join(ROOT, path), "rb") as f:
        return f.read()


# ---- extract: one flags byte (see fuzz_extract.c), then the file ----
TEXT = 0x00
JSONL = 0x01
EXPLAIN = 0x02
for case in ["readout.txt", "transcript.txt", "wire_quotes.txt", "posts.md", "speech.txt", "wire_platforms.txt"]:
    put("extract", case, bytes([TEXT | EXPLAIN]) + read("tests/cases/" + case))
put("extract", "sample.md", bytes([TEXT]) + read("examples/sample-article.md"))
put("extract", "news.jsonl", bytes([JSONL | EXPLAIN]) + read("tests/fixtures/corpus/news.jsonl"))
put("extract", "window.jsonl", bytes([JSONL | 8 | 16]) + read("tests/fixtures/corpus/news.jsonl"))
put("extract", "titles.jsonl", bytes([JSONL | EXPLAIN]) + read("tests/cases/titles.jsonl"))
put("extract", "host.jsonl", bytes([JSONL | EXPLAIN | 32]) + read("tests/cases/titles.jsonl"))
put("extract", "shared-bodies.jsonl", bytes([JSONL | EXPLAIN]) + read("tests/cases/shared_bodies.jsonl"))
put("extract", "addresses.jsonl", bytes([JSONL | EXPLAIN]) + read("tests/cases/addresses.jsonl"))
put("extract", "addresses-host.jsonl", bytes([JSONL | EXPLAIN | 32]) + read("tests/cases/addresses.jsonl"))
put("extract", "keep-going.jsonl",
    bytes([JSONL | 4]) + b'{"id": "a", "text": "Putin met Trump."}\n{"id": "b", "text": \n'
    b'{"text": "x\\u0000y \\ud800 \xff", "date": "2024-13-01"}\n\n')
put("extract", "invalid-utf8.txt", bytes([TEXT]) + b"President Ana Lima\xff criticised Peru.\x00 \xc3 \xed\xa0\x80 end.\n")
put("extract", "quotes.txt", bytes([TEXT | EXPLAIN]) +
    "\u201cWe will not wait,\u201d said Foreign Minister Anna Berg of Norland. She said Russia \u2014 "
    "and its allies \u2014 \u2018must stop\u2019. \u00abNon\u00bb, a dit Macron.\n".encode())
put("extract", "posts.txt", bytes([TEXT]) +
    b"Ukraine will never surrender. Glory to Ukraine!\n\n"
    b"\xe2\x80\x94 Volodymyr Zelensky (@ZelenskyyUa) February 24, 2025\n\n"
    b"Sen. Richard Blumenthal (@SenBlumenthal) wrote: \"Putin is a war criminal.\"\n")
put("extract", "long-token.txt", bytes([TEXT]) + b"A" * 600 + b" said " + b"B" * 300 + b".\n")
put("extract", "many-names.txt", bytes([TEXT]) + b" ".join(b"Minister Name%d Surname%d," % (i, i) for i in range(80)) + b" met.\n")
put("extract", "long-sentence.txt", bytes([TEXT | EXPLAIN]) +
    b"President Ana Lima said " + b" ".join(b"Berg met Oost and %d" % i for i in range(150)) + b"\n")
put("extract", "long-quote.jsonl", bytes([JSONL]) + json.dumps({"id": "q", "text": "\u201c" + "we will not wait " * 300 +
    "\u201d, said Foreign Minister Anna Berg. \"And " + "again " * 200}).encode() + b"\n")
put("extract", "markdown.md", bytes([TEXT]) +
    b"# Leaders meet\n\n![img](x.png) [Putin](https://kremlin.ru) met **Xi Jinping** in Beijing on Jan. 5, 2025.\n"
    b"> \"We agreed,\" Xi said.\n\n* Biden called Scholz.\n")

# ---- graph_json: graph files ----
for fx in ["small.json", "hostile.json", "draw_net.json"]:
    put("graph_json", fx, read("tests/fixtures/" + fx))
put("graph_json", "empty.json", '{"format": "polgraph-graph", "version": 1, "nodes": [], "edges": []}')
put("graph_json", "metrics.json", json.dumps({
    "format": "polgraph-graph", "version": 1,
    "nodes": [{"id": "a", "label": "A", "type": "person", "metrics": {"pagerank": 1e308, "x": None}},
              {"id": "b", "label": "B", "type": "country", "affiliation": "a"}],
    "edges": [{"source": "a", "target": "a", "type": "call", "weight": 18446744073709551615},
              {"source": "a", "target": "b", "type": "visit", "evidence": [{"doc": "d", "start": 5, "end": 5}]}]}))
put("graph_json", "truncated.json", read("tests/fixtures/small.json")[:200])
put("graph_json", "nested.json", "[" * 300 + "]" * 300)

# ---- export and draw: NUL-separated records (see fuzz_build.h); actor
# numbers and relation types are taken modulo the count, so 0 is written
# as the count (a NUL would end the record) ----
def rec(op, text=b""):
    if isinstance(text, str):
        text = text.encode("utf-8")
    return bytes([op or 16]) + text  # 16: operation 0 without a NUL


def records(*rs):
    return b"\x00".join(rs)


hostile = records(
    rec(8, "d<1>&\"x\" ]]>"), rec(13, "Title with <b>tags</b> & \"quotes\" \\ and ]]>\nnew line"),
    rec(0, "node"), rec(3, "<script>alert(\"x\")</script>"), rec(4, "=HYPERLINK(\"http://evil\")"),
    rec(5, "<b>Boss</b> & \"Chief\""), rec(6, "@evil"),
    rec(11, b"\x33\x33\x33\x33\x33\x33\xd3\x3f" + b"pagerank"),
    rec(2, "edge"), rec(3, "Back\\slash \\N \\G \\E \\L end\\"), rec(4, "+SUM(A1:A2)"),
    rec(1, "subgraph"), rec(3, "Line one\nLine two\r\nTab\there \x01ctl\x0b\x7f\ufffe ]]> <![CDATA[x]]>"),
    rec(0, "x\\"), rec(3, "<<TABLE><TR><TD>html</TD></TR></TABLE>>"), rec(7, b"\x02"),
    rec(0, "q\"uote"), rec(3, "\u00dcn\u00efc\u00f6d\u00e9 \"quoted\" 'single' & amp; --> -- <!-- comment"),
    rec(9, b"\x05\x01\x02" + "He said \"</title><script>alert(1)</script>\" & left; ]]> \\ \\N".encode()),
    rec(10, "=1+2"),
    rec(9, b"\x01\x02\x07" + b"-1 is a \"number\" node -> edge; subgraph { }"),
    rec(9, b"\x03\x04\x03" + b"@SUM(1) +1 =2 <tag attr=\"v\"> &amp; &#38; &lt;"),
    rec(9, b"\x04\x05\x04" + b""), rec(9, b"\x05\x02\x06" + b"member"),
)
put("export", "hostile.bin", hostile)
put("draw", "hostile.bin", hostile + b"\x00")
plain = records(rec(8, "a1"), rec(0, "Anna Berg"), rec(5, "Foreign Minister"), rec(1, "Norland"),
                rec(0, "Piet Oost"), rec(1, "Sudmark"), rec(9, b"\x04\x02\x07Berg called Oost."),
                rec(9, b"\x02\x04\x02Oost criticised Berg."), rec(9, b"\x04\x01\x06"), rec(9, b"\x02\x03\x06"),
                rec(12, b"\x05"))
put("export", "plain.bin", plain)
# a bigger graph, so that the fuzzer works on inputs up to -max_len at once
big = [rec(8, "doc")]
for i in range(120):
    big += [rec(i % 3, "Actor %d <b>&\"" % i), rec(4, "=alias %d" % i)]
for i in range(120):
    big.append(rec(9, bytes([1 + i % 119, 1 + (i * 7) % 119, 1 + i % 7]) + b"evidence \\N %d ]]>" % i))
put("export", "big.bin", records(*big))
for opt in range(0, 128, 21):
    put("draw", "plain-%d.bin" % opt, plain + b"\x00" + bytes([opt]))
put("export", "empty.bin", b"")
put("draw", "empty.bin", b"\x01")

# ---- lexicon: dictionary JSON, optionally NUL and a text ----
put("lexicon", "docs.json", json.dumps({
    "actors": [
        {"name": "Wagner Group", "type": "organization", "aliases": ["Wagner", "PMC Wagner"], "affiliation": "Russia"},
        {"name": "Yevgeny Prigozhin", "type": "person", "aliases": ["Prigozhin"], "affiliation": "Wagner Group"},
        {"name": "NATO", "aliases": ["the Alliance", "Atlantic Alliance"]},
        {"name": "Vladimir Putin", "type": "person", "aliases": ["Putin", "President Putin"]}],
    "ignore": ["Getty Images", "Black Sea Fleet"]}, indent=1))
put("lexicon", "with-text.bin", json.dumps({
    "actors": [{"name": "Steppe Council", "type": "organization", "aliases": ["the Steppe", "Steppe's"]}],
    "ignore": ["Monday"]}).encode() + b"\x00Steppe Council condemned Mongolia on Monday. \"No,\" the Steppe said.")
put("lexicon", "odd.json", '{"actors": [{"name": "\'s", "type": "person", "aliases": ["", " ", "\\u00e9", "a b c d e f g h"]}], "ignore": ["", "the", "."]}')
put("lexicon", "bad.json", '{"actors": [{"name": "X"}], "ignore": {}}')
