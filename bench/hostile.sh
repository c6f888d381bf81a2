#!/bin/sh
# hostile.sh — extraction time on pathological single-line inputs: proof
# that the documented limits (docs/EXTRACTION.md) keep it linear.
#
#   sh bench/hostile.sh [POLGRAPH]        (BENCH_SIZES="12.5 25 50" MB by default)
#
# Each input is one line with no line break, written to bench/out/:
#   nospace  one 'A' repeated: no space, no period (one giant token)
#   jsonl    the same as the "text" of a single JSON Lines record
#   words    words and names separated by spaces, no period: one sentence
#            of millions of tokens (split every 512 tokens, at most 64
#            actor mentions per piece)
#   caps     capitalised words only: every token a name candidate
#   quotes   words with a quotation mark every few words, never closed in
#            pairs the reader could rely on
#   names    a new titled person in every sentence, each one speaking and
#            criticising: hundreds of thousands of people in one article
#   titles   a new "President X Y of Chile" in every sentence, each followed
#            by "The Chilean President said": descriptions among thousands
#            of people with the same title (capped at 2,000 candidates)
#   statecos a new "Xxxxxxx Canada" in every sentence with no verb of
#            speech after it: every one is looked up among the companies
#            named after a state so far (a list of at most 16)
#   roles    "The President of X said ..." for every state and organization
#            of the lexicon in turn, and a name beside it: some 700 roles
#            a head of state's, each of which may join a named person
#            unless the two are named in one sentence (one pass pairs
#            them; a pass per role made 10 MB take 6 s instead of 1)
#   bodies   "The Senate met." over and over in an article that names no
#            state: every "Senate" asks whether the article names the
#            United States (asked once per body; asked per mention, 640 KB
#            took a second)
#   this     "Chile agreed with Peru. John Smith said this." over and over:
#            each "said this" gives the sentence before to its speaker
#            unless that sentence has a verb of speech of its own (the
#            cues before are walked back, not scanned from the start)
# For each size it prints seconds (wall), MB/s and peak RSS of
# `polgraph extract -j 1`. Linear time means MB/s stays flat as the size
# doubles. Tests never time things; this is the place for it.
set -eu
BIN=${1:-./polgraph}
OUT=${BENCH_OUT:-bench/out}
SIZES=${BENCH_SIZES:-12.5 25 50}
mkdir -p "$OUT"

LEXDIR=$(cd "$(dirname "$0")/.." && pwd)/data/lexicon

gen() { # gen KIND MB FILE
    python3 - "$1" "$2" "$3" "$LEXDIR" <<'PY'
import os, random, sys
kind, mb, path, lexdir = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4]
n = int(mb * 1000 * 1000)
random.seed(6)
words = ["President", "Putin", "said", "Moscow", "NATO", "will", "not", "wait", "called", "Anna", "Berg",
         "met", "criticised", "the", "and", "of", "Foreign", "Minister", "Ukraine", "he", "she", "that"]
caps = ["Anna", "Berg", "Piet", "Oost", "Norland", "Sudmark", "Council", "Ministry", "President", "General"]
with open(path, "w", encoding="utf-8") as f:
    if kind in ("nospace", "jsonl"):
        prefix, suffix = ('{"id": "one-line", "text": "', '"}') if kind == "jsonl" else ("", "")
        f.write(prefix)
        block = "A" * (1 << 20)
        left = n - len(prefix) - len(suffix)
        while left > 0:
            f.write(block[:left])
            left -= len(block)
        f.write(suffix)
    elif kind == "roles":
        actors = []
        for fn in ("countries.tsv", "organizations.tsv"):
            for line in open(os.path.join(lexdir, fn), encoding="utf-8"):
                if line.strip() and not line.startswith("#"):
                    actors.append(line.split("\t")[0])
        left, i = n, 0
        while left > 0:
            s = "The President of %s said the plan was good. Anna Berg met him. " % actors[i % len(actors)]
            f.write(s[:left])
            left -= len(s)
            i += 1
    elif kind == "bodies":
        left = n
        f.write("Nepal said so. ")
        while left > 0:
            s = "The Senate met. The Central Bank and the Security Council agreed. "
            f.write(s[:left])
            left -= len(s)
    elif kind == "this":
        left = n
        while left > 0:
            s = "Chile agreed with Peru. John Smith said this. "
            f.write(s[:left])
            left -= len(s)
    elif kind in ("names", "titles", "statecos"):
        letters = "abcdefghijklmnopqrstuvwxyz"
        def name():
            return random.choice(letters).upper() + "".join(random.choice(letters) for _ in range(6))
        left = n
        while left > 0:
            if kind == "names":
                s = "President %s %s said %s criticised Russia. He met her. " % (name(), name(), name())
            elif kind == "statecos":
                s = "%s Canada bought %s stakes. " % (name(), name().lower())
            else:
                s = "President %s %s of Chile spoke. The Chilean President said Russia must stop. " % (name(), name())
            f.write(s[:left])
            left -= len(s)
    else:
        pool = {"words": words, "caps": caps, "quotes": words}[kind]
        chunk = []
        for i in range(4096):
            w = random.choice(pool)
            if kind == "quotes" and i % 5 == 0:
                w = random.choice(['"', "\u201c", "\u201d", "'"]) + w
            chunk.append(w)
        block = " ".join(chunk) + " "
        left = n
        while left > 0:
            f.write(block[:left])
            left -= len(block)
PY
}

printf '%-8s %8s %9s %8s %10s\n' input MB seconds MB/s "RSS MB"
for kind in nospace jsonl words caps quotes names titles statecos roles bodies this; do
    for mb in $SIZES; do
        ext=txt
        [ "$kind" = jsonl ] && ext=jsonl
        f="$OUT/hostile-$kind-$mb.$ext"
        [ -s "$f" ] || gen "$kind" "$mb" "$f"
        bytes=$(wc -c < "$f")
        /usr/bin/time -f '%e %M' -o "$OUT/hostile.time" "$BIN" extract -q -j 1 -o "$OUT/hostile.json" "$f"
        read -r secs kb < "$OUT/hostile.time"
        awk -v k="$kind" -v b="$bytes" -v s="$secs" -v kb="$kb" \
            'BEGIN { printf "%-8s %8.1f %9.2f %8.1f %10.1f\n", k, b / 1e6, s, (s > 0 ? b / 1e6 / s : 0), kb / 1024 }'
    done
done
rm -f "$OUT/hostile.json" "$OUT/hostile.time"
