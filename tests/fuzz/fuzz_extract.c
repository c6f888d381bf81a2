/* fuzz_extract.c — libFuzzer target: the article reader and the whole
 * extraction pipeline (segment, recognise, resolve, relate, graph).
 *
 * Input: one flags byte, then the bytes of an input file.
 *   bit 0  the file is JSON Lines (input.jsonl), else text (input.txt)
 *   bit 1  also run --explain on every article
 *   bit 2  keep going past malformed JSON Lines (-k)
 *   bit 3  a date window (--since 2020-01-01 --until 2025-12-31)
 *   bit 4  an evidence cap of 1 (--max-evidence 1)
 *   bit 5  a host (--host "Vladimir Putin")
 *
 * Oracles (beyond ASan/UBSan and the -timeout): a reader error names the
 * file; every warning is one line; every evidence item's offsets lie in
 * its article's text, or in its title when it says so; the graph extracted
 * loads back from the JSON written for it, and writing it again gives the
 * same bytes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "polgraph/extract.h"
#include "polgraph/lexicon.h"
#include "polgraph/reader.h"

static pg_lexicon *fuzz_extract_lex;
static FILE *fuzz_extract_null;

static int fuzz_extract_one(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    if (!fuzz_extract_lex) {
        pg_error err = {0};
        fuzz_extract_lex = pg_lexicon_new(&err);
        if (!fuzz_extract_lex)
            fuzz_fail("pg_lexicon_new: %s", err.msg);
        fuzz_extract_null = fopen("/dev/null", "w");
    }
    unsigned flags = data[0];
    const char *path = fuzz_write_file(flags & 1 ? "jsonl" : "txt", data + 1, size - 1);

    size_t warnings = 0;
    pg_reader_opts ro = {.jsonl = 0, .keep_going = (flags & 4) != 0, .warn = fuzz_warn, .warn_ctx = &warnings};
    pg_error err = {0};
    const char *inputs[] = {path};
    pg_reader *r = pg_reader_new(inputs, 1, &ro, &err);
    if (!r)
        fuzz_fail("pg_reader_new on an existing file: %s", err.msg);

    pg_extract_opts xo;
    pg_extract_opts_init(&xo);
    xo.warn = fuzz_warn;
    xo.warn_ctx = &warnings;
    if (flags & 8) {
        xo.since = "2020-01-01";
        xo.until = "2025-12-31";
    }
    if (flags & 32)
        xo.host = "Vladimir Putin";
    pg_extractor *x = pg_extractor_new(fuzz_extract_lex, &xo);
    pg_graph *g = pg_graph_new();
    if (flags & 16)
        pg_graph_set_max_evidence(g, 1);
    pg_article a = {0};
    int rc;
    while ((rc = pg_reader_next(r, &a, &err)) == 1) {
        if (pg_utf8_find_invalid(a.text, a.len) != a.len || memchr(a.text, 0, a.len))
            fuzz_fail("article text is not valid UTF-8 without NULs");
        if (strlen(a.text) != a.len)
            fuzz_fail("article length %zu, strlen %zu", a.len, strlen(a.text));
        pg_extract_article(x, &a, g);
        for (size_t e = 0; e < pg_graph_edge_count(g); e++) {
            const pg_edge *ed = pg_graph_edge(g, e);
            for (size_t k = 0; k < ed->n_evidence; k++) {
                const pg_evidence *ev = &ed->evidence[k];
                size_t limit = ev->in_title ? strlen(a.title ? a.title : "") : a.len;
                if (strcmp(ev->doc, a.id) == 0 && (ev->start > ev->end || ev->end > limit))
                    fuzz_fail("evidence [%u, %u) past the %s (%zu bytes)", ev->start, ev->end,
                              ev->in_title ? "title" : "text", limit);
            }
        }
        if (flags & 2)
            pg_extract_explain(x, &a, fuzz_extract_null);
    }
    if (rc < 0 && !strstr(err.msg, path))
        fuzz_fail("reader error does not name the file: %s", err.msg);
    pg_article_clear(&a);
    pg_reader_free(r);
    pg_extractor_free(x);
    fuzz_check_round_trip(g, "extracted");
    pg_graph_free(g);
    return 0;
}

#ifndef PG_FUZZ_NO_MAIN
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fuzz_extract_one(data, size); }
#endif
