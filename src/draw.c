/* draw.c — drawing the actor graph: filters (a pure function from graph to
 * smaller graph), the styling tables (shape and colour by actor type,
 * colour and line by relation type, size by metric, width by weight),
 * title, legend and tooltips, and the escaping that keeps article text
 * plain text in Graphviz. Graphviz itself is reached only through
 * gv_adapter.h. */
#include "polgraph/draw.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "gv_adapter.h"
#include "jsonw.h"
#include "mem.h"
#include "polgraph/metrics.h"
#include "utf8.h"

/* ---- styling tables (docs/DRAW.md shows them) ---- */

typedef struct actor_style {
    const char *shape;
    const char *style;
    const char *fill;
    const char *border;
} actor_style;

static const actor_style actor_styles[PG_ACTOR_NTYPES] = {
    [PG_ACTOR_PERSON] = {"ellipse", "filled", "#dbeafe", "#1e40af"},
    [PG_ACTOR_COUNTRY] = {"box", "filled,rounded", "#fef3c7", "#b45309"},
    [PG_ACTOR_ORGANIZATION] = {"hexagon", "filled", "#dcfce7", "#166534"},
};

typedef struct rel_style {
    const char *color;
    const char *style;     /* Graphviz edge style */
    const char *arrowhead; /* "none" for relations without a direction */
    const char *glyph;     /* the line drawn in the legend */
} rel_style;

static const rel_style rel_styles[PG_REL_NTYPES] = {
    [PG_REL_CALL] = {"#2563eb", "dashed", "none", "\xe2\x94\x81 \xe2\x94\x81 \xe2\x94\x81"},
    [PG_REL_STATEMENT] = {"#7b8494", "solid", "normal", "\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81\xe2\x96\xb6"},
    [PG_REL_CRITICISM] = {"#dc2626", "solid", "normal", "\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81\xe2\x96\xb6"},
    [PG_REL_SUPPORT] = {"#16a34a", "solid", "normal", "\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81\xe2\x96\xb6"},
    [PG_REL_MEETING] = {"#7c3aed", "solid", "none", "\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81"},
    [PG_REL_VISIT] = {"#7c3aed", "solid", "vee", "\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81\xe2\x96\xb7"},
    [PG_REL_AFFILIATION] = {"#b4bac4", "dotted", "empty", "\xe2\x94\x88\xe2\x94\x88\xe2\x94\x88\xe2\x96\xb7"},
};

#define FONT "Helvetica,Arial,sans-serif"
#define MUTED "#4b5563"
/* Above these sizes the auto engine switches from dot to sfdp. */
#define AUTO_DOT_NODES 150
#define AUTO_DOT_EDGES 600
/* Above this many relations lines get translucent and thinner. */
#define DENSE_EDGES 400
/* Default label budget for big graphs. */
#define LABEL_ALL_UP_TO 150
#define LABEL_BIG_GRAPH 100
/* Evidence items listed in an edge tooltip, bytes kept of each sentence. */
#define TOOLTIP_EVIDENCE 5
#define TOOLTIP_SENTENCE 400

static const char *const metric_names[] = {
    "in_degree", "out_degree", "degree",      "in_strength", "out_strength", "betweenness", "betweenness_norm",
    "closeness", "harmonic",   "eigenvector", "pagerank",    "hub",          "authority",   "community",
};

/* Graphviz attributes this file sets on nodes; a metric of the same name is
 * written as "metric_NAME" in DOT so that it cannot change the drawing. */
static const char *const reserved_node_attrs[] = {
    "class", "color",  "fillcolor", "fixedsize", "fontcolor", "fontname", "fontsize", "height", "id",     "label",
    "margin", "name",  "penwidth",  "shape",     "style",     "tooltip",  "type",     "width",  "titles", "aliases",
    "handles", "affiliation", "mentions", "pos", "xlabel", "URL", "href", "group", "peripheries", "sides",
};

void pg_draw_opts_init(pg_draw_opts *o)
{
    memset(o, 0, sizeof *o);
    o->types = PG_REL_MASK_ALL;
    o->depth = 1;
    o->size_by = "pagerank";
    o->compute_metrics = 1;
    o->legend = 1;
    o->max_labels = -1;
    o->data_attrs = 1;
}

static const char *const format_names[] = {"svg", "png", "pdf", "dot"};

int pg_draw_format_parse(const char *s, pg_draw_format *out)
{
    if (!s)
        return -1;
    for (int i = 0; i < 4; i++)
        if (strcasecmp(s, format_names[i]) == 0) {
            *out = (pg_draw_format)i;
            return 0;
        }
    if (strcasecmp(s, "gv") == 0) {
        *out = PG_DRAW_DOT;
        return 0;
    }
    return -1;
}

int pg_draw_format_from_path(const char *path, pg_draw_format *out)
{
    const char *slash = path ? strrchr(path, '/') : NULL;
    const char *dot = path ? strrchr(slash ? slash : path, '.') : NULL;
    if (!dot)
        return -1;
    return pg_draw_format_parse(dot + 1, out);
}

const char *pg_draw_format_name(pg_draw_format f)
{
    return (unsigned)f < 4 ? format_names[f] : "?";
}

const char *pg_draw_auto_engine(size_t nodes, size_t edges)
{
    return nodes <= AUTO_DOT_NODES && edges <= AUTO_DOT_EDGES ? "dot" : "sfdp";
}

static int is_metric_name(const char *name)
{
    for (size_t i = 0; i < sizeof metric_names / sizeof *metric_names; i++)
        if (strcmp(name, metric_names[i]) == 0)
            return 1;
    return 0;
}

int pg_draw_size_by_known(const char *name)
{
    return name && (strcmp(name, "none") == 0 || strcmp(name, "mentions") == 0 || is_metric_name(name));
}

static const char *size_key(const pg_draw_opts *o) { return o->size_by && *o->size_by ? o->size_by : "pagerank"; }

static int node_has_metric(const pg_node *n, const char *name)
{
    for (size_t k = 0; k < n->n_metrics; k++)
        if (strcmp(n->metrics[k].name, name) == 0)
            return 1;
    return 0;
}

int pg_draw_prepare(pg_graph *g, const pg_draw_opts *o, pg_error *err)
{
    const char *key = size_key(o);
    if (strcmp(key, "none") == 0 || strcmp(key, "mentions") == 0)
        return 0;
    size_t n = pg_graph_node_count(g), have = 0;
    for (size_t i = 0; i < n; i++)
        have += node_has_metric(pg_graph_node(g, i), key);
    if (have == n || !o->compute_metrics)
        return 0;
    if (!is_metric_name(key)) {
        if (have > 0)
            return 0; /* a custom metric some actors carry: the others count as 0 */
        return pg_error_set(err, PG_ERR_USAGE,
                            "no actor has the metric '%s', and polgraph cannot compute it (see docs/METRICS.md)", key);
    }
    pg_metrics_opts mo;
    pg_metrics_opts_init(&mo);
    if (pg_metrics_compute(g, &mo, NULL, err) != 0)
        return pg_error_prefix(err, "computing metrics for --size-by %s", key);
    return 0;
}

/* ---- ranking ---- */

/* The value that sizes and ranks node `i` (mentions for "none"). */
static double rank_value(const pg_graph *g, size_t i, const char *key)
{
    if (strcmp(key, "none") == 0 || strcmp(key, "mentions") == 0)
        return (double)pg_graph_node(g, i)->mentions;
    return pg_graph_node_metric(g, i, key, 0.0);
}

typedef struct ranked {
    size_t node;
    double value;
    uint64_t mentions;
    const char *id;
} ranked;

static int ranked_cmp(const void *pa, const void *pb)
{
    const ranked *a = pa, *b = pb;
    if (a->value != b->value)
        return a->value > b->value ? -1 : 1;
    if (a->mentions != b->mentions)
        return a->mentions > b->mentions ? -1 : 1;
    return strcmp(a->id, b->id);
}

/* Nodes with keep[i] set (all when keep is NULL), best first. Returns the
 * count; *out is malloc'd. */
static size_t rank_nodes(const pg_graph *g, const unsigned char *keep, const char *key, ranked **out)
{
    size_t n = pg_graph_node_count(g), k = 0;
    ranked *r = pg_xmalloc((n ? n : 1) * sizeof *r);
    for (size_t i = 0; i < n; i++) {
        if (keep && !keep[i])
            continue;
        const pg_node *nd = pg_graph_node(g, i);
        r[k++] = (ranked){i, rank_value(g, i, key), nd->mentions, nd->id};
    }
    qsort(r, k, sizeof *r, ranked_cmp);
    *out = r;
    return k;
}

/* ---- filters ---- */

/* Finds the ego: by id, else by label, else by alias (ASCII case ignored
 * for the last two). */
static ptrdiff_t find_ego(const pg_graph *g, const char *who, pg_error *err)
{
    ptrdiff_t i = pg_graph_find_node(g, who);
    if (i >= 0)
        return i;
    size_t n = pg_graph_node_count(g);
    for (int pass = 0; pass < 2; pass++) {
        ptrdiff_t found = -1;
        pg_buf ids = {0};
        size_t count = 0;
        for (size_t k = 0; k < n; k++) {
            const pg_node *nd = pg_graph_node(g, k);
            int match = 0;
            if (pass == 0)
                match = strcasecmp(nd->label, who) == 0;
            else
                for (size_t a = 0; a < nd->n_aliases && !match; a++)
                    match = strcasecmp(nd->aliases[a], who) == 0;
            if (!match)
                continue;
            if (count++ < 5)
                pg_buf_printf(&ids, "%s'%s'", count > 1 ? ", " : "", nd->id);
            found = (ptrdiff_t)k;
        }
        if (count == 1) {
            pg_buf_free(&ids);
            return found;
        }
        if (count > 1) {
            pg_error_set(err, PG_ERR_USAGE, "--ego '%s' matches %zu actors (%s%s): give the id", who, count,
                         pg_buf_str(&ids), count > 5 ? ", ..." : "");
            pg_buf_free(&ids);
            return -1;
        }
        pg_buf_free(&ids);
    }
    pg_error_set(err, PG_ERR_USAGE, "--ego '%s' matches no actor (give an id, name or alias)", who);
    return -1;
}

/* Marks in keep[] the nodes within `depth` hops of `ego` over the edges with
 * keep_edge[] set, either direction; clears the others. */
static void ego_network(const pg_graph *g, size_t ego, size_t depth, const unsigned char *keep_edge,
                        unsigned char *keep)
{
    size_t n = pg_graph_node_count(g), m = pg_graph_edge_count(g);
    size_t *start = pg_xcalloc(n + 1, sizeof *start), *adj = pg_xmalloc((2 * m + 1) * sizeof *adj);
    for (size_t e = 0; e < m; e++)
        if (keep_edge[e]) {
            start[pg_graph_edge(g, e)->source + 1]++;
            start[pg_graph_edge(g, e)->target + 1]++;
        }
    for (size_t i = 0; i < n; i++)
        start[i + 1] += start[i];
    size_t *fill = pg_xmalloc((n ? n : 1) * sizeof *fill);
    memcpy(fill, start, n * sizeof *fill);
    for (size_t e = 0; e < m; e++)
        if (keep_edge[e]) {
            const pg_edge *ed = pg_graph_edge(g, e);
            adj[fill[ed->source]++] = ed->target;
            adj[fill[ed->target]++] = ed->source;
        }
    size_t *dist = pg_xmalloc((n ? n : 1) * sizeof *dist), *queue = pg_xmalloc((n ? n : 1) * sizeof *queue);
    for (size_t i = 0; i < n; i++)
        dist[i] = (size_t)-1;
    size_t head = 0, tail = 0;
    dist[ego] = 0;
    queue[tail++] = ego;
    while (head < tail) {
        size_t u = queue[head++];
        if (dist[u] >= depth)
            continue;
        for (size_t k = start[u]; k < start[u + 1]; k++) {
            size_t v = adj[k];
            if (dist[v] == (size_t)-1 && keep[v]) {
                dist[v] = dist[u] + 1;
                queue[tail++] = v;
            }
        }
    }
    for (size_t i = 0; i < n; i++)
        keep[i] = dist[i] != (size_t)-1;
    free(start);
    free(adj);
    free(fill);
    free(dist);
    free(queue);
}

pg_graph *pg_draw_filter(const pg_graph *g, const pg_draw_opts *o, pg_error *err)
{
    size_t n = pg_graph_node_count(g), m = pg_graph_edge_count(g);
    unsigned types = o->types & PG_REL_MASK_ALL;
    if (o->no_affiliation)
        types &= ~(1u << PG_REL_AFFILIATION);
    int edge_filter = types != PG_REL_MASK_ALL || o->min_weight > 0;

    unsigned char *keep_edge = pg_xmalloc(m ? m : 1), *keep = pg_xmalloc(n ? n : 1);
    for (size_t e = 0; e < m; e++) {
        const pg_edge *ed = pg_graph_edge(g, e);
        keep_edge[e] = ((types >> ed->type) & 1u) && ed->weight >= o->min_weight;
    }
    memset(keep, edge_filter && !o->keep_isolated ? 0 : 1, n);
    if (edge_filter && !o->keep_isolated)
        for (size_t e = 0; e < m; e++)
            if (keep_edge[e])
                keep[pg_graph_edge(g, e)->source] = keep[pg_graph_edge(g, e)->target] = 1;

    ptrdiff_t ego = -1;
    if (o->ego) {
        ego = find_ego(g, o->ego, err);
        if (ego < 0) {
            free(keep_edge);
            free(keep);
            return NULL;
        }
        keep[ego] = 1;
        ego_network(g, (size_t)ego, o->depth, keep_edge, keep);
    }

    if (o->top > 0) {
        ranked *r;
        size_t k = rank_nodes(g, keep, size_key(o), &r);
        memset(keep, 0, n);
        size_t want = o->top;
        if (ego >= 0) {
            keep[ego] = 1; /* the ego stays and counts as one of the top */
            want--;
        }
        for (size_t i = 0; i < k && want > 0; i++)
            if (!keep[r[i].node]) {
                keep[r[i].node] = 1;
                want--;
            }
        free(r);
    }

    pg_graph *s = pg_graph_subgraph(g, keep, keep_edge);
    free(keep_edge);
    free(keep);
    return s;
}

/* ---- titles ---- */

char *pg_draw_default_title(const pg_graph *g)
{
    size_t nd = pg_graph_document_count(g), titled = 0, shown = 0;
    pg_buf b = {0};
    for (size_t i = 0; i < nd; i++) {
        const pg_document *d = pg_graph_document(g, i);
        if (!d->title || !*d->title)
            continue;
        titled++;
        if (shown < 3)
            pg_buf_printf(&b, "%s%s", shown++ ? " / " : "", d->title);
    }
    if (!titled && nd)
        pg_buf_adds(&b, "Who reacted to whom");
    else if (nd > shown)
        pg_buf_printf(&b, " and %zu more", nd - shown);
    return pg_buf_steal(&b);
}

/* ---- escaping ---- */

/* Text inside an HTML-like label: XML-escaped, a backslash doubled
 * (Graphviz expands \N, \G, ... in HTML labels too and reads "\\" as one
 * backslash), line breaks and tabs become spaces, characters XML forbids
 * are dropped. At most `max` bytes of input
 * (0: all); a cut is marked with an ellipsis. */
static void esc_html(pg_buf *b, const char *s, size_t max)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        if (max && i >= max) {
            pg_buf_adds(b, "\xe2\x80\xa6");
            break;
        }
        uint32_t cp;
        i += pg_utf8_next(s, i, n, &cp);
        switch (cp) {
        case '&': pg_buf_adds(b, "&amp;"); break;
        case '<': pg_buf_adds(b, "&lt;"); break;
        case '>': pg_buf_adds(b, "&gt;"); break;
        case '"': pg_buf_adds(b, "&quot;"); break;
        case '\'': pg_buf_adds(b, "&#39;"); break;
        case '\\': pg_buf_adds(b, "\\\\"); break; /* Graphviz expands \N etc. even here */
        case '\r':
            if (i < n && s[i] == '\n')
                i++;
            /* fall through */
        case '\t':
        case '\n': pg_buf_addc(b, ' '); break;
        default:
            if (pg_utf8_xml_ok(cp))
                pg_utf8_add(b, cp);
        }
    }
}

/* Text for a Graphviz escString that Graphviz reads twice (tooltip): '&'
 * becomes "&amp;" (Graphviz decodes entities), each backslash four
 * backslashes (two rounds of escString processing), a line break "\n". */
static void esc_tooltip(pg_buf *b, const char *s, size_t max)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        if (max && i >= max) {
            pg_buf_adds(b, "\xe2\x80\xa6");
            break;
        }
        uint32_t cp;
        i += pg_utf8_next(s, i, n, &cp);
        if (cp == '&')
            pg_buf_adds(b, "&amp;");
        else if (cp == '\\')
            pg_buf_adds(b, "\\\\\\\\");
        else if (cp == '\n')
            pg_buf_adds(b, "\\n");
        else if (cp == '\t')
            pg_buf_addc(b, ' ');
        else if (pg_utf8_xml_ok(cp) && cp != '\r')
            pg_utf8_add(b, cp);
    }
}

/* A DOT data attribute (type, evidence, ...): Graphviz escString rules, so
 * that DOT readers see an unambiguous value — backslash as "\\", a line
 * break (LF, CRLF or CR) as "\n"; other control characters dropped. */
static void esc_data(pg_buf *b, const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += pg_utf8_next(s, i, n, &cp);
        if (cp == '\\')
            pg_buf_adds(b, "\\\\");
        else if (cp == '\r' || cp == '\n') {
            pg_buf_adds(b, "\\n");
            if (cp == '\r' && i < n && s[i] == '\n')
                i++;
        } else if (cp == '\t' || cp >= 0x20)
            pg_utf8_add(b, cp);
    }
}

/* ---- building the Graphviz graph ---- */

typedef struct builder {
    const pg_graph *g;
    const pg_draw_opts *o;
    pg_gv *gv;
    pg_buf b, t; /* scratch */
    const char *key;
    double vmin, vmax;
    unsigned char *labelled;
    int dense; /* many relations: lighter lines */
} builder;

/* 0..1: where node i's metric lies between the smallest and largest drawn. */
static double node_scale(const builder *bd, size_t i)
{
    if (strcmp(bd->key, "none") == 0)
        return 0.25;
    if (bd->vmax <= bd->vmin)
        return 0.35;
    double s = (rank_value(bd->g, i, bd->key) - bd->vmin) / (bd->vmax - bd->vmin);
    return sqrt(s < 0 ? 0 : s > 1 ? 1 : s);
}

static void fmt_num(char out[32], double v)
{
    if (v == floor(v) && fabs(v) < 1e15)
        snprintf(out, 32, "%.0f", v);
    else
        snprintf(out, 32, "%.4g", v);
}

static void data_attr(builder *bd, pg_gv_kind kind, size_t idx, const char *attr, const char *value)
{
    if (!bd->o->data_attrs || !value || !*value)
        return;
    pg_buf_reset(&bd->t);
    esc_data(&bd->t, value);
    if (kind == PG_GV_NODE)
        pg_gv_node_set(bd->gv, idx, attr, pg_buf_str(&bd->t), 0);
    else
        pg_gv_edge_set(bd->gv, idx, attr, pg_buf_str(&bd->t), 0);
}

static void join_list(pg_buf *b, const char **items, size_t n, const char *sep, size_t max)
{
    for (size_t i = 0; i < n && i < max; i++) {
        if (i)
            pg_buf_adds(b, sep);
        pg_buf_adds(b, items[i]);
    }
    if (n > max)
        pg_buf_printf(b, "%s\xe2\x80\xa6 (%zu more)", sep, n - max);
}

static int reserved_node_attr(const char *name)
{
    for (size_t i = 0; i < sizeof reserved_node_attrs / sizeof *reserved_node_attrs; i++)
        if (strcasecmp(name, reserved_node_attrs[i]) == 0)
            return 1;
    return 0;
}

/* Adds actor i; returns its Graphviz node index. */
static size_t add_node(builder *bd, size_t i)
{
    const pg_node *nd = pg_graph_node(bd->g, i);
    const actor_style *st = &actor_styles[nd->type < PG_ACTOR_NTYPES ? nd->type : 0];
    pg_buf_reset(&bd->t);
    esc_data(&bd->t, nd->id);
    size_t v = pg_gv_add_node(bd->gv, pg_buf_str(&bd->t));
    double s = node_scale(bd, i);
    char num[64];

    pg_gv_node_set(bd->gv, v, "shape", st->shape, 0);
    pg_gv_node_set(bd->gv, v, "style", st->style, 0);
    pg_gv_node_set(bd->gv, v, "fillcolor", st->fill, 0);
    pg_gv_node_set(bd->gv, v, "color", st->border, 0);
    snprintf(num, sizeof num, "actor %s", pg_actor_type_name(nd->type));
    pg_gv_node_set(bd->gv, v, "class", num, 0);
    snprintf(num, sizeof num, "%.2f", 1.0 + 1.5 * s);
    pg_gv_node_set(bd->gv, v, "penwidth", num, 0);

    if (bd->labelled[i]) {
        double fs = 11.0 + 9.0 * s;
        pg_buf *b = &bd->b;
        pg_buf_reset(b);
        pg_buf_printf(b, "<FONT POINT-SIZE=\"%.1f\">", fs);
        esc_html(b, nd->label, 200);
        pg_buf_adds(b, "</FONT>");
        if (nd->n_titles) {
            pg_buf_printf(b, "<BR/><FONT POINT-SIZE=\"%.1f\" COLOR=\"" MUTED "\">", fs * 0.68 < 8 ? 8.0 : fs * 0.68);
            pg_buf_reset(&bd->t);
            join_list(&bd->t, nd->titles, nd->n_titles, ", ", 2);
            esc_html(b, pg_buf_str(&bd->t), 120);
            pg_buf_adds(b, "</FONT>");
        }
        pg_gv_node_set(bd->gv, v, "label", pg_buf_str(b), 1);
        snprintf(num, sizeof num, "%.2f", 0.75 + 1.1 * s);
        pg_gv_node_set(bd->gv, v, "width", num, 0);
        snprintf(num, sizeof num, "%.2f", 0.4 + 0.45 * s);
        pg_gv_node_set(bd->gv, v, "height", num, 0);
    } else {
        /* a blank, not "": agwrite leaves out values equal to the empty
         * default, and dot would then print the node name */
        pg_gv_node_set(bd->gv, v, "label", " ", 0);
        pg_gv_node_set(bd->gv, v, "fixedsize", "true", 0);
        snprintf(num, sizeof num, "%.2f", 0.12 + 0.4 * s);
        pg_gv_node_set(bd->gv, v, "width", num, 0);
        pg_gv_node_set(bd->gv, v, "height", num, 0);
    }

    /* tooltip: name, type, id, titles, aliases, affiliation, handles, metrics */
    pg_buf *t = &bd->t;
    pg_buf raw = {0};
    pg_buf_printf(&raw, "%s (%s, id %s)", nd->label, pg_actor_type_name(nd->type), nd->id);
    if (nd->n_titles) {
        pg_buf_adds(&raw, "\ntitles: ");
        join_list(&raw, nd->titles, nd->n_titles, ", ", 10);
    }
    if (nd->n_aliases) {
        pg_buf_adds(&raw, "\naliases: ");
        join_list(&raw, nd->aliases, nd->n_aliases, ", ", 20);
    }
    if (nd->affiliation) {
        ptrdiff_t a = pg_graph_find_node(bd->g, nd->affiliation);
        pg_buf_printf(&raw, "\naffiliation: %s", a >= 0 ? pg_graph_node(bd->g, (size_t)a)->label : nd->affiliation);
    }
    if (nd->n_handles) {
        pg_buf_adds(&raw, "\nhandles: ");
        join_list(&raw, nd->handles, nd->n_handles, ", ", 10);
    }
    pg_buf_printf(&raw, "\nmentions: %llu", (unsigned long long)nd->mentions);
    /* the sizing metric first, then the usual ones */
    const char *shown[] = {bd->key, "pagerank", "degree", "betweenness", "community"};
    int nshown = 0;
    for (size_t k = 0; k < sizeof shown / sizeof *shown; k++) {
        int dup = 0;
        for (size_t j = 0; j < k; j++)
            dup |= strcmp(shown[j], shown[k]) == 0;
        if (dup || !node_has_metric(nd, shown[k]))
            continue;
        fmt_num(num, pg_graph_node_metric(bd->g, i, shown[k], 0.0));
        pg_buf_printf(&raw, "%s%s %s", nshown++ ? ", " : "\n", shown[k], num);
    }
    pg_buf_reset(t);
    esc_tooltip(t, pg_buf_str(&raw), 4000);
    pg_gv_node_set(bd->gv, v, "tooltip", pg_buf_str(t), 0);

    /* data attributes */
    data_attr(bd, PG_GV_NODE, v, "type", pg_actor_type_name(nd->type));
    data_attr(bd, PG_GV_NODE, v, "name", nd->label);
    pg_buf_reset(&raw);
    join_list(&raw, nd->titles, nd->n_titles, "; ", (size_t)-1);
    data_attr(bd, PG_GV_NODE, v, "titles", pg_buf_str(&raw));
    pg_buf_reset(&raw);
    join_list(&raw, nd->aliases, nd->n_aliases, "; ", (size_t)-1);
    data_attr(bd, PG_GV_NODE, v, "aliases", pg_buf_str(&raw));
    pg_buf_reset(&raw);
    join_list(&raw, nd->handles, nd->n_handles, "; ", (size_t)-1);
    data_attr(bd, PG_GV_NODE, v, "handles", pg_buf_str(&raw));
    data_attr(bd, PG_GV_NODE, v, "affiliation", nd->affiliation);
    snprintf(num, sizeof num, "%llu", (unsigned long long)nd->mentions);
    data_attr(bd, PG_GV_NODE, v, "mentions", num);
    for (size_t k = 0; k < nd->n_metrics; k++) {
        char val[32];
        pg_json_format_double(val, nd->metrics[k].value);
        pg_buf_reset(&raw);
        if (reserved_node_attr(nd->metrics[k].name))
            pg_buf_adds(&raw, "metric_");
        pg_buf_adds(&raw, nd->metrics[k].name);
        pg_buf_reset(t);
        esc_data(t, pg_buf_str(&raw)); /* attribute names go through agwrite too */
        if (bd->o->data_attrs && t->len)
            pg_gv_node_set(bd->gv, v, pg_buf_str(t), val, 0);
    }
    pg_buf_free(&raw);
    return v;
}

static double pen_width(const pg_edge *e)
{
    if (e->type == PG_REL_AFFILIATION)
        return 1.0;
    double lw = e->weight > 1 ? log2((double)e->weight) : 0.0;
    if (e->type == PG_REL_STATEMENT) /* the commonest, least telling relation: thinner */
        return 1.0 + 0.7 * lw > 4.0 ? 4.0 : 1.0 + 0.7 * lw;
    return 1.3 + 1.4 * lw > 7.0 ? 7.0 : 1.3 + 1.4 * lw;
}

static void add_edge(builder *bd, size_t i, const size_t *gv_node)
{
    const pg_edge *e = pg_graph_edge(bd->g, i);
    const rel_style *st = &rel_styles[e->type < PG_REL_NTYPES ? e->type : 0];
    const pg_node *src = pg_graph_node(bd->g, e->source), *tgt = pg_graph_node(bd->g, e->target);
    size_t v = pg_gv_add_edge(bd->gv, gv_node[e->source], gv_node[e->target]);
    int symmetric = pg_rel_is_symmetric(e->type);
    const char *rel = pg_rel_type_name(e->type);
    char num[64];

    if (bd->dense) {
        /* hairballs: translucent, thinner lines so that hubs and colours show */
        snprintf(num, sizeof num, "%s99", st->color);
        pg_gv_edge_set(bd->gv, v, "color", num, 0);
        pg_gv_edge_set(bd->gv, v, "arrowsize", "0.5", 0);
    } else {
        pg_gv_edge_set(bd->gv, v, "color", st->color, 0);
    }
    pg_gv_edge_set(bd->gv, v, "style", st->style, 0);
    snprintf(num, sizeof num, "%.2f", bd->dense ? 0.5 * pen_width(e) : pen_width(e));
    pg_gv_edge_set(bd->gv, v, "penwidth", num, 0);
    if (symmetric)
        pg_gv_edge_set(bd->gv, v, "dir", "none", 0);
    else
        pg_gv_edge_set(bd->gv, v, "arrowhead", st->arrowhead, 0);
    snprintf(num, sizeof num, "relation %s", rel);
    pg_gv_edge_set(bd->gv, v, "class", num, 0);
    if (e->type == PG_REL_AFFILIATION && !bd->dense)
        pg_gv_edge_set(bd->gv, v, "arrowsize", "0.6", 0);
    if (bd->o->edge_labels) {
        if (e->weight > 1)
            snprintf(num, sizeof num, "%s \xc3\x97%llu", rel, (unsigned long long)e->weight);
        else
            snprintf(num, sizeof num, "%s", rel);
        pg_gv_edge_set(bd->gv, v, "label", num, 0);
        pg_gv_edge_set(bd->gv, v, "fontcolor", st->color, 0);
    }

    /* tooltip: who, what, how often, then the evidence with dates */
    pg_buf raw = {0};
    pg_buf_printf(&raw, "%s %s %s: %s", src->label, symmetric ? "\xe2\x80\x94" : "\xe2\x86\x92", tgt->label, rel);
    if (*pg_rel_cameo(e->type))
        pg_buf_printf(&raw, " (CAMEO %s)", pg_rel_cameo(e->type));
    pg_buf_printf(&raw, ", weight %llu", (unsigned long long)e->weight);
    for (size_t k = 0; k < e->n_evidence && k < TOOLTIP_EVIDENCE; k++) {
        const pg_evidence *ev = &e->evidence[k];
        pg_buf_adds(&raw, "\n");
        if (ev->date && *ev->date)
            pg_buf_printf(&raw, "%s ", ev->date);
        pg_buf_printf(&raw, "[%s] ", ev->doc);
        size_t len = strlen(ev->text);
        if (len > TOOLTIP_SENTENCE) {
            /* cut at a character boundary */
            size_t cut = TOOLTIP_SENTENCE;
            while (cut > 0 && ((unsigned char)ev->text[cut] & 0xC0) == 0x80)
                cut--;
            pg_buf_add(&raw, ev->text, cut);
            pg_buf_adds(&raw, "\xe2\x80\xa6");
        } else {
            pg_buf_adds(&raw, ev->text);
        }
    }
    if (e->n_evidence > TOOLTIP_EVIDENCE)
        pg_buf_printf(&raw, "\n\xe2\x80\xa6 and %zu more", e->n_evidence - TOOLTIP_EVIDENCE);
    pg_buf_reset(&bd->t);
    esc_tooltip(&bd->t, pg_buf_str(&raw), 0);
    pg_gv_edge_set(bd->gv, v, "tooltip", pg_buf_str(&bd->t), 0);
    if (bd->o->edge_labels)
        pg_gv_edge_set(bd->gv, v, "labeltooltip", pg_buf_str(&bd->t), 0);

    /* data attributes */
    data_attr(bd, PG_GV_EDGE, v, "type", rel);
    snprintf(num, sizeof num, "%llu", (unsigned long long)e->weight);
    if (bd->o->data_attrs)
        pg_gv_edge_set(bd->gv, v, "weight", num, 0);
    data_attr(bd, PG_GV_EDGE, v, "cameo", pg_rel_cameo(e->type));
    data_attr(bd, PG_GV_EDGE, v, "directed", symmetric ? "false" : "true");
    if (e->n_evidence) {
        data_attr(bd, PG_GV_EDGE, v, "evidence", e->evidence[0].text);
        data_attr(bd, PG_GV_EDGE, v, "date", e->evidence[0].date);
        data_attr(bd, PG_GV_EDGE, v, "doc", e->evidence[0].doc);
    }
    pg_buf_free(&raw);
}

/* The date range of the documents, "" when they carry no dates. */
static void date_range(const pg_graph *g, pg_buf *b)
{
    const char *lo = NULL, *hi = NULL;
    for (size_t i = 0; i < pg_graph_document_count(g); i++) {
        const char *d = pg_graph_document(g, i)->date;
        if (!d || !*d)
            continue;
        if (!lo || strcmp(d, lo) < 0)
            lo = d;
        if (!hi || strcmp(d, hi) > 0)
            hi = d;
    }
    if (lo && strcmp(lo, hi) == 0)
        pg_buf_adds(b, lo);
    else if (lo)
        pg_buf_printf(b, "%s \xe2\x80\x93 %s", lo, hi);
}

/* The graph label: title, subtitle and legend in one HTML-like table, so
 * that it works with every layout engine (clusters do not). */
static void graph_label(builder *bd, size_t total_nodes, size_t total_edges)
{
    const pg_graph *g = bd->g;
    size_t n = pg_graph_node_count(g), m = pg_graph_edge_count(g);
    pg_buf *b = &bd->b;
    pg_buf_reset(b);
    char *title = bd->o->title ? pg_xstrdup(bd->o->title) : pg_draw_default_title(g);
    int rows = 0;
    pg_buf_adds(b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">");
    if (*title) {
        pg_buf_adds(b, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"22\"><B>");
        esc_html(b, title, 300);
        pg_buf_adds(b, "</B></FONT></TD></TR>");
        rows++;
    }
    free(title);

    pg_buf sub = {0};
    pg_buf_printf(&sub, "%zu actor%s, %zu relation%s", n, n == 1 ? "" : "s", m, m == 1 ? "" : "s");
    if ((total_nodes && total_nodes != n) || (total_edges && total_edges != m))
        pg_buf_printf(&sub, " (of %zu and %zu)", total_nodes, total_edges);
    size_t nd = pg_graph_document_count(g);
    if (nd == 1 && !*pg_graph_document(g, 0)->title)
        pg_buf_printf(&sub, " \xc2\xb7 document %s", pg_graph_document(g, 0)->id);
    else if (nd)
        pg_buf_printf(&sub, " \xc2\xb7 %zu document%s", nd, nd == 1 ? "" : "s");
    size_t before = sub.len;
    pg_buf_adds(&sub, " \xc2\xb7 ");
    date_range(g, &sub);
    if (sub.len == before + 4)
        sub.len = before, sub.p[before] = 0;
    if (strcmp(bd->key, "none") != 0)
        pg_buf_printf(&sub, " \xc2\xb7 size: %s", bd->key);
    pg_buf_adds(b, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"12\" COLOR=\"" MUTED "\">");
    esc_html(b, pg_buf_str(&sub), 0);
    pg_buf_adds(b, "</FONT></TD></TR>");
    pg_buf_free(&sub);
    rows++;

    if (bd->o->legend && (n || m)) {
        int actor_present[PG_ACTOR_NTYPES] = {0}, rel_present[PG_REL_NTYPES] = {0};
        for (size_t i = 0; i < n; i++)
            actor_present[pg_graph_node(g, i)->type % PG_ACTOR_NTYPES] = 1;
        for (size_t i = 0; i < m; i++)
            rel_present[pg_graph_edge(g, i)->type % PG_REL_NTYPES] = 1;
        pg_buf_adds(b, "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"3\"><TR>");
        for (int t = 0; t < PG_ACTOR_NTYPES; t++) {
            if (!actor_present[t])
                continue;
            const actor_style *st = &actor_styles[t];
            pg_buf_printf(b,
                          "<TD BORDER=\"1\" STYLE=\"%s\" BGCOLOR=\"%s\" COLOR=\"%s\"><FONT POINT-SIZE=\"12\">%s</FONT></TD>",
                          t == PG_ACTOR_PERSON || t == PG_ACTOR_COUNTRY ? "rounded" : "solid", st->fill, st->border,
                          pg_actor_type_name((pg_actor_type)t));
        }
        for (int t = 0; t < PG_REL_NTYPES; t++) {
            if (!rel_present[t])
                continue;
            const rel_style *st = &rel_styles[t];
            pg_buf_printf(b, "<TD><FONT POINT-SIZE=\"12\" COLOR=\"%s\">%s</FONT><FONT POINT-SIZE=\"12\"> %s</FONT></TD>",
                          st->color, st->glyph, pg_rel_type_name((pg_rel_type)t));
        }
        pg_buf_adds(b, "</TR></TABLE></TD></TR>");
        rows++;
    }
    pg_buf_adds(b, "</TABLE>");
    if (rows)
        pg_gv_graph_set(bd->gv, "label", pg_buf_str(b), 1);
}

static void graph_attrs(builder *bd, const char *engine)
{
    pg_gv *gv = bd->gv;
    size_t n = pg_graph_node_count(bd->g), m = pg_graph_edge_count(bd->g);
    pg_gv_graph_set(gv, "layout", engine, 0);
    pg_gv_graph_set(gv, "fontname", FONT, 0);
    pg_gv_graph_set(gv, "labelloc", "t", 0);
    pg_gv_graph_set(gv, "labeljust", "l", 0);
    pg_gv_graph_set(gv, "bgcolor", "white", 0);
    pg_gv_graph_set(gv, "pad", "0.3", 0);
    pg_gv_graph_set(gv, "outputorder", "edgesfirst", 0);
    if (strcmp(engine, "dot") == 0) {
        pg_gv_graph_set(gv, "rankdir", "LR", 0);
        pg_gv_graph_set(gv, "nodesep", "0.35", 0);
        pg_gv_graph_set(gv, "ranksep", "1.0", 0);
    } else if (strcmp(engine, "circo") == 0 || strcmp(engine, "twopi") == 0) {
        pg_gv_graph_set(gv, "overlap", "false", 0);
    } else {
        pg_gv_graph_set(gv, "overlap", n > 300 ? "prism" : "false", 0);
        pg_gv_graph_set(gv, "splines", m > 400 ? "false" : "true", 0);
        if (strcmp(engine, "sfdp") == 0 || strcmp(engine, "fdp") == 0)
            pg_gv_graph_set(gv, "K", "0.9", 0);
    }
    pg_gv_default(gv, PG_GV_NODE, "fontname", FONT);
    pg_gv_default(gv, PG_GV_NODE, "margin", "0.08,0.04");
    pg_gv_default(gv, PG_GV_EDGE, "fontname", FONT);
    pg_gv_default(gv, PG_GV_EDGE, "fontsize", "9");
}

int pg_draw_write(const pg_graph *g, const pg_draw_opts *o, pg_draw_format fmt, size_t total_nodes,
                  size_t total_edges, FILE *out, pg_error *err)
{
    size_t n = pg_graph_node_count(g), m = pg_graph_edge_count(g);
    const char *engine = o->engine ? o->engine : pg_draw_auto_engine(n, m);
    if (!pg_gv_has_layout(engine))
        return pg_error_set(err, PG_ERR_USAGE, "unknown layout engine '%s'", engine);

    builder bd = {0};
    bd.g = g;
    bd.o = o;
    bd.key = size_key(o);
    bd.gv = pg_gv_new("actors", 1);
    bd.labelled = pg_xcalloc(n ? n : 1, 1);
    bd.dense = m > DENSE_EDGES;

    ranked *r;
    size_t k = rank_nodes(g, NULL, bd.key, &r);
    if (k) {
        bd.vmax = r[0].value;
        bd.vmin = r[k - 1].value;
    }
    size_t max_labels = o->max_labels >= 0 ? (size_t)o->max_labels : n <= LABEL_ALL_UP_TO ? n : LABEL_BIG_GRAPH;
    for (size_t i = 0; i < k && i < max_labels; i++)
        bd.labelled[r[i].node] = 1;
    free(r);

    graph_attrs(&bd, engine);
    if (fmt == PG_DRAW_PNG && n <= LABEL_ALL_UP_TO)
        pg_gv_graph_set(bd.gv, "dpi", "144", 0); /* sharp enough for a README */
    graph_label(&bd, total_nodes, total_edges);
    size_t *gv_node = pg_xmalloc((n ? n : 1) * sizeof *gv_node);
    for (size_t i = 0; i < n; i++)
        gv_node[i] = add_node(&bd, i);
    if (o->ego) {
        ptrdiff_t ego = find_ego(g, o->ego, NULL);
        if (ego >= 0) /* the centre of an ego network gets a double border */
            pg_gv_node_set(bd.gv, gv_node[ego], "peripheries", "2", 0);
    }
    for (size_t i = 0; i < m; i++)
        add_edge(&bd, i, gv_node);
    free(gv_node);

    int rc;
    if (fmt == PG_DRAW_DOT)
        rc = pg_gv_write_dot(bd.gv, out, err);
    else
        rc = pg_gv_render(bd.gv, engine, pg_draw_format_name(fmt), out, o->warn, o->warn_ctx, err);
    pg_gv_free(bd.gv);
    pg_buf_free(&bd.b);
    pg_buf_free(&bd.t);
    free(bd.labelled);
    return rc;
}

int pg_draw(const pg_graph *g, const pg_draw_opts *o, pg_draw_format fmt, FILE *out, pg_error *err)
{
    pg_graph *work = pg_graph_copy(g);
    int rc = -1;
    pg_graph *sub = NULL;
    if (pg_draw_prepare(work, o, err) == 0 && (sub = pg_draw_filter(work, o, err)) != NULL) {
        pg_graph_sort(sub);
        rc = pg_draw_write(sub, o, fmt, pg_graph_node_count(work), pg_graph_edge_count(work), out, err);
    }
    pg_graph_free(sub);
    pg_graph_free(work);
    return rc;
}
