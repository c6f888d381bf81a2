/* draw.h — drawing the actor graph: who reacted to whom.
 *
 * Three steps, each usable on its own:
 *
 *   1. pg_draw_prepare: make sure the metric that sizes nodes (and ranks
 *      them for --top) is present, computing metrics when it is not;
 *   2. pg_draw_filter: a pure function from a graph and the filter options
 *      (relation types, minimum weight, ego network, top N, no
 *      affiliation) to a new, smaller graph — no Graphviz involved;
 *   3. pg_draw_write: style the graph (shapes and colours by actor type,
 *      colours and line styles by relation type, sizes by metric, widths by
 *      weight, title and legend, tooltips with the evidence) and write it
 *      as DOT or lay it out and render it (SVG, PNG, PDF) with Graphviz.
 *
 * pg_draw runs all three on a copy of the graph. docs/DRAW.md documents the
 * options, the colours and the shapes.
 *
 * Escaping: every string that came from article text is escaped for the
 * place it goes (HTML-like labels, Graphviz escString tooltips, DOT data
 * attributes), so a label such as `"<script>` or `\N` is drawn as those
 * characters, never interpreted.
 */
#ifndef POLGRAPH_DRAW_H
#define POLGRAPH_DRAW_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "polgraph/error.h"
#include "polgraph/graph.h"

typedef enum pg_draw_format {
    PG_DRAW_SVG = 0,
    PG_DRAW_PNG,
    PG_DRAW_PDF,
    PG_DRAW_DOT /* the styled graph as DOT source, not laid out */
} pg_draw_format;

typedef struct pg_draw_opts {
    /* ---- filters (pg_draw_filter) ---- */
    unsigned types;        /* relation types to draw (mask, graph.h); default all */
    int no_affiliation;    /* 1: drop affiliation relations (default 0) */
    uint64_t min_weight;   /* drop relations with a smaller weight (default 0) */
    const char *ego;       /* NULL, or an actor (id, label or alias): keep its neighbourhood */
    size_t depth;          /* hops around the ego, counted either way (default 1) */
    size_t top;            /* 0, or keep only the `top` actors ranked by `size_by` */
    int keep_isolated;     /* 1: keep actors left without relations by the
                              type and weight filters (default 0: drop them) */

    /* ---- sizes ---- */
    const char *size_by;   /* "pagerank" (default), any metric name, "mentions" or "none" */
    int compute_metrics;   /* 1 (default): compute metrics when a node lacks `size_by` */

    /* ---- looks (pg_draw_write) ---- */
    const char *engine;    /* Graphviz layout; NULL: chosen by size (pg_draw_auto_engine) */
    const char *title;     /* NULL: made from the documents; "": no title */
    int legend;            /* 1 (default): legend of the types present */
    int edge_labels;       /* 1: print the relation type (and weight) on each edge */
    long max_labels;       /* label at most this many actors, the highest ranked
                              (-1, default: all up to 150 actors, else 100);
                              the others are drawn as small dots */
    int data_attrs;        /* 1 (default): DOT output carries data attributes
                              (type, weight, cameo, metrics, evidence, date) */

    pg_warn_fn warn;       /* Graphviz warnings and notes; may be NULL */
    void *warn_ctx;
} pg_draw_opts;

/* Fills `o` with the defaults above. */
void pg_draw_opts_init(pg_draw_opts *o);

/* Parses "svg", "png", "pdf", "dot" (also "gv"); -1 when unknown. */
int pg_draw_format_parse(const char *s, pg_draw_format *out);
/* The format a file name asks for by its extension (.svg .png .pdf .dot
 * .gv); -1 when the name has none of those. */
int pg_draw_format_from_path(const char *path, pg_draw_format *out);
const char *pg_draw_format_name(pg_draw_format f);

/* The layout used when none is given: "dot" up to 150 actors and 600
 * relations, "sfdp" beyond. */
const char *pg_draw_auto_engine(size_t nodes, size_t edges);

/* 1 when `name` can size nodes: "none", "mentions", or a metric name from
 * metrics.h. */
int pg_draw_size_by_known(const char *name);

/* Makes sure every node of `g` carries the metric `o->size_by` needs:
 * when one lacks it and o->compute_metrics is set, runs pg_metrics_compute
 * (default options) on `g`. Returns 0, or -1 with `err` set (an unknown
 * metric name, or the metrics failing). */
int pg_draw_prepare(pg_graph *g, const pg_draw_opts *o, pg_error *err);

/* The filtered graph: a new graph (free with pg_graph_free) holding
 *   - relations of the types in o->types (minus affiliation with
 *     o->no_affiliation) whose weight is at least o->min_weight;
 *   - when a type or weight filter is set and not o->keep_isolated, only
 *     actors that keep a relation;
 *   - with o->ego, the actors within o->depth hops of it (either
 *     direction) over the kept relations;
 *   - with o->top, the o->top highest ranked actors by o->size_by
 *     (missing values count as 0; ties by mentions, then id).
 * Nodes and edges keep their order. Returns NULL with `err` set when the
 * ego matches no actor or several. Does not compute metrics. */
pg_graph *pg_draw_filter(const pg_graph *g, const pg_draw_opts *o, pg_error *err);

/* The title made from the documents (what o->title == NULL draws): the
 * titles of up to three documents joined by " / ", then "and N more" for
 * the other documents; "Who reacted to whom" when no document has a title;
 * "" for a graph without documents. A malloc'd string. */
char *pg_draw_default_title(const pg_graph *g);

/* Styles `g` as it is (no filtering, no metric computation) and writes it
 * in `fmt` to `out`. `total_nodes`/`total_edges` (the size before
 * filtering, 0 if unknown) go into the subtitle. Returns 0, or -1 with
 * `err` set (PG_ERR_BACKEND for Graphviz failures). */
int pg_draw_write(const pg_graph *g, const pg_draw_opts *o, pg_draw_format fmt, size_t total_nodes,
                  size_t total_edges, FILE *out, pg_error *err);

/* prepare + filter + write, on a copy: `g` is not changed. */
int pg_draw(const pg_graph *g, const pg_draw_opts *o, pg_draw_format fmt, FILE *out, pg_error *err);

#endif
