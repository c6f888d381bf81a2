/* test_draw.c — drawing: the filters (pure graph -> graph), options and
 * formats, the styled DOT read back with agmemread (through the adapter),
 * hostile labels kept as plain text in labels, tooltips and data
 * attributes, rendering to SVG/PNG/PDF, and Graphviz errors and warnings
 * captured instead of printed. */
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gv_adapter.h"
#include "polgraph/draw.h"

#define NET "tests/fixtures/draw_net.json"
#define SMALL "tests/fixtures/small.json"
#define HOSTILE "tests/fixtures/hostile.json"

static pg_graph *load(const char *path)
{
    pg_error err = {0};
    pg_graph *g = pg_graph_load_file(path, &err);
    cr_assert(g, "load %s: %s", path, err.msg);
    return g;
}

static int has_node(const pg_graph *g, const char *id) { return pg_graph_find_node(g, id) >= 0; }

static size_t count_type(const pg_graph *g, pg_rel_type t)
{
    size_t n = 0;
    for (size_t i = 0; i < pg_graph_edge_count(g); i++)
        n += pg_graph_edge(g, i)->type == t;
    return n;
}

static pg_graph *filter(const pg_graph *g, const pg_draw_opts *o)
{
    pg_error err = {0};
    pg_graph *s = pg_draw_filter(g, o, &err);
    cr_assert(s, "filter: %s", err.msg);
    return s;
}

/* Draws `g` in `fmt` into a malloc'd buffer. */
static char *draw_mem(const pg_graph *g, const pg_draw_opts *o, pg_draw_format fmt, size_t *len, pg_error *err)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    int rc = pg_draw(g, o, fmt, f, err);
    fclose(f);
    if (len)
        *len = n;
    if (rc != 0) {
        free(buf);
        return NULL;
    }
    return buf;
}

static pg_gv *draw_dot(const pg_graph *g, const pg_draw_opts *o)
{
    pg_error err = {0};
    char *dot = draw_mem(g, o, PG_DRAW_DOT, NULL, &err);
    cr_assert(dot, "draw: %s", err.msg);
    pg_gv *gv = pg_gv_read_dot(dot, &err);
    cr_assert(gv, "agmemread: %s\n%s", err.msg, dot);
    free(dot);
    return gv;
}

/* Undoes Graphviz escString as draw.c writes it: `rounds` rounds of
 * "\\" -> "\", "\n" -> line feed; with `amp`, "&amp;" -> "&" first. */
static char *unescape(const char *s, int rounds, int amp)
{
    char *cur = strdup(s);
    if (amp) {
        char *out = malloc(strlen(cur) + 1), *o = out;
        for (const char *p = cur; *p;) {
            if (strncmp(p, "&amp;", 5) == 0) {
                *o++ = '&';
                p += 5;
            } else {
                *o++ = *p++;
            }
        }
        *o = 0;
        free(cur);
        cur = out;
    }
    for (int r = 0; r < rounds; r++) {
        char *out = malloc(strlen(cur) + 1), *o = out;
        for (const char *p = cur; *p; p++) {
            if (*p == '\\' && p[1] == '\\') {
                *o++ = '\\';
                p++;
            } else if (*p == '\\' && p[1] == 'n' && r == rounds - 1) {
                *o++ = '\n';
                p++;
            } else {
                *o++ = *p;
            }
        }
        *o = 0;
        free(cur);
        cur = out;
    }
    return cur;
}

/* ---- options and formats ---- */

Test(draw, opts_defaults)
{
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    cr_assert_eq(o.types, PG_REL_MASK_ALL);
    cr_assert_eq(o.depth, 1);
    cr_assert_str_eq(o.size_by, "pagerank");
    cr_assert_eq(o.legend, 1);
    cr_assert_eq(o.compute_metrics, 1);
    cr_assert_eq(o.max_labels, -1);
    cr_assert_null(o.engine);
    cr_assert_null(o.title);
}

Test(draw, formats)
{
    pg_draw_format f;
    cr_assert_eq(pg_draw_format_parse("SVG", &f), 0);
    cr_assert_eq(f, PG_DRAW_SVG);
    cr_assert_eq(pg_draw_format_parse("gv", &f), 0);
    cr_assert_eq(f, PG_DRAW_DOT);
    cr_assert_eq(pg_draw_format_parse("jpeg", &f), -1);
    cr_assert_eq(pg_draw_format_from_path("out/graph.png", &f), 0);
    cr_assert_eq(f, PG_DRAW_PNG);
    cr_assert_eq(pg_draw_format_from_path("a.b/graph.pdf", &f), 0);
    cr_assert_eq(f, PG_DRAW_PDF);
    cr_assert_eq(pg_draw_format_from_path("a.svg/graph", &f), -1);
    cr_assert_eq(pg_draw_format_from_path("graph.txt", &f), -1);
    cr_assert_str_eq(pg_draw_format_name(PG_DRAW_DOT), "dot");
}

Test(draw, auto_engine_by_size)
{
    cr_assert_str_eq(pg_draw_auto_engine(4, 4), "dot");
    cr_assert_str_eq(pg_draw_auto_engine(150, 600), "dot");
    cr_assert_str_eq(pg_draw_auto_engine(151, 10), "sfdp");
    cr_assert_str_eq(pg_draw_auto_engine(100, 601), "sfdp");
    cr_assert_str_eq(pg_draw_auto_engine(2000, 6000), "sfdp");
}

Test(draw, size_by_names)
{
    cr_assert(pg_draw_size_by_known("pagerank"));
    cr_assert(pg_draw_size_by_known("betweenness"));
    cr_assert(pg_draw_size_by_known("mentions"));
    cr_assert(pg_draw_size_by_known("none"));
    cr_assert_not(pg_draw_size_by_known("popularity"));
}

Test(draw, default_title)
{
    pg_graph *g = load(NET);
    char *t = pg_draw_default_title(g);
    cr_assert_str_eq(t, "Alliance summit / Aftermath");
    free(t);
    pg_graph_free(g);
    g = pg_graph_new();
    t = pg_draw_default_title(g);
    cr_assert_str_eq(t, "");
    free(t);
    for (int i = 0; i < 5; i++) {
        char id[8];
        snprintf(id, sizeof id, "d%d", i);
        pg_document d = {id, i == 1 ? "" : "T", "", "", ""};
        pg_graph_add_document(g, &d, NULL);
    }
    t = pg_draw_default_title(g);
    cr_assert_str_eq(t, "T / T / T and 2 more", "untitled documents are counted, not named");
    free(t);
    pg_graph_free(g);
    g = pg_graph_new();
    pg_graph_add_document(g, &(pg_document){"000_seed", "", "", "", ""}, NULL);
    t = pg_draw_default_title(g);
    cr_assert_str_eq(t, "Who reacted to whom");
    free(t);
    pg_graph_free(g);
}

/* ---- filters ---- */

Test(draw, filter_none_keeps_everything)
{
    pg_graph *g = load(NET);
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    pg_graph *s = filter(g, &o);
    cr_assert_eq(pg_graph_node_count(s), pg_graph_node_count(g));
    cr_assert_eq(pg_graph_edge_count(s), pg_graph_edge_count(g));
    cr_assert(has_node(s, "mira-holt"), "an actor without relations stays when nothing is filtered");
    pg_graph_free(s);
    pg_graph_free(g);
}

Test(draw, filter_types)
{
    pg_graph *g = load(NET);
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    pg_error err = {0};
    cr_assert_eq(pg_rel_mask_parse("criticism", &o.types, &err), 0);
    pg_graph *s = filter(g, &o);
    cr_assert_eq(pg_graph_edge_count(s), 2);
    cr_assert_eq(count_type(s, PG_REL_CRITICISM), 2);
    cr_assert_eq(pg_graph_node_count(s), 3, "only actors with a criticism relation");
    cr_assert(has_node(s, "anna-berg") && has_node(s, "piet-oost") && has_node(s, "tomas-reed"));
    pg_graph_free(s);

    o.keep_isolated = 1;
    s = filter(g, &o);
    cr_assert_eq(pg_graph_node_count(s), pg_graph_node_count(g));
    cr_assert_eq(pg_graph_edge_count(s), 2);
    pg_graph_free(s);
    cr_assert_eq(pg_graph_edge_count(g), 14, "the input is not changed");
    pg_graph_free(g);
}

Test(draw, filter_no_affiliation)
{
    pg_graph *g = load(NET);
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    o.no_affiliation = 1;
    pg_graph *s = filter(g, &o);
    cr_assert_eq(count_type(s, PG_REL_AFFILIATION), 0);
    cr_assert_eq(pg_graph_edge_count(s), 9);
    cr_assert_not(has_node(s, "norland"), "norland had only affiliations");
    cr_assert_not(has_node(s, "mira-holt"));
    cr_assert(has_node(s, "ostbund"), "ostbund keeps its support from westria");
    pg_graph_free(s);
    pg_graph_free(g);
}

Test(draw, filter_min_weight)
{
    pg_graph *g = load(NET);
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    o.min_weight = 2;
    pg_graph *s = filter(g, &o);
    cr_assert_eq(pg_graph_edge_count(s), 4);
    for (size_t i = 0; i < pg_graph_edge_count(s); i++)
        cr_assert_geq(pg_graph_edge(s, i)->weight, 2);
    cr_assert_eq(pg_graph_node_count(s), 5);
    cr_assert(has_node(s, "clara-vos") && has_node(s, "sudmark"));
    pg_graph_free(s);
    pg_graph_free(g);
}

Test(draw, filter_ego_and_depth)
{
    pg_graph *g = load(NET);
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    o.ego = "Anna Berg"; /* by label */
    pg_graph *s = filter(g, &o);
    cr_assert_eq(pg_graph_node_count(s), 4);
    cr_assert(has_node(s, "anna-berg") && has_node(s, "piet-oost") && has_node(s, "lena-kask") &&
              has_node(s, "norland"));
    /* relations among the neighbours stay (lena-kask meets piet-oost) */
    cr_assert_eq(pg_graph_edge_count(s), 6);
    pg_graph_free(s);

    o.depth = 2;
    s = filter(g, &o);
    cr_assert_eq(pg_graph_node_count(s), 7);
    cr_assert(has_node(s, "tomas-reed") && has_node(s, "sudmark") && has_node(s, "westria"));
    cr_assert_not(has_node(s, "clara-vos"));
    pg_graph_free(s);

    /* over the kept relations only: without affiliation norland is gone */
    o.depth = 1;
    o.no_affiliation = 1;
    o.ego = "piet-oost"; /* by id */
    s = filter(g, &o);
    cr_assert_eq(pg_graph_node_count(s), 4);
    cr_assert_not(has_node(s, "sudmark"));
    pg_graph_free(s);

    o.ego = "kask"; /* by alias, case ignored */
    s = filter(g, &o);
    cr_assert(has_node(s, "lena-kask"));
    pg_graph_free(s);
    pg_graph_free(g);
}

Test(draw, filter_ego_errors)
{
    pg_graph *g = load(NET);
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    pg_error err = {0};
    o.ego = "Nobody Here";
    cr_assert_null(pg_draw_filter(g, &o, &err));
    cr_assert(strstr(err.msg, "matches no actor"), "%s", err.msg);
    o.ego = "Vos"; /* an alias of two actors */
    cr_assert_null(pg_draw_filter(g, &o, &err));
    cr_assert(strstr(err.msg, "matches 2 actors") && strstr(err.msg, "'clara-vos'") && strstr(err.msg, "'tomas-reed'"),
              "%s", err.msg);
    pg_graph_free(g);
}

Test(draw, filter_top)
{
    pg_graph *g = load(NET);
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    o.size_by = "mentions";
    o.top = 3;
    pg_graph *s = filter(g, &o);
    cr_assert_eq(pg_graph_node_count(s), 3);
    cr_assert(has_node(s, "anna-berg") && has_node(s, "piet-oost") && has_node(s, "westria"));
    cr_assert_eq(pg_graph_edge_count(s), 3, "relations among the three");
    pg_graph_free(s);

    /* by a metric the nodes carry; ties broken by mentions, then id */
    for (size_t i = 0; i < pg_graph_node_count(g); i++)
        pg_graph_node_set_metric(g, i, "pagerank", strcmp(pg_graph_node(g, i)->id, "mira-holt") == 0 ? 0.9 : 0.1);
    o.size_by = "pagerank";
    o.top = 2;
    s = filter(g, &o);
    cr_assert(has_node(s, "mira-holt") && has_node(s, "anna-berg"));
    pg_graph_free(s);

    /* the ego always stays, counted among the top */
    o.ego = "tomas-reed";
    o.depth = 3;
    o.top = 2;
    s = filter(g, &o);
    cr_assert_eq(pg_graph_node_count(s), 2);
    cr_assert(has_node(s, "tomas-reed") && has_node(s, "anna-berg"));
    pg_graph_free(s);
    pg_graph_free(g);
}

/* ---- metrics on the fly ---- */

Test(draw, prepare_computes_missing_metric)
{
    pg_graph *g = load(SMALL); /* only norland has a pagerank */
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    pg_error err = {0};
    cr_assert_eq(pg_draw_prepare(g, &o, &err), 0, "%s", err.msg);
    for (size_t i = 0; i < pg_graph_node_count(g); i++)
        cr_assert_geq(pg_graph_node_metric(g, i, "pagerank", -1.0), 0.0);
    cr_assert_neq(pg_graph_node_metric(g, (size_t)pg_graph_find_node(g, "norland"), "pagerank", -1), 0.25,
                  "recomputed, not the stale value");
    pg_graph_free(g);

    g = load(SMALL);
    o.compute_metrics = 0;
    cr_assert_eq(pg_draw_prepare(g, &o, &err), 0);
    cr_assert_eq(pg_graph_node_metric(g, 0, "pagerank", -1.0), -1.0, "nothing computed");
    o.compute_metrics = 1;
    o.size_by = "mentions";
    cr_assert_eq(pg_draw_prepare(g, &o, &err), 0);
    cr_assert_eq(pg_graph_node_metric(g, 0, "pagerank", -1.0), -1.0);
    o.size_by = "popularity";
    cr_assert_eq(pg_draw_prepare(g, &o, &err), -1);
    cr_assert(strstr(err.msg, "'popularity'"), "%s", err.msg);
    pg_graph_free(g);
}

/* ---- styling, read back from DOT ---- */

static ptrdiff_t gv_node(const pg_gv *gv, const char *name)
{
    ptrdiff_t i = pg_gv_find_node(gv, name);
    cr_assert_geq(i, 0, "node %s missing", name);
    return i;
}

/* The edge tail -> head of relation type `type`. */
static size_t gv_edge(const pg_gv *gv, const char *tail, const char *head, const char *type)
{
    size_t t = (size_t)gv_node(gv, tail), h = (size_t)gv_node(gv, head);
    for (size_t i = 0; i < pg_gv_edge_count(gv); i++) {
        size_t a, b;
        pg_gv_edge_ends(gv, i, &a, &b);
        const char *ty = pg_gv_edge_get(gv, i, "type", NULL);
        if (a == t && b == h && ty && strcmp(ty, type) == 0)
            return i;
    }
    cr_assert_fail("edge %s -> %s (%s) missing", tail, head, type);
    return 0;
}

Test(draw, styles_by_type)
{
    pg_graph *g = load(NET);
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    pg_gv *gv = draw_dot(g, &o);
    cr_assert(pg_gv_is_directed(gv));
    cr_assert_eq(pg_gv_node_count(gv), 10);
    cr_assert_eq(pg_gv_edge_count(gv), 14, "parallel relations stay separate edges");
    cr_assert_str_eq(pg_gv_graph_get(gv, "layout", NULL), "dot");

    size_t anna = (size_t)gv_node(gv, "anna-berg"), norland = (size_t)gv_node(gv, "norland"),
           ostbund = (size_t)gv_node(gv, "ostbund");
    cr_assert_str_eq(pg_gv_node_get(gv, anna, "shape", NULL), "ellipse");
    cr_assert_str_eq(pg_gv_node_get(gv, norland, "shape", NULL), "box");
    cr_assert_str_eq(pg_gv_node_get(gv, ostbund, "shape", NULL), "hexagon");
    cr_assert_str_neq(pg_gv_node_get(gv, anna, "fillcolor", NULL), pg_gv_node_get(gv, norland, "fillcolor", NULL));
    cr_assert_str_eq(pg_gv_node_get(gv, anna, "type", NULL), "person");
    cr_assert_str_eq(pg_gv_node_get(gv, anna, "name", NULL), "Anna Berg");
    cr_assert_str_eq(pg_gv_node_get(gv, anna, "affiliation", NULL), "norland");
    int html = 0;
    const char *label = pg_gv_node_get(gv, anna, "label", &html);
    cr_assert(html, "labels are HTML-like");
    cr_assert(strstr(label, "Anna Berg") && strstr(label, "Foreign Minister"), "%s", label);
    /* size by pagerank (computed on the fly): anna-berg is bigger than mira-holt */
    size_t mira = (size_t)gv_node(gv, "mira-holt");
    cr_assert_gt(atof(pg_gv_node_get(gv, anna, "width", NULL)), atof(pg_gv_node_get(gv, mira, "width", NULL)));
    cr_assert(pg_gv_node_get(gv, anna, "pagerank", NULL), "metrics go into DOT");

    size_t crit = gv_edge(gv, "piet-oost", "anna-berg", "criticism");
    size_t stmt = gv_edge(gv, "piet-oost", "anna-berg", "statement");
    size_t call = gv_edge(gv, "anna-berg", "piet-oost", "call");
    size_t meet = gv_edge(gv, "lena-kask", "piet-oost", "meeting");
    size_t aff = gv_edge(gv, "anna-berg", "norland", "affiliation");
    size_t sup = gv_edge(gv, "lena-kask", "anna-berg", "support");
    cr_assert_str_eq(pg_gv_edge_get(gv, crit, "color", NULL), "#dc2626");
    cr_assert_str_eq(pg_gv_edge_get(gv, sup, "color", NULL), "#16a34a");
    cr_assert_str_eq(pg_gv_edge_get(gv, call, "style", NULL), "dashed");
    cr_assert_str_eq(pg_gv_edge_get(gv, call, "dir", NULL), "none", "symmetric: no arrowheads");
    cr_assert_str_eq(pg_gv_edge_get(gv, meet, "dir", NULL), "none");
    cr_assert_str_eq(pg_gv_edge_get(gv, call, "directed", NULL), "false");
    cr_assert_str_eq(pg_gv_edge_get(gv, crit, "directed", NULL), "true");
    cr_assert_str_eq(pg_gv_edge_get(gv, aff, "style", NULL), "dotted");
    cr_assert_str_eq(pg_gv_edge_get(gv, crit, "cameo", NULL), "111");
    cr_assert_str_eq(pg_gv_edge_get(gv, crit, "weight", NULL), "3");
    cr_assert_str_eq(pg_gv_edge_get(gv, crit, "date", NULL), "2025-03-10");
    cr_assert_str_eq(pg_gv_edge_get(gv, crit, "evidence", NULL), "Oost condemned Berg's \"reckless\" remarks.");
    cr_assert_gt(atof(pg_gv_edge_get(gv, crit, "penwidth", NULL)), atof(pg_gv_edge_get(gv, stmt, "penwidth", NULL)),
                 "width by weight");
    const char *tip = pg_gv_edge_get(gv, crit, "tooltip", NULL);
    cr_assert(strstr(tip, "2025-03-12 [n2] Oost again criticised Berg."), "%s", tip);
    cr_assert_null(pg_gv_edge_get(gv, crit, "label", NULL), "no edge labels by default");

    /* the legend names every type present */
    label = pg_gv_graph_get(gv, "label", &html);
    cr_assert(html);
    cr_assert(strstr(label, "Alliance summit / Aftermath"), "title from the documents");
    const char *names[] = {"person", "country", "organization", "call", "statement", "criticism", "support",
                           "meeting", "visit", "affiliation"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        cr_assert(strstr(label, names[i]), "legend lacks %s", names[i]);
    pg_gv_free(gv);
    pg_graph_free(g);
}

Test(draw, legend_only_types_present_title_and_labels)
{
    pg_graph *g = load(NET);
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    pg_error err = {0};
    cr_assert_eq(pg_rel_mask_parse("criticism", &o.types, &err), 0);
    o.title = "Who criticised whom";
    o.edge_labels = 1;
    pg_gv *gv = draw_dot(g, &o);
    const char *label = pg_gv_graph_get(gv, "label", NULL);
    cr_assert(strstr(label, "Who criticised whom"));
    cr_assert(strstr(label, "criticism") && strstr(label, "person"));
    cr_assert_null(strstr(label, "support"), "absent types are not in the legend");
    cr_assert_null(strstr(label, "country"));
    cr_assert(strstr(label, "3 actors, 2 relations (of 10 and 14)"), "%s", label);
    size_t crit = gv_edge(gv, "piet-oost", "anna-berg", "criticism");
    cr_assert_str_eq(pg_gv_edge_get(gv, crit, "label", NULL), "criticism \xc3\x97" "3");
    pg_gv_free(gv);

    o.title = "";
    o.legend = 0;
    gv = draw_dot(g, &o);
    label = pg_gv_graph_get(gv, "label", NULL);
    cr_assert_null(strstr(label, "criticism"), "no legend");
    cr_assert_null(strstr(label, "<B>"), "no title");
    pg_gv_free(gv);
    pg_graph_free(g);
}

Test(draw, ego_has_double_border)
{
    pg_graph *g = load(NET);
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    o.ego = "berg";
    pg_gv *gv = draw_dot(g, &o);
    cr_assert_str_eq(pg_gv_node_get(gv, (size_t)gv_node(gv, "anna-berg"), "peripheries", NULL), "2");
    cr_assert_str_eq(pg_gv_node_get(gv, (size_t)gv_node(gv, "piet-oost"), "peripheries", NULL), "");
    pg_gv_free(gv);
    pg_graph_free(g);
}

Test(draw, label_budget_and_engine_choice)
{
    pg_graph *g = pg_graph_new();
    char id[32];
    for (int i = 0; i < 200; i++) {
        snprintf(id, sizeof id, "a%03d", i);
        size_t n = pg_graph_add_node(g, id, id, PG_ACTOR_PERSON);
        pg_graph_node_add_mentions(g, n, (uint64_t)(i + 1));
        if (i)
            pg_graph_edge_add_evidence(g, pg_graph_add_edge(g, n, n - 1, PG_REL_STATEMENT),
                                       &(pg_evidence){.doc = "d", .end = 1, .text = "x", .quote = "", .date = ""});
    }
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    o.size_by = "mentions";
    pg_gv *gv = draw_dot(g, &o);
    cr_assert_str_eq(pg_gv_graph_get(gv, "layout", NULL), "sfdp");
    size_t labelled = 0;
    for (size_t i = 0; i < pg_gv_node_count(gv); i++)
        labelled += strcmp(pg_gv_node_get(gv, i, "label", NULL), " ") != 0;
    cr_assert_eq(labelled, 100, "100 labels on big graphs");
    cr_assert(strstr(pg_gv_node_get(gv, (size_t)gv_node(gv, "a199"), "label", NULL), "a199"),
              "the best ranked are named");
    cr_assert_str_eq(pg_gv_node_get(gv, (size_t)gv_node(gv, "a000"), "label", NULL), " ");
    pg_gv_free(gv);
    o.max_labels = 5;
    o.engine = "neato";
    gv = draw_dot(g, &o);
    cr_assert_str_eq(pg_gv_graph_get(gv, "layout", NULL), "neato");
    labelled = 0;
    for (size_t i = 0; i < pg_gv_node_count(gv); i++)
        labelled += strcmp(pg_gv_node_get(gv, i, "label", NULL), " ") != 0;
    cr_assert_eq(labelled, 5);
    pg_gv_free(gv);
    pg_graph_free(g);
}

/* ---- hostile text stays plain text ---- */

Test(draw, hostile_labels_round_trip_through_dot)
{
    pg_graph *g = load(HOSTILE);
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    pg_gv *gv = draw_dot(g, &o);
    cr_assert_eq(pg_gv_node_count(gv), pg_graph_node_count(g), "DOT keywords as names stay separate nodes");
    cr_assert_eq(pg_gv_edge_count(gv), pg_graph_edge_count(g));
    for (size_t i = 0; i < pg_graph_node_count(g); i++) {
        const pg_node *nd = pg_graph_node(g, i);
        /* node names are the ids, escString-encoded */
        ptrdiff_t v = -1;
        for (size_t k = 0; k < pg_gv_node_count(gv); k++) {
            char *name = unescape(pg_gv_node_name(gv, k), 1, 0);
            if (strcmp(name, nd->id) == 0)
                v = (ptrdiff_t)k;
            free(name);
        }
        cr_assert_geq(v, 0, "node '%s' not found", nd->id);
        /* data attribute: exact label after one round of unescaping
         * (control characters other than line breaks are dropped) */
        char *name = unescape(pg_gv_node_get(gv, (size_t)v, "name", NULL), 1, 0);
        if (strcmp(nd->id, "subgraph") == 0)
            cr_assert_str_eq(name, "Line one\nLine two\nTab\there ctl\x7f\xef\xbf\xbe ]]> <![CDATA[x]]>");
        else
            cr_assert_str_eq(name, nd->label);
        free(name);
        /* tooltip: Graphviz reads it twice and decodes entities */
        char *tip = unescape(pg_gv_node_get(gv, (size_t)v, "tooltip", NULL), 2, 1);
        if (strcmp(nd->id, "subgraph") != 0)
            cr_assert(strncmp(tip, nd->label, strlen(nd->label)) == 0, "tooltip '%s' lacks '%s'", tip, nd->label);
        free(tip);
        /* HTML label: no raw markup from the text */
        int html = 0;
        const char *label = pg_gv_node_get(gv, (size_t)v, "label", &html);
        cr_assert(html);
        cr_assert_null(strstr(label, "<script"), "%s", label);
        cr_assert_null(strstr(label, "<b>"), "%s", label);
        cr_assert_null(strstr(label, "<TABLE><TR>"), "%s", label);
        cr_assert_null(strstr(label, "\n"), "%s", label);
    }
    /* the \N in a label is doubled so that Graphviz shows it, not the node name */
    size_t edge_node = (size_t)gv_node(gv, "edge");
    cr_assert(strstr(pg_gv_node_get(gv, edge_node, "label", NULL), "Back\\\\slash \\\\N \\\\G"),
              "%s", pg_gv_node_get(gv, edge_node, "label", NULL));
    /* evidence: exact after unescaping */
    size_t crit = gv_edge(gv, "node", "edge", "criticism");
    char *ev = unescape(pg_gv_edge_get(gv, crit, "evidence", NULL), 1, 0);
    cr_assert_str_eq(ev, "He said \"</title><script>alert(1)</script>\" & left; ]]> \\ \\N \\\\ end\\");
    free(ev);
    /* the title keeps its text, escaped */
    const char *label = pg_gv_graph_get(gv, "label", NULL);
    cr_assert(strstr(label, "Title with &lt;b&gt;tags&lt;/b&gt; &amp; &quot;quotes&quot; \\\\ and ]]&gt; new line"),
              "%s", label);
    pg_gv_free(gv);
    pg_graph_free(g);
}

Test(draw, hostile_svg_has_no_markup_from_text)
{
    pg_graph *g = load(HOSTILE);
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    pg_error err = {0};
    size_t len;
    char *svg = draw_mem(g, &o, PG_DRAW_SVG, &len, &err);
    cr_assert(svg, "%s", err.msg);
    cr_assert(strstr(svg, "<svg"));
    cr_assert_null(strstr(svg, "<script"), "raw <script> in SVG");
    cr_assert_null(strstr(svg, "<b>"));
    cr_assert_null(strstr(svg, "<![CDATA["));
    cr_assert(strstr(svg, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") ||
              strstr(svg, "&lt;script&gt;alert(\"x\")&lt;/script&gt;"));
    /* \N, \G and \E are printed, not replaced by names */
    cr_assert(strstr(svg, "Back\\slash \\N \\G \\E \\L end\\"));
    free(svg);
    pg_graph_free(g);
}

/* ---- rendering ---- */

Test(draw, renders_svg_png_pdf)
{
    pg_graph *g = load(SMALL);
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    pg_error err = {0};
    size_t len;
    char *out = draw_mem(g, &o, PG_DRAW_SVG, &len, &err);
    cr_assert(out, "%s", err.msg);
    cr_assert(strstr(out, "<svg") && strstr(out, "actor person\"") && strstr(out, "Anna Berg"));
    cr_assert(strstr(out, "xlink:title=\"Anna Berg"), "node tooltips");
    free(out);
    out = draw_mem(g, &o, PG_DRAW_PNG, &len, &err);
    cr_assert(out, "%s", err.msg);
    cr_assert(len > 1000 && memcmp(out, "\x89PNG\r\n\x1a\n", 8) == 0);
    free(out);
    out = draw_mem(g, &o, PG_DRAW_PDF, &len, &err);
    cr_assert(out, "%s", err.msg);
    cr_assert(len > 1000 && memcmp(out, "%PDF", 4) == 0);
    free(out);
    o.engine = "circo";
    out = draw_mem(g, &o, PG_DRAW_SVG, &len, &err);
    cr_assert(out, "%s", err.msg);
    free(out);
    pg_graph_free(g);
}

Test(draw, empty_graph_renders)
{
    pg_graph *g = pg_graph_new();
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    pg_error err = {0};
    char *out = draw_mem(g, &o, PG_DRAW_SVG, NULL, &err);
    cr_assert(out, "%s", err.msg);
    cr_assert(strstr(out, "0 actors, 0 relations"));
    free(out);
    pg_graph_free(g);
}

Test(draw, unknown_engine_is_an_error)
{
    pg_graph *g = load(SMALL);
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    o.engine = "magic";
    pg_error err = {0};
    cr_assert_null(draw_mem(g, &o, PG_DRAW_SVG, NULL, &err));
    cr_assert_eq(err.code, PG_ERR_USAGE);
    cr_assert(strstr(err.msg, "'magic'"), "%s", err.msg);
    pg_graph_free(g);
}

static void redirect_stderr(void) { cr_redirect_stderr(); }

static int nwarn;
static char lastwarn[512];
static void count_warn(void *ctx, const char *msg)
{
    (void)ctx;
    nwarn++;
    snprintf(lastwarn, sizeof lastwarn, "%s", msg);
}

Test(draw, graphviz_errors_and_warnings_are_captured, .init = redirect_stderr)
{
    /* a render format Graphviz does not have: an error, not a print */
    pg_gv *gv = pg_gv_new("g", 1);
    size_t a = pg_gv_add_node(gv, "a"), b = pg_gv_add_node(gv, "b");
    pg_gv_add_edge(gv, a, b);
    pg_error err = {0};
    FILE *null = fopen("/dev/null", "w");
    cr_assert_eq(pg_gv_render(gv, "dot", "nonsense", null, NULL, NULL, &err), -1);
    cr_assert_eq(err.code, PG_ERR_BACKEND);
    cr_assert(strstr(err.msg, "graphviz:") && strstr(err.msg, "nonsense"), "%s", err.msg);
    /* a warning goes to the callback */
    pg_gv_node_set(gv, a, "shape", "no-such-shape", 0);
    nwarn = 0;
    cr_assert_eq(pg_gv_render(gv, "dot", "svg", null, count_warn, NULL, &err), 0, "%s", err.msg);
    cr_assert_geq(nwarn, 1);
    cr_assert(strstr(lastwarn, "graphviz: Warning:") && strstr(lastwarn, "no-such-shape"), "%s", lastwarn);
    /* rendering twice works (the layout is freed in between) */
    cr_assert_eq(pg_gv_render(gv, "neato", "svg", null, NULL, NULL, &err), 0, "%s", err.msg);
    fclose(null);
    pg_gv_free(gv);
    /* a syntax error when reading DOT */
    cr_assert_null(pg_gv_read_dot("digraph { a -> ", &err));
    cr_assert(strstr(err.msg, "graphviz:"), "%s", err.msg);
    fflush(stderr);
    cr_assert_stderr_eq_str("", "nothing printed by Graphviz");
}

Test(draw, adapter_keeps_values_readable)
{
    /* an odd run of backslashes at the end or before a line break would
     * break agwrite's output; the adapter pairs it */
    pg_gv *gv = pg_gv_new("g", 1);
    size_t a = pg_gv_add_node(gv, "x\\");
    pg_gv_node_set(gv, a, "note", "C:\\", 0);
    pg_gv_node_set(gv, a, "two", "a\\\nb\x01", 0);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    pg_error err = {0};
    cr_assert_eq(pg_gv_write_dot(gv, f, &err), 0);
    fclose(f);
    pg_gv_free(gv);
    gv = pg_gv_read_dot(buf, &err);
    cr_assert(gv, "%s\n%s", err.msg, buf);
    cr_assert_eq(pg_gv_node_count(gv), 1);
    cr_assert_str_eq(pg_gv_node_name(gv, 0), "x\\\\");
    cr_assert_str_eq(pg_gv_node_get(gv, 0, "note", NULL), "C:\\\\");
    cr_assert_str_eq(pg_gv_node_get(gv, 0, "two", NULL), "a\\\\\nb");
    pg_gv_free(gv);
    free(buf);
}

Test(draw, adapter_quotes_number_lookalikes)
{
    /* agwrite writes "-", "." and "-." bare (it takes them for numbers),
     * which no DOT reader accepts; found by fuzz_export */
    const char *odd[] = {"-", ".", "-.", "-1", ".5", "1."};
    pg_gv *gv = pg_gv_new("g", 1);
    for (size_t i = 0; i < 6; i++) {
        size_t n = pg_gv_add_node(gv, odd[i]);
        pg_gv_node_set(gv, n, "evidence", odd[i], 0);
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    pg_error err = {0};
    cr_assert_eq(pg_gv_write_dot(gv, f, &err), 0);
    fclose(f);
    pg_gv_free(gv);
    gv = pg_gv_read_dot(buf, &err);
    cr_assert(gv, "%s\n%s", err.msg, buf);
    cr_assert_eq(pg_gv_node_count(gv), 6);
    for (size_t i = 0; i < 6; i++) {
        ptrdiff_t n = pg_gv_find_node(gv, odd[i]);
        cr_assert_geq(n, 0, "node '%s' lost:\n%s", odd[i], buf);
        cr_assert_str_eq(pg_gv_node_get(gv, (size_t)n, "evidence", NULL), odd[i]);
    }
    pg_gv_free(gv);
    free(buf);
}
