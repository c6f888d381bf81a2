/* test_metrics.c — influence metrics: hand-checked small graphs (star,
 * path, directed cycle, two cliques joined by a bridge), edge cases
 * (empty, single node, affiliation only, self-loops, parallel relations,
 * no NaN anywhere), order independence, the writers (CSV quoting and
 * formula neutralising, table width and truncation, JSON validity) and the
 * comparison with NetworkX on the fixture in tests/metrics_ref/. */
#include <criterion/criterion.h>
#include <criterion/logging.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "igraph_adapter.h"
#include "polgraph/graph.h"
#include "polgraph/metrics.h"

#define EPS 1e-9
#define NX_EPS 1e-6
#define REF_GRAPH "tests/metrics_ref/graph.json"
#define REF_VALUES "tests/metrics_ref/reference.json"

/* ---- helpers ---- */

static size_t node(pg_graph *g, const char *id)
{
    ptrdiff_t i = pg_graph_find_node(g, id);
    if (i >= 0)
        return (size_t)i;
    return pg_graph_add_node(g, id, id, PG_ACTOR_PERSON);
}

/* Adds relation s -> t of `type` with weight w. */
static void rel(pg_graph *g, const char *s, const char *t, pg_rel_type type, uint64_t w)
{
    size_t a = node(g, s), b = node(g, t);
    size_t e = pg_graph_add_edge(g, a, b, type);
    pg_graph_edge_add_weight(g, e, w);
}

static double M(const pg_graph *g, const char *id, const char *metric)
{
    ptrdiff_t i = pg_graph_find_node(g, id);
    cr_assert(i >= 0, "no node %s", id);
    double v = pg_graph_node_metric(g, (size_t)i, metric, NAN);
    cr_assert(!isnan(v), "node %s has no metric %s", id, metric);
    return v;
}

static void expect(const pg_graph *g, const char *id, const char *metric, double want)
{
    double got = M(g, id, metric);
    cr_expect(fabs(got - want) <= EPS, "%s of %s: got %.12g, expected %.12g", metric, id, got, want);
}

static void compute(pg_graph *g, const pg_metrics_opts *o, pg_metrics_summary *s)
{
    pg_error err = {0};
    cr_assert_eq(pg_metrics_compute(g, o, s, &err), 0, "compute: %s", err.msg);
}

/* Every stored metric of every node is finite; the summary too. */
static void expect_all_finite(const pg_graph *g, const pg_metrics_summary *s)
{
    for (size_t i = 0; i < pg_graph_node_count(g); i++) {
        const pg_node *n = pg_graph_node(g, i);
        for (size_t k = 0; k < n->n_metrics; k++)
            cr_expect(isfinite(n->metrics[k].value), "%s of %s is not finite", n->metrics[k].name, n->id);
    }
    cr_expect(isfinite(s->density) && isfinite(s->reciprocity) && isfinite(s->modularity));
}

/* Runs the writer into a string. */
static char *write_str(pg_metrics_format fmt, pg_graph *g, const pg_metrics_opts *o, const pg_metrics_summary *s,
                       size_t top)
{
    size_t n = pg_graph_node_count(g);
    size_t *order = malloc((n + 1) * sizeof *order);
    pg_metrics_rank(g, PG_METRIC_PAGERANK, order);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    pg_error err = {0};
    cr_assert_eq(pg_metrics_write(f, fmt, g, o, s, order, top && top < n ? top : n, n, PG_METRIC_PAGERANK, &err), 0,
                 "%s", err.msg);
    fclose(f);
    free(order);
    return buf;
}

/* ---- names and options ---- */

Test(metrics, names_round_trip)
{
    for (int m = 0; m < PG_METRIC_COUNT; m++) {
        pg_metric_id back;
        cr_assert_eq(pg_metric_parse(pg_metric_name((pg_metric_id)m), &back), 0);
        cr_assert_eq((int)back, m);
    }
    cr_assert_null(pg_metric_name(PG_METRIC_COUNT));
    pg_metric_id id;
    cr_assert_eq(pg_metric_parse("influence", &id), -1);
    unsigned mask;
    pg_error err = {0};
    cr_assert_eq(pg_metric_mask_parse("betweenness,closeness", &mask, &err), 0);
    cr_assert_eq(mask, (1u << PG_METRIC_BETWEENNESS) | (1u << PG_METRIC_BETWEENNESS_NORM) | (1u << PG_METRIC_CLOSENESS),
                 "betweenness brings betweenness_norm along");
    cr_assert_eq(pg_metric_mask_parse("betweenness_norm", &mask, &err), 0);
    cr_assert_eq(mask, 1u << PG_METRIC_BETWEENNESS_NORM);
    cr_assert_eq(pg_metric_mask_parse("betweenness,fame", &mask, &err), -1);
    cr_assert(strstr(err.msg, "'fame'"), "%s", err.msg);
    cr_assert_eq(pg_metric_mask_parse("", &mask, &err), -1);
    cr_assert_eq(pg_metric_mask_parse("pagerank,", &mask, &err), -1);
    pg_metrics_opts o;
    pg_metrics_opts_init(&o);
    cr_assert_eq(o.types, PG_REL_MASK_INTERACTION);
    cr_assert_eq(o.weighted, 1);
    cr_assert_eq(o.undirected, 0);
    cr_assert_float_eq(o.damping, 0.85, 1e-15);
    cr_assert_eq(o.seed, 42);
    cr_assert_eq(o.skip, 0);
    cr_assert_eq(o.cutoff, 0);
}

/* ---- hand-checked graphs ---- */

/* Four leaves each address the centre (statements). */
Test(metrics, star)
{
    pg_graph *g = pg_graph_new();
    const char *leaves[] = {"l1", "l2", "l3", "l4"};
    for (int i = 0; i < 4; i++)
        rel(g, leaves[i], "c", PG_REL_STATEMENT, 1);
    pg_metrics_summary s;
    compute(g, NULL, &s);
    expect(g, "c", "in_degree", 4);
    expect(g, "c", "out_degree", 0);
    expect(g, "c", "degree", 4);
    expect(g, "l1", "out_degree", 1);
    /* nobody lies between two others along the direction */
    expect(g, "c", "betweenness", 0);
    /* all four reach the centre in one step; leaves are reached by nobody */
    expect(g, "c", "closeness", 1);
    expect(g, "c", "harmonic", 1);
    expect(g, "l2", "closeness", 0);
    expect(g, "l2", "harmonic", 0);
    /* PageRank, the centre dangling (jumps uniformly):
     * x = 0.15/5 + 0.85 y/5, y = 1 - 4x  =>  y = 0.88/1.68 */
    expect(g, "c", "pagerank", 0.88 / 1.68);
    expect(g, "l3", "pagerank", (1 - 0.88 / 1.68) / 4);
    /* HITS (sums to 1): the leaves are the hubs, the centre the authority */
    expect(g, "l4", "hub", 0.25);
    expect(g, "c", "hub", 0);
    expect(g, "c", "authority", 1);
    expect(g, "l1", "authority", 0);
    /* undirected star K1,4: centre sqrt(4) times a leaf */
    expect(g, "c", "eigenvector", 1);
    expect(g, "l1", "eigenvector", 0.5);
    cr_expect_eq(s.nodes, 5);
    cr_expect_eq(s.links, 4);
    cr_expect_float_eq(s.density, 4.0 / 20.0, EPS);
    cr_expect_float_eq(s.reciprocity, 0, EPS);
    cr_expect_eq(s.weak_components, 1);
    cr_expect_eq(s.strong_components, 5);

    /* undirected: the centre is on the path between every pair of leaves */
    pg_metrics_opts o;
    pg_metrics_opts_init(&o);
    o.undirected = 1;
    compute(g, &o, &s);
    expect(g, "c", "betweenness", 6);
    expect(g, "c", "betweenness_norm", 1);
    expect(g, "l1", "betweenness", 0);
    expect(g, "l1", "closeness", 4.0 / 7.0); /* distances 1, 2, 2, 2 */
    expect(g, "l1", "harmonic", (1 + 1.5) / 4);
    expect(g, "c", "degree", 4);
    expect(g, "c", "in_degree", 4);
    expect(g, "c", "out_degree", 4);
    cr_expect_float_eq(s.density, 4.0 / 10.0, EPS);
    cr_expect_eq(s.strong_components, 1);
    pg_graph_free(g);
}

/* a - b - c - d as meetings (symmetric: linked both ways). */
Test(metrics, path)
{
    pg_graph *g = pg_graph_new();
    rel(g, "a", "b", PG_REL_MEETING, 1);
    rel(g, "b", "c", PG_REL_MEETING, 1);
    rel(g, "c", "d", PG_REL_MEETING, 1);
    pg_metrics_summary s;
    compute(g, NULL, &s);
    cr_expect_eq(s.links, 6);
    cr_expect_float_eq(s.reciprocity, 1, EPS);
    /* directed view, both ways: ordered pairs (a,c) (c,a) (a,d) (d,a) */
    expect(g, "b", "betweenness", 4);
    expect(g, "b", "betweenness_norm", 4.0 / 6.0);
    expect(g, "a", "betweenness", 0);
    expect(g, "b", "in_degree", 2);
    expect(g, "b", "degree", 4);
    expect(g, "a", "closeness", 3.0 / 6.0);
    expect(g, "b", "closeness", 3.0 / 4.0);
    expect(g, "a", "harmonic", (1 + 0.5 + 1.0 / 3) / 3);
    expect(g, "b", "harmonic", (1 + 1 + 0.5) / 3);
    expect(g, "a", "pagerank", M(g, "d", "pagerank"));
    /* undirected view: same normalised values, raw betweenness per unordered pair */
    pg_metrics_opts o;
    pg_metrics_opts_init(&o);
    o.undirected = 1;
    compute(g, &o, &s);
    cr_expect_eq(s.links, 3);
    cr_expect_float_eq(s.density, 3.0 / 6.0, EPS);
    expect(g, "b", "betweenness", 2);
    expect(g, "b", "betweenness_norm", 4.0 / 6.0);
    expect(g, "b", "degree", 2);
    expect(g, "a", "closeness", 0.5);
    expect(g, "c", "closeness", 0.75);
    /* cutoff 1: no path has an inner actor; closeness counts neighbours only */
    o.cutoff = 1;
    compute(g, &o, &s);
    expect(g, "b", "betweenness", 0);
    expect(g, "a", "closeness", 1.0 * 1 / 3); /* reaches 1 actor at distance 1 */
    expect(g, "b", "harmonic", 2.0 / 3);
    o.cutoff = 2;
    compute(g, &o, &s);
    expect(g, "b", "betweenness", 1); /* only a-c fits */
    pg_graph_free(g);
}

Test(metrics, directed_cycle)
{
    pg_graph *g = pg_graph_new();
    rel(g, "a", "b", PG_REL_CRITICISM, 1);
    rel(g, "b", "c", PG_REL_CRITICISM, 1);
    rel(g, "c", "d", PG_REL_CRITICISM, 1);
    rel(g, "d", "a", PG_REL_CRITICISM, 1);
    pg_metrics_summary s;
    compute(g, NULL, &s);
    const char *ids[] = {"a", "b", "c", "d"};
    for (int i = 0; i < 4; i++) {
        expect(g, ids[i], "pagerank", 0.25);
        expect(g, ids[i], "betweenness", 3); /* (n-1)(n-2)/2 */
        expect(g, ids[i], "betweenness_norm", 0.5);
        expect(g, ids[i], "closeness", 3.0 / 6.0); /* reached at 1, 2, 3 */
        expect(g, ids[i], "harmonic", (1 + 0.5 + 1.0 / 3) / 3);
        expect(g, ids[i], "eigenvector", 1);
        expect(g, ids[i], "in_degree", 1);
        expect(g, ids[i], "out_degree", 1);
    }
    cr_expect_eq(s.weak_components, 1);
    cr_expect_eq(s.strong_components, 1);
    cr_expect_float_eq(s.reciprocity, 0, EPS);
    cr_expect_eq(s.links, 4);
    pg_graph_free(g);
}

/* Two 4-cliques {a,b,c,d} and {e,f,g,h}, bridge d - e, all meetings. */
static pg_graph *two_cliques(void)
{
    pg_graph *g = pg_graph_new();
    const char *k1[] = {"a", "b", "c", "d"}, *k2[] = {"e", "f", "g", "h"};
    for (int i = 0; i < 4; i++)
        for (int j = i + 1; j < 4; j++) {
            rel(g, k1[i], k1[j], PG_REL_MEETING, 1);
            rel(g, k2[i], k2[j], PG_REL_MEETING, 1);
        }
    rel(g, "d", "e", PG_REL_MEETING, 1);
    return g;
}

static void expect_two_cliques(pg_graph *g, const pg_metrics_summary *s)
{
    cr_expect_eq(s->communities, 2);
    /* 2 * (6/13 - (13/26)^2) */
    cr_expect_float_eq(s->modularity, 2 * (6.0 / 13 - 0.25), 1e-12, "modularity %.12g", s->modularity);
    /* labels follow the first member by id */
    const char *ids[] = {"a", "b", "c", "d", "e", "f", "g", "h"};
    for (int i = 0; i < 8; i++)
        expect(g, ids[i], "community", i < 4 ? 0 : 1);
}

Test(metrics, two_cliques_and_a_bridge)
{
    pg_graph *g = two_cliques();
    pg_metrics_summary s;
    compute(g, NULL, &s);
    expect_two_cliques(g, &s);
    /* d carries every path between {a,b,c} and {e,f,g,h}: 12 pairs, both ways */
    expect(g, "d", "betweenness", 24);
    expect(g, "d", "betweenness_norm", 24.0 / 42);
    expect(g, "e", "betweenness", 24);
    expect(g, "a", "betweenness", 0);
    expect(g, "d", "degree", 8);
    /* a: 3 at distance 1, e at 2, f g h at 3 */
    expect(g, "a", "closeness", 7.0 / (3 + 2 + 9));
    expect(g, "d", "closeness", 7.0 / (4 + 6));
    expect(g, "a", "pagerank", M(g, "h", "pagerank"));
    expect(g, "d", "eigenvector", 1);
    cr_expect_eq(s.weak_components, 1);

    pg_metrics_opts o;
    pg_metrics_opts_init(&o);
    o.communities = PG_COMMUNITIES_LEIDEN;
    compute(g, &o, &s);
    expect_two_cliques(g, &s);
    o.undirected = 1;
    compute(g, &o, &s);
    expect_two_cliques(g, &s);
    expect(g, "d", "betweenness", 12);
    expect(g, "d", "betweenness_norm", 24.0 / 42);
    pg_graph_free(g);
}

/* ---- conventions ---- */

Test(metrics, parallel_relations_are_one_link)
{
    pg_graph *g = pg_graph_new();
    rel(g, "a", "b", PG_REL_STATEMENT, 2);
    rel(g, "a", "b", PG_REL_CRITICISM, 3);
    rel(g, "a", "b", PG_REL_CALL, 1); /* symmetric: also b -> a */
    rel(g, "b", "c", PG_REL_SUPPORT, 1);
    pg_metrics_summary s;
    compute(g, NULL, &s);
    cr_expect_eq(s.edges, 4);
    cr_expect_eq(s.edges_by_type[PG_REL_CALL], 1);
    cr_expect_eq(s.links, 3); /* a->b, b->a, b->c */
    expect(g, "b", "in_degree", 1);
    expect(g, "b", "in_strength", 6);
    expect(g, "a", "out_strength", 6);
    expect(g, "a", "in_strength", 1);
    expect(g, "b", "out_strength", 2);
    /* one path a -> b -> c */
    expect(g, "b", "betweenness", 1);
    /* PageRank uses the summed weights: b passes 1/2 of its rank to a and c */
    double pa = M(g, "a", "pagerank"), pb = M(g, "b", "pagerank"), pc = M(g, "c", "pagerank");
    cr_expect_float_eq(pa + pb + pc, 1, EPS);
    /* check the stationary equations, c dangling */
    cr_expect_float_eq(pa, 0.05 + 0.85 * (0.5 * pb + pc / 3), 1e-9);
    cr_expect_float_eq(pb, 0.05 + 0.85 * (pa + pc / 3), 1e-9);

    /* without weights every link counts once: b splits its rank evenly too */
    pg_metrics_opts o;
    pg_metrics_opts_init(&o);
    o.weighted = 0;
    compute(g, &o, &s);
    expect(g, "b", "in_strength", 1);
    expect(g, "b", "out_strength", 2);
    pg_graph_free(g);
}

Test(metrics, weights_shape_pagerank)
{
    /* a gives weight 9 to b and 1 to c: b ranks above c */
    pg_graph *g = pg_graph_new();
    rel(g, "a", "b", PG_REL_SUPPORT, 9);
    rel(g, "a", "c", PG_REL_SUPPORT, 1);
    compute(g, NULL, NULL);
    cr_expect_gt(M(g, "b", "pagerank"), M(g, "c", "pagerank"));
    pg_metrics_opts o;
    pg_metrics_opts_init(&o);
    o.weighted = 0;
    compute(g, &o, NULL);
    expect(g, "b", "pagerank", M(g, "c", "pagerank"));
    /* damping 0: uniform */
    o.damping = 0;
    compute(g, &o, NULL);
    expect(g, "b", "pagerank", 1.0 / 3);
    o.damping = 1;
    compute(g, &o, NULL);
    cr_expect_float_eq(M(g, "a", "pagerank") + M(g, "b", "pagerank") + M(g, "c", "pagerank"), 1, 1e-9);
    o.damping = 1.5;
    pg_error err = {0};
    cr_expect_eq(pg_metrics_compute(g, &o, NULL, &err), -1);
    cr_expect(strstr(err.msg, "damping"), "%s", err.msg);
    pg_graph_free(g);
}

Test(metrics, zero_weight_counts_once)
{
    pg_graph *g = pg_graph_new();
    rel(g, "a", "b", PG_REL_VISIT, 0);
    compute(g, NULL, NULL);
    expect(g, "b", "in_strength", 1);
    pg_graph_free(g);
}

Test(metrics, self_loops_are_ignored)
{
    pg_graph *g = pg_graph_new(), *h = pg_graph_new();
    rel(g, "a", "a", PG_REL_STATEMENT, 5);
    rel(g, "a", "b", PG_REL_STATEMENT, 1);
    rel(g, "b", "b", PG_REL_CALL, 1);
    rel(h, "a", "b", PG_REL_STATEMENT, 1);
    pg_metrics_summary s, t;
    compute(g, NULL, &s);
    compute(h, NULL, &t);
    cr_expect_eq(s.self_loops, 2);
    cr_expect_eq(s.edges, 3);
    cr_expect_eq(s.links, 1);
    cr_expect_eq(t.self_loops, 0);
    for (int m = 0; m < PG_METRIC_COUNT; m++) {
        const char *name = pg_metric_name((pg_metric_id)m);
        expect(g, "a", name, M(h, "a", name));
        expect(g, "b", name, M(h, "b", name));
    }
    expect_all_finite(g, &s);
    pg_graph_free(g);
    pg_graph_free(h);
}

Test(metrics, types_select_the_network)
{
    pg_graph *g = pg_graph_new();
    rel(g, "a", "b", PG_REL_CRITICISM, 1);
    rel(g, "b", "c", PG_REL_SUPPORT, 1);
    rel(g, "c", "org", PG_REL_AFFILIATION, 1);
    pg_metrics_summary s;
    compute(g, NULL, &s);
    cr_expect_eq(s.edges, 2);
    cr_expect_eq(s.edges_by_type[PG_REL_AFFILIATION], 0);
    expect(g, "org", "in_degree", 0);
    pg_metrics_opts o;
    pg_metrics_opts_init(&o);
    o.types = 1u << PG_REL_CRITICISM;
    compute(g, &o, &s);
    cr_expect_eq(s.edges, 1);
    expect(g, "c", "in_degree", 0);
    expect(g, "b", "in_degree", 1);
    o.types = PG_REL_MASK_ALL;
    compute(g, &o, &s);
    expect(g, "org", "in_degree", 1);
    cr_expect_eq(s.edges_by_type[PG_REL_AFFILIATION], 1);
    pg_graph_free(g);
}

/* ---- edge cases: defined results, no NaN ---- */

Test(metrics, empty_graph)
{
    pg_graph *g = pg_graph_new();
    pg_metrics_summary s;
    compute(g, NULL, &s);
    cr_expect_eq(s.nodes, 0);
    cr_expect_eq(s.links, 0);
    cr_expect_eq(s.communities, 0);
    expect_all_finite(g, &s);
    for (int f = 0; f < 3; f++) {
        char *out = write_str((pg_metrics_format)f, g, NULL, &s, 0);
        cr_expect(!strstr(out, "nan") && !strstr(out, "inf"), "%s", out);
        free(out);
    }
    compute(g, NULL, NULL);
    pg_graph_free(g);
}

Test(metrics, single_node)
{
    pg_graph *g = pg_graph_new();
    node(g, "alone");
    pg_metrics_summary s;
    compute(g, NULL, &s);
    expect(g, "alone", "pagerank", 1);
    const char *zero[] = {"in_degree", "degree",   "in_strength", "betweenness", "betweenness_norm",
                          "closeness", "harmonic", "eigenvector", "hub",         "authority", "community"};
    for (size_t i = 0; i < sizeof zero / sizeof *zero; i++)
        expect(g, "alone", zero[i], 0);
    cr_expect_eq(s.communities, 1);
    cr_expect_eq(s.weak_components, 1);
    cr_expect_float_eq(s.density, 0, EPS);
    expect_all_finite(g, &s);
    pg_graph_free(g);
}

Test(metrics, only_affiliation_edges)
{
    pg_graph *g = pg_graph_new();
    rel(g, "a", "party", PG_REL_AFFILIATION, 1);
    rel(g, "b", "party", PG_REL_AFFILIATION, 1);
    pg_metrics_summary s;
    compute(g, NULL, &s);
    cr_expect_eq(s.edges, 0);
    cr_expect_eq(s.links, 0);
    cr_expect_eq(s.weak_components, 3);
    cr_expect_eq(s.communities, 3);
    cr_expect_float_eq(s.modularity, 0, EPS);
    expect(g, "a", "pagerank", 1.0 / 3);
    expect(g, "party", "eigenvector", 0);
    expect(g, "party", "authority", 0);
    expect(g, "b", "closeness", 0);
    expect_all_finite(g, &s);
    for (int f = 0; f < 3; f++) {
        char *out = write_str((pg_metrics_format)f, g, NULL, &s, 0);
        cr_expect(!strstr(out, "nan") && !strstr(out, "inf"), "%s", out);
        free(out);
    }
    pg_graph_free(g);
}

Test(metrics, disconnected_parts_are_defined)
{
    /* a pair, a triangle and an isolated actor */
    pg_graph *g = pg_graph_new();
    rel(g, "p", "q", PG_REL_STATEMENT, 1);
    rel(g, "x", "y", PG_REL_CALL, 2);
    rel(g, "y", "z", PG_REL_CALL, 2);
    rel(g, "z", "x", PG_REL_CALL, 2);
    node(g, "lonely");
    pg_metrics_summary s;
    pg_metrics_opts o;
    pg_metrics_opts_init(&o);
    for (int variant = 0; variant < 4; variant++) {
        o.undirected = variant & 1;
        o.weighted = !(variant & 2);
        compute(g, &o, &s);
        expect_all_finite(g, &s);
        cr_expect_eq(s.weak_components, 3);
        expect(g, "lonely", "closeness", 0);
        expect(g, "lonely", "harmonic", 0);
        expect(g, "lonely", "eigenvector", 0);
    }
    /* Wasserman–Faust: q is reached by 1 of 5 others at distance 1 */
    o.undirected = 0;
    compute(g, &o, &s);
    expect(g, "q", "closeness", 1.0 * 1 / 5);
    expect(g, "x", "closeness", 1.0 * 2 / 5);
    pg_graph_free(g);
}

Test(metrics, skip_and_existing_metrics)
{
    pg_graph *g = two_cliques();
    pg_graph_node_set_metric(g, 0, "betweenness", 123);
    pg_graph_node_set_metric(g, 0, "fame", 7);
    pg_metrics_opts o;
    pg_metrics_opts_init(&o);
    o.skip = (1u << PG_METRIC_BETWEENNESS) | (1u << PG_METRIC_BETWEENNESS_NORM) | (1u << PG_METRIC_CLOSENESS);
    pg_metrics_summary s;
    compute(g, &o, &s);
    const pg_node *a = pg_graph_node(g, 0);
    cr_expect_float_eq(pg_graph_node_metric(g, 0, "betweenness", 0), 123, EPS, "skipped: left as it was");
    cr_expect_float_eq(pg_graph_node_metric(g, 0, "fame", 0), 7, EPS, "other metrics are kept");
    cr_expect(isnan(pg_graph_node_metric(g, 1, "closeness", NAN)));
    cr_expect_eq(a->n_metrics, PG_METRIC_COUNT - 3 + 2);
    pg_graph_free(g);
}

/* The same content added in another order gives the same numbers, community labels included. */
Test(metrics, order_independent)
{
    pg_graph *g = two_cliques(), *h = pg_graph_new();
    const char *ids[] = {"h", "c", "f", "a", "e", "g", "b", "d"};
    for (int i = 0; i < 8; i++)
        node(h, ids[i]);
    for (size_t i = pg_graph_edge_count(g); i-- > 0;) {
        const pg_edge *e = pg_graph_edge(g, i);
        rel(h, pg_graph_node(g, e->target)->id, pg_graph_node(g, e->source)->id, e->type, e->weight);
    }
    pg_metrics_summary s1, s2;
    compute(g, NULL, &s1);
    compute(h, NULL, &s2);
    cr_expect_float_eq(s1.modularity, s2.modularity, 0);
    for (int i = 0; i < 8; i++)
        for (int m = 0; m < PG_METRIC_COUNT; m++) {
            const char *name = pg_metric_name((pg_metric_id)m);
            cr_expect_eq(M(g, ids[i], name), M(h, ids[i], name), "%s of %s", name, ids[i]);
        }
    pg_graph_free(g);
    pg_graph_free(h);
}

Test(metrics, rank_breaks_ties_by_id)
{
    pg_graph *g = pg_graph_new();
    rel(g, "b", "a", PG_REL_STATEMENT, 1);
    rel(g, "d", "c", PG_REL_STATEMENT, 1);
    compute(g, NULL, NULL);
    size_t order[4];
    pg_metrics_rank(g, PG_METRIC_PAGERANK, order);
    const char *want[] = {"a", "c", "b", "d"};
    for (int i = 0; i < 4; i++)
        cr_expect_str_eq(pg_graph_node(g, order[i])->id, want[i]);
    pg_graph_free(g);
}

/* igraph failures come back as errors: no abort, nothing printed */
Test(metrics, igraph_errors_do_not_abort)
{
    pg_error err = {0};
    size_t bad[] = {0, 5};
    cr_assert_null(pg_ig_graph_new(2, bad, 1, 1, &err));
    cr_expect(strstr(err.msg, "vertex 5"), "%s", err.msg);
    size_t ends[] = {0, 1, 1, 2};
    pg_ig_graph *g = pg_ig_graph_new(3, ends, 2, 1, &err);
    cr_assert(g, "%s", err.msg);
    double out[3];
    pg_error_clear(&err);
    cr_expect_eq(pg_ig_pagerank(g, 2.0, NULL, out, &err), -1, "igraph refuses damping 2");
    cr_expect_eq(err.code, PG_ERR_BACKEND);
    cr_expect(strncmp(err.msg, "igraph: pagerank: ", 18) == 0, "%s", err.msg);
    /* and igraph still works afterwards */
    cr_expect_eq(pg_ig_pagerank(g, 0.85, NULL, out, &err), 0, "%s", err.msg);
    cr_expect_float_eq(out[0] + out[1] + out[2], 1, 1e-12);
    pg_ig_graph_free(g);
    pg_ig_graph_free(NULL);
}

/* ---- writers ---- */

static pg_graph *hostile(void)
{
    pg_graph *g = pg_graph_new();
    size_t a = pg_graph_add_node(g, "=cmd", "=HYPERLINK(\"http://x\",\"y\")", PG_ACTOR_PERSON);
    size_t b = pg_graph_add_node(g, "b", "Smith, \"Bob\"\nJr.", PG_ACTOR_PERSON);
    size_t c = pg_graph_add_node(g, "c", "-1+2", PG_ACTOR_COUNTRY);
    size_t d = pg_graph_add_node(g, "d", "Esc\x1b[31mRed\xe2\x80\xae", PG_ACTOR_ORGANIZATION);
    size_t e = pg_graph_add_node(g, "e", "\xe6\x97\xa5\xe6\x9c\xac\xe5\x9b\xbd\xe6\x94\xbf\xe5\xba\x9c\xe3\x81\xae"
                                         "\xe3\x81\xa8\xe3\x81\xa6\xe3\x82\x82\xe9\x95\xb7\xe3\x81\x84\xe5\x90\x8d"
                                         "\xe5\x89\x8d\xe3\x81\xae\xe7\xb5\x84\xe7\xb9\x94",
                                 PG_ACTOR_ORGANIZATION);
    pg_graph_edge_add_weight(g, pg_graph_add_edge(g, a, b, PG_REL_CRITICISM), 1);
    pg_graph_edge_add_weight(g, pg_graph_add_edge(g, c, d, PG_REL_SUPPORT), 1);
    pg_graph_edge_add_weight(g, pg_graph_add_edge(g, e, a, PG_REL_STATEMENT), 1);
    return g;
}

Test(metrics, csv_quotes_and_neutralises_formulas)
{
    pg_graph *g = hostile();
    pg_metrics_summary s;
    compute(g, NULL, &s);
    char *csv = write_str(PG_METRICS_CSV, g, NULL, &s, 0);
    cr_expect(strncmp(csv, "id,label,type,in_degree,out_degree,degree,", 42) == 0, "%s", csv);
    cr_expect(strstr(csv, "'=cmd,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",person,"), "%s", csv);
    cr_expect(strstr(csv, "\nb,\"Smith, \"\"Bob\"\"\nJr.\",person,"), "%s", csv);
    cr_expect(strstr(csv, "\nc,'-1+2,country,"), "%s", csv);
    /* one header + 5 records = 6 lines outside quotes */
    int lines = 0, quoted = 0;
    for (const char *p = csv; *p; p++) {
        if (*p == '"')
            quoted = !quoted;
        else if (*p == '\n' && !quoted)
            lines++;
    }
    cr_expect_eq(lines, 6);
    free(csv);
    pg_graph_free(g);
}

Test(metrics, table_is_aligned_and_safe)
{
    pg_graph *g = hostile();
    pg_metrics_summary s;
    compute(g, NULL, &s);
    char *t = write_str(PG_METRICS_TABLE, g, NULL, &s, 0);
    cr_expect(!strchr(t, '\x1b'), "no escape reaches the terminal");
    cr_expect(!strstr(t, "\xe2\x80\xae"), "no bidi override reaches the terminal");
    cr_expect(strstr(t, "Esc?[31mRed?"), "%s", t);
    cr_expect(strstr(t, "Smith, \"Bob\"?Jr."), "%s", t);
    cr_expect(strstr(t, "\xe2\x80\xa6"), "the long CJK label is cut with an ellipsis");
    /* every row of the table has the same display width up to the last column */
    const char *p = strstr(t, "\n#  label");
    if (!p)
        p = strstr(t, "#  label");
    cr_assert(p, "%s", t);
    size_t header_w = 0;
    int row = 0;
    char *copy = strdup(p);
    for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n")) {
        size_t w = pg_metrics_text_width(line);
        if (row++ == 0)
            header_w = w;
        else
            cr_expect_eq(w, header_w, "row '%s' is %zu wide, header %zu", line, w, header_w);
    }
    free(copy);
    cr_expect_eq(row, 6);
    free(t);
    /* --top: a footer says how many are shown */
    t = write_str(PG_METRICS_TABLE, g, NULL, &s, 2);
    cr_expect(strstr(t, "2 of 5 actors, by pagerank"), "%s", t);
    free(t);
    pg_graph_free(g);
}

Test(metrics, text_width)
{
    cr_expect_eq(pg_metrics_text_width("abc"), 3);
    cr_expect_eq(pg_metrics_text_width("Jos\xc3\xa9"), 4);
    cr_expect_eq(pg_metrics_text_width("Jose\xcc\x81"), 4, "combining accent takes no column");
    cr_expect_eq(pg_metrics_text_width("\xe6\x97\xa5\xe6\x9c\xac"), 4, "CJK is double width");
    cr_expect_eq(pg_metrics_text_width("\xef\xbc\xa1"), 2, "fullwidth A");
    cr_expect_eq(pg_metrics_text_width(""), 0);
}

Test(metrics, json_output_parses)
{
    pg_graph *g = hostile();
    pg_metrics_summary s;
    compute(g, NULL, &s);
    char *js = write_str(PG_METRICS_JSON, g, NULL, &s, 0);
    json_error_t je;
    json_t *root = json_loads(js, 0, &je);
    cr_assert(root, "invalid JSON (%s at %d): %s", je.text, je.line, js);
    json_t *actors = json_object_get(root, "actors");
    cr_assert_eq(json_array_size(actors), 5);
    json_t *graph = json_object_get(root, "graph");
    cr_expect_eq(json_integer_value(json_object_get(graph, "nodes")), 5);
    cr_expect(json_is_true(json_object_get(graph, "directed")));
    for (size_t i = 0; i < 5; i++) {
        json_t *a = json_array_get(actors, i);
        for (int m = 0; m < PG_METRIC_COUNT; m++)
            cr_expect(json_is_number(json_object_get(a, pg_metric_name((pg_metric_id)m))), "actor %zu lacks %s", i,
                      pg_metric_name((pg_metric_id)m));
    }
    int found = 0;
    for (size_t i = 0; i < 5; i++)
        found |= strcmp(json_string_value(json_object_get(json_array_get(actors, i), "label")),
                        "Smith, \"Bob\"\nJr.") == 0;
    cr_expect(found, "labels survive escaping");
    json_decref(root);
    free(js);
    pg_graph_free(g);
}

/* ---- NetworkX reference (tests/metrics_ref/make_reference.py) ---- */

static json_t *ref_root;

static json_t *reference(void)
{
    if (!ref_root) {
        json_error_t je;
        ref_root = json_load_file(REF_VALUES, 0, &je);
        cr_assert(ref_root, "cannot load %s: %s", REF_VALUES, je.text);
    }
    return ref_root;
}

static void done(pg_graph *g)
{
    pg_graph_free(g);
    json_decref(ref_root);
    ref_root = NULL;
}

static pg_graph *ref_graph(void)
{
    pg_error err = {0};
    pg_graph *g = pg_graph_load_file(REF_GRAPH, &err);
    cr_assert(g, "%s", err.msg);
    return g;
}

/* Compares metric `ours` with NetworkX's `values` (node id order) after
 * `scale`; logs and returns the largest absolute difference. */
static double compare(const pg_graph *g, const char *label, const char *ours, json_t *values, double scale)
{
    json_t *ids = json_object_get(reference(), "nodes");
    cr_assert(json_is_array(values), "reference lacks %s", label);
    cr_assert_eq(json_array_size(values), json_array_size(ids));
    double worst = 0;
    for (size_t i = 0; i < json_array_size(ids); i++) {
        const char *id = json_string_value(json_array_get(ids, i));
        double want = json_number_value(json_array_get(values, i)) * scale;
        double got = M(g, id, ours);
        double d = fabs(got - want);
        if (d > worst)
            worst = d;
        cr_expect(d <= NX_EPS, "%s of %s: polgraph %.12g, NetworkX %.12g", label, id, got, want);
    }
    cr_log_info("networkx %-34s max abs difference %.3g", label, worst);
    return worst;
}

static double max_of(json_t *values)
{
    double m = 0;
    for (size_t i = 0; i < json_array_size(values); i++)
        if (json_number_value(json_array_get(values, i)) > m)
            m = json_number_value(json_array_get(values, i));
    return m;
}

Test(metrics, networkx_directed_weighted)
{
    pg_graph *g = ref_graph();
    pg_metrics_summary s;
    compute(g, NULL, &s);
    json_t *d = json_object_get(reference(), "directed");
    double n1 = (double)pg_graph_node_count(g) - 1;
    const char *same[] = {"in_degree",   "out_degree",       "degree",    "in_strength", "out_strength",
                          "betweenness", "betweenness_norm", "closeness", "pagerank",    "hub",
                          "authority"};
    for (size_t i = 0; i < sizeof same / sizeof *same; i++) {
        char label[64];
        snprintf(label, sizeof label, "directed %s", same[i]);
        compare(g, label, same[i], json_object_get(d, same[i]), 1);
    }
    /* polgraph's harmonic is NetworkX's divided by n - 1 */
    compare(g, "directed harmonic / (n-1)", "harmonic", json_object_get(d, "harmonic"), 1 / n1);
    /* eigenvector: NetworkX has unit Euclidean norm, polgraph max 1 */
    json_t *ev = json_object_get(reference(), "eigenvector_undirected_view");
    compare(g, "eigenvector (undirected view) / max", "eigenvector", ev, 1 / max_of(ev));

    json_t *sum = json_object_get(reference(), "summary");
    cr_expect_eq(s.nodes, (size_t)json_integer_value(json_object_get(sum, "nodes")));
    cr_expect_eq(s.links, (size_t)json_integer_value(json_object_get(sum, "links")));
    cr_expect_float_eq(s.density, json_number_value(json_object_get(sum, "density")), 1e-12);
    cr_expect_float_eq(s.reciprocity, json_number_value(json_object_get(sum, "reciprocity")), 1e-12);
    cr_expect_eq(s.weak_components, (size_t)json_integer_value(json_object_get(sum, "weak_components")));
    cr_expect_eq(s.strong_components, (size_t)json_integer_value(json_object_get(sum, "strong_components")));
    cr_expect_eq(s.self_loops, 3);
    cr_expect_gt(s.modularity, 0.3);
    expect_all_finite(g, &s);
    done(g);
}

Test(metrics, networkx_directed_variants)
{
    pg_graph *g = ref_graph();
    json_t *d = json_object_get(reference(), "directed");
    pg_metrics_opts o;
    pg_metrics_opts_init(&o);
    o.weighted = 0;
    compute(g, &o, NULL);
    compare(g, "directed pagerank, --no-weights", "pagerank", json_object_get(d, "pagerank_unweighted"), 1);
    json_t *ev = json_object_get(reference(), "eigenvector_undirected_view_unweighted");
    compare(g, "eigenvector, --no-weights", "eigenvector", ev, 1 / max_of(ev));
    pg_metrics_opts_init(&o);
    o.damping = 0.5;
    compute(g, &o, NULL);
    compare(g, "directed pagerank, --damping 0.5", "pagerank", json_object_get(d, "pagerank_damping_0.5"), 1);
    done(g);
}

Test(metrics, networkx_undirected)
{
    pg_graph *g = ref_graph();
    pg_metrics_opts o;
    pg_metrics_opts_init(&o);
    o.undirected = 1;
    pg_metrics_summary s;
    compute(g, &o, &s);
    json_t *u = json_object_get(reference(), "undirected");
    double n1 = (double)pg_graph_node_count(g) - 1;
    const char *same[] = {"degree", "betweenness", "betweenness_norm", "closeness", "pagerank"};
    for (size_t i = 0; i < sizeof same / sizeof *same; i++) {
        char label[64];
        snprintf(label, sizeof label, "undirected %s", same[i]);
        compare(g, label, same[i], json_object_get(u, same[i]), 1);
    }
    compare(g, "undirected harmonic / (n-1)", "harmonic", json_object_get(u, "harmonic"), 1 / n1);
    json_t *sum = json_object_get(reference(), "summary");
    cr_expect_eq(s.links, (size_t)json_integer_value(json_object_get(sum, "undirected_links")));
    cr_expect_float_eq(s.density, json_number_value(json_object_get(sum, "undirected_density")), 1e-12);
    cr_expect_eq(s.weak_components, (size_t)json_integer_value(json_object_get(sum, "weak_components")));
    done(g);
}
