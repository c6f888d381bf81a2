# t_extract.sh — polgraph extract end to end: inputs, options, errors.

CASES="$ROOT/tests/cases"
CORPUS="$FIX/corpus"

pg extract "$CASES/readout.txt"
expect_rc 0
expect_out '"format": "polgraph-graph"'
expect_out '"label": "Daulet Seitov"'

pg extract -q "$CASES/readout.txt" -o "$T/readout.json"
expect_rc 0
expect_no_out
expect_same "$T/readout.json" "$CASES/readout.expected.json"

# standard input, as text and as JSON Lines
pg_in "$CASES/readout.txt" extract -q
expect_rc 0
expect_out '"id": "stdin"'
pg_in "$CORPUS/news.jsonl" extract -q --jsonl
expect_rc 0
expect_out '"id": "n2"'
expect_out '"label": "Ivo Petrov"'

# a directory: every article, ids unique, repeated id reported
pg extract "$CORPUS" -o "$T/dir.json"
expect_rc 0
expect_err "document id 'n1' was seen before"
json_check "$T/dir.json" "[d_['id'] for d_ in d['documents']] == ['a', 'b', 'n1', 'n1~2', 'n2']"
pg extract -q "$CORPUS" -o "$T/dir-quiet.json"
expect_no_err
# a warning shows what came from the input on one line, escaped
printf '{"id":"x\\ny","date":"2 Jan\\n2020","text":"Tomas Berger spoke."}\n{"id":"x\\ny","text":"Hi."}\n' > "$T/nl.jsonl"
pg extract "$T/nl.jsonl" -o "$T/nl.json"
expect_rc 0
expect_err "date '2 Jan\\n2020' is not YYYY-MM-DD"
expect_err "document id 'x\\ny' was seen before; this one is 'x\\ny~2'"
if [ "$(printf '%s\n' "$ERR" | wc -l)" = 2 ]; then ok; else bad "warnings span more than two lines"; fi

# the same run twice gives the same bytes; -j does not change them
pg extract -q -j 1 "$CORPUS" "$CASES" -o "$T/j1.json"
pg extract -q -j 2 "$CORPUS" "$CASES" -o "$T/j2.json"
expect_same "$T/j1.json" "$T/j2.json"

# date window and evidence cap
pg extract -q --since 2024-03-02 --until 2024-03-31 "$CORPUS/news.jsonl" -o "$T/window.json"
expect_rc 0
json_check "$T/window.json" "all('2024-03-02' <= ev['date'] <= '2024-03-31' for e in d['edges'] for ev in e['evidence']) and len(d['edges']) > 0"
json_check "$T/window.json" "not any(e['type'] == 'criticism' for e in d['edges'])"
pg extract -q --max-evidence 1 "$CASES/transcript.txt" -o "$T/cap.json"
json_check "$T/cap.json" "max(len(e['evidence']) for e in d['edges']) == 1 and max(e['weight'] for e in d['edges']) == 2"

# --explain
pg extract --explain "$CASES/readout.txt"
expect_rc 0
expect_out "=> call Daulet Seitov -> Bat-Erdene Tsend"
expect_out "cue "

# a user lexicon
printf '{"actors": [{"name": "Steppe Council", "type": "organization", "aliases": ["the Steppe"]}]}' > "$T/lex.json"
printf 'Steppe Council condemned Mongolia on Monday.\n' > "$T/lex.txt"
pg extract -q --lexicon "$T/lex.json" "$T/lex.txt" -o "$T/lex-out.json"
expect_rc 0
json_check "$T/lex-out.json" "any(e['type'] == 'criticism' and e['source'] == 'steppe-council' for e in d['edges'])"
printf '{"actors": [' > "$T/badlex.json"
pg extract --lexicon "$T/badlex.json" "$T/lex.txt"
expect_rc 1
expect_err "badlex.json:1:"

# bad input: clear message, exit 1, nothing written
pg extract "$T/nope.txt" -o "$T/none.json"
expect_rc 1
expect_err "polgraph: extract: cannot read '$T/nope.txt': No such file or directory"
expect_no_file "$T/none.json"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' > "$T/image.txt"
pg extract "$T/image.txt" -o "$T/none.json"
expect_rc 1
expect_err "binary data"
expect_no_file "$T/none.json"
printf '{"id": "a", "text": "ok"}\n{"id": "b", "text": \n' > "$T/bad.jsonl"
pg extract "$T/bad.jsonl" -o "$T/none.json"
expect_rc 1
expect_err "bad.jsonl:2:"
expect_no_file "$T/none.json"
pg extract -k "$T/bad.jsonl" -o "$T/kept.json"
expect_rc 0
expect_err "line skipped"
json_check "$T/kept.json" "[x['id'] for x in d['documents']] == ['a']"
: > "$T/empty.txt"
pg extract "$T/empty.txt" -o "$T/empty.json"
expect_rc 0
expect_err "empty file, skipped"
printf 'President Ana Lima\377 criticised Peru.\n' > "$T/latin1.txt"
pg extract "$T/latin1.txt" -o "$T/latin1.json"
expect_rc 0
expect_err "invalid UTF-8"
expect_err "first at byte 18"

# misuse: exit 2 with usage
pg extract --frobnicate
expect_rc 2
expect_err "unknown option '--frobnicate'"
expect_err "usage: polgraph extract"
pg extract --since yesterday "$CASES/readout.txt"
expect_rc 2
expect_err "--since wants a date"
pg extract --since 2024-05-01 --until 2024-01-01 "$CASES/readout.txt"
expect_rc 2
pg extract -j 0 "$CASES/readout.txt"
expect_rc 2
pg extract --max-evidence -3 "$CASES/readout.txt"
expect_rc 2
pg extract -o
expect_rc 2
expect_err "needs a value"

# --host: the person a press office publishes for takes part in the calls
# and meetings of headlines that leave them unsaid
printf '%s\n' '{"id": "r1", "date": "2026-02-03", "title": "Telephone conversation with President of Chile Marta Fuentes", "text": "The presidents discussed trade. Foreign Minister Oleg Sorin said Chile and Peru agreed."}' \
    '{"id": "r2", "date": "2026-02-04", "title": "Meeting with Governor Pavel Orlov", "text": "President Dronov said Orlov would report on the harvest. Orlov thanked him."}' > "$T/host.jsonl"
pg extract -q "$T/host.jsonl" -o "$T/nohost.json"
expect_rc 0
json_check "$T/nohost.json" "not any('ivan-dronov' in (e['source'], e['target']) for e in d['edges'])"
pg extract -q --host "Ivan Dronov" "$T/host.jsonl" -o "$T/host.json"
expect_rc 0
json_check "$T/host.json" "any(e['type'] == 'call' and {e['source'], e['target']} == {'ivan-dronov', 'marta-fuentes'} for e in d['edges'])"
json_check "$T/host.json" "any(e['type'] == 'meeting' and {e['source'], e['target']} == {'ivan-dronov', 'pavel-orlov'} for e in d['edges'])"
json_check "$T/host.json" "not any(n['id'] == 'dronov' for n in d['nodes'])"
pg extract -q -j 2 --host "Ivan Dronov" "$T/host.jsonl" -o "$T/host-j2.json"
expect_same "$T/host.json" "$T/host-j2.json"
pg extract --explain --host "Ivan Dronov" "$T/host.jsonl"
expect_out "main person: Ivan Dronov"
for bad in "" " Ivan" "12 34" "$(printf 'Ivan\tDronov')" "$(printf '\377\376')"; do
    pg extract --host "$bad" "$T/host.jsonl"
    expect_rc 2
    expect_err "--host wants a person's name"
done
