/* export.c — writers for other tools' formats: GraphML, GML, CSV (Gephi),
 * NetworkX node-link JSON, the event table (TSV), and DOT through draw.c
 * and the Graphviz adapter. Each writer sorts the graph first and escapes
 * article text for its format; docs/EXPORT.md describes the output. */
#include "polgraph/export.h"

#include <inttypes.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "buf.h"
#include "jsonw.h"
#include "mem.h"
#include "polgraph/draw.h"
#include "polgraph/outfile.h"
#include "utf8.h"

static const char *const format_names[PG_EXPORT_NFORMATS] = {"dot", "graphml", "gml", "csv", "nodelink", "events"};

int pg_export_format_parse(const char *s, pg_export_format *out)
{
    static const struct {
        const char *name;
        pg_export_format f;
    } aliases[] = {{"gv", PG_EXPORT_DOT}, {"node-link", PG_EXPORT_NODELINK}, {"json", PG_EXPORT_NODELINK},
                   {"tsv", PG_EXPORT_EVENTS}};
    if (!s)
        return -1;
    for (int i = 0; i < PG_EXPORT_NFORMATS; i++)
        if (strcasecmp(s, format_names[i]) == 0) {
            *out = (pg_export_format)i;
            return 0;
        }
    for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
        if (strcasecmp(s, aliases[i].name) == 0) {
            *out = aliases[i].f;
            return 0;
        }
    return -1;
}

const char *pg_export_format_name(pg_export_format f)
{
    return (unsigned)f < PG_EXPORT_NFORMATS ? format_names[f] : "?";
}

int pg_export_format_from_path(const char *path, pg_export_format *out)
{
    if (!path || !*path)
        return -1;
    size_t n = strlen(path);
    if (path[n - 1] == '/') {
        *out = PG_EXPORT_CSV;
        return 0;
    }
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(slash ? slash : path, '.');
    if (!dot)
        return -1;
    if (strcasecmp(dot, ".dot") == 0 || strcasecmp(dot, ".gv") == 0)
        *out = PG_EXPORT_DOT;
    else if (strcasecmp(dot, ".graphml") == 0)
        *out = PG_EXPORT_GRAPHML;
    else if (strcasecmp(dot, ".gml") == 0)
        *out = PG_EXPORT_GML;
    else if (strcasecmp(dot, ".json") == 0)
        *out = PG_EXPORT_NODELINK;
    else if (strcasecmp(dot, ".tsv") == 0)
        *out = PG_EXPORT_EVENTS;
    else
        return -1;
    return 0;
}

/* ---- shared helpers ---- */

/* Output goes through a buffer flushed every 64 KiB. */
typedef struct writer {
    FILE *out;
    pg_buf b;
    int failed;
} writer;

static void w_flush(writer *w)
{
    if (w->b.len && fwrite(w->b.p, 1, w->b.len, w->out) != w->b.len)
        w->failed = 1;
    pg_buf_reset(&w->b);
}

static void w_maybe_flush(writer *w)
{
    if (w->b.len >= 65536)
        w_flush(w);
}

static int w_finish(writer *w, pg_error *err)
{
    w_flush(w);
    pg_buf_free(&w->b);
    if (w->failed || ferror(w->out))
        return pg_error_set(err, PG_ERR_IO, "write error: %s", strerror(errno ? errno : EIO));
    return 0;
}

/* The sorted union of metric names over all nodes (borrowed pointers). */
static size_t metric_names(const pg_graph *g, const char ***out)
{
    size_t cap = 0, n = 0;
    const char **names = NULL;
    for (size_t i = 0; i < pg_graph_node_count(g); i++) {
        const pg_node *nd = pg_graph_node(g, i);
        for (size_t k = 0; k < nd->n_metrics; k++) {
            const char *m = nd->metrics[k].name;
            /* binary search in the sorted list */
            size_t lo = 0, hi = n;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                int c = strcmp(names[mid], m);
                if (c < 0)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            if (lo < n && strcmp(names[lo], m) == 0)
                continue;
            PG_GROW(names, cap, n + 1);
            memmove(names + lo + 1, names + lo, (n - lo) * sizeof *names);
            names[lo] = m;
            n++;
        }
    }
    *out = names;
    return n;
}

/* 1 and the value when node `nd` carries metric `name`. */
static int node_metric(const pg_node *nd, const char *name, double *v)
{
    for (size_t k = 0; k < nd->n_metrics; k++)
        if (strcmp(nd->metrics[k].name, name) == 0) {
            *v = nd->metrics[k].value;
            return 1;
        }
    return 0;
}

static void join(pg_buf *b, const char **items, size_t n, const char *sep)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            pg_buf_adds(b, sep);
        pg_buf_adds(b, items[i]);
    }
}

/* Attribute names every format uses for nodes; a metric with one of these
 * names is written as "metric_NAME". */
static const char *const fixed_node_keys[] = {"id",      "label",       "name",     "type",   "titles",
                                              "aliases", "handles",     "affiliation", "mentions", "key",
                                              "source",  "target"};

static int is_fixed_node_key(const char *name)
{
    for (size_t i = 0; i < sizeof fixed_node_keys / sizeof *fixed_node_keys; i++)
        if (strcasecmp(name, fixed_node_keys[i]) == 0)
            return 1;
    return 0;
}

/* The name a metric is exported under (before format escaping). */
static void metric_key(pg_buf *b, const char *name)
{
    if (is_fixed_node_key(name) || strncmp(name, "metric_", 7) == 0)
        pg_buf_adds(b, "metric_");
    pg_buf_adds(b, name);
}

static const char *first_date(const pg_graph *g, const pg_edge *e)
{
    if (!e->n_evidence)
        return "";
    const pg_evidence *ev = &e->evidence[0];
    if (ev->date && *ev->date)
        return ev->date;
    ptrdiff_t d = pg_graph_find_document(g, ev->doc);
    return d >= 0 ? pg_graph_document(g, (size_t)d)->date : "";
}

static void fmt_double(char out[40], double v)
{
    char tmp[32];
    pg_json_format_double(tmp, v);
    snprintf(out, 40, "%s", tmp);
}

/* ---- GraphML ---- */

/* XML text or attribute value: the five specials escaped, tab, line feed
 * and carriage return as character references (so attribute
 * normalisation and line-end handling keep them), characters XML 1.0
 * forbids dropped, invalid UTF-8 replaced. */
static void xml_esc(pg_buf *b, const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += pg_utf8_next(s, i, n, &cp);
        switch (cp) {
        case '&': pg_buf_adds(b, "&amp;"); break;
        case '<': pg_buf_adds(b, "&lt;"); break;
        case '>': pg_buf_adds(b, "&gt;"); break;
        case '"': pg_buf_adds(b, "&quot;"); break;
        case '\'': pg_buf_adds(b, "&apos;"); break;
        case '\t': pg_buf_adds(b, "&#9;"); break;
        case '\n': pg_buf_adds(b, "&#10;"); break;
        case '\r': pg_buf_adds(b, "&#13;"); break;
        default:
            if (pg_utf8_xml_ok(cp))
                pg_utf8_add(b, cp);
        }
    }
}

/* One <data> element; empty values are left out (readers then use the
 * key's default, and NetworkX drops empty elements anyway). */
static void graphml_data(pg_buf *b, const char *key, const char *value)
{
    if (!value || !*value)
        return;
    pg_buf_printf(b, "      <data key=\"%s\">", key);
    xml_esc(b, value);
    pg_buf_adds(b, "</data>\n");
}

static int write_graphml(pg_graph *g, FILE *out, pg_error *err)
{
    writer w = {out, {0}, 0};
    pg_buf *b = &w.b;
    const char **metrics;
    size_t nm = metric_names(g, &metrics);
    pg_buf_adds(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                   "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                   "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                   "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
                   "  <key id=\"g_title\" for=\"graph\" attr.name=\"title\" attr.type=\"string\"/>\n"
                   "  <key id=\"g_documents\" for=\"graph\" attr.name=\"documents\" attr.type=\"string\"/>\n"
                   "  <key id=\"n_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
                   "  <key id=\"n_type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
                   "  <key id=\"n_titles\" for=\"node\" attr.name=\"titles\" attr.type=\"string\"/>\n"
                   "  <key id=\"n_aliases\" for=\"node\" attr.name=\"aliases\" attr.type=\"string\"/>\n"
                   "  <key id=\"n_handles\" for=\"node\" attr.name=\"handles\" attr.type=\"string\"/>\n"
                   "  <key id=\"n_affiliation\" for=\"node\" attr.name=\"affiliation\" attr.type=\"string\"/>\n"
                   "  <key id=\"n_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>\n");
    pg_buf key = {0};
    for (size_t k = 0; k < nm; k++) {
        pg_buf_reset(&key);
        metric_key(&key, metrics[k]);
        pg_buf_printf(b, "  <key id=\"n_m%zu\" for=\"node\" attr.name=\"", k);
        xml_esc(b, pg_buf_str(&key));
        pg_buf_adds(b, "\" attr.type=\"double\"/>\n");
    }
    pg_buf_free(&key);
    pg_buf_adds(b, "  <key id=\"e_type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
                   "  <key id=\"e_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
                   "  <key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"long\"/>\n"
                   "  <key id=\"e_cameo\" for=\"edge\" attr.name=\"cameo\" attr.type=\"string\"/>\n"
                   "  <key id=\"e_directed\" for=\"edge\" attr.name=\"directed\" attr.type=\"boolean\"/>\n"
                   "  <key id=\"e_evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
                   "  <key id=\"e_quote\" for=\"edge\" attr.name=\"quote\" attr.type=\"string\"/>\n"
                   "  <key id=\"e_date\" for=\"edge\" attr.name=\"date\" attr.type=\"string\"/>\n"
                   "  <key id=\"e_doc\" for=\"edge\" attr.name=\"doc\" attr.type=\"string\"/>\n"
                   "  <key id=\"e_items\" for=\"edge\" attr.name=\"evidence_items\" attr.type=\"long\"/>\n"
                   "  <graph id=\"actors\" edgedefault=\"directed\">\n");
    char *title = pg_draw_default_title(g);
    if (*title) {
        pg_buf_adds(b, "    <data key=\"g_title\">");
        xml_esc(b, title);
        pg_buf_adds(b, "</data>\n");
    }
    free(title);
    if (pg_graph_document_count(g)) {
        pg_buf ids = {0};
        for (size_t i = 0; i < pg_graph_document_count(g); i++)
            pg_buf_printf(&ids, "%s%s", i ? "; " : "", pg_graph_document(g, i)->id);
        pg_buf_adds(b, "    <data key=\"g_documents\">");
        xml_esc(b, pg_buf_str(&ids));
        pg_buf_adds(b, "</data>\n");
        pg_buf_free(&ids);
    }

    pg_buf tmp = {0};
    for (size_t i = 0; i < pg_graph_node_count(g); i++) {
        const pg_node *nd = pg_graph_node(g, i);
        pg_buf_adds(b, "    <node id=\"");
        xml_esc(b, nd->id);
        pg_buf_adds(b, "\">\n");
        graphml_data(b, "n_label", nd->label);
        graphml_data(b, "n_type", pg_actor_type_name(nd->type));
        pg_buf_reset(&tmp);
        join(&tmp, nd->titles, nd->n_titles, "; ");
        graphml_data(b, "n_titles", pg_buf_str(&tmp));
        pg_buf_reset(&tmp);
        join(&tmp, nd->aliases, nd->n_aliases, "; ");
        graphml_data(b, "n_aliases", pg_buf_str(&tmp));
        pg_buf_reset(&tmp);
        join(&tmp, nd->handles, nd->n_handles, "; ");
        graphml_data(b, "n_handles", pg_buf_str(&tmp));
        if (nd->affiliation)
            graphml_data(b, "n_affiliation", nd->affiliation);
        pg_buf_printf(b, "      <data key=\"n_mentions\">%llu</data>\n", (unsigned long long)nd->mentions);
        for (size_t k = 0; k < nm; k++) {
            double v;
            char num[40];
            if (!node_metric(nd, metrics[k], &v))
                continue;
            fmt_double(num, v);
            pg_buf_printf(b, "      <data key=\"n_m%zu\">%s</data>\n", k, num);
        }
        pg_buf_adds(b, "    </node>\n");
        w_maybe_flush(&w);
    }
    for (size_t i = 0; i < pg_graph_edge_count(g); i++) {
        const pg_edge *e = pg_graph_edge(g, i);
        const char *rel = pg_rel_type_name(e->type);
        pg_buf_printf(b, "    <edge id=\"e%zu\" source=\"", i);
        xml_esc(b, pg_graph_node(g, e->source)->id);
        pg_buf_adds(b, "\" target=\"");
        xml_esc(b, pg_graph_node(g, e->target)->id);
        pg_buf_adds(b, "\">\n");
        graphml_data(b, "e_type", rel);
        graphml_data(b, "e_label", rel);
        pg_buf_printf(b, "      <data key=\"e_weight\">%llu</data>\n", (unsigned long long)e->weight);
        if (*pg_rel_cameo(e->type))
            graphml_data(b, "e_cameo", pg_rel_cameo(e->type));
        graphml_data(b, "e_directed", pg_rel_is_symmetric(e->type) ? "false" : "true");
        if (e->n_evidence) {
            graphml_data(b, "e_evidence", e->evidence[0].text);
            if (e->evidence[0].quote && *e->evidence[0].quote)
                graphml_data(b, "e_quote", e->evidence[0].quote);
            if (*first_date(g, e))
                graphml_data(b, "e_date", first_date(g, e));
            graphml_data(b, "e_doc", e->evidence[0].doc);
        }
        pg_buf_printf(b, "      <data key=\"e_items\">%zu</data>\n", e->n_evidence);
        pg_buf_adds(b, "    </edge>\n");
        w_maybe_flush(&w);
    }
    pg_buf_adds(b, "  </graph>\n</graphml>\n");
    pg_buf_free(&tmp);
    free(metrics);
    return w_finish(&w, err);
}

/* ---- GML ---- */

/* A GML string: ASCII only (NetworkX refuses anything else), with '&', '"'
 * and every non-ASCII or control character as an HTML character reference
 * (&amp; &quot; &#NNN;), which NetworkX and igraph decode. */
static void gml_str(pg_buf *b, const char *s)
{
    size_t n = strlen(s);
    pg_buf_addc(b, '"');
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += pg_utf8_next(s, i, n, &cp);
        if (cp == '&')
            pg_buf_adds(b, "&amp;");
        else if (cp == '"')
            pg_buf_adds(b, "&quot;");
        else if (cp == '\t' || cp == '\n' || cp == '\r')
            pg_buf_printf(b, "&#%u;", (unsigned)cp);
        else if (cp < 0x20 || cp == 0x7F || !pg_utf8_xml_ok(cp))
            continue;
        else if (cp >= 0x80)
            pg_buf_printf(b, "&#%u;", (unsigned)cp);
        else
            pg_buf_addc(b, (char)cp);
    }
    pg_buf_addc(b, '"');
}

/* A GML real: always with a decimal point (NetworkX reads "1e-05" as an
 * integer followed by junk). */
static void gml_real(pg_buf *b, double v)
{
    char tmp[32];
    pg_json_format_double(tmp, v);
    char *e = strpbrk(tmp, "eE");
    if (strchr(tmp, '.') || strstr(tmp, "null"))
        pg_buf_adds(b, strstr(tmp, "null") ? "0.0" : tmp);
    else if (e)
        pg_buf_printf(b, "%.*s.0%s", (int)(e - tmp), tmp, e);
    else
        pg_buf_printf(b, "%s.0", tmp);
}

/* A GML key: letters, digits and '_', starting with a letter ("m" is put
 * in front otherwise). */
static void gml_key(pg_buf *b, const char *name)
{
    int letter = (*name >= 'a' && *name <= 'z') || (*name >= 'A' && *name <= 'Z');
    if (!letter)
        pg_buf_addc(b, 'm');
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        int ok = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_';
        pg_buf_addc(b, ok ? (char)*p : '_');
    }
}

static void gml_attr_str(pg_buf *b, const char *indent, const char *key, const char *value)
{
    pg_buf_printf(b, "%s%s ", indent, key);
    gml_str(b, value);
    pg_buf_addc(b, '\n');
}

static int write_gml(pg_graph *g, FILE *out, pg_error *err)
{
    writer w = {out, {0}, 0};
    pg_buf *b = &w.b;
    const char **metrics;
    size_t nm = metric_names(g, &metrics);
    /* GML keys of the metrics: sanitised, prefixed when they collide with a
     * fixed key, numbered when two sanitise to the same key */
    char **keys = pg_xcalloc(nm ? nm : 1, sizeof *keys);
    pg_buf k = {0}, raw = {0};
    for (size_t i = 0; i < nm; i++) {
        pg_buf_reset(&raw);
        metric_key(&raw, metrics[i]);
        pg_buf_reset(&k);
        gml_key(&k, pg_buf_str(&raw));
        if (is_fixed_node_key(pg_buf_str(&k))) {
            pg_buf_reset(&raw);
            pg_buf_printf(&raw, "metric_%s", pg_buf_str(&k));
            pg_buf_reset(&k);
            pg_buf_adds(&k, pg_buf_str(&raw));
        }
        size_t base = k.len;
        for (unsigned suffix = 2;; suffix++) {
            int dup = 0;
            for (size_t j = 0; j < i && !dup; j++)
                dup = strcmp(keys[j], pg_buf_str(&k)) == 0;
            if (!dup)
                break;
            k.len = base;
            pg_buf_printf(&k, "_%u", suffix);
        }
        keys[i] = pg_xstrdup(pg_buf_str(&k));
    }
    pg_buf_free(&k);
    pg_buf_free(&raw);

    pg_buf_adds(b, "graph [\n  directed 1\n  multigraph 1\n");
    char *title = pg_draw_default_title(g);
    if (*title)
        gml_attr_str(b, "  ", "title", title);
    free(title);
    pg_buf tmp = {0};
    for (size_t i = 0; i < pg_graph_node_count(g); i++) {
        const pg_node *nd = pg_graph_node(g, i);
        pg_buf_printf(b, "  node [\n    id %zu\n", i);
        gml_attr_str(b, "    ", "label", nd->id);
        gml_attr_str(b, "    ", "name", nd->label);
        gml_attr_str(b, "    ", "type", pg_actor_type_name(nd->type));
        pg_buf_reset(&tmp);
        join(&tmp, nd->titles, nd->n_titles, "; ");
        gml_attr_str(b, "    ", "titles", pg_buf_str(&tmp));
        pg_buf_reset(&tmp);
        join(&tmp, nd->aliases, nd->n_aliases, "; ");
        gml_attr_str(b, "    ", "aliases", pg_buf_str(&tmp));
        pg_buf_reset(&tmp);
        join(&tmp, nd->handles, nd->n_handles, "; ");
        gml_attr_str(b, "    ", "handles", pg_buf_str(&tmp));
        gml_attr_str(b, "    ", "affiliation", nd->affiliation ? nd->affiliation : "");
        pg_buf_printf(b, "    mentions %llu\n", (unsigned long long)nd->mentions);
        for (size_t m = 0; m < nm; m++) {
            double v;
            if (!node_metric(nd, metrics[m], &v))
                continue;
            pg_buf_printf(b, "    %s ", keys[m]);
            gml_real(b, v);
            pg_buf_addc(b, '\n');
        }
        pg_buf_adds(b, "  ]\n");
        w_maybe_flush(&w);
    }
    for (size_t i = 0; i < pg_graph_edge_count(g); i++) {
        const pg_edge *e = pg_graph_edge(g, i);
        const char *rel = pg_rel_type_name(e->type);
        pg_buf_printf(b, "  edge [\n    source %zu\n    target %zu\n", e->source, e->target);
        gml_attr_str(b, "    ", "key", rel);
        gml_attr_str(b, "    ", "type", rel);
        gml_attr_str(b, "    ", "label", rel);
        pg_buf_printf(b, "    weight %llu\n", (unsigned long long)e->weight);
        gml_attr_str(b, "    ", "cameo", pg_rel_cameo(e->type));
        pg_buf_printf(b, "    directed %d\n", pg_rel_is_symmetric(e->type) ? 0 : 1);
        gml_attr_str(b, "    ", "evidence", e->n_evidence ? e->evidence[0].text : "");
        gml_attr_str(b, "    ", "quote", e->n_evidence && e->evidence[0].quote ? e->evidence[0].quote : "");
        gml_attr_str(b, "    ", "date", first_date(g, e));
        gml_attr_str(b, "    ", "doc", e->n_evidence ? e->evidence[0].doc : "");
        pg_buf_printf(b, "    evidence_items %zu\n", e->n_evidence);
        pg_buf_adds(b, "  ]\n");
        w_maybe_flush(&w);
    }
    pg_buf_adds(b, "]\n");
    pg_buf_free(&tmp);
    for (size_t i = 0; i < nm; i++)
        free(keys[i]);
    free(keys);
    free(metrics);
    return w_finish(&w, err);
}

/* ---- CSV (RFC 4180, Gephi's spreadsheet import) ---- */

/* A text cell: a leading = + - @ (or tab, carriage return) that a
 * spreadsheet would run as a formula gets an apostrophe in front; the cell
 * is quoted when it holds a comma, quote or line break, quotes doubled.
 * Invalid UTF-8 is replaced, NUL and other C0 controls but tab and line
 * breaks are dropped. */
static void csv_text(pg_buf *b, const char *s)
{
    pg_buf cell = {0};
    if (*s == '=' || *s == '+' || *s == '-' || *s == '@' || *s == '\t' || *s == '\r')
        pg_buf_addc(&cell, '\'');
    size_t n = strlen(s);
    int quote = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += pg_utf8_next(s, i, n, &cp);
        if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')
            continue;
        if (cp == '"' || cp == ',' || cp == '\n' || cp == '\r')
            quote = 1;
        if (cp == '"')
            pg_buf_addc(&cell, '"');
        pg_utf8_add(&cell, cp);
    }
    if (quote)
        pg_buf_addc(b, '"');
    pg_buf_add(b, cell.p ? cell.p : "", cell.len);
    if (quote)
        pg_buf_addc(b, '"');
    pg_buf_free(&cell);
}

#define CSV_EOL "\r\n"

int pg_export_csv_nodes(pg_graph *g, FILE *out, pg_error *err)
{
    pg_graph_sort(g);
    writer w = {out, {0}, 0};
    pg_buf *b = &w.b;
    const char **metrics;
    size_t nm = metric_names(g, &metrics);
    pg_buf_adds(b, "Id,Label,Type,Titles,Aliases,Handles,Affiliation,Mentions");
    pg_buf key = {0};
    for (size_t k = 0; k < nm; k++) {
        pg_buf_reset(&key);
        metric_key(&key, metrics[k]);
        pg_buf_addc(b, ',');
        csv_text(b, pg_buf_str(&key));
    }
    pg_buf_free(&key);
    pg_buf_adds(b, CSV_EOL);
    pg_buf tmp = {0};
    for (size_t i = 0; i < pg_graph_node_count(g); i++) {
        const pg_node *nd = pg_graph_node(g, i);
        csv_text(b, nd->id);
        pg_buf_addc(b, ',');
        csv_text(b, nd->label);
        pg_buf_printf(b, ",%s,", pg_actor_type_name(nd->type));
        pg_buf_reset(&tmp);
        join(&tmp, nd->titles, nd->n_titles, "; ");
        csv_text(b, pg_buf_str(&tmp));
        pg_buf_addc(b, ',');
        pg_buf_reset(&tmp);
        join(&tmp, nd->aliases, nd->n_aliases, "; ");
        csv_text(b, pg_buf_str(&tmp));
        pg_buf_addc(b, ',');
        pg_buf_reset(&tmp);
        join(&tmp, nd->handles, nd->n_handles, "; ");
        csv_text(b, pg_buf_str(&tmp));
        pg_buf_addc(b, ',');
        csv_text(b, nd->affiliation ? nd->affiliation : "");
        pg_buf_printf(b, ",%llu", (unsigned long long)nd->mentions);
        for (size_t k = 0; k < nm; k++) {
            double v;
            char num[40];
            pg_buf_addc(b, ',');
            if (node_metric(nd, metrics[k], &v)) {
                fmt_double(num, v);
                pg_buf_adds(b, num);
            }
        }
        pg_buf_adds(b, CSV_EOL);
        w_maybe_flush(&w);
    }
    pg_buf_free(&tmp);
    free(metrics);
    return w_finish(&w, err);
}

int pg_export_csv_edges(pg_graph *g, FILE *out, pg_error *err)
{
    pg_graph_sort(g);
    writer w = {out, {0}, 0};
    pg_buf *b = &w.b;
    pg_buf_adds(b, "Source,Target,Type,Weight,Label,Cameo,Date,Evidence,Quote,Doc,Items" CSV_EOL);
    for (size_t i = 0; i < pg_graph_edge_count(g); i++) {
        const pg_edge *e = pg_graph_edge(g, i);
        const pg_evidence *ev = e->n_evidence ? &e->evidence[0] : NULL;
        csv_text(b, pg_graph_node(g, e->source)->id);
        pg_buf_addc(b, ',');
        csv_text(b, pg_graph_node(g, e->target)->id);
        pg_buf_printf(b, ",%s,%llu,%s,%s,", pg_rel_is_symmetric(e->type) ? "Undirected" : "Directed",
                      (unsigned long long)e->weight, pg_rel_type_name(e->type), pg_rel_cameo(e->type));
        csv_text(b, first_date(g, e));
        pg_buf_addc(b, ',');
        csv_text(b, ev ? ev->text : "");
        pg_buf_addc(b, ',');
        csv_text(b, ev && ev->quote ? ev->quote : "");
        pg_buf_addc(b, ',');
        csv_text(b, ev ? ev->doc : "");
        pg_buf_printf(b, ",%zu" CSV_EOL, e->n_evidence);
        w_maybe_flush(&w);
    }
    return w_finish(&w, err);
}

void pg_export_csv_paths(const char *dest, char **nodes_path, char **edges_path)
{
    size_t n = strlen(dest);
    struct stat st;
    pg_buf a = {0}, b = {0};
    if (n && dest[n - 1] == '/') {
        pg_buf_printf(&a, "%snodes.csv", dest);
        pg_buf_printf(&b, "%sedges.csv", dest);
    } else if (stat(dest, &st) == 0 && S_ISDIR(st.st_mode)) {
        pg_buf_printf(&a, "%s/nodes.csv", dest);
        pg_buf_printf(&b, "%s/edges.csv", dest);
    } else {
        pg_buf_printf(&a, "%s-nodes.csv", dest);
        pg_buf_printf(&b, "%s-edges.csv", dest);
    }
    *nodes_path = pg_buf_steal(&a);
    *edges_path = pg_buf_steal(&b);
}

/* ---- node-link JSON (NetworkX) ---- */

static void json_strs(pg_buf *b, const char **items, size_t n)
{
    pg_buf_addc(b, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            pg_buf_adds(b, ", ");
        pg_json_str(b, items[i]);
    }
    pg_buf_addc(b, ']');
}

static int write_nodelink(pg_graph *g, FILE *out, pg_error *err)
{
    writer w = {out, {0}, 0};
    pg_buf *b = &w.b;
    pg_buf key = {0};
    pg_buf_adds(b, "{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {\"title\": ");
    char *title = pg_draw_default_title(g);
    pg_json_str(b, title);
    free(title);
    pg_buf_adds(b, ", \"documents\": [");
    for (size_t i = 0; i < pg_graph_document_count(g); i++) {
        const pg_document *d = pg_graph_document(g, i);
        pg_buf_adds(b, i ? ", {\"id\": " : "{\"id\": ");
        pg_json_str(b, d->id);
        pg_buf_adds(b, ", \"title\": ");
        pg_json_str(b, d->title);
        pg_buf_adds(b, ", \"date\": ");
        pg_json_str(b, d->date);
        pg_buf_adds(b, ", \"source\": ");
        pg_json_str(b, d->source);
        pg_buf_adds(b, ", \"url\": ");
        pg_json_str(b, d->url);
        pg_buf_addc(b, '}');
    }
    pg_buf_adds(b, "]},\n  \"nodes\": [");
    for (size_t i = 0; i < pg_graph_node_count(g); i++) {
        const pg_node *nd = pg_graph_node(g, i);
        pg_buf_adds(b, i ? ",\n    {\"id\": " : "\n    {\"id\": ");
        pg_json_str(b, nd->id);
        pg_buf_adds(b, ", \"label\": ");
        pg_json_str(b, nd->label);
        pg_buf_printf(b, ", \"type\": \"%s\", \"titles\": ", pg_actor_type_name(nd->type));
        json_strs(b, nd->titles, nd->n_titles);
        pg_buf_adds(b, ", \"aliases\": ");
        json_strs(b, nd->aliases, nd->n_aliases);
        pg_buf_adds(b, ", \"handles\": ");
        json_strs(b, nd->handles, nd->n_handles);
        pg_buf_adds(b, ", \"affiliation\": ");
        if (nd->affiliation)
            pg_json_str(b, nd->affiliation);
        else
            pg_buf_adds(b, "null");
        pg_buf_printf(b, ", \"mentions\": %llu", (unsigned long long)nd->mentions);
        for (size_t k = 0; k < nd->n_metrics; k++) {
            pg_buf_reset(&key);
            metric_key(&key, nd->metrics[k].name);
            pg_buf_adds(b, ", ");
            pg_json_str(b, pg_buf_str(&key));
            pg_buf_adds(b, ": ");
            pg_json_num(b, nd->metrics[k].value);
        }
        pg_buf_addc(b, '}');
        w_maybe_flush(&w);
    }
    pg_buf_adds(b, "\n  ],\n  \"links\": [");
    for (size_t i = 0; i < pg_graph_edge_count(g); i++) {
        const pg_edge *e = pg_graph_edge(g, i);
        const char *rel = pg_rel_type_name(e->type);
        pg_buf_adds(b, i ? ",\n    {\"source\": " : "\n    {\"source\": ");
        pg_json_str(b, pg_graph_node(g, e->source)->id);
        pg_buf_adds(b, ", \"target\": ");
        pg_json_str(b, pg_graph_node(g, e->target)->id);
        pg_buf_printf(b, ", \"key\": \"%s\", \"type\": \"%s\", \"weight\": %llu, \"cameo\": \"%s\", \"directed\": %s", rel,
                      rel, (unsigned long long)e->weight, pg_rel_cameo(e->type),
                      pg_rel_is_symmetric(e->type) ? "false" : "true");
        pg_buf_adds(b, ", \"date\": ");
        pg_json_str(b, first_date(g, e));
        pg_buf_adds(b, ", \"evidence\": [");
        for (size_t k = 0; k < e->n_evidence; k++) {
            const pg_evidence *ev = &e->evidence[k];
            pg_buf_adds(b, k ? ", {\"doc\": " : "{\"doc\": ");
            pg_json_str(b, ev->doc);
            pg_buf_printf(b, ", \"sentence\": %" PRIu32 "%s, \"date\": ", ev->sentence,
                          ev->in_title ? ", \"part\": \"title\"" : "");
            pg_json_str(b, ev->date);
            pg_buf_adds(b, ", \"text\": ");
            pg_json_str(b, ev->text);
            pg_buf_adds(b, ", \"quote\": ");
            pg_json_str(b, ev->quote);
            pg_buf_addc(b, '}');
        }
        pg_buf_adds(b, "]}");
        w_maybe_flush(&w);
    }
    pg_buf_adds(b, "\n  ]\n}\n");
    pg_buf_free(&key);
    return w_finish(&w, err);
}

/* ---- events (TSV) ---- */

/* A TSV cell: tabs and line breaks become spaces (a row is one line); a
 * cell holding '"' is quoted with the quotes doubled, as R's read.delim,
 * readr and pandas expect. Other C0 controls are dropped. */
static void tsv_text(pg_buf *b, const char *s)
{
    pg_buf cell = {0};
    size_t n = strlen(s);
    int quote = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += pg_utf8_next(s, i, n, &cp);
        if (cp == '\t' || cp == '\n') {
            pg_buf_addc(&cell, ' ');
            continue;
        }
        if (cp == '\r') {
            if (i < n && s[i] == '\n')
                i++;
            pg_buf_addc(&cell, ' ');
            continue;
        }
        if (cp < 0x20)
            continue;
        if (cp == '"') {
            quote = 1;
            pg_buf_addc(&cell, '"');
        }
        pg_utf8_add(&cell, cp);
    }
    if (quote)
        pg_buf_addc(b, '"');
    pg_buf_add(b, cell.p ? cell.p : "", cell.len);
    if (quote)
        pg_buf_addc(b, '"');
    pg_buf_free(&cell);
}

typedef struct event_row {
    size_t edge;
    const pg_evidence *ev; /* NULL: a relation without stored evidence */
    const char *date;
} event_row;

static int event_cmp(const void *pa, const void *pb)
{
    const event_row *a = pa, *b = pb;
    if (!*a->date != !*b->date)
        return *a->date ? -1 : 1; /* undated rows last */
    int c = strcmp(a->date, b->date);
    if (c)
        return c;
    if (a->ev && b->ev && (c = pg_evidence_cmp(a->ev, b->ev)) != 0)
        return c;
    if (!a->ev != !b->ev)
        return a->ev ? -1 : 1;
    return a->edge < b->edge ? -1 : a->edge > b->edge;
}

static int write_events(pg_graph *g, FILE *out, pg_error *err)
{
    size_t m = pg_graph_edge_count(g), n = 0, cap = 0;
    event_row *rows = NULL;
    for (size_t i = 0; i < m; i++) {
        const pg_edge *e = pg_graph_edge(g, i);
        if (e->type == PG_REL_AFFILIATION)
            continue; /* structure, not an event */
        size_t k = 0;
        do {
            PG_GROW(rows, cap, n + 1);
            const pg_evidence *ev = e->n_evidence ? &e->evidence[k] : NULL;
            const char *date = "";
            if (ev && ev->date && *ev->date)
                date = ev->date;
            else if (ev) {
                ptrdiff_t d = pg_graph_find_document(g, ev->doc);
                date = d >= 0 ? pg_graph_document(g, (size_t)d)->date : "";
            }
            rows[n++] = (event_row){i, ev, date ? date : ""};
        } while (++k < e->n_evidence);
    }
    pg_qsort(rows, n, sizeof *rows, event_cmp); /* rows is NULL when there are no events */

    writer w = {out, {0}, 0};
    pg_buf *b = &w.b;
    pg_buf_adds(b, "date\tsource\tsource_type\trelation\tcameo\ttarget\ttarget_type\tdoc\tsentence\t"
                   "quote\tsource_id\ttarget_id\tdirected\tsentence_index\tpart\n");
    for (size_t r = 0; r < n; r++) {
        const pg_edge *e = pg_graph_edge(g, rows[r].edge);
        const pg_node *s = pg_graph_node(g, e->source), *t = pg_graph_node(g, e->target);
        const pg_evidence *ev = rows[r].ev;
        tsv_text(b, rows[r].date);
        pg_buf_addc(b, '\t');
        tsv_text(b, s->label);
        pg_buf_printf(b, "\t%s\t%s\t%s\t", pg_actor_type_name(s->type), pg_rel_type_name(e->type),
                      pg_rel_cameo(e->type));
        tsv_text(b, t->label);
        pg_buf_printf(b, "\t%s\t", pg_actor_type_name(t->type));
        tsv_text(b, ev ? ev->doc : "");
        pg_buf_addc(b, '\t');
        tsv_text(b, ev ? ev->text : "");
        pg_buf_addc(b, '\t');
        tsv_text(b, ev && ev->quote ? ev->quote : "");
        pg_buf_addc(b, '\t');
        tsv_text(b, s->id);
        pg_buf_addc(b, '\t');
        tsv_text(b, t->id);
        pg_buf_printf(b, "\t%s\t", pg_rel_is_symmetric(e->type) ? "false" : "true");
        if (ev)
            pg_buf_printf(b, "%" PRIu32 "\t%s", ev->sentence, ev->in_title ? "title" : "text");
        else
            pg_buf_addc(b, '\t');
        pg_buf_addc(b, '\n');
        w_maybe_flush(&w);
    }
    free(rows);
    return w_finish(&w, err);
}

/* ---- DOT ---- */

static int write_dot(pg_graph *g, FILE *out, pg_error *err)
{
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    o.compute_metrics = 0; /* export what the graph holds */
    return pg_draw_write(g, &o, PG_DRAW_DOT, 0, 0, out, err);
}

/* ---- entry points ---- */

int pg_export_write(pg_graph *g, pg_export_format f, FILE *out, pg_error *err)
{
    pg_graph_sort(g);
    switch (f) {
    case PG_EXPORT_DOT: return write_dot(g, out, err);
    case PG_EXPORT_GRAPHML: return write_graphml(g, out, err);
    case PG_EXPORT_GML: return write_gml(g, out, err);
    case PG_EXPORT_NODELINK: return write_nodelink(g, out, err);
    case PG_EXPORT_EVENTS: return write_events(g, out, err);
    case PG_EXPORT_CSV: break;
    }
    return pg_error_set(err, PG_ERR_USAGE, "csv is two files: use pg_export_save or pg_export_csv_nodes/_edges");
}

int pg_export_save(pg_graph *g, pg_export_format f, const char *path, pg_error *err)
{
    if (f != PG_EXPORT_CSV) {
        pg_outfile *o = pg_outfile_open(path, err);
        if (!o)
            return -1;
        if (pg_export_write(g, f, pg_outfile_fp(o), err) != 0) {
            pg_error_prefix(err, "%s", pg_outfile_path(o));
            pg_outfile_abort(o);
            return -1;
        }
        return pg_outfile_commit(o, err);
    }
    if (!path || strcmp(path, "-") == 0)
        return pg_error_set(err, PG_ERR_USAGE, "csv writes two files (nodes.csv, edges.csv): give -o DIR/ or -o PREFIX");
    char *np, *ep;
    pg_export_csv_paths(path, &np, &ep);
    int rc = -1;
    pg_outfile *on = pg_outfile_open(np, err), *oe = on ? pg_outfile_open(ep, err) : NULL;
    if (on && oe) {
        if (pg_export_csv_nodes(g, pg_outfile_fp(on), err) != 0)
            pg_error_prefix(err, "%s", np);
        else if (pg_export_csv_edges(g, pg_outfile_fp(oe), err) != 0)
            pg_error_prefix(err, "%s", ep);
        else {
            rc = pg_outfile_commit(on, err);
            on = NULL;
            if (rc == 0)
                rc = pg_outfile_commit(oe, err);
            oe = NULL;
        }
    }
    pg_outfile_abort(on);
    pg_outfile_abort(oe);
    free(np);
    free(ep);
    return rc;
}
