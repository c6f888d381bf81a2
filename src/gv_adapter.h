/* gv_adapter.h — the library's window on Graphviz (cgraph + gvc), in plain C
 * types.
 *
 * src/gv_adapter.c is the only file that includes gvc.h or cgraph.h: the
 * rest of the library describes a drawing as a pg_gv (a Graphviz graph
 * being built: nodes and edges with string attributes) and asks the
 * adapter to write it as DOT (agwrite) or to lay it out and render it. The
 * adapter also reads DOT back (agmemread), for tests and checks.
 *
 * Attribute values are handed to cgraph exactly as given (cgraph copies
 * them): escaping for Graphviz's own string rules (escString, HTML-like
 * labels) is the caller's job, see draw.c. The one thing the adapter
 * guarantees itself is that agwrite output parses back: every value passes
 * through pg_gv_check_value's rules (no control characters, no unpaired
 * trailing backslash).
 *
 * Graphviz messages: while an adapter call runs, cgraph's error and
 * warning output is captured (agseterrf) instead of going to stderr;
 * errors become a pg_error (PG_ERR_BACKEND) and warnings go to the
 * caller's pg_warn_fn, each prefixed "graphviz: ". The previous handler is
 * restored afterwards. Graphviz keeps global state, so pg_gv calls must not
 * run in several threads at once.
 *
 * Context: pg_gv_render uses one GVC context for the whole process, made
 * on first use and never freed. A context per call is not safe with
 * Graphviz 2.42: its pango plugin remembers the last font name by pointer
 * in a static variable, the string belongs to the context's font
 * dictionary, and after gvFreeContext the next context's first text layout
 * reads freed memory (AddressSanitizer: heap-use-after-free in strcmp from
 * libgvplugin_pango). The kept context is "still reachable" for valgrind,
 * not a leak. Graphs, layouts and rendered output are freed before each
 * call returns. Valgrind also shows some KB "definitely lost" per process
 * inside fontconfig, pango and gvconfig; tests/valgrind.supp suppresses
 * exactly those.
 *
 * Ownership: pg_gv_new / pg_gv_read_dot return a handle freed with
 * pg_gv_free (NULL is a no-op). Strings returned by the getters are
 * borrowed from the handle.
 */
#ifndef PG_GV_ADAPTER_H
#define PG_GV_ADAPTER_H

#include <stddef.h>
#include <stdio.h>

#include "polgraph/error.h"

typedef struct pg_gv pg_gv;

typedef enum pg_gv_kind { PG_GV_GRAPH = 0, PG_GV_NODE, PG_GV_EDGE } pg_gv_kind;

/* A new, empty, non-strict graph (parallel edges allowed). */
pg_gv *pg_gv_new(const char *name, int directed);
void pg_gv_free(pg_gv *g);

/* Declares attribute `attr` for every object of `kind` with default
 * `value` (for PG_GV_GRAPH: sets the graph attribute). */
void pg_gv_default(pg_gv *g, pg_gv_kind kind, const char *attr, const char *value);
/* Sets a graph attribute; with html != 0 the value is an HTML-like label
 * (written <...> in DOT): it must be well-formed, text XML-escaped. */
void pg_gv_graph_set(pg_gv *g, const char *attr, const char *value, int html);

/* Adds a node named `name` (or returns the existing one); returns its
 * index (0, 1, ... in order of creation). */
size_t pg_gv_add_node(pg_gv *g, const char *name);
void pg_gv_node_set(pg_gv *g, size_t node, const char *attr, const char *value, int html);
/* Adds an edge tail -> head (always a new one); returns its index. */
size_t pg_gv_add_edge(pg_gv *g, size_t tail, size_t head);
void pg_gv_edge_set(pg_gv *g, size_t edge, const char *attr, const char *value, int html);

/* Writes the graph as DOT with agwrite (call before any layout). Returns 0,
 * or -1 with `err` set. */
int pg_gv_write_dot(pg_gv *g, FILE *out, pg_error *err);

/* 1 when `engine` names a layout this build of Graphviz knows. */
int pg_gv_has_layout(const char *engine);
/* Lays the graph out with `engine` ("dot", "sfdp", ...) and renders it in
 * `format` ("svg", "png", "pdf") to `out`. The layout is freed again, so
 * the graph can be rendered once more. Returns 0, or -1 with `err` set
 * (PG_ERR_BACKEND, Graphviz's message). */
int pg_gv_render(pg_gv *g, const char *engine, const char *format, FILE *out, pg_warn_fn warn, void *warn_ctx,
                 pg_error *err);

/* ---- reading DOT back ---- */

/* Parses DOT text (agmemread). NULL with `err` set on a syntax error. */
pg_gv *pg_gv_read_dot(const char *text, pg_error *err);
int pg_gv_is_directed(const pg_gv *g);
size_t pg_gv_node_count(const pg_gv *g);
size_t pg_gv_edge_count(const pg_gv *g);
const char *pg_gv_node_name(const pg_gv *g, size_t node);
/* Index of the node named `name`, or -1. */
ptrdiff_t pg_gv_find_node(const pg_gv *g, const char *name);
void pg_gv_edge_ends(const pg_gv *g, size_t edge, size_t *tail, size_t *head);
/* Attribute values: NULL when the attribute is not declared. `*html` (if
 * not NULL) says whether the value is an HTML-like string. */
const char *pg_gv_graph_get(const pg_gv *g, const char *attr, int *html);
const char *pg_gv_node_get(const pg_gv *g, size_t node, const char *attr, int *html);
const char *pg_gv_edge_get(const pg_gv *g, size_t edge, const char *attr, int *html);

#endif
