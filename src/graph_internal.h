/* graph_internal.h — graph operations for the library's own use. */
#ifndef PG_GRAPH_INTERNAL_H
#define PG_GRAPH_INTERNAL_H

#include "polgraph/graph.h"

/* pg_graph_merge without dropping metrics: the extractor folds each
 * article's small graph into the corpus graph with it. */
void pg_graph_absorb(pg_graph *dst, const pg_graph *src, pg_warn_fn warn, void *warn_ctx);

#endif
