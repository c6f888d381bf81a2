/* extract.h — articles in, actors and relations out.
 *
 * The pipeline for one article: segment (sentences, tokens, quotations) ->
 * recognise (mentions) -> resolve (entities) -> relate (edges with
 * evidence); the result is added to a graph. docs/EXTRACTION.md explains
 * each stage and its limits.
 *
 * A pg_extractor holds one thread's working memory and reuses it from one
 * article to the next; the lexicon is shared, read-only, and must outlive
 * every extractor made from it.
 */
#ifndef POLGRAPH_EXTRACT_H
#define POLGRAPH_EXTRACT_H

#include <stdio.h>

#include "polgraph/error.h"
#include "polgraph/graph.h"
#include "polgraph/lexicon.h"
#include "polgraph/reader.h"

typedef struct pg_extract_opts {
    const char *since, *until; /* keep evidence dated within [since, until] (YYYY-MM-DD); NULL: no bound.
                                  With a bound, undated evidence is left out. */
    pg_warn_fn warn;           /* limits applied to pathological input */
    void *warn_ctx;
    const char *host; /* the person the texts are published for (a head of state's press office:
                         "Vladimir Putin" for kremlin.ru), who takes part in the calls, meetings
                         and visits of headlines without a subject ("Meeting with ..."); NULL:
                         the person the article names most */
} pg_extract_opts;

void pg_extract_opts_init(pg_extract_opts *o);

typedef struct pg_extractor pg_extractor;

/* A new extractor using `lex`. The options are copied (the strings in them
 * are not: they must outlive the extractor). */
pg_extractor *pg_extractor_new(const pg_lexicon *lex, const pg_extract_opts *opts);
/* Frees it. NULL is a no-op. */
void pg_extractor_free(pg_extractor *x);

/* Extracts the actors and relations of `a` and adds them, with the
 * document, to `g`. Cannot fail on any text: returns 0. */
int pg_extract_article(pg_extractor *x, const pg_article *a, pg_graph *g);

/* The two halves of pg_extract_article, for callers that share one graph
 * between threads: pg_extract_analyse needs only the extractor (run it in
 * parallel), pg_extract_emit adds its result to `g` (run it under the
 * graph's lock). `a` must be the same article for both calls. */
void pg_extract_analyse(pg_extractor *x, const pg_article *a);
void pg_extract_emit(pg_extractor *x, const pg_article *a, pg_graph *g);

/* Runs the pipeline on `a` and writes a human-readable account to `out`:
 * each sentence with the mentions found in it (and the entity each one
 * resolved to) and the relations drawn from it, then the quotations with
 * their speakers and the entities. For `polgraph extract --explain`.
 * Returns 0, or -1 on a write error. */
int pg_extract_explain(pg_extractor *x, const pg_article *a, FILE *out);

#endif
