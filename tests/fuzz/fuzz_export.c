/* fuzz_export.c — libFuzzer target: every exporter (DOT, GraphML, GML,
 * CSV nodes and edges, node-link JSON, events TSV), the graph JSON writer
 * and the styled DOT of `polgraph draw -T dot`, fed with graphs whose
 * labels, aliases, titles, documents and evidence come from the fuzzer
 * (fuzz_build.h describes the input).
 *
 * Oracles: each output is parsed back and must give back the graph's
 * text as plain text:
 *   - graph JSON and node-link JSON load with jansson, labels equal;
 *   - GraphML and GML load with igraph, same counts, GraphML labels equal
 *     (bar the characters XML 1.0 cannot carry), GML is pure ASCII;
 *   - GraphML has no markup but its own elements and only the five
 *     entities and numeric references;
 *   - CSV parses as RFC 4180 with a fixed column count, id and label cells
 *     equal (with the formula-neutralising apostrophe);
 *   - events TSV has one line per row and a fixed column count;
 *   - both DOT outputs parse back with Graphviz (agmemread) with every
 *     actor as one node, found by its id, and every relation as an edge.
 */
#include <igraph.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_build.h"
#include "fuzz_common.h"
#include "gv_adapter.h"
#include "polgraph/draw.h"
#include "polgraph/export.h"

/* ---- expected text after each format's documented filtering ---- */

static int fx_xml_char_ok(uint32_t cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
           (cp >= 0x10000 && cp <= 0x10FFFF);
}

/* `s` without the characters XML 1.0 forbids (malloc'd). */
static char *fx_xml_filter(const char *s)
{
    pg_buf b = {0};
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len = pg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (cp != PG_UTF8_INVALID && fx_xml_char_ok(cp))
            pg_buf_add(&b, s + i, len);
        i += len;
    }
    pg_buf_addc(&b, '\0');
    return pg_buf_steal(&b);
}

/* The CSV cell text for `s`: apostrophe before a formula prefix, C0
 * controls other than tab and line breaks dropped. */
static char *fx_csv_expect(const char *s)
{
    pg_buf b = {0};
    if (*s == '=' || *s == '+' || *s == '-' || *s == '@' || *s == '\t' || *s == '\r')
        pg_buf_addc(&b, '\'');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p >= 0x20 || *p == '\t' || *p == '\n' || *p == '\r')
            pg_buf_addc(&b, (char)*p);
    pg_buf_addc(&b, '\0');
    return pg_buf_steal(&b);
}

static int fx_has_ctl(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p < 0x20 || *p == 0x7f)
            return 1;
    return 0;
}

/* ---- JSON ---- */

static void fx_check_nodelink(pg_graph *g, const char *x, size_t n)
{
    json_error_t je;
    json_t *root = json_loadb(x, n, 0, &je);
    if (!root)
        fuzz_fail("node-link JSON does not parse: %d:%d: %s", je.line, je.column, je.text);
    json_t *nodes = json_object_get(root, "nodes"), *links = json_object_get(root, "links");
    if (json_array_size(nodes) != pg_graph_node_count(g) || json_array_size(links) != pg_graph_edge_count(g))
        fuzz_fail("node-link JSON: %zu nodes, %zu links for %zu and %zu", json_array_size(nodes),
                  json_array_size(links), pg_graph_node_count(g), pg_graph_edge_count(g));
    for (size_t i = 0; i < pg_graph_node_count(g); i++) {
        const pg_node *nd = pg_graph_node(g, i);
        json_t *o = json_array_get(nodes, i);
        const char *id = json_string_value(json_object_get(o, "id"));
        const char *label = json_string_value(json_object_get(o, "label"));
        if (!id || !label || strcmp(id, nd->id) != 0 || strcmp(label, nd->label) != 0)
            fuzz_fail("node-link JSON: node %zu reads back as '%s' / '%s'", i, id ? id : "(none)",
                      label ? label : "(none)");
    }
    json_decref(root);
}

/* ---- XML ---- */

/* GraphML carries no markup from the text: every '<' starts one of
 * GraphML's own elements, every '&' an entity or character reference. */
static void fx_check_graphml_markup(const char *x)
{
    static const char *const tags[] = {"?xml ", "graphml", "/graphml>", "key ", "/key>", "default>", "/default>",
                                       "graph ", "/graph>", "node ", "/node>", "edge ", "/edge>", "data ", "/data>",
                                       "desc>", "/desc>"};
    for (const char *p = x; (p = strpbrk(p, "<&")) != NULL; p++) {
        if (*p == '<') {
            size_t k;
            for (k = 0; k < sizeof tags / sizeof *tags; k++)
                if (strncmp(p + 1, tags[k], strlen(tags[k])) == 0)
                    break;
            if (k == sizeof tags / sizeof *tags)
                fuzz_fail("GraphML: markup from the text at '%.40s'", p);
        } else {
            static const char *const ents[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#"};
            size_t k;
            for (k = 0; k < sizeof ents / sizeof *ents; k++)
                if (strncmp(p, ents[k], strlen(ents[k])) == 0)
                    break;
            if (k == sizeof ents / sizeof *ents)
                fuzz_fail("GraphML: bare '&' at '%.40s'", p);
        }
    }
}

static void fx_check_igraph(pg_graph *g, const char *x, size_t n, int graphml)
{
    FILE *f = fmemopen((void *)x, n, "r");
    if (!f)
        abort();
    igraph_t ig;
    igraph_error_t rc = graphml ? igraph_read_graph_graphml(&ig, f, 0) : igraph_read_graph_gml(&ig, f);
    fclose(f);
    if (rc != IGRAPH_SUCCESS)
        fuzz_fail("igraph cannot read the %s: %s", graphml ? "GraphML" : "GML", igraph_strerror(rc));
    if (igraph_vcount(&ig) != (igraph_integer_t)pg_graph_node_count(g) ||
        igraph_ecount(&ig) != (igraph_integer_t)pg_graph_edge_count(g))
        fuzz_fail("igraph reads the %s with %ld nodes and %ld edges, not %zu and %zu", graphml ? "GraphML" : "GML",
                  (long)igraph_vcount(&ig), (long)igraph_ecount(&ig), pg_graph_node_count(g), pg_graph_edge_count(g));
    if (graphml) {
        for (igraph_integer_t i = 0; i < igraph_vcount(&ig); i++) {
            const pg_node *nd = pg_graph_node(g, (size_t)i);
            char *want = fx_xml_filter(nd->label);
            const char *got = igraph_cattribute_has_attr(&ig, IGRAPH_ATTRIBUTE_VERTEX, "label") ? VAS(&ig, "label", i)
                                                                                                 : "";
            if (strcmp(got, want) != 0)
                fuzz_fail("GraphML label of node %ld reads back as '%s', not '%s'", (long)i, got, want);
            free(want);
        }
    }
    igraph_destroy(&ig);
}

/* ---- CSV and TSV ---- */

/* Parses RFC 4180 text into rows of cells; calls `row` for each. Returns
 * the number of rows. Fails on a malformed quote. */
typedef void (*fx_row_fn)(void *ctx, size_t row, char **cells, size_t ncells);

static size_t fx_parse_csv(const char *x, size_t n, fx_row_fn fn, void *ctx)
{
    size_t i = 0, rows = 0;
    while (i < n) {
        char **cells = NULL;
        size_t nc = 0;
        for (;;) {
            pg_buf cell = {0};
            if (i < n && x[i] == '"') {
                i++;
                for (;;) {
                    if (i >= n)
                        fuzz_fail("CSV: unterminated quoted cell in row %zu", rows);
                    if (x[i] == '"') {
                        if (i + 1 < n && x[i + 1] == '"') {
                            pg_buf_addc(&cell, '"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    pg_buf_addc(&cell, x[i++]);
                }
                if (i < n && x[i] != ',' && x[i] != '\r')
                    fuzz_fail("CSV: text after a closing quote in row %zu", rows);
            } else {
                while (i < n && x[i] != ',' && x[i] != '\r' && x[i] != '\n') {
                    if (x[i] == '"')
                        fuzz_fail("CSV: quote inside an unquoted cell in row %zu", rows);
                    pg_buf_addc(&cell, x[i++]);
                }
            }
            cells = realloc(cells, (nc + 1) * sizeof *cells);
            pg_buf_addc(&cell, '\0');
            cells[nc++] = pg_buf_steal(&cell);
            if (i < n && x[i] == ',') {
                i++;
                continue;
            }
            if (i + 1 < n && x[i] == '\r' && x[i + 1] == '\n') {
                i += 2;
                break;
            }
            if (i >= n)
                break;
            fuzz_fail("CSV: bare line break in row %zu", rows);
        }
        fn(ctx, rows++, cells, nc);
        for (size_t k = 0; k < nc; k++)
            free(cells[k]);
        free(cells);
    }
    return rows;
}

typedef struct {
    pg_graph *g;
    size_t columns;
    int nodes;
} fx_csv_ctx;

static void fx_csv_row(void *ctx, size_t row, char **cells, size_t nc)
{
    fx_csv_ctx *c = ctx;
    if (row == 0) {
        c->columns = nc;
        return;
    }
    if (nc != c->columns)
        fuzz_fail("CSV %s row %zu has %zu cells, the header %zu", c->nodes ? "nodes" : "edges", row, nc,
                  c->columns);
    if (!c->nodes)
        return;
    const pg_node *nd = pg_graph_node(c->g, row - 1);
    char *id = fx_csv_expect(nd->id), *label = fx_csv_expect(nd->label);
    if (strcmp(cells[0], id) != 0 || strcmp(cells[1], label) != 0)
        fuzz_fail("CSV node %zu reads back as '%s' / '%s', not '%s' / '%s'", row - 1, cells[0], cells[1], id, label);
    free(id);
    free(label);
}

static void fx_check_events(const char *x, size_t n, size_t want_rows)
{
    size_t lines = 0, cols = 0;
    for (size_t i = 0; i < n;) {
        const char *nl = memchr(x + i, '\n', n - i);
        if (!nl)
            fuzz_fail("events TSV: last line not terminated");
        size_t tabs = 0;
        for (const char *p = x + i; p < nl; p++) {
            tabs += *p == '\t';
            if (*p == '\r')
                fuzz_fail("events TSV: carriage return in row %zu", lines);
        }
        if (lines == 0)
            cols = tabs;
        else if (tabs != cols)
            fuzz_fail("events TSV: row %zu has %zu tabs, the header %zu", lines, tabs, cols);
        lines++;
        i = (size_t)(nl - x) + 1;
    }
    if (lines != want_rows + 1)
        fuzz_fail("events TSV: %zu lines for %zu rows", lines, want_rows);
}

/* ---- DOT ---- */

/* One round of escString decoding as Graphviz applies it to a node name
 * written by draw.c: "\\" -> "\". */
static char *fx_dot_unescape(const char *s)
{
    char *out = malloc(strlen(s) + 1), *o = out;
    for (const char *p = s; *p; p++) {
        if (*p == '\\' && p[1] == '\\')
            p++;
        *o++ = *p;
    }
    *o = 0;
    return out;
}

static void fx_check_dot(pg_graph *g, const char *x, const char *what)
{
    pg_error err = {0};
    pg_gv *gv = pg_gv_read_dot(x, &err);
    if (!gv)
        fuzz_fail("%s does not parse back: %s", what, err.msg);
    if (pg_gv_edge_count(gv) < pg_graph_edge_count(g) || pg_gv_node_count(gv) < pg_graph_node_count(g))
        fuzz_fail("%s reads back with %zu nodes and %zu edges, not %zu and %zu", what, pg_gv_node_count(gv),
                  pg_gv_edge_count(gv), pg_graph_node_count(g), pg_graph_edge_count(g));
    for (size_t i = 0; i < pg_gv_node_count(gv); i++) {
        const char *name = pg_gv_node_name(gv, i);
        if (!name)
            fuzz_fail("%s: node %zu has no name", what, i);
    }
    for (size_t i = 0; i < pg_graph_node_count(g); i++) {
        const pg_node *nd = pg_graph_node(g, i);
        if (fx_has_ctl(nd->id))
            continue; /* control characters are dropped from DOT */
        int found = 0;
        for (size_t k = 0; k < pg_gv_node_count(gv) && !found; k++) {
            char *name = fx_dot_unescape(pg_gv_node_name(gv, k));
            found = strcmp(name, nd->id) == 0;
            free(name);
        }
        if (!found)
            fuzz_fail("%s: actor '%s' is not a node", what, nd->id);
    }
    pg_gv_free(gv);
}

/* ---- the target ---- */

static int fx_igraph_ready;

static char *fx_export(pg_graph *g, pg_export_format f, size_t *n)
{
    fuzz_mem m;
    pg_error err = {0};
    if (pg_export_write(g, f, fuzz_mem_open(&m), &err) != 0)
        fuzz_fail("export %s: %s", pg_export_format_name(f), err.msg);
    fuzz_mem_close(&m);
    *n = m.len;
    return m.p;
}

static int fuzz_export_one(const uint8_t *data, size_t size)
{
    if (!fx_igraph_ready) {
        igraph_set_attribute_table(&igraph_cattribute_table);
        igraph_set_error_handler(igraph_error_handler_ignore);
        igraph_set_warning_handler(igraph_warning_handler_ignore);
        fx_igraph_ready = 1;
    }
    fuzz_built fb;
    fuzz_build(&fb, data, size, 200);
    pg_graph *g = fb.g;
    pg_graph_sort(g);
    size_t n;
    char *x;

    fuzz_check_round_trip(g, "built");

    x = fx_export(g, PG_EXPORT_NODELINK, &n);
    fx_check_nodelink(g, x, n);
    free(x);

    x = fx_export(g, PG_EXPORT_GRAPHML, &n);
    fx_check_graphml_markup(x);
    fx_check_igraph(g, x, n, 1);
    free(x);

    x = fx_export(g, PG_EXPORT_GML, &n);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)x[i] >= 0x80 || ((unsigned char)x[i] < 0x20 && x[i] != '\n'))
            fuzz_fail("GML: byte 0x%02x at %zu", (unsigned char)x[i], i);
    fx_check_igraph(g, x, n, 0);
    free(x);

    fuzz_mem m;
    pg_error err = {0};
    fx_csv_ctx c = {g, 0, 1};
    if (pg_export_csv_nodes(g, fuzz_mem_open(&m), &err) != 0)
        fuzz_fail("CSV nodes: %s", err.msg);
    fuzz_mem_close(&m);
    if (fx_parse_csv(m.p, m.len, fx_csv_row, &c) != pg_graph_node_count(g) + 1)
        fuzz_fail("CSV nodes: wrong row count");
    fuzz_mem_free(&m);
    c.nodes = 0;
    if (pg_export_csv_edges(g, fuzz_mem_open(&m), &err) != 0)
        fuzz_fail("CSV edges: %s", err.msg);
    fuzz_mem_close(&m);
    if (fx_parse_csv(m.p, m.len, fx_csv_row, &c) != pg_graph_edge_count(g) + 1)
        fuzz_fail("CSV edges: wrong row count");
    fuzz_mem_free(&m);

    size_t rows = 0;
    for (size_t i = 0; i < pg_graph_edge_count(g); i++) {
        const pg_edge *e = pg_graph_edge(g, i);
        if (e->type != PG_REL_AFFILIATION)
            rows += e->n_evidence ? e->n_evidence : 1;
    }
    x = fx_export(g, PG_EXPORT_EVENTS, &n);
    fx_check_events(x, n, rows);
    free(x);

    x = fx_export(g, PG_EXPORT_DOT, &n);
    fx_check_dot(g, x, "exported DOT");
    free(x);

    /* the styled drawing as DOT, with the fuzzed title and edge labels */
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    o.compute_metrics = 0;
    o.title = fb.title;
    o.edge_labels = (int)(size & 1);
    o.max_labels = size & 2 ? 3 : -1;
    if (pg_draw_write(g, &o, PG_DRAW_DOT, 0, 0, fuzz_mem_open(&m), &err) != 0)
        fuzz_fail("draw -T dot: %s", err.msg);
    fuzz_mem_close(&m);
    fx_check_dot(g, m.p, "drawn DOT");
    fuzz_mem_free(&m);

    fuzz_built_free(&fb);
    return 0;
}

#ifndef PG_FUZZ_NO_MAIN
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fuzz_export_one(data, size); }
#endif
