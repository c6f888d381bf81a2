/* export.h — the actor graph in other tools' formats: DOT (Graphviz),
 * GraphML and GML (NetworkX, igraph, Gephi, yEd, Cytoscape), CSV (Gephi's
 * spreadsheet import: nodes.csv + edges.csv), NetworkX node-link JSON, and
 * an event table (TSV, one row per evidence item) for R and pandas.
 *
 * docs/EXPORT.md lists each format's keys and columns. Every writer sorts
 * the graph first (pg_graph_sort), so the same graph always gives the same
 * bytes, and escapes everything that came from article text for its
 * format (XML for GraphML, GML's entities, RFC 4180 quoting plus spreadsheet
 * formula neutralising for CSV, Graphviz escString for DOT). Relations
 * without a direction (call, meeting) carry a `directed` flag of false.
 */
#ifndef POLGRAPH_EXPORT_H
#define POLGRAPH_EXPORT_H

#include <stdio.h>

#include "polgraph/error.h"
#include "polgraph/graph.h"

typedef enum pg_export_format {
    PG_EXPORT_DOT = 0,
    PG_EXPORT_GRAPHML,
    PG_EXPORT_GML,
    PG_EXPORT_CSV,      /* two files: nodes.csv and edges.csv */
    PG_EXPORT_NODELINK,
    PG_EXPORT_EVENTS
} pg_export_format;
#define PG_EXPORT_NFORMATS 6

/* Parses "dot" (or "gv"), "graphml", "gml", "csv", "nodelink" (or
 * "node-link", "json"), "events" (or "tsv"); -1 when unknown. */
int pg_export_format_parse(const char *s, pg_export_format *out);
const char *pg_export_format_name(pg_export_format f);
/* The format a file name asks for: .dot .gv .graphml .gml .json .tsv, or a
 * name ending in '/' for csv; -1 otherwise. */
int pg_export_format_from_path(const char *path, pg_export_format *out);

/* Writes `g` (sorted first) in format `f` to `out`. Not for PG_EXPORT_CSV,
 * which is two files (see below). Returns 0, or -1 with `err` set. */
int pg_export_write(pg_graph *g, pg_export_format f, FILE *out, pg_error *err);

/* The two CSV tables, each to its own stream. */
int pg_export_csv_nodes(pg_graph *g, FILE *out, pg_error *err);
int pg_export_csv_edges(pg_graph *g, FILE *out, pg_error *err);

/* Where the CSV files go for destination `dest`: a directory (an existing
 * one, or a name ending in '/') gets DIR/nodes.csv and DIR/edges.csv;
 * anything else is a prefix: PREFIX-nodes.csv and PREFIX-edges.csv. Both
 * strings are malloc'd. */
void pg_export_csv_paths(const char *dest, char **nodes_path, char **edges_path);

/* Writes `g` in format `f` to `path` through pg_outfile (atomically; "-"
 * or NULL is standard output). For CSV `path` is the destination above
 * and may not be standard output. Returns 0, or -1 with `err` set. */
int pg_export_save(pg_graph *g, pg_export_format f, const char *path, pg_error *err);

#endif
