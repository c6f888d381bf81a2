/* igraph_adapter.h — the small internal interface through which polgraph
 * uses igraph: build a graph from plain arrays, run one algorithm, get plain
 * double arrays back. No igraph type appears here; src/igraph_adapter.c is
 * the only file that includes igraph.h.
 *
 * The adapter runs igraph as it is: conventions (normalisation, which
 * direction, what an isolated actor gets) are decided by the caller
 * (src/metrics.c, see docs/METRICS.md). Each function fills caller-owned
 * arrays of `pg_ig_node_count(g)` items and returns 0, or -1 with `err`
 * set (PG_ERR_BACKEND, igraph's message) when igraph fails. igraph errors
 * never abort the process and igraph warnings are never printed.
 *
 * Not thread-safe: igraph's error handling, its default RNG and ARPACK
 * options are process-wide.
 */
#ifndef PG_IGRAPH_ADAPTER_H
#define PG_IGRAPH_ADAPTER_H

#include <stddef.h>

#include "polgraph/error.h"

typedef struct pg_ig_graph pg_ig_graph;

/* Builds a graph of `n` vertices (0 .. n-1) and `m` edges: edge i goes from
 * ends[2i] to ends[2i+1]. Returns NULL with `err` set when an end is out
 * of range or igraph fails. Free with pg_ig_graph_free. */
pg_ig_graph *pg_ig_graph_new(size_t n, const size_t *ends, size_t m, int directed, pg_error *err);
/* NULL is a no-op. */
void pg_ig_graph_free(pg_ig_graph *g);
size_t pg_ig_node_count(const pg_ig_graph *g);
size_t pg_ig_edge_count(const pg_ig_graph *g);

/* `weights`, where taken, has one entry per edge (in construction order) or
 * is NULL for unweighted. `cutoff` < 0 means no cutoff; otherwise only
 * paths of at most that length count. Directed algorithms follow edge
 * direction only when the graph was built directed. */

/* Raw (unnormalised) shortest-path betweenness, unweighted. On an
 * undirected graph each unordered pair of endpoints counts once. */
int pg_ig_betweenness(const pg_ig_graph *g, double cutoff, double *out, pg_error *err);
/* igraph_closeness, unweighted, normalised (1 / mean distance to the
 * vertices reached; NaN when none is reached), over incoming paths
 * (distances from the others to the vertex) when `incoming`, else
 * outgoing; `reached[i]` gets the number of other vertices involved. */
int pg_ig_closeness(const pg_ig_graph *g, int incoming, double cutoff, double *out, double *reached,
                    pg_error *err);
/* igraph_harmonic_centrality, unweighted, not normalised: the sum of
 * 1/d over the other vertices, incoming or outgoing paths. */
int pg_ig_harmonic(const pg_ig_graph *g, int incoming, double cutoff, double *out, pg_error *err);
/* PageRank (PRPACK): `damping` in [0, 1]; dangling vertices jump
 * uniformly. Sums to 1. */
int pg_ig_pagerank(const pg_ig_graph *g, double damping, const double *weights, double *out, pg_error *err);
/* HITS hub and authority scores as igraph gives them (scaled to max 1).
 * HITS and eigenvector centrality seed igraph's RNG (ARPACK start vector)
 * with a fixed value first, so that results repeat to the last bit. */
int pg_ig_hits(const pg_ig_graph *g, const double *weights, double *hub, double *authority, pg_error *err);
/* Eigenvector centrality of an undirected graph, scaled to max 1. */
int pg_ig_eigenvector(const pg_ig_graph *g, const double *weights, double *out, pg_error *err);

typedef enum pg_ig_community_method { PG_IG_LOUVAIN = 0, PG_IG_LEIDEN_MODULARITY } pg_ig_community_method;
/* Communities of an undirected graph with igraph's default RNG seeded with
 * `seed` first: multilevel (Louvain, resolution 1) or Leiden with the
 * modularity objective (vertex weights = strengths, resolution 1/(2m),
 * beta 0.01, iterated until stable). `membership` gets igraph's labels
 * 0 .. k-1; `*modularity` the weighted modularity of that partition (0
 * when the graph has no edge weight). */
int pg_ig_communities(const pg_ig_graph *g, const double *weights, pg_ig_community_method method,
                      unsigned long seed, size_t *membership, double *modularity, pg_error *err);
/* Number of weakly and strongly connected components (equal when
 * undirected). */
int pg_ig_components(const pg_ig_graph *g, size_t *weak, size_t *strong, pg_error *err);
/* Fraction of (non-loop) edges whose reverse edge also exists (igraph's
 * default reciprocity). 1 for undirected graphs; 0 without edges. */
int pg_ig_reciprocity(const pg_ig_graph *g, double *out, pg_error *err);

#endif
