/* metrics.h — influence metrics of the actor graph (computed with igraph
 * through src/igraph_adapter.c, the only file that includes igraph.h).
 *
 * pg_metrics_compute measures every actor and stores the values in each
 * node's metrics (pg_graph_node_set_metric) under the names listed in
 * docs/METRICS.md (in_degree, out_degree, degree, in_strength, out_strength,
 * betweenness, betweenness_norm, closeness, harmonic, eigenvector, pagerank,
 * hub, authority, community). Existing metrics of those names are replaced.
 */
#ifndef POLGRAPH_METRICS_H
#define POLGRAPH_METRICS_H

#include "polgraph/error.h"
#include "polgraph/graph.h"

typedef enum pg_community_method {
    PG_COMMUNITIES_LOUVAIN = 0, /* igraph multilevel (default) */
    PG_COMMUNITIES_LEIDEN       /* Leiden with the modularity objective */
} pg_community_method;

typedef struct pg_metrics_opts {
    unsigned types;   /* relation types that form the network (bit mask, see graph.h);
                         default PG_REL_MASK_INTERACTION (all but affiliation) */
    int undirected;   /* 1: ignore direction (default 0) */
    int weighted;     /* 1: use edge weights where they apply (default 1) */
    double damping;   /* PageRank damping (default 0.85) */
    pg_community_method communities;
    unsigned long seed; /* RNG seed for community detection (default 42) */
} pg_metrics_opts;

/* Fills `o` with the defaults above. */
void pg_metrics_opts_init(pg_metrics_opts *o);

/* Per-graph figures. */
typedef struct pg_metrics_summary {
    size_t nodes, edges;                 /* edges of the selected types */
    size_t edges_by_type[PG_REL_NTYPES];
    size_t links;                        /* distinct (source, target) pairs used by path metrics */
    double density, reciprocity, modularity;
    size_t weak_components, strong_components, communities;
} pg_metrics_summary;

/* Computes all per-actor metrics into the nodes of `g` and, when `summary`
 * is not NULL, the per-graph figures. Never produces NaN or infinities.
 * Returns 0, or -1 with `err` set when igraph fails. */
int pg_metrics_compute(pg_graph *g, const pg_metrics_opts *o, pg_metrics_summary *summary, pg_error *err);

#endif
