/* fuzz_build.h — a graph built from fuzzer bytes, for the exporter and
 * drawing targets: every input gives a valid graph, so the fuzzer spends
 * its time on labels, evidence and shapes rather than on JSON syntax.
 *
 * The input is a list of records separated by NUL bytes. A record's first
 * byte is the operation (its low 4 bits), the rest its text, made valid
 * UTF-8 (as the reader and loader guarantee for every string they pass on):
 *
 *   0 1 2  add an actor (person, country, organization): label TEXT, id
 *          TEXT without control characters or a leading '%' (as the
 *          loader requires)
 *   3      set the last actor's label         4  add an alias
 *   5      add a title                        6  add a handle
 *   7      affiliate the last actor with actor #TEXT[0]
 *   8      add a document: id, title, source and url TEXT, date by TEXT[0]
 *   9      add a relation #B0 -> #B1 of type B2, evidence text TEXT[3..]
 *   10     add evidence to the last relation: quote TEXT
 *   11     set metric TEXT[8..] of the last actor to the double in TEXT[0..8]
 *   12     add mentions TEXT[0] to the last actor
 *   13     the drawing title (fuzz_draw)     14, 15  an alias
 */
#ifndef PG_FUZZ_BUILD_H
#define PG_FUZZ_BUILD_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "polgraph/graph.h"

typedef struct fuzz_built {
    pg_graph *g;
    char *title; /* op 13, or NULL */
} fuzz_built;

/* A node id as the loader accepts it (docs/FORMAT.md): no C0 controls,
 * DEL, U+FFFE or U+FFFF, no leading '%'. `s` is changed in place. */
static char *fuzz_id(char *s)
{
    char *o = s;
    for (char *p = s; *p; p++) {
        if (*p == '%' && o == s)
            continue;
        unsigned char c = (unsigned char)*p;
        if (c == 0xEF && (unsigned char)p[1] == 0xBF && ((unsigned char)p[2] == 0xBE || (unsigned char)p[2] == 0xBF)) {
            p += 2;
            continue;
        }
        if (c >= 0x20 && c != 0x7F)
            *o++ = *p;
    }
    *o = 0;
    return s;
}

static void fuzz_build_record(fuzz_built *fb, const uint8_t *f, size_t n, size_t rec, size_t max_nodes,
                              ptrdiff_t *last_node, ptrdiff_t *last_edge, ptrdiff_t *last_doc)
{
    pg_graph *g = fb->g;
    unsigned op = f[0] & 15;
    const uint8_t *t = f + 1;
    size_t tn = n - 1;
    char *s = fuzz_utf8(t, tn);
    size_t nn = pg_graph_node_count(g);
    char idbuf[32];
    const char *doc = *last_doc >= 0 ? pg_graph_document(g, (size_t)*last_doc)->id : "doc";
    switch (op) {
    case 0:
    case 1:
    case 2:
        if (nn < max_nodes) {
            char *id = fuzz_id(strdup(s));
            snprintf(idbuf, sizeof idbuf, "n%zu", rec);
            *last_node = (ptrdiff_t)pg_graph_add_node(g, *id ? id : idbuf, s, (pg_actor_type)op);
            free(id);
        }
        break;
    case 3:
        if (*last_node >= 0)
            pg_graph_node_set_label(g, (size_t)*last_node, s);
        break;
    case 5:
        if (*last_node >= 0)
            pg_graph_node_add_title(g, (size_t)*last_node, s);
        break;
    case 6:
        if (*last_node >= 0)
            pg_graph_node_add_handle(g, (size_t)*last_node, s);
        break;
    case 7:
        if (*last_node >= 0 && nn && tn)
            pg_graph_node_set_affiliation(g, (size_t)*last_node, pg_graph_node(g, t[0] % nn)->id);
        break;
    case 8: {
        static const char *const dates[] = {"", "2025-02-12", "1999-12-31", "2025-13-40", "9999-01-01"};
        snprintf(idbuf, sizeof idbuf, "d%zu", rec);
        pg_document d = {*s ? s : idbuf, s, tn ? dates[t[0] % 5] : "", s, s};
        int dup;
        *last_doc = (ptrdiff_t)pg_graph_add_document(g, &d, &dup);
        break;
    }
    case 9:
        if (nn && tn >= 3) {
            size_t a = t[0] % nn, b = t[1] % nn;
            pg_rel_type type = (pg_rel_type)(t[2] % PG_REL_NTYPES);
            if (pg_rel_is_symmetric(type) && strcmp(pg_graph_node(g, a)->id, pg_graph_node(g, b)->id) > 0) {
                size_t x = a;
                a = b;
                b = x;
            }
            *last_edge = (ptrdiff_t)pg_graph_add_edge(g, a, b, type);
            char *text = fuzz_utf8(t + 3, tn - 3);
            pg_evidence ev = {.doc = doc,
                              .sentence = rec,
                              .start = rec,
                              .end = rec + tn,
                              .in_title = (t[2] & 16) != 0,
                              .text = text,
                              .quote = "",
                              .date = t[2] & 8 ? "2025-02-12" : ""};
            pg_graph_edge_add_evidence(g, (size_t)*last_edge, &ev);
            free(text);
        }
        break;
    case 10:
        if (*last_edge >= 0) {
            pg_evidence ev = {.doc = doc, .end = tn, .text = s, .quote = s, .date = tn & 1 ? "2024-01-01" : ""};
            pg_graph_edge_add_evidence(g, (size_t)*last_edge, &ev);
        }
        break;
    case 11:
        if (*last_node >= 0 && tn >= 8) {
            double v;
            memcpy(&v, t, sizeof v);
            char *name = fuzz_utf8(t + 8, tn - 8);
            pg_graph_node_set_metric(g, (size_t)*last_node, *name ? name : "pagerank", v);
            free(name);
        }
        break;
    case 12:
        if (*last_node >= 0 && tn)
            pg_graph_node_add_mentions(g, (size_t)*last_node, t[0]);
        break;
    case 13:
        free(fb->title);
        fb->title = strdup(s);
        break;
    default:
        if (*last_node >= 0)
            pg_graph_node_add_alias(g, (size_t)*last_node, s);
        break;
    }
    free(s);
}

/* Builds the graph described by data[0..size) with at most `max_nodes`
 * actors. Free with fuzz_built_free. */
static void fuzz_build(fuzz_built *fb, const uint8_t *data, size_t size, size_t max_nodes)
{
    fb->g = pg_graph_new();
    fb->title = NULL;
    ptrdiff_t last_node = -1, last_edge = -1, last_doc = -1;
    size_t rec = 0;
    for (size_t i = 0; i < size;) {
        const uint8_t *z = memchr(data + i, 0, size - i);
        size_t e = z ? (size_t)(z - data) : size;
        if (e > i)
            fuzz_build_record(fb, data + i, e - i, rec++, max_nodes, &last_node, &last_edge, &last_doc);
        i = e + 1;
    }
}

static void fuzz_built_free(fuzz_built *fb)
{
    pg_graph_free(fb->g);
    free(fb->title);
    fb->g = NULL;
    fb->title = NULL;
}

#endif
