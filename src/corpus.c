/* corpus.c — many articles into one graph, on several threads (see
 * corpus.h).
 *
 * N workers, the calling thread among them, each take the next few
 * articles from the one reader (under a lock: reading and parsing JSON is a
 * few per cent of the work; up to 8 articles or 256 KB of text at a time,
 * which halves how often the lock is contended) and analyse them on their
 * own, down to the node ids and
 * evidence texts (pg_extract_analyse: the expensive part). Only adding the
 * result to the corpus graph is serial (pg_extract_emit, under a second
 * lock). No queue and no extra reader thread: on two cores, a third thread
 * and its wake-ups cost more than they overlapped, and building a small
 * graph per article to fold in afterwards cost more than it saved. One
 * corpus graph, not one per worker, so that the evidence cap bounds memory
 * the same for any -j. Adding to a graph does not depend on the order
 * (graph.h), so which worker got which article does not show in the result:
 * -j N writes the same bytes as -j 1. */
#include "polgraph/corpus.h"
#include "polgraph/link.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "graph_internal.h"
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

/* ---- shared state ---- */

typedef struct {
    pthread_mutex_t r_lock; /* the reader, the counters, the first error */
    pg_reader *r;
    int done;               /* the reader said end of input or error */
    int rc;                 /* 0, or -1 when reading failed */
    pg_error *err;
    pg_corpus_progress p;
    pthread_mutex_t g_lock; /* the corpus graph */
    pg_graph *g;
    int locking;            /* more than one thread */
    const pg_corpus_opts *o;
    double t0, last;
} shared_t;

typedef struct {
    shared_t *s;
    pg_extractor *x;
    int reports; /* the calling thread: it reports progress */
} worker_t;

/* Articles a worker takes from the reader at once: with several threads,
 * up to BATCH_MAX of them or BATCH_BYTES of text, so that the reader lock is
 * taken (and contended) a fraction as often. */
#define BATCH_MAX 8
#define BATCH_BYTES ((size_t)256 * 1024)

typedef struct {
    pg_article a[BATCH_MAX];
    size_t n, next;
} batch_t;

/* Takes the next articles from the reader into an empty batch; 0 at the end
 * of the input or after an error (which the first thread to meet it
 * records). */
static int next_batch(worker_t *w, batch_t *b)
{
    shared_t *s = w->s;
    size_t max = s->locking ? BATCH_MAX : 1, bytes = 0;
    b->n = b->next = 0;
    if (s->locking)
        pthread_mutex_lock(&s->r_lock);
    while (!s->done && b->n < max && bytes < BATCH_BYTES) {
        int rc = pg_reader_next(s->r, &b->a[b->n], s->err);
        if (rc == 1) {
            bytes += b->a[b->n].len;
            b->n++;
            s->p.documents++;
        } else {
            s->done = 1;
            s->rc = rc < 0 ? -1 : 0;
        }
    }
    if (s->locking)
        pthread_mutex_unlock(&s->r_lock);
    return b->n > 0;
}

static void report(worker_t *w)
{
    shared_t *s = w->s;
    double t = now_seconds();
    if (t - s->last < 0.25)
        return;
    s->last = t;
    pg_corpus_progress p;
    if (s->locking)
        pthread_mutex_lock(&s->r_lock);
    s->p.bytes = pg_reader_bytes_read(s->r);
    p = s->p;
    if (s->locking)
        pthread_mutex_unlock(&s->r_lock);
    if (s->locking)
        pthread_mutex_lock(&s->g_lock);
    p.actors = pg_graph_node_count(s->g);
    p.relations = pg_graph_edge_count(s->g);
    if (s->locking)
        pthread_mutex_unlock(&s->g_lock);
    p.seconds = t - s->t0;
    s->o->progress(s->o->progress_ctx, &p);
}

/* Each worker, the calling thread included, takes articles from the reader
 * and analyses them on its own; adding to the corpus graph takes its lock.
 * With one thread there are no locks. */
static void *worker_main(void *arg)
{
    worker_t *w = arg;
    shared_t *s = w->s;
    batch_t *b = pg_xcalloc(1, sizeof *b);
    uint64_t n = 0;
    while (next_batch(w, b)) {
        for (; b->next < b->n; b->next++) {
            pg_article *a = &b->a[b->next];
            pg_extract_analyse(w->x, a);
            if (s->locking)
                pthread_mutex_lock(&s->g_lock);
            pg_extract_emit(w->x, a, s->g);
            if (s->locking)
                pthread_mutex_unlock(&s->g_lock);
            pg_article_clear(a);
            if (w->reports && s->o->progress && (++n & 15) == 0)
                report(w);
        }
    }
    free(b);
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
    shared_t s;
    memset(&s, 0, sizeof s);
    s.r = r;
    s.err = err;
    s.o = o;
    s.g = pg_graph_new();
    pg_graph_set_max_evidence(s.g, o->max_evidence);
    pg_graph_spool_documents(s.g); /* the document list grows with the corpus: on disk */
    s.p.bytes_total = pg_reader_bytes_total(r);
    s.t0 = s.last = now_seconds();
    s.locking = nthreads > 1;
    pthread_mutex_init(&s.r_lock, NULL);
    pthread_mutex_init(&s.g_lock, NULL);

    worker_t *w = pg_xcalloc((size_t)nthreads, sizeof *w);
    pthread_t *tid = pg_xcalloc((size_t)nthreads, sizeof *tid);
    for (int i = 0; i < nthreads; i++)
        w[i] = (worker_t){&s, pg_extractor_new(lex, &o->extract), i == 0};
    int started = 0; /* threads besides the calling one */
    for (int i = 1; i < nthreads; i++) {
        if (pthread_create(&tid[i], NULL, worker_main, &w[i]) != 0)
            break; /* fewer threads than asked: the ones running share the work */
        started++;
    }
    worker_main(&w[0]);
    for (int i = 1; i <= started; i++)
        pthread_join(tid[i], NULL);

    pg_corpus_progress p = s.p;
    p.bytes = pg_reader_bytes_read(r);
    pg_reader_free(r);
    for (int i = 0; i < nthreads; i++)
        pg_extractor_free(w[i].x);
    free(w);
    free(tid);
    pthread_mutex_destroy(&s.r_lock);
    pthread_mutex_destroy(&s.g_lock);
    if (s.rc < 0) {
        pg_graph_free(s.g);
        return -1;
    }
    pg_graph_fold_variants(s.g); /* "Sergey Lavrov" in one article, "Sergei Lavrov" in another */
    if (!o->shard)
        pg_link_names(s.g, lex); /* "Reagan" in one article, "Ronald Reagan" in another */
    p.actors = pg_graph_node_count(s.g);
    p.relations = pg_graph_edge_count(s.g);
    p.seconds = now_seconds() - s.t0;
    if (o->progress)
        o->progress(o->progress_ctx, &p);
    if (final)
        *final = p;
    *out = s.g;
    return 0;
}
