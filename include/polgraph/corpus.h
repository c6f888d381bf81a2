/* corpus.h — extraction over many inputs: read, extract, aggregate.
 *
 * Streams articles from a pg_reader through pg_extractor instances (one per
 * worker thread) into one graph. Articles are read, extracted and dropped
 * one at a time: memory depends on the graph, not on the corpus. The result
 * is the same bytes for any number of threads (the graph's canonical order
 * and order-free evidence cap make aggregation order irrelevant).
 */
#ifndef POLGRAPH_CORPUS_H
#define POLGRAPH_CORPUS_H

#include <stdint.h>

#include "polgraph/extract.h"
#include "polgraph/graph.h"
#include "polgraph/reader.h"

typedef struct pg_corpus_progress {
    uint64_t documents;
    uint64_t bytes, bytes_total; /* bytes_total 0 when unknown (stdin) */
    size_t actors, relations;
    double seconds;
} pg_corpus_progress;

typedef void (*pg_progress_fn)(void *ctx, const pg_corpus_progress *p);

typedef struct pg_corpus_opts {
    pg_reader_opts reader;
    pg_extract_opts extract;
    size_t max_evidence; /* 0: keep all evidence */
    int threads;         /* worker threads; 0 or 1: extract in the calling thread */
    int shard;           /* the graph is one part of a corpus, to be merged: leave out
                            linking across articles (link.h), which needs the whole */
    pg_progress_fn progress; /* called about four times a second from the calling thread, and once at the end */
    void *progress_ctx;
} pg_corpus_opts;

void pg_corpus_opts_init(pg_corpus_opts *o);

/* Extracts every article of `inputs` with `lex` into a new graph (*out).
 * Returns 0, or -1 with `err` set when an input cannot be read (nothing is
 * returned then). `final` (may be NULL) receives the totals. */
int pg_corpus_extract(const char *const *inputs, size_t n, const pg_lexicon *lex, const pg_corpus_opts *o,
                      pg_graph **out, pg_corpus_progress *final, pg_error *err);

#endif
