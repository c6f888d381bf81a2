/* metrics.h — influence metrics of the actor graph (computed with igraph
 * through src/igraph_adapter.c, the only file that includes igraph.h).
 *
 * pg_metrics_compute measures every actor and stores the values in each
 * node's metrics (pg_graph_node_set_metric) under the names listed in
 * docs/METRICS.md (in_degree, out_degree, degree, in_strength, out_strength,
 * betweenness, betweenness_norm, closeness, harmonic, eigenvector, pagerank,
 * hub, authority, community). Existing metrics of those names are replaced.
 *
 * The network measured: the relations of the selected types (default: every
 * interaction, not affiliation), collapsed into links — all relations from
 * one actor to another are one link whose weight is the sum of their
 * weights (evidence counts, at least 1 each). Symmetric relations (call,
 * meeting) link both ways. Self-loops are counted in the summary and
 * otherwise ignored. Results do not depend on the order nodes and edges
 * were added in (the computation runs on the canonical, id-sorted order).
 * docs/METRICS.md has every definition and its NetworkX equivalent.
 */
#ifndef POLGRAPH_METRICS_H
#define POLGRAPH_METRICS_H

#include <stdio.h>

#include "polgraph/error.h"
#include "polgraph/graph.h"

typedef enum pg_community_method {
    PG_COMMUNITIES_LOUVAIN = 0, /* igraph multilevel (default) */
    PG_COMMUNITIES_LEIDEN       /* Leiden with the modularity objective */
} pg_community_method;

/* The per-actor metrics, in their output order. */
typedef enum pg_metric_id {
    PG_METRIC_IN_DEGREE = 0,
    PG_METRIC_OUT_DEGREE,
    PG_METRIC_DEGREE,
    PG_METRIC_IN_STRENGTH,
    PG_METRIC_OUT_STRENGTH,
    PG_METRIC_BETWEENNESS,
    PG_METRIC_BETWEENNESS_NORM,
    PG_METRIC_CLOSENESS,
    PG_METRIC_HARMONIC,
    PG_METRIC_EIGENVECTOR,
    PG_METRIC_PAGERANK,
    PG_METRIC_HUB,
    PG_METRIC_AUTHORITY,
    PG_METRIC_COMMUNITY
} pg_metric_id;
#define PG_METRIC_COUNT 14
/* Bit mask of metrics: bit (1u << id). */
#define PG_METRIC_MASK_ALL ((1u << PG_METRIC_COUNT) - 1)

/* The metric's name as stored in nodes and written in output
 * ("pagerank"); NULL for an id out of range. */
const char *pg_metric_name(pg_metric_id m);
/* Parses a metric name; returns 0, or -1 when `s` names no metric. */
int pg_metric_parse(const char *s, pg_metric_id *out);
/* 1 for metrics whose values are whole numbers (degrees, community). */
int pg_metric_is_integer(pg_metric_id m);
/* Parses a comma-separated list of metric names into a bit mask (for
 * --skip: "betweenness" also sets betweenness_norm, which comes from the
 * same computation). On an unknown name returns -1 and says which (and
 * what is valid) in `err`. */
int pg_metric_mask_parse(const char *list, unsigned *mask, pg_error *err);

typedef struct pg_metrics_opts {
    unsigned types;   /* relation types that form the network (bit mask, see graph.h);
                         default PG_REL_MASK_INTERACTION (all but affiliation) */
    int undirected;   /* 1: ignore direction (default 0) */
    int weighted;     /* 1: use edge weights where they apply (default 1) */
    double damping;   /* PageRank damping (default 0.85) */
    pg_community_method communities;
    unsigned long seed; /* RNG seed for community detection (default 42) */
    /* Added for issue 4: */
    unsigned skip;    /* metrics not to compute (bit mask of pg_metric_id, default 0).
                         Skipped metrics are not stored; their node values, if
                         any, are left as they were. */
    long cutoff;      /* > 0: betweenness, closeness and harmonic consider only
                         paths of at most this many links (default 0: exact) */
} pg_metrics_opts;

/* Fills `o` with the defaults above. */
void pg_metrics_opts_init(pg_metrics_opts *o);

/* The steps of pg_metrics_compute, for timing. */
typedef enum pg_metrics_step {
    PG_STEP_PREPARE = 0, /* relations -> links, canonical order */
    PG_STEP_BUILD,       /* igraph graphs */
    PG_STEP_BETWEENNESS,
    PG_STEP_CLOSENESS,
    PG_STEP_HARMONIC,
    PG_STEP_PAGERANK,
    PG_STEP_HITS,
    PG_STEP_EIGENVECTOR,
    PG_STEP_COMMUNITIES,
    PG_STEP_SUMMARY,     /* reciprocity, components */
    PG_STEP_STORE        /* values into the nodes */
} pg_metrics_step;
#define PG_METRICS_NSTEPS 11
/* "prepare", "build", "betweenness", ... */
const char *pg_metrics_step_name(pg_metrics_step s);

/* Per-graph figures. */
typedef struct pg_metrics_summary {
    size_t nodes, edges;                 /* edges of the selected types */
    size_t edges_by_type[PG_REL_NTYPES];
    size_t links;                        /* distinct (source, target) pairs used by path metrics */
    double density, reciprocity, modularity;
    size_t weak_components, strong_components, communities;
    /* Added for issue 4: */
    size_t self_loops;                   /* selected edges from an actor to itself (ignored) */
    /* CPU seconds each step took (0 when skipped): for `--timings` and
     * bench/metrics.sh only, never part of the output proper. */
    double seconds[PG_METRICS_NSTEPS];
} pg_metrics_summary;

/* Computes all per-actor metrics into the nodes of `g` and, when `summary`
 * is not NULL, the per-graph figures. Never produces NaN or infinities.
 * Returns 0, or -1 with `err` set when igraph fails or an option is out of
 * range (damping outside [0, 1]). */
int pg_metrics_compute(pg_graph *g, const pg_metrics_opts *o, pg_metrics_summary *summary, pg_error *err);

/* ---- presenting the results (used by `polgraph metrics`) ---- */

/* Fills order[0 .. node count) with node indices sorted by metric `by`
 * (as stored in the nodes; missing = 0), largest first, ties by node id. */
void pg_metrics_rank(const pg_graph *g, pg_metric_id by, size_t *order);

typedef enum pg_metrics_format {
    PG_METRICS_TABLE = 0, /* aligned text for a terminal */
    PG_METRICS_CSV,       /* RFC 4180, formula prefixes neutralised */
    PG_METRICS_JSON       /* {"graph": {...}, "actors": [...]} */
} pg_metrics_format;

/* Parses "table", "csv" or "json"; returns 0 or -1. */
int pg_metrics_format_parse(const char *s, pg_metrics_format *out);

/* Writes the metrics of the nodes order[0 .. count) (of the `total` ranked)
 * and the summary `s` in format `fmt`, as docs/METRICS.md shows. Writes the
 * metrics `o` did not skip (`o` NULL: the defaults); the table shows the
 * main ones plus `sort_by`. `s` NULL writes a zero summary. Returns 0, or
 * -1 with `err` set on a write error. */
int pg_metrics_write(FILE *out, pg_metrics_format fmt, const pg_graph *g, const pg_metrics_opts *o,
                     const pg_metrics_summary *s, const size_t *order, size_t count, size_t total,
                     pg_metric_id sort_by, pg_error *err);

/* Terminal display width of UTF-8 text: East Asian wide and fullwidth
 * characters count 2, combining marks 0, others 1. Exposed for tests. */
size_t pg_metrics_text_width(const char *s);

#endif
