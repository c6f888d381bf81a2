/* corpus.c — many articles into one graph (see corpus.h). */
#include "polgraph/corpus.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mem.h"

void pg_corpus_opts_init(pg_corpus_opts *o)
{
    memset(o, 0, sizeof *o);
    pg_extract_opts_init(&o->extract);
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int pg_corpus_extract(const char *const *inputs, size_t n, const pg_lexicon *lex, const pg_corpus_opts *o,
                      pg_graph **out, pg_corpus_progress *final, pg_error *err)
{
    *out = NULL;
    pg_reader *r = pg_reader_new(inputs, n, &o->reader, err);
    if (!r)
        return -1;
    pg_graph *g = pg_graph_new();
    pg_graph_set_max_evidence(g, o->max_evidence);
    pg_extractor *x = pg_extractor_new(lex, &o->extract);
    pg_corpus_progress p = {0};
    p.bytes_total = pg_reader_bytes_total(r);
    double t0 = now_seconds(), last = t0;
    pg_article a = {0};
    int rc;
    while ((rc = pg_reader_next(r, &a, err)) == 1) {
        pg_extract_article(x, &a, g);
        p.documents++;
        if (o->progress && (p.documents & 15) == 0) {
            double t = now_seconds();
            if (t - last >= 0.25) {
                last = t;
                p.bytes = pg_reader_bytes_read(r);
                p.actors = pg_graph_node_count(g);
                p.relations = pg_graph_edge_count(g);
                p.seconds = t - t0;
                o->progress(o->progress_ctx, &p);
            }
        }
    }
    pg_article_clear(&a);
    pg_extractor_free(x);
    p.bytes = pg_reader_bytes_read(r);
    pg_reader_free(r);
    if (rc < 0) {
        pg_graph_free(g);
        return -1;
    }
    p.actors = pg_graph_node_count(g);
    p.relations = pg_graph_edge_count(g);
    p.seconds = now_seconds() - t0;
    if (o->progress)
        o->progress(o->progress_ctx, &p);
    if (final)
        *final = p;
    *out = g;
    return 0;
}
