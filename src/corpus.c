/* corpus.c — many articles into one graph, on several threads (see
 * corpus.h).
 *
 * The calling thread reads articles and hands them to the workers through a
 * bounded queue. Each worker analyses its article and builds the article's
 * own small graph on its own (the expensive part), then folds that into the
 * one shared graph under a lock (the cheap, serial part). One corpus graph,
 * not one per worker, so that the evidence cap bounds
 * memory the same for any -j. Adding to a graph does not depend on the order
 * (graph.h), so which worker got which article does not show in the result:
 * -j N writes the same bytes as -j 1. */
#include "polgraph/corpus.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "graph_internal.h"
#include "mem.h"

#define QUEUE_ARTICLES 64

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

/* ---- the queue ---- */

typedef struct {
    pthread_mutex_t lock;
    pthread_cond_t not_empty, not_full;
    pg_article items[QUEUE_ARTICLES];
    size_t head, count;
    int closed;
} queue_t;

static void queue_push(queue_t *q, pg_article *a)
{
    pthread_mutex_lock(&q->lock);
    while (q->count == QUEUE_ARTICLES)
        pthread_cond_wait(&q->not_full, &q->lock);
    q->items[(q->head + q->count) % QUEUE_ARTICLES] = *a;
    q->count++;
    memset(a, 0, sizeof *a); /* the queue owns it now */
    pthread_cond_signal(&q->not_empty);
    pthread_mutex_unlock(&q->lock);
}

/* Takes the next article; returns 0 when the queue is closed and empty. */
static int queue_pop(queue_t *q, pg_article *out)
{
    pthread_mutex_lock(&q->lock);
    while (q->count == 0 && !q->closed)
        pthread_cond_wait(&q->not_empty, &q->lock);
    if (q->count == 0) {
        pthread_mutex_unlock(&q->lock);
        return 0;
    }
    *out = q->items[q->head];
    q->head = (q->head + 1) % QUEUE_ARTICLES;
    q->count--;
    pthread_cond_signal(&q->not_full);
    pthread_mutex_unlock(&q->lock);
    return 1;
}

static void queue_close(queue_t *q)
{
    pthread_mutex_lock(&q->lock);
    q->closed = 1;
    pthread_cond_broadcast(&q->not_empty);
    pthread_mutex_unlock(&q->lock);
}

/* ---- workers ---- */

typedef struct {
    queue_t *queue;
    pg_extractor *x;
    pg_graph *g;              /* shared */
    pthread_mutex_t *g_lock;
    atomic_size_t *actors, *relations; /* for progress reports */
} worker_t;

static void *worker_main(void *arg)
{
    worker_t *w = arg;
    pg_article a = {0};
    while (queue_pop(w->queue, &a)) {
        /* the article's own graph is built outside the lock; only folding
         * it into the shared one is serial */
        pg_graph *ag = pg_graph_new();
        pg_graph_set_max_evidence(ag, pg_graph_max_evidence(w->g));
        pg_extract_article(w->x, &a, ag);
        pthread_mutex_lock(w->g_lock);
        pg_graph_absorb(w->g, ag, NULL, NULL);
        atomic_store(w->actors, pg_graph_node_count(w->g));
        atomic_store(w->relations, pg_graph_edge_count(w->g));
        pthread_mutex_unlock(w->g_lock);
        pg_graph_free(ag);
        pg_article_clear(&a);
    }
    return NULL;
}

/* ---- driver ---- */

int pg_corpus_extract(const char *const *inputs, size_t n, const pg_lexicon *lex, const pg_corpus_opts *o,
                      pg_graph **out, pg_corpus_progress *final, pg_error *err)
{
    *out = NULL;
    pg_reader *r = pg_reader_new(inputs, n, &o->reader, err);
    if (!r)
        return -1;
    int nthreads = o->threads > 1 ? o->threads : 1;
    int threaded = o->threads > 1;
    pg_graph *g = pg_graph_new();
    pg_graph_set_max_evidence(g, o->max_evidence);
    pg_graph_spool_documents(g); /* the document list grows with the corpus: on disk */
    pthread_mutex_t g_lock;
    pthread_mutex_init(&g_lock, NULL);
    atomic_size_t actors = 0, relations = 0;
    worker_t *w = pg_xcalloc((size_t)nthreads, sizeof *w);
    queue_t q;
    memset(&q, 0, sizeof q);
    pthread_mutex_init(&q.lock, NULL);
    pthread_cond_init(&q.not_empty, NULL);
    pthread_cond_init(&q.not_full, NULL);
    pthread_t *tid = pg_xcalloc((size_t)nthreads, sizeof *tid);
    int started = 0;
    for (int i = 0; i < nthreads; i++)
        w[i] = (worker_t){&q, pg_extractor_new(lex, &o->extract), g, &g_lock, &actors, &relations};
    if (threaded)
        for (int i = 0; i < nthreads; i++) {
            if (pthread_create(&tid[i], NULL, worker_main, &w[i]) != 0)
                break; /* fewer threads than asked: the ones running share the work */
            started++;
        }

    pg_corpus_progress p = {0};
    p.bytes_total = pg_reader_bytes_total(r);
    double t0 = now_seconds(), last = t0;
    pg_article a = {0};
    int rc;
    while ((rc = pg_reader_next(r, &a, err)) == 1) {
        if (started)
            queue_push(&q, &a);
        else
            pg_extract_article(w[0].x, &a, g);
        p.documents++;
        if (o->progress && (p.documents & 15) == 0) {
            double t = now_seconds();
            if (t - last >= 0.25) {
                last = t;
                p.bytes = pg_reader_bytes_read(r);
                p.actors = started ? atomic_load(&actors) : pg_graph_node_count(g);
                p.relations = started ? atomic_load(&relations) : pg_graph_edge_count(g);
                p.seconds = t - t0;
                o->progress(o->progress_ctx, &p);
            }
        }
    }
    pg_article_clear(&a);
    queue_close(&q);
    for (int i = 0; i < started; i++)
        pthread_join(tid[i], NULL);
    p.bytes = pg_reader_bytes_read(r);
    pg_reader_free(r);

    for (int i = 0; i < nthreads; i++)
        pg_extractor_free(w[i].x);
    free(w);
    free(tid);
    pthread_mutex_destroy(&q.lock);
    pthread_cond_destroy(&q.not_empty);
    pthread_cond_destroy(&q.not_full);
    pthread_mutex_destroy(&g_lock);
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
