/* graph_json.c — graph JSON: the writer (fixed key order, one record per
 * line, byte-stable) and the validating loader (jansson). The format is
 * documented in docs/FORMAT.md; keep the two in step. */
#include <errno.h>
#include <inttypes.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "graph_internal.h"
#include "jsonw.h"
#include "mem.h"
#include "polgraph/graph.h"
#include "polgraph/outfile.h"

#define PG_FORMAT_NAME "polgraph-graph"
#define PG_FORMAT_VERSION 1

/* ---- writer ---- */

static int flush_buf(pg_buf *b, FILE *out, int force)
{
    if (b->len >= (1u << 16) || (force && b->len)) {
        if (fwrite(b->p, 1, b->len, out) != b->len)
            return -1;
        pg_buf_reset(b);
    }
    return 0;
}

static void write_strlist(pg_buf *b, const char *key, const char **v, size_t n)
{
    pg_buf_adds(b, ", \"");
    pg_buf_adds(b, key);
    pg_buf_adds(b, "\": [");
    for (size_t i = 0; i < n; i++) {
        if (i)
            pg_buf_adds(b, ", ");
        pg_json_str(b, v[i]);
    }
    pg_buf_addc(b, ']');
}

static void write_node(pg_buf *b, const pg_node *n)
{
    pg_buf_adds(b, "{\"id\": ");
    pg_json_str(b, n->id);
    pg_buf_adds(b, ", \"label\": ");
    pg_json_str(b, n->label);
    pg_buf_adds(b, ", \"type\": \"");
    pg_buf_adds(b, pg_actor_type_name(n->type));
    pg_buf_addc(b, '"');
    write_strlist(b, "aliases", n->aliases, n->n_aliases);
    write_strlist(b, "titles", n->titles, n->n_titles);
    if (n->affiliation) {
        pg_buf_adds(b, ", \"affiliation\": ");
        pg_json_str(b, n->affiliation);
    }
    write_strlist(b, "handles", n->handles, n->n_handles);
    pg_buf_adds(b, ", \"mentions\": ");
    pg_buf_add_u64(b, n->mentions);
    pg_buf_adds(b, ", \"metrics\": {");
    for (size_t i = 0; i < n->n_metrics; i++) {
        if (i)
            pg_buf_adds(b, ", ");
        pg_json_str(b, n->metrics[i].name);
        pg_buf_adds(b, ": ");
        pg_json_num(b, n->metrics[i].value);
    }
    pg_buf_adds(b, "}}");
}

static void write_evidence(pg_buf *b, const pg_evidence *ev)
{
    pg_buf_adds(b, "{\"doc\": ");
    pg_json_str(b, ev->doc);
    pg_buf_adds(b, ", \"sentence\": ");
    pg_buf_add_u64(b, ev->sentence);
    pg_buf_adds(b, ", \"start\": ");
    pg_buf_add_u64(b, ev->start);
    pg_buf_adds(b, ", \"end\": ");
    pg_buf_add_u64(b, ev->end);
    if (ev->in_title)
        pg_buf_adds(b, ", \"part\": \"title\"");
    pg_buf_adds(b, ", \"text\": ");
    pg_json_str(b, ev->text);
    if (ev->quote && *ev->quote) {
        pg_buf_adds(b, ", \"quote\": ");
        pg_json_str(b, ev->quote);
    }
    pg_buf_adds(b, ", \"date\": ");
    pg_json_str(b, ev->date);
    pg_buf_addc(b, '}');
}

int pg_graph_write_json(pg_graph *g, FILE *out, pg_error *err)
{
    pg_graph_sort(g);
    if (pg_graph_documents_error(g, err) != 0)
        return -1;
    pg_buf b = {0};
    int rc = 0;
    pg_buf_printf(&b, "{\n  \"format\": \"%s\",\n  \"version\": %d,\n  \"documents\": [", PG_FORMAT_NAME,
                  PG_FORMAT_VERSION);
    size_t nd = pg_graph_document_count(g);
    for (size_t i = 0; i < nd && rc == 0; i++) {
        const pg_document *d = pg_graph_document(g, i);
        pg_buf_adds(&b, i ? ",\n    {\"id\": " : "\n    {\"id\": ");
        pg_json_str(&b, d->id);
        pg_buf_adds(&b, ", \"title\": ");
        pg_json_str(&b, d->title);
        pg_buf_adds(&b, ", \"date\": ");
        pg_json_str(&b, d->date);
        pg_buf_adds(&b, ", \"source\": ");
        pg_json_str(&b, d->source);
        pg_buf_adds(&b, ", \"url\": ");
        pg_json_str(&b, d->url);
        pg_buf_addc(&b, '}');
        rc = flush_buf(&b, out, 0);
    }
    pg_buf_adds(&b, nd ? "\n  ],\n  \"nodes\": [" : "],\n  \"nodes\": [");
    size_t nn = pg_graph_node_count(g);
    for (size_t i = 0; i < nn && rc == 0; i++) {
        pg_buf_adds(&b, i ? ",\n    " : "\n    ");
        write_node(&b, pg_graph_node(g, i));
        rc = flush_buf(&b, out, 0);
    }
    pg_buf_adds(&b, nn ? "\n  ],\n  \"edges\": [" : "],\n  \"edges\": [");
    size_t ne = pg_graph_edge_count(g);
    for (size_t i = 0; i < ne && rc == 0; i++) {
        const pg_edge *e = pg_graph_edge(g, i);
        pg_buf_adds(&b, i ? ",\n    {\"source\": " : "\n    {\"source\": ");
        pg_json_str(&b, pg_graph_node(g, e->source)->id);
        pg_buf_adds(&b, ", \"target\": ");
        pg_json_str(&b, pg_graph_node(g, e->target)->id);
        pg_buf_adds(&b, ", \"type\": \"");
        pg_buf_adds(&b, pg_rel_type_name(e->type));
        pg_buf_adds(&b, "\", \"weight\": ");
        pg_buf_add_u64(&b, e->weight);
        if (*pg_rel_cameo(e->type)) {
            pg_buf_adds(&b, ", \"cameo\": \"");
            pg_buf_adds(&b, pg_rel_cameo(e->type));
            pg_buf_addc(&b, '"');
        }
        pg_buf_adds(&b, ", \"evidence\": [");
        for (size_t k = 0; k < e->n_evidence; k++) {
            pg_buf_adds(&b, k ? ",\n      " : "\n      ");
            write_evidence(&b, &e->evidence[k]);
        }
        pg_buf_adds(&b, e->n_evidence ? "\n    ]}" : "]}");
        rc = flush_buf(&b, out, 0);
    }
    pg_buf_adds(&b, ne ? "\n  ]\n}\n" : "]\n}\n");
    if (rc == 0)
        rc = flush_buf(&b, out, 1);
    pg_buf_free(&b);
    if (rc != 0 || ferror(out))
        return pg_error_set(err, PG_ERR_IO, "write error: %s", strerror(errno));
    return 0;
}

int pg_graph_save(pg_graph *g, const char *path, pg_error *err)
{
    pg_outfile *o = pg_outfile_open(path, err);
    if (!o)
        return -1;
    if (pg_graph_write_json(g, pg_outfile_fp(o), err) != 0) {
        pg_outfile_abort(o);
        return pg_error_prefix(err, "cannot write '%s'", path ? path : "-");
    }
    return pg_outfile_commit(o, err);
}

/* ---- loader ---- */

typedef struct {
    const char *name; /* file name for messages */
    pg_error *err;
} ctx_t;

static int fail(ctx_t *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(ctx_t *c, const char *fmt, ...)
{
    char msg[PG_ERROR_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return pg_error_set(c->err, PG_ERR_INPUT, "%s: %s", c->name, msg);
}

/* A string member; required ones fail when missing, optional ones give
 * `dflt`. Returns 0 or -1. */
static int get_str(ctx_t *c, json_t *obj, const char *key, const char *where, size_t idx, int required,
                   const char *dflt, const char **out)
{
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v)) {
        if (required)
            return fail(c, "%s[%zu]: missing required field '%s'", where, idx, key);
        *out = dflt;
        return 0;
    }
    if (!json_is_string(v))
        return fail(c, "%s[%zu].%s: expected a string", where, idx, key);
    *out = json_string_value(v);
    return 0;
}

static int get_uint(ctx_t *c, json_t *obj, const char *key, const char *where, size_t idx, int required,
                    uint64_t dflt, uint64_t *out)
{
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v)) {
        if (required)
            return fail(c, "%s[%zu]: missing required field '%s'", where, idx, key);
        *out = dflt;
        return 0;
    }
    if (!json_is_integer(v) || json_integer_value(v) < 0)
        return fail(c, "%s[%zu].%s: expected a non-negative integer", where, idx, key);
    *out = (uint64_t)json_integer_value(v);
    return 0;
}

static int get_array(ctx_t *c, json_t *obj, const char *key, const char *where, size_t idx, json_t **out)
{
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v)) {
        *out = NULL;
        return 0;
    }
    if (!json_is_array(v)) {
        if (where)
            return fail(c, "%s[%zu].%s: expected an array", where, idx, key);
        return fail(c, "'%s' must be an array", key);
    }
    *out = v;
    return 0;
}

typedef void (*add_str_fn)(pg_graph *, size_t, const char *);

static int load_strlist(ctx_t *c, pg_graph *g, size_t node, json_t *obj, const char *key, size_t idx,
                        add_str_fn add)
{
    json_t *arr;
    if (get_array(c, obj, key, "nodes", idx, &arr) != 0)
        return -1;
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v)
    {
        if (!json_is_string(v))
            return fail(c, "nodes[%zu].%s[%zu]: expected a string", idx, key, i);
        add(g, node, json_string_value(v));
    }
    return 0;
}

static int load_documents(ctx_t *c, pg_graph *g, json_t *root)
{
    json_t *docs;
    if (get_array(c, root, "documents", NULL, 0, &docs) != 0)
        return -1;
    size_t i;
    json_t *d;
    json_array_foreach(docs, i, d)
    {
        if (!json_is_object(d))
            return fail(c, "documents[%zu]: expected an object", i);
        pg_document doc;
        if (get_str(c, d, "id", "documents", i, 1, "", &doc.id) || get_str(c, d, "title", "documents", i, 0, "", &doc.title) ||
            get_str(c, d, "date", "documents", i, 0, "", &doc.date) ||
            get_str(c, d, "source", "documents", i, 0, "", &doc.source) ||
            get_str(c, d, "url", "documents", i, 0, "", &doc.url))
            return -1;
        if (!*doc.id)
            return fail(c, "documents[%zu].id: must not be empty", i);
        int dup;
        pg_graph_add_document(g, &doc, &dup);
        if (dup)
            return fail(c, "documents[%zu]: duplicate document id '%s'", i, doc.id);
    }
    return 0;
}

/* 1 when a node id holds a character some export format cannot carry
 * (C0 controls, DEL, U+FFFE, U+FFFF): dropped there, two ids could become
 * one node. */
static int id_has_control(const char *id)
{
    for (const unsigned char *p = (const unsigned char *)id; *p; p++)
        if (*p < 0x20 || *p == 0x7F || (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)))
            return 1;
    return 0;
}

static int load_nodes(ctx_t *c, pg_graph *g, json_t *root)
{
    json_t *nodes = json_object_get(root, "nodes");
    if (!nodes)
        return fail(c, "missing required field 'nodes'");
    if (!json_is_array(nodes))
        return fail(c, "'nodes' must be an array");
    size_t i;
    json_t *o;
    json_array_foreach(nodes, i, o)
    {
        if (!json_is_object(o))
            return fail(c, "nodes[%zu]: expected an object", i);
        const char *id = NULL, *label = NULL, *type = NULL;
        uint64_t mentions = 0;
        if (get_str(c, o, "id", "nodes", i, 1, NULL, &id) || get_str(c, o, "label", "nodes", i, 1, NULL, &label) ||
            get_str(c, o, "type", "nodes", i, 1, NULL, &type) ||
            get_uint(c, o, "mentions", "nodes", i, 0, 0, &mentions))
            return -1;
        if (!*id)
            return fail(c, "nodes[%zu].id: must not be empty", i);
        if (id_has_control(id))
            return fail(c, "nodes[%zu].id: control characters are not allowed", i);
        if (*id == '%') /* cgraph reads such DOT names as anonymous nodes (and leaks them) */
            return fail(c, "nodes[%zu].id: must not begin with '%%' (Graphviz reserves such names)", i);
        pg_actor_type t;
        if (pg_actor_type_parse(type, &t) != 0)
            return fail(c, "nodes[%zu].type: '%s' is not one of person, country, organization", i, type);
        if (pg_graph_find_node(g, id) >= 0)
            return fail(c, "nodes[%zu]: duplicate node id '%s'", i, id);
        size_t n = pg_graph_add_node(g, id, label, t);
        if (load_strlist(c, g, n, o, "aliases", i, pg_graph_node_add_alias) ||
            load_strlist(c, g, n, o, "titles", i, pg_graph_node_add_title) ||
            load_strlist(c, g, n, o, "handles", i, pg_graph_node_add_handle))
            return -1;
        pg_graph_node_add_mentions(g, n, mentions);
        json_t *m = json_object_get(o, "metrics");
        if (m && !json_is_null(m)) {
            if (!json_is_object(m))
                return fail(c, "nodes[%zu].metrics: expected an object", i);
            const char *k;
            json_t *v;
            json_object_foreach(m, k, v)
            {
                if (json_is_null(v))
                    continue;
                if (!json_is_number(v))
                    return fail(c, "nodes[%zu].metrics.%s: expected a number", i, k);
                pg_graph_node_set_metric(g, n, k, json_number_value(v));
            }
        }
    }
    /* affiliations may point forward, so check them once all nodes exist */
    json_array_foreach(nodes, i, o)
    {
        const char *aff = NULL;
        if (get_str(c, o, "affiliation", "nodes", i, 0, NULL, &aff))
            return -1;
        if (!aff || !*aff)
            continue;
        if (pg_graph_find_node(g, aff) < 0)
            return fail(c, "nodes[%zu].affiliation: unknown node '%s'", i, aff);
        pg_graph_node_set_affiliation(g, (size_t)pg_graph_find_node(g, json_string_value(json_object_get(o, "id"))),
                                      aff);
    }
    return 0;
}

static int load_evidence(ctx_t *c, pg_graph *g, size_t edge, json_t *o, size_t i, size_t *count)
{
    json_t *arr;
    if (get_array(c, o, "evidence", "edges", i, &arr) != 0)
        return -1;
    size_t k;
    json_t *ev;
    *count = 0;
    json_array_foreach(arr, k, ev)
    {
        char where[64];
        snprintf(where, sizeof where, "edges[%zu].evidence", i);
        if (!json_is_object(ev))
            return fail(c, "%s[%zu]: expected an object", where, k);
        pg_evidence e = {0};
        uint64_t sentence = 0, start = 0, end = 0;
        const char *part = "text";
        if (get_str(c, ev, "doc", where, k, 1, NULL, &e.doc) || get_str(c, ev, "text", where, k, 0, "", &e.text) ||
            get_str(c, ev, "part", where, k, 0, "text", &part) ||
            get_str(c, ev, "quote", where, k, 0, "", &e.quote) || get_str(c, ev, "date", where, k, 0, "", &e.date) ||
            get_uint(c, ev, "sentence", where, k, 0, 0, &sentence) || get_uint(c, ev, "start", where, k, 0, 0, &start) ||
            get_uint(c, ev, "end", where, k, 0, 0, &end))
            return -1;
        if (end < start)
            return fail(c, "%s[%zu]: end (%" PRIu64 ") is before start (%" PRIu64 ")", where, k, end, start);
        if (end > PG_MAX_DOCUMENT_BYTES || sentence > PG_MAX_DOCUMENT_BYTES)
            return fail(c, "%s[%zu]: %s %" PRIu64 " is past the largest document polgraph reads (%zu bytes)", where,
                        k, end > PG_MAX_DOCUMENT_BYTES ? "end" : "sentence", end > PG_MAX_DOCUMENT_BYTES ? end : sentence,
                        PG_MAX_DOCUMENT_BYTES);
        if (strcmp(part, "title") != 0 && strcmp(part, "text") != 0)
            return fail(c, "%s[%zu].part: expected \"text\" or \"title\", got '%s'", where, k, part);
        e.in_title = part[1] == 'i';
        e.sentence = (uint32_t)sentence;
        e.start = (uint32_t)start;
        e.end = (uint32_t)end;
        pg_graph_edge_keep_evidence(g, edge, &e);
        (*count)++;
    }
    return 0;
}

static int load_edges(ctx_t *c, pg_graph *g, json_t *root)
{
    json_t *edges = json_object_get(root, "edges");
    if (!edges)
        return fail(c, "missing required field 'edges'");
    if (!json_is_array(edges))
        return fail(c, "'edges' must be an array");
    size_t i;
    json_t *o;
    json_array_foreach(edges, i, o)
    {
        if (!json_is_object(o))
            return fail(c, "edges[%zu]: expected an object", i);
        const char *src = NULL, *tgt = NULL, *type = NULL, *cameo = NULL;
        if (get_str(c, o, "source", "edges", i, 1, NULL, &src) || get_str(c, o, "target", "edges", i, 1, NULL, &tgt) ||
            get_str(c, o, "type", "edges", i, 1, NULL, &type) || get_str(c, o, "cameo", "edges", i, 0, "", &cameo))
            return -1;
        pg_rel_type t;
        if (pg_rel_type_parse(type, &t) != 0)
            return fail(c,
                        "edges[%zu].type: '%s' is not one of call, statement, criticism, support, meeting, visit, "
                        "affiliation",
                        i, type);
        ptrdiff_t s = pg_graph_find_node(g, src), d = pg_graph_find_node(g, tgt);
        if (s < 0)
            return fail(c, "edges[%zu].source: unknown node '%s'", i, src);
        if (d < 0)
            return fail(c, "edges[%zu].target: unknown node '%s'", i, tgt);
        size_t e = pg_graph_add_edge(g, (size_t)s, (size_t)d, t);
        size_t count;
        if (load_evidence(c, g, e, o, i, &count) != 0)
            return -1;
        uint64_t weight = 0;
        if (get_uint(c, o, "weight", "edges", i, 0, count ? count : 1, &weight))
            return -1;
        if (weight < count)
            return fail(c, "edges[%zu].weight: %" PRIu64 " is less than its %zu evidence items", i, weight, count);
        pg_graph_edge_add_weight(g, e, weight);
    }
    return 0;
}

static pg_graph *load_root(json_t *root, const char *name, pg_error *err)
{
    ctx_t c = {name, err};
    if (!json_is_object(root)) {
        fail(&c, "not a polgraph graph: the top level must be an object");
        return NULL;
    }
    json_t *f = json_object_get(root, "format");
    if (!json_is_string(f) || strcmp(json_string_value(f), PG_FORMAT_NAME) != 0) {
        fail(&c, "not a polgraph graph: \"format\" must be \"%s\"", PG_FORMAT_NAME);
        return NULL;
    }
    json_t *v = json_object_get(root, "version");
    if (!json_is_integer(v) || json_integer_value(v) != PG_FORMAT_VERSION) {
        fail(&c, "unsupported graph version (this polgraph reads version %d)", PG_FORMAT_VERSION);
        return NULL;
    }
    pg_graph *g = pg_graph_new();
    if (load_documents(&c, g, root) || load_nodes(&c, g, root) || load_edges(&c, g, root)) {
        pg_graph_free(g);
        return NULL;
    }
    pg_graph_sort(g);
    return g;
}

static pg_graph *parse_failed(const json_error_t *je, const char *name, pg_error *err)
{
    if (je->line > 0)
        pg_error_set(err, PG_ERR_INPUT, "%s:%d:%d: invalid JSON: %s", name, je->line, je->column, je->text);
    else
        pg_error_set(err, PG_ERR_INPUT, "%s: invalid JSON: %s", name, je->text);
    return NULL;
}

pg_graph *pg_graph_load_buffer(const char *data, size_t len, const char *name, pg_error *err)
{
    json_error_t je;
    json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
    if (!root)
        return parse_failed(&je, name, err);
    pg_graph *g = load_root(root, name, err);
    json_decref(root);
    return g;
}

pg_graph *pg_graph_load_file(const char *path, pg_error *err)
{
    json_error_t je;
    json_t *root;
    const char *name = path;
    if (strcmp(path, "-") == 0) {
        name = "<stdin>";
        root = json_loadf(stdin, JSON_REJECT_DUPLICATES, &je);
    } else {
        struct stat st;
        FILE *f = fopen(path, "rb");
        if (!f || fstat(fileno(f), &st) != 0 || S_ISDIR(st.st_mode)) {
            int e = f ? EISDIR : errno;
            if (f)
                fclose(f);
            pg_error_set(err, PG_ERR_IO, "cannot read '%s': %s", path, strerror(e));
            return NULL;
        }
        root = json_loadf(f, JSON_REJECT_DUPLICATES, &je);
        int read_error = ferror(f);
        int e = errno;
        fclose(f);
        if (!root && read_error) {
            pg_error_set(err, PG_ERR_IO, "cannot read '%s': %s", path, strerror(e));
            return NULL;
        }
    }
    if (!root)
        return parse_failed(&je, name, err);
    pg_graph *g = load_root(root, name, err);
    json_decref(root);
    return g;
}
