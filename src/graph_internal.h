/* graph_internal.h — graph operations for the library's own use. */
#ifndef PG_GRAPH_INTERNAL_H
#define PG_GRAPH_INTERNAL_H

#include "polgraph/graph.h"

/* Adds a node, or folds into the existing one with the merge rules (the
 * fuller label wins; of two types a country wins, then an organization,
 * then a person): the outcome does not depend on the order nodes arrive in.
 * Returns its index. */
size_t pg_graph_upsert_node(pg_graph *g, const char *id, const char *label, pg_actor_type type);

/* Offers an affiliation: kept when the node has none or `aff` sorts first
 * (order-independent, like merge). */
void pg_graph_node_offer_affiliation(pg_graph *g, size_t node, const char *aff);

/* Folds node i into node into[i] for every i with into[i] != i (each
 * into[i] a node that stays: into[into[i]] == into[i]). The node that
 * stays takes the folded one's label as an alias, and its titles,
 * handles, mentions and affiliation by the merge rules; edges move onto it
 * (an edge that meets another with the same ends and type gives it its
 * evidence, within the cap, and weight; one that would join a node to
 * itself goes), and affiliations naming a folded node name the one it went
 * into. The outcome does not depend on node order. `into` is the caller's
 * and is used as scratch: its contents are undefined afterwards. Metrics
 * are cleared when anything is folded. Returns how many nodes went. */
size_t pg_graph_fold_nodes(pg_graph *g, size_t *into);

/* Keeps the graph's documents in a temporary file from now on (corpus
 * extraction: the document list is what grows with the corpus). Only on a
 * graph without documents; without a temporary file nothing changes. The
 * document ids added must be unique. */
void pg_graph_spool_documents(pg_graph *g);

/* An I/O error of the document spool (a full disk): 0, or -1 with `err`. */
int pg_graph_documents_error(const pg_graph *g, pg_error *err);

#endif
