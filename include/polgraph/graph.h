/* graph.h — the actor graph: documents, actors (nodes) and typed, directed
 * relations (edges) that keep their evidence.
 *
 * This is the model every stage shares: the extractor fills it, metrics,
 * draw and export read it, merge combines two of them, and graph JSON
 * (docs/FORMAT.md) is its file form.
 *
 * Ownership: a pg_graph owns every string and array reachable from it. All
 * strings handed to pg_graph_* functions are copied (interned); the caller
 * keeps its own. The const pointers returned by the accessors stay valid
 * until the graph is next modified or freed. Node and edge indices are
 * stable while you only add things; pg_graph_sort renumbers them.
 *
 * Determinism: pg_graph_sort puts everything in a canonical order (documents
 * and nodes by id, edges by source id, target id and type, evidence by date,
 * document and offset, string lists by byte value). Writers sort first, so
 * the same content always gives the same bytes, whatever order it was added
 * in — which is what makes merge commutative and -j N equal to -j 1.
 */
#ifndef POLGRAPH_GRAPH_H
#define POLGRAPH_GRAPH_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "polgraph/error.h"

typedef enum pg_actor_type {
    PG_ACTOR_PERSON = 0,
    PG_ACTOR_COUNTRY,
    PG_ACTOR_ORGANIZATION
} pg_actor_type;
#define PG_ACTOR_NTYPES 3

typedef enum pg_rel_type {
    PG_REL_CALL = 0,
    PG_REL_STATEMENT,
    PG_REL_CRITICISM,
    PG_REL_SUPPORT,
    PG_REL_MEETING,
    PG_REL_VISIT,
    PG_REL_AFFILIATION
} pg_rel_type;
#define PG_REL_NTYPES 7
/* Bit mask of relation types: bit (1u << type). */
#define PG_REL_MASK_ALL ((1u << PG_REL_NTYPES) - 1)
/* Every interaction type: all but affiliation (the metrics default). */
#define PG_REL_MASK_INTERACTION (PG_REL_MASK_ALL & ~(1u << PG_REL_AFFILIATION))

/* "person", "country", "organization". */
const char *pg_actor_type_name(pg_actor_type t);
/* Parses a type name; returns 0, or -1 when `s` names no type. */
int pg_actor_type_parse(const char *s, pg_actor_type *out);
/* "call", "statement", ... */
const char *pg_rel_type_name(pg_rel_type t);
int pg_rel_type_parse(const char *s, pg_rel_type *out);
/* The CAMEO event code of a relation type ("041" for call); "" for
 * affiliation, which is structure, not an event. */
const char *pg_rel_cameo(pg_rel_type t);
/* 1 for relations without a direction (call, meeting). */
int pg_rel_is_symmetric(pg_rel_type t);
/* Parses a comma-separated list of relation type names ("call,criticism")
 * into a bit mask. On an unknown name returns -1 and says which in `err`. */
int pg_rel_mask_parse(const char *list, unsigned *mask, pg_error *err);

typedef struct pg_document {
    const char *id;     /* unique within a graph */
    const char *title;  /* the remaining fields are "" when unknown */
    const char *date;   /* YYYY-MM-DD */
    const char *source;
    const char *url;
} pg_document;

/* Offsets are 32-bit: a document is at most PG_MAX_DOCUMENT_BYTES long
 * (error.h; the reader refuses longer ones), and evidence is what grows
 * with a corpus, so each item is kept small (48 bytes). */
typedef struct pg_evidence {
    const char *doc;     /* document id */
    uint32_t sentence;   /* 0-based index of the sentence in the document */
    uint32_t start, end; /* byte offsets [start, end) of the sentence in the document text */
    uint8_t in_title;    /* 1: the sentence is the document's title (JSON Lines): `sentence`,
                            `start` and `end` count in the title, not the text */
    const char *text;  /* the sentence, whitespace collapsed, URLs removed */
    const char *quote; /* the quoted words the relation rests on, "" when none */
    const char *date;  /* YYYY-MM-DD of the event, or "" */
} pg_evidence;

typedef struct pg_metric {
    const char *name;
    double value;
} pg_metric;

/* Read-only view of an actor; change it through the pg_graph_node_* calls. */
typedef struct pg_node {
    const char *id;    /* stable slug, e.g. "donald-trump" */
    const char *label; /* fullest proper name */
    pg_actor_type type;
    const char **aliases; /* every surface form seen; sorted, unique */
    size_t n_aliases;
    const char **titles; /* roles such as "President"; sorted, unique */
    size_t n_titles;
    const char **handles; /* social media handles such as "@SenBlumenthal" */
    size_t n_handles;
    const char *affiliation; /* id of the node it belongs to, or NULL */
    uint64_t mentions;       /* how often the actor was mentioned */
    const pg_metric *metrics; /* sorted by name */
    size_t n_metrics;
} pg_node;

/* Read-only view of a relation. */
typedef struct pg_edge {
    size_t source, target; /* node indices */
    pg_rel_type type;
    uint64_t weight;       /* number of evidence items seen (>= n_evidence) */
    const pg_evidence *evidence; /* stored items, in evidence order */
    size_t n_evidence;
} pg_edge;

typedef struct pg_graph pg_graph;

/* A new, empty graph. Free it with pg_graph_free. */
pg_graph *pg_graph_new(void);
/* Frees the graph and everything it owns. NULL is a no-op. */
void pg_graph_free(pg_graph *g);
/* A deep copy of `g`. */
pg_graph *pg_graph_copy(const pg_graph *g);

/* Cap on stored evidence per edge (0, the default, means no cap). The
 * weight still counts every item. Which items are kept does not depend on
 * the order they arrive in: the first `max` in evidence order. */
void pg_graph_set_max_evidence(pg_graph *g, size_t max);
size_t pg_graph_max_evidence(const pg_graph *g);

/* ---- documents ---- */
size_t pg_graph_document_count(const pg_graph *g);
const pg_document *pg_graph_document(const pg_graph *g, size_t i);
/* Index of the document with this id, or -1. */
ptrdiff_t pg_graph_find_document(const pg_graph *g, const char *id);
/* Adds a document (fields copied; NULL fields become ""). When the id is
 * already present nothing changes, `*duplicate` (if not NULL) is set to 1 and
 * the existing index is returned. */
size_t pg_graph_add_document(pg_graph *g, const pg_document *doc, int *duplicate);

/* ---- nodes ---- */
size_t pg_graph_node_count(const pg_graph *g);
const pg_node *pg_graph_node(const pg_graph *g, size_t i);
/* Index of the node with this id, or -1. */
ptrdiff_t pg_graph_find_node(const pg_graph *g, const char *id);
/* Adds a node, or returns the index of the existing node with that id
 * (whose label and type are then left as they are). */
size_t pg_graph_add_node(pg_graph *g, const char *id, const char *label, pg_actor_type type);
void pg_graph_node_set_label(pg_graph *g, size_t node, const char *label);
void pg_graph_node_set_type(pg_graph *g, size_t node, pg_actor_type type);
void pg_graph_node_add_alias(pg_graph *g, size_t node, const char *alias);
void pg_graph_node_add_title(pg_graph *g, size_t node, const char *title);
void pg_graph_node_add_handle(pg_graph *g, size_t node, const char *handle);
/* Sets the affiliation to a node id (NULL clears it). */
void pg_graph_node_set_affiliation(pg_graph *g, size_t node, const char *node_id);
void pg_graph_node_add_mentions(pg_graph *g, size_t node, uint64_t n);
/* Sets (or replaces) a named metric; non-finite and subnormal values
 * (|v| < 2.2e-308, which igraph's GraphML and GML readers refuse) are
 * stored as 0. */
void pg_graph_node_set_metric(pg_graph *g, size_t node, const char *name, double value);
/* The value of a named metric, or `fallback` when the node has none. */
double pg_graph_node_metric(const pg_graph *g, size_t node, const char *name, double fallback);
/* Removes every metric from every node. */
void pg_graph_clear_metrics(pg_graph *g);

/* ---- edges ---- */
size_t pg_graph_edge_count(const pg_graph *g);
const pg_edge *pg_graph_edge(const pg_graph *g, size_t i);
/* Index of the edge (source, target, type), or -1. */
ptrdiff_t pg_graph_find_edge(const pg_graph *g, size_t source, size_t target, pg_rel_type type);
/* Adds the edge with weight 0 and no evidence, or returns the existing one.
 * Symmetric types (call, meeting) have no direction: they are stored with
 * the smaller node id as source, whichever way round they were given. */
size_t pg_graph_add_edge(pg_graph *g, size_t source, size_t target, pg_rel_type type);
/* Records one evidence item: weight + 1, and the item (copied) is stored
 * subject to the evidence cap. */
void pg_graph_edge_add_evidence(pg_graph *g, size_t edge, const pg_evidence *ev);
/* Stores an evidence item without changing the weight (loading, merging). */
void pg_graph_edge_keep_evidence(pg_graph *g, size_t edge, const pg_evidence *ev);
void pg_graph_edge_add_weight(pg_graph *g, size_t edge, uint64_t n);

/* Total order of evidence items: date, doc, start, end, sentence, text,
 * quote. Returns <0, 0, >0 like strcmp. */
int pg_evidence_cmp(const pg_evidence *a, const pg_evidence *b);

/* Puts the graph in canonical order (see the head comment). Renumbers node
 * and edge indices. */
void pg_graph_sort(pg_graph *g);

/* A new graph with the nodes whose `keep_node[i]` is non-zero and the edges
 * whose `keep_edge[i]` is non-zero and whose two ends are kept (NULL keeps
 * all of that kind). Documents are copied; affiliations to dropped nodes are
 * cleared. */
pg_graph *pg_graph_subgraph(const pg_graph *g, const unsigned char *keep_node,
                            const unsigned char *keep_edge);

/* Adds everything in `src` to `dst`: documents by id (a repeated id is
 * reported through `warn` when its fields differ), nodes by id (aliases,
 * titles and handles unioned, mentions summed), edges by (source, target,
 * type) (evidence concatenated, weights summed). Metrics are dropped from the
 * result: they describe one graph, recompute them after merging. The result
 * does not depend on the order of merges (see docs/FORMAT.md). */
void pg_graph_merge(pg_graph *dst, const pg_graph *src, pg_warn_fn warn, void *warn_ctx);

/* Folds person nodes whose names differ only in transliteration into one:
 * ids equal once "y" reads as "i" and a run of "i" as one ("Sergey Lavrov"
 * and "Sergei Lavrov", "Volodymyr Zelenskyy" and "Volodymyr Zelensky"); and
 * organization nodes whose names differ only in a legal form written out
 * ("Commodity Credit Corporation" and "Commodity Credit Corp.": ids equal
 * once corporation, company, brothers, incorporated, limited read as
 * corp, co, bros, inc, ltd, and the legal forms that end them go: "Boeing
 * Co" and "Boeing").
 * The node with the plainest id (the shortest, then the smaller bytes)
 * keeps its id and label and takes the others' labels as aliases, their
 * titles, handles, mentions and edges (evidence kept under the cap, weights
 * summed; an edge that would join a person to itself goes). The outcome
 * does not depend on node order, so folding shards, merging them and
 * folding again gives what one run gives. A group of more than 64
 * spellings is left alone (no name has that many). Metrics are cleared when
 * anything is folded. Returns how many nodes were folded away. */
size_t pg_graph_fold_variants(pg_graph *g);

/* ---- graph JSON (docs/FORMAT.md) ---- */

/* Loads a graph JSON file ("-" reads stdin). On failure returns NULL with a
 * message naming the file and, for syntax errors, line and column. */
pg_graph *pg_graph_load_file(const char *path, pg_error *err);
/* The same from memory; `name` is used in messages. */
pg_graph *pg_graph_load_buffer(const char *data, size_t len, const char *name, pg_error *err);
/* Writes the graph as JSON (sorting it first). Returns 0 or -1. */
int pg_graph_write_json(pg_graph *g, FILE *out, pg_error *err);
/* Writes the graph to `path` atomically ("-" or NULL: stdout). */
int pg_graph_save(pg_graph *g, const char *path, pg_error *err);

/* Makes a node id from a label: lowercase ASCII letters and digits, other
 * runs become '-', accents folded ("José Martí" -> "jose-marti"), non-Latin
 * text kept as UTF-8 lowercase-insensitive bytes. Returns a malloc'd string. */
char *pg_slugify(const char *label);

#endif
