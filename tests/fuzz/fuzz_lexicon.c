/* fuzz_lexicon.c — libFuzzer target: the user dictionary loader
 * (`--lexicon FILE`, pg_lexicon_load_user_buffer) and extraction with the
 * dictionary it built.
 *
 * Input: the dictionary JSON, then optionally a NUL byte and an article
 * text to extract with it (a default text naming a few actors otherwise).
 * A fresh built-in lexicon is made for every input, since a dictionary
 * changes it.
 *
 * Oracles: a refusal names the file; with an accepted dictionary the
 * article extracts into a graph that loads back from its JSON.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "polgraph/extract.h"
#include "polgraph/lexicon.h"

#define FUZZ_LEX_NAME "fuzz-lexicon.json"

static const char fuzz_lexicon_default_text[] =
    "President Ana Lima of Peru called Chancellor Olaf Brandt on Monday. \"We will not wait,\" Lima said. "
    "The Alliance criticised Wagner. Prigozhin met Putin in Moscow, and NATO condemned the visit.";

static int fuzz_lexicon_one(const uint8_t *data, size_t size)
{
    const uint8_t *nul = memchr(data, 0, size);
    size_t jn = nul ? (size_t)(nul - data) : size;
    pg_error err = {0};
    pg_lexicon *lex = pg_lexicon_new(&err);
    if (!lex)
        fuzz_fail("pg_lexicon_new: %s", err.msg);
    if (pg_lexicon_load_user_buffer(lex, (const char *)data, jn, FUZZ_LEX_NAME, &err) != 0) {
        if (strncmp(err.msg, FUZZ_LEX_NAME, strlen(FUZZ_LEX_NAME)) != 0)
            fuzz_fail("lexicon error does not name the file: %s", err.msg);
        pg_lexicon_free(lex);
        return 0;
    }
    char *text = nul ? fuzz_utf8(nul + 1, size - jn - 1) : strdup(fuzz_lexicon_default_text);
    pg_article a = {0};
    a.id = (char *)"lex";
    a.title = a.date = a.source = a.url = (char *)"";
    a.text = text;
    a.len = strlen(text);
    a.origin = (char *)"lex";
    size_t warnings = 0;
    pg_extract_opts xo;
    pg_extract_opts_init(&xo);
    xo.warn = fuzz_warn;
    xo.warn_ctx = &warnings;
    pg_extractor *x = pg_extractor_new(lex, &xo);
    pg_graph *g = pg_graph_new();
    pg_extract_article(x, &a, g);
    fuzz_check_round_trip(g, "extracted with a dictionary");
    pg_graph_free(g);
    pg_extractor_free(x);
    free(text);
    pg_lexicon_free(lex);
    return 0;
}

#ifndef PG_FUZZ_NO_MAIN
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fuzz_lexicon_one(data, size); }
#endif
