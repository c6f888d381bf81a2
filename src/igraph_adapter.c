/* igraph_adapter.c — the one file that includes igraph.h: builds igraph
 * graphs from plain arrays, runs the algorithms polgraph's metrics use and
 * copies the results into plain double arrays (see igraph_adapter.h).
 *
 * igraph's default error handler aborts and its default warning handler
 * prints; both are replaced (once, process-wide) by handlers that only
 * remember the message, so a failure becomes a pg_error and nothing is
 * printed from the library.
 */
#include "igraph_adapter.h"

#include <igraph.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "mem.h"
#include <stdlib.h>

struct pg_ig_graph {
    igraph_t g;
    size_t n, m;
    int directed;
};

/* ---- error handling ---- */

static char last_error[512];

static void on_error(const char *reason, const char *file, int line, igraph_error_t code)
{
    (void)file;
    (void)line;
    snprintf(last_error, sizeof last_error, "%s (%s)", reason ? reason : "failed", igraph_strerror(code));
    /* what igraph_error_handler_ignore does: free what the failing
     * function registered, then let it return the code */
    IGRAPH_FINALLY_FREE();
}

static void on_warning(const char *reason, const char *file, int line)
{
    (void)reason;
    (void)file;
    (void)line;
}

static void install_handlers(void)
{
    static int done;
    if (done)
        return;
    igraph_set_error_handler(on_error);
    igraph_set_warning_handler(on_warning);
    done = 1;
}

/* Turns an igraph status into our convention. */
static int check(igraph_error_t rc, const char *what, pg_error *err)
{
    if (rc == IGRAPH_SUCCESS)
        return 0;
    return pg_error_set(err, PG_ERR_BACKEND, "igraph: %s: %s", what,
                        last_error[0] ? last_error : igraph_strerror(rc));
}

static void begin(void)
{
    install_handlers();
    last_error[0] = 0;
}

/* ARPACK (HITS, eigenvector centrality) draws on igraph's default RNG; a
 * fixed seed before each call makes the last bits repeat from run to run
 * and independent of what ran before. */
#define ARPACK_SEED 20250214

static igraph_error_t seed_arpack(void) { return igraph_rng_seed(igraph_rng_default(), ARPACK_SEED); }

/* ---- graphs ---- */

pg_ig_graph *pg_ig_graph_new(size_t n, const size_t *ends, size_t m, int directed, pg_error *err)
{
    begin();
    igraph_vector_int_t ev;
    if (check(igraph_vector_int_init(&ev, (igraph_integer_t)(2 * m)), "building the graph", err))
        return NULL;
    for (size_t i = 0; i < 2 * m; i++) {
        if (ends[i] >= n) {
            igraph_vector_int_destroy(&ev);
            pg_error_set(err, PG_ERR_BACKEND, "igraph: edge %zu names vertex %zu of %zu", i / 2, ends[i], n);
            return NULL;
        }
        VECTOR(ev)[i] = (igraph_integer_t)ends[i];
    }
    pg_ig_graph *g = pg_xcalloc(1, sizeof *g);
    igraph_error_t rc = igraph_create(&g->g, &ev, (igraph_integer_t)n, directed ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&ev);
    if (check(rc, "building the graph", err)) {
        free(g);
        return NULL;
    }
    g->n = n;
    g->m = m;
    g->directed = directed != 0;
    return g;
}

void pg_ig_graph_free(pg_ig_graph *g)
{
    if (!g)
        return;
    igraph_destroy(&g->g);
    free(g);
}

size_t pg_ig_node_count(const pg_ig_graph *g) { return g->n; }
size_t pg_ig_edge_count(const pg_ig_graph *g) { return g->m; }

/* A read-only igraph view of a caller's weight array (NULL stays NULL). */
static const igraph_vector_t *weights_view(const pg_ig_graph *g, const double *w, igraph_vector_t *store)
{
    if (!w)
        return NULL;
    return igraph_vector_view(store, w, (igraph_integer_t)g->m);
}

static int copy_out(const igraph_vector_t *v, double *out, size_t n)
{
    for (size_t i = 0; i < n; i++)
        out[i] = VECTOR(*v)[i];
    return 0;
}

/* ---- algorithms ---- */

int pg_ig_betweenness(const pg_ig_graph *g, double cutoff, double *out, pg_error *err)
{
    begin();
    igraph_vector_t res;
    if (check(igraph_vector_init(&res, 0), "betweenness", err))
        return -1;
    igraph_error_t rc = igraph_betweenness_cutoff(&g->g, &res, igraph_vss_all(), g->directed, NULL,
                                                  cutoff < 0 ? -1 : cutoff);
    if (rc == IGRAPH_SUCCESS)
        copy_out(&res, out, g->n);
    igraph_vector_destroy(&res);
    return check(rc, "betweenness", err);
}

int pg_ig_closeness(const pg_ig_graph *g, int incoming, double cutoff, double *out, double *reached,
                    pg_error *err)
{
    begin();
    igraph_vector_t res;
    igraph_vector_int_t count;
    if (check(igraph_vector_init(&res, 0), "closeness", err))
        return -1;
    if (check(igraph_vector_int_init(&count, 0), "closeness", err)) {
        igraph_vector_destroy(&res);
        return -1;
    }
    igraph_error_t rc = igraph_closeness_cutoff(&g->g, &res, &count, NULL, igraph_vss_all(),
                                                incoming ? IGRAPH_IN : IGRAPH_OUT, NULL, 1, cutoff < 0 ? -1 : cutoff);
    if (rc == IGRAPH_SUCCESS) {
        copy_out(&res, out, g->n);
        for (size_t i = 0; i < g->n; i++)
            reached[i] = (double)VECTOR(count)[i];
    }
    igraph_vector_int_destroy(&count);
    igraph_vector_destroy(&res);
    return check(rc, "closeness", err);
}

int pg_ig_harmonic(const pg_ig_graph *g, int incoming, double cutoff, double *out, pg_error *err)
{
    begin();
    igraph_vector_t res;
    if (check(igraph_vector_init(&res, 0), "harmonic centrality", err))
        return -1;
    igraph_error_t rc = igraph_harmonic_centrality_cutoff(&g->g, &res, igraph_vss_all(),
                                                          incoming ? IGRAPH_IN : IGRAPH_OUT, NULL, 0,
                                                          cutoff < 0 ? -1 : cutoff);
    if (rc == IGRAPH_SUCCESS)
        copy_out(&res, out, g->n);
    igraph_vector_destroy(&res);
    return check(rc, "harmonic centrality", err);
}

int pg_ig_pagerank(const pg_ig_graph *g, double damping, const double *weights, double *out, pg_error *err)
{
    begin();
    igraph_vector_t res, wstore;
    igraph_real_t value;
    if (check(igraph_vector_init(&res, 0), "pagerank", err))
        return -1;
    igraph_error_t rc = igraph_pagerank(&g->g, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value, igraph_vss_all(),
                                        g->directed, damping, weights_view(g, weights, &wstore), NULL);
    if (rc == IGRAPH_SUCCESS)
        copy_out(&res, out, g->n);
    igraph_vector_destroy(&res);
    return check(rc, "pagerank", err);
}

int pg_ig_hits(const pg_ig_graph *g, const double *weights, double *hub, double *authority, pg_error *err)
{
    begin();
    igraph_vector_t h, a, wstore;
    igraph_real_t value;
    if (check(igraph_vector_init(&h, 0), "hits", err))
        return -1;
    if (check(igraph_vector_init(&a, 0), "hits", err)) {
        igraph_vector_destroy(&h);
        return -1;
    }
    igraph_error_t rc = seed_arpack();
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_hub_and_authority_scores(&g->g, &h, &a, &value, 1, weights_view(g, weights, &wstore), NULL);
    if (rc == IGRAPH_SUCCESS) {
        copy_out(&h, hub, g->n);
        copy_out(&a, authority, g->n);
    }
    igraph_vector_destroy(&a);
    igraph_vector_destroy(&h);
    return check(rc, "hits", err);
}

int pg_ig_eigenvector(const pg_ig_graph *g, const double *weights, double *out, pg_error *err)
{
    begin();
    igraph_vector_t res, wstore;
    igraph_real_t value;
    if (check(igraph_vector_init(&res, 0), "eigenvector centrality", err))
        return -1;
    igraph_error_t rc = seed_arpack();
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_eigenvector_centrality(&g->g, &res, &value, 0, 1, weights_view(g, weights, &wstore), NULL);
    if (rc == IGRAPH_SUCCESS)
        copy_out(&res, out, g->n);
    igraph_vector_destroy(&res);
    return check(rc, "eigenvector centrality", err);
}

int pg_ig_communities(const pg_ig_graph *g, const double *weights, pg_ig_community_method method,
                      unsigned long seed, size_t *membership, double *modularity, pg_error *err)
{
    begin();
    const char *what = method == PG_IG_LEIDEN_MODULARITY ? "leiden communities" : "multilevel communities";
    igraph_vector_t wstore, strength;
    igraph_vector_int_t memb;
    const igraph_vector_t *w = weights_view(g, weights, &wstore);
    igraph_error_t rc = igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed);
    if (check(rc, what, err))
        return -1;
    if (check(igraph_vector_int_init(&memb, 0), what, err))
        return -1;
    if (method == PG_IG_LEIDEN_MODULARITY) {
        /* modularity as a CPM quality: vertex weights = strengths,
         * resolution = 1 / (2m) with m the total edge weight */
        double total = 0;
        for (size_t i = 0; i < g->m; i++)
            total += weights ? weights[i] : 1.0;
        rc = igraph_vector_init(&strength, 0);
        if (rc == IGRAPH_SUCCESS) {
            rc = igraph_strength(&g->g, &strength, igraph_vss_all(), IGRAPH_ALL, 1, w);
            if (rc == IGRAPH_SUCCESS) {
                igraph_integer_t k = 0;
                igraph_real_t quality = 0;
                rc = igraph_community_leiden(&g->g, w, &strength, total > 0 ? 1.0 / (2.0 * total) : 1.0, 0.01, 0,
                                             -1, &memb, &k, &quality);
            }
            igraph_vector_destroy(&strength);
        }
    } else {
        rc = igraph_community_multilevel(&g->g, w, 1.0, &memb, NULL, NULL);
    }
    if (rc == IGRAPH_SUCCESS) {
        for (size_t i = 0; i < g->n; i++)
            membership[i] = (size_t)VECTOR(memb)[i];
        igraph_real_t q = 0;
        if (g->m > 0)
            rc = igraph_modularity(&g->g, &memb, w, 1.0, 0, &q);
        *modularity = isfinite(q) ? q : 0.0;
    }
    igraph_vector_int_destroy(&memb);
    return check(rc, what, err);
}

int pg_ig_components(const pg_ig_graph *g, size_t *weak, size_t *strong, pg_error *err)
{
    begin();
    igraph_integer_t nw = 0, ns = 0;
    if (check(igraph_connected_components(&g->g, NULL, NULL, &nw, IGRAPH_WEAK), "components", err))
        return -1;
    if (g->directed) {
        if (check(igraph_connected_components(&g->g, NULL, NULL, &ns, IGRAPH_STRONG), "components", err))
            return -1;
    } else {
        ns = nw;
    }
    *weak = (size_t)nw;
    *strong = (size_t)ns;
    return 0;
}

int pg_ig_reciprocity(const pg_ig_graph *g, double *out, pg_error *err)
{
    begin();
    igraph_real_t r = 0;
    if (g->m == 0) {
        *out = 0;
        return 0;
    }
    if (check(igraph_reciprocity(&g->g, &r, 1, IGRAPH_RECIPROCITY_DEFAULT), "reciprocity", err))
        return -1;
    *out = isfinite(r) ? r : 0.0;
    return 0;
}
