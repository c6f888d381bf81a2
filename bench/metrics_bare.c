/* metrics_bare.c — the baseline of bench/metrics.sh: bare igraph 0.10 calls
 * computing what `polgraph metrics` computes, on the same network, with
 * the same algorithms and parameters, and nothing else (no JSON, no actor
 * graph, no output formatting). Reads the links bench/gen_graph.c wrote
 * (already reduced to links, numbered in id order).
 *
 *   metrics_bare [--cutoff N] [--skip-paths] [--dump FILE] GRAPH.links
 *
 * Prints "load S" (reading the file) and "compute S" (building the igraph
 * graphs and running every algorithm) in wall-clock seconds, "cpu_load"
 * and "cpu_compute" in CPU seconds, and on stderr the CPU seconds of each
 * step.
 * --dump writes the values (in polgraph's conventions) as CSV, one row per
 * vertex in id order, for the sanity check in bench/metrics.sh.
 */
#include <igraph.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double clock_s(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
static double now(void) { return clock_s(CLOCK_MONOTONIC); }
static double cpu(void) { return clock_s(CLOCK_PROCESS_CPUTIME_ID); }

static double t_step;
static void step(const char *what)
{
    double t = cpu();
    fprintf(stderr, "bare %s %.3f\n", what, t - t_step);
    t_step = t;
}

#define CHECK(x)                                                                                                     \
    do {                                                                                                             \
        igraph_error_t rc_ = (x);                                                                                    \
        if (rc_ != IGRAPH_SUCCESS) {                                                                                 \
            fprintf(stderr, "metrics_bare: %s failed: %s\n", #x, igraph_strerror(rc_));                              \
            exit(1);                                                                                                 \
        }                                                                                                            \
    } while (0)

typedef struct links {
    uint64_t m;
    igraph_vector_int_t ends;
    igraph_vector_t w;
} links;

static void read_links(FILE *f, links *l)
{
    if (fread(&l->m, sizeof l->m, 1, f) != 1)
        exit(1);
    CHECK(igraph_vector_int_init(&l->ends, (igraph_integer_t)(2 * l->m)));
    CHECK(igraph_vector_init(&l->w, (igraph_integer_t)l->m));
    for (uint64_t i = 0; i < l->m; i++) {
        uint32_t ab[2];
        double w;
        if (fread(ab, 4, 2, f) != 2 || fread(&w, 8, 1, f) != 1)
            exit(1);
        VECTOR(l->ends)[2 * i] = ab[0];
        VECTOR(l->ends)[2 * i + 1] = ab[1];
        VECTOR(l->w)[i] = w;
    }
}

int main(int argc, char **argv)
{
    double cutoff = -1;
    int skip_paths = 0;
    const char *dump = NULL, *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--cutoff") == 0 && i + 1 < argc) {
            cutoff = atof(argv[++i]);
            if (cutoff <= 0)
                cutoff = -1;
        } else if (strcmp(argv[i], "--skip-paths") == 0) {
            skip_paths = 1;
        } else if (strcmp(argv[i], "--dump") == 0 && i + 1 < argc) {
            dump = argv[++i];
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        fprintf(stderr, "usage: metrics_bare [--cutoff N] [--skip-paths] [--dump FILE] GRAPH.links\n");
        return 2;
    }
    double t0 = now(), c0 = cpu();
    FILE *f = fopen(path, "rb");
    char magic[8];
    uint64_t n;
    links d, u;
    if (!f || fread(magic, 1, 8, f) != 8 || memcmp(magic, "PGLINKS1", 8) != 0 || fread(&n, sizeof n, 1, f) != 1) {
        fprintf(stderr, "metrics_bare: cannot read %s\n", path);
        return 1;
    }
    read_links(f, &d);
    read_links(f, &u);
    fclose(f);
    double t1 = now(), c1 = cpu();
    t_step = c1;

    igraph_t gp, gu;
    CHECK(igraph_create(&gp, &d.ends, (igraph_integer_t)n, IGRAPH_DIRECTED));
    CHECK(igraph_create(&gu, &u.ends, (igraph_integer_t)n, IGRAPH_UNDIRECTED));
    step("build");

    igraph_vector_int_t indeg, outdeg;
    igraph_vector_t instr, outstr;
    igraph_vector_int_init(&indeg, 0);
    igraph_vector_int_init(&outdeg, 0);
    igraph_vector_init(&instr, 0);
    igraph_vector_init(&outstr, 0);
    CHECK(igraph_degree(&gp, &indeg, igraph_vss_all(), IGRAPH_IN, 1));
    CHECK(igraph_degree(&gp, &outdeg, igraph_vss_all(), IGRAPH_OUT, 1));
    CHECK(igraph_strength(&gp, &instr, igraph_vss_all(), IGRAPH_IN, 1, &d.w));
    CHECK(igraph_strength(&gp, &outstr, igraph_vss_all(), IGRAPH_OUT, 1, &d.w));
    step("degrees");

    igraph_vector_t btw, clo, har;
    igraph_vector_int_t reach;
    igraph_vector_init(&btw, (igraph_integer_t)n);
    igraph_vector_init(&clo, (igraph_integer_t)n);
    igraph_vector_init(&har, (igraph_integer_t)n);
    igraph_vector_int_init(&reach, (igraph_integer_t)n);
    if (!skip_paths) {
        CHECK(igraph_betweenness_cutoff(&gp, &btw, igraph_vss_all(), 1, NULL, cutoff));
        step("betweenness");
        CHECK(igraph_closeness_cutoff(&gp, &clo, &reach, NULL, igraph_vss_all(), IGRAPH_IN, NULL, 1, cutoff));
        step("closeness");
        CHECK(igraph_harmonic_centrality_cutoff(&gp, &har, igraph_vss_all(), IGRAPH_IN, NULL, 0, cutoff));
        step("harmonic");
    }

    igraph_vector_t pr, hub, auth, ev;
    igraph_real_t value;
    igraph_vector_init(&pr, 0);
    igraph_vector_init(&hub, 0);
    igraph_vector_init(&auth, 0);
    igraph_vector_init(&ev, 0);
    CHECK(igraph_pagerank(&gp, IGRAPH_PAGERANK_ALGO_PRPACK, &pr, &value, igraph_vss_all(), 1, 0.85, &d.w, NULL));
    step("pagerank");
    CHECK(igraph_rng_seed(igraph_rng_default(), 20250214)); /* as src/igraph_adapter.c */
    CHECK(igraph_hub_and_authority_scores(&gp, &hub, &auth, &value, 1, &d.w, NULL));
    step("hits");
    CHECK(igraph_rng_seed(igraph_rng_default(), 20250214));
    CHECK(igraph_eigenvector_centrality(&gu, &ev, &value, 0, 1, &u.w, NULL));
    step("eigenvector");

    igraph_vector_int_t memb;
    igraph_real_t q;
    igraph_vector_int_init(&memb, 0);
    CHECK(igraph_rng_seed(igraph_rng_default(), 42));
    CHECK(igraph_community_multilevel(&gu, &u.w, 1.0, &memb, NULL, NULL));
    CHECK(igraph_modularity(&gu, &memb, &u.w, 1.0, 0, &q));
    step("communities");

    igraph_real_t recip;
    igraph_integer_t weak, strong;
    CHECK(igraph_reciprocity(&gp, &recip, 1, IGRAPH_RECIPROCITY_DEFAULT));
    CHECK(igraph_connected_components(&gp, NULL, NULL, &weak, IGRAPH_WEAK));
    CHECK(igraph_connected_components(&gp, NULL, NULL, &strong, IGRAPH_STRONG));
    step("summary");
    double t2 = now(), c2 = cpu();

    printf("load %.3f\ncompute %.3f\ncpu_load %.3f\ncpu_compute %.3f\n", t1 - t0, t2 - t1, c1 - c0, c2 - c1);
    printf("summary links %" PRIu64 " reciprocity %.6f weak %" IGRAPH_PRId " strong %" IGRAPH_PRId " modularity %.6f\n",
           d.m, recip, weak, strong, q);

    if (dump) {
        /* polgraph's conventions: HITS summing to 1, Wasserman–Faust
         * closeness, harmonic over n - 1 */
        double hs = 0, as = 0;
        for (uint64_t i = 0; i < n; i++) {
            hs += VECTOR(hub)[i];
            as += VECTOR(auth)[i];
        }
        FILE *o = fopen(dump, "w");
        fprintf(o, "v,in_strength,betweenness,closeness,harmonic,pagerank,hub,authority,eigenvector\n");
        for (uint64_t i = 0; i < n; i++) {
            double c = VECTOR(reach)[i] > 0 ? VECTOR(clo)[i] * (double)VECTOR(reach)[i] / (double)(n - 1) : 0;
            fprintf(o, "%" PRIu64 ",%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g\n", i, VECTOR(instr)[i],
                    VECTOR(btw)[i], c, VECTOR(har)[i] / (double)(n - 1), VECTOR(pr)[i], VECTOR(hub)[i] / hs,
                    VECTOR(auth)[i] / as, VECTOR(ev)[i]);
        }
        fclose(o);
    }
    return 0;
}
