/* test_graph.c — the graph model: canonical order, evidence cap, JSON round
 * trip, loader errors and the merge laws. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "polgraph/graph.h"

#define SMALL "tests/fixtures/small.json"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    cr_assert(f, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    cr_assert(fread(s, 1, (size_t)n, f) == (size_t)n);
    s[n] = 0;
    fclose(f);
    if (len)
        *len = (size_t)n;
    return s;
}

/* Writes `g` as JSON into a malloc'd string. */
static char *to_json(pg_graph *g)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    pg_error err = {0};
    cr_assert_eq(pg_graph_write_json(g, f, &err), 0, "%s", err.msg);
    fclose(f);
    return buf;
}

static pg_graph *load(const char *path)
{
    pg_error err = {0};
    pg_graph *g = pg_graph_load_file(path, &err);
    cr_assert(g, "load %s: %s", path, err.msg);
    return g;
}

static pg_graph *load_str(const char *json, pg_error *err)
{
    return pg_graph_load_buffer(json, strlen(json), "t.json", err);
}

Test(graph, type_names_round_trip)
{
    for (int t = 0; t < PG_REL_NTYPES; t++) {
        pg_rel_type back;
        cr_assert_eq(pg_rel_type_parse(pg_rel_type_name((pg_rel_type)t), &back), 0);
        cr_assert_eq((int)back, t);
    }
    cr_assert_str_eq(pg_rel_cameo(PG_REL_CALL), "041");
    cr_assert_str_eq(pg_rel_cameo(PG_REL_CRITICISM), "111");
    cr_assert_str_eq(pg_rel_cameo(PG_REL_AFFILIATION), "");
    pg_actor_type a;
    cr_assert_eq(pg_actor_type_parse("organization", &a), 0);
    cr_assert_eq(a, PG_ACTOR_ORGANIZATION);
    cr_assert_eq(pg_actor_type_parse("place", &a), -1);
}

Test(graph, rel_mask_parse)
{
    unsigned m;
    pg_error err = {0};
    cr_assert_eq(pg_rel_mask_parse("call,criticism", &m, &err), 0);
    cr_assert_eq(m, (1u << PG_REL_CALL) | (1u << PG_REL_CRITICISM));
    cr_assert_eq(pg_rel_mask_parse("call,hug", &m, &err), -1);
    cr_assert(strstr(err.msg, "'hug'"), "%s", err.msg);
    cr_assert_eq(pg_rel_mask_parse("", &m, &err), -1);
}

Test(graph, slugify)
{
    struct { const char *in, *out; } cases[] = {
        {"Donald Trump", "donald-trump"},
        {"U.S. President", "us-president"},
        {"President's Office", "presidents-office"},
        {"José Martí", "jose-marti"},
        {"Łukasz Ćwik", "lukasz-cwik"},
        {"Kassym-Jomart Tokayev", "kassym-jomart-tokayev"},
        {"  --  ", "actor"},
        {"Weimar+", "weimar"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *s = pg_slugify(cases[i].in);
        cr_assert_str_eq(s, cases[i].out, "slug of '%s'", cases[i].in);
        free(s);
    }
}

Test(graph, nodes_and_edges)
{
    pg_graph *g = pg_graph_new();
    size_t b = pg_graph_add_node(g, "b", "B", PG_ACTOR_PERSON);
    size_t a = pg_graph_add_node(g, "a", "A", PG_ACTOR_COUNTRY);
    cr_assert_eq(pg_graph_add_node(g, "a", "Other", PG_ACTOR_PERSON), a);
    cr_assert_str_eq(pg_graph_node(g, a)->label, "A");
    pg_graph_node_add_alias(g, a, "zeta");
    pg_graph_node_add_alias(g, a, "alpha");
    pg_graph_node_add_alias(g, a, "zeta");
    cr_assert_eq(pg_graph_node(g, a)->n_aliases, 2);
    cr_assert_str_eq(pg_graph_node(g, a)->aliases[0], "alpha");
    size_t e = pg_graph_add_edge(g, b, a, PG_REL_CALL);
    /* symmetric: the reverse direction finds the same edge */
    cr_assert_eq(pg_graph_add_edge(g, a, b, PG_REL_CALL), e);
    /* directed: the reverse is a new edge */
    cr_assert_neq(pg_graph_add_edge(g, a, b, PG_REL_CRITICISM), pg_graph_add_edge(g, b, a, PG_REL_CRITICISM));
    pg_graph_sort(g);
    cr_assert_str_eq(pg_graph_node(g, 0)->id, "a");
    cr_assert_eq(pg_graph_find_node(g, "b"), 1);
    const pg_edge *first = pg_graph_edge(g, 0);
    cr_assert_eq(first->source, 0);
    cr_assert_eq(pg_graph_find_edge(g, 1, 0, PG_REL_CALL) >= 0, 1);
    pg_graph_free(g);
    pg_graph_free(NULL);
}

static pg_evidence ev(const char *doc, size_t start, const char *date)
{
    pg_evidence e = {.doc = doc, .sentence = start / 10, .start = start, .end = start + 5,
                     .text = "text", .quote = "", .date = date};
    return e;
}

Test(graph, evidence_cap_keeps_first_in_evidence_order)
{
    pg_evidence items[] = {ev("d2", 30, "2024-01-02"), ev("d1", 10, "2024-01-01"), ev("d3", 50, "2024-01-03"),
                           ev("d1", 20, "2024-01-01"), ev("d0", 90, "2023-12-31")};
    /* two arrival orders, same result */
    for (int order = 0; order < 2; order++) {
        pg_graph *g = pg_graph_new();
        pg_graph_set_max_evidence(g, 2);
        size_t a = pg_graph_add_node(g, "a", "A", PG_ACTOR_PERSON);
        size_t b = pg_graph_add_node(g, "b", "B", PG_ACTOR_PERSON);
        size_t e = pg_graph_add_edge(g, a, b, PG_REL_STATEMENT);
        for (int i = 0; i < 5; i++)
            pg_graph_edge_add_evidence(g, e, &items[order ? 4 - i : i]);
        const pg_edge *edge = pg_graph_edge(g, e);
        cr_assert_eq(edge->weight, 5);
        cr_assert_eq(edge->n_evidence, 2);
        cr_assert_str_eq(edge->evidence[0].doc, "d0");
        cr_assert_str_eq(edge->evidence[1].doc, "d1");
        cr_assert_eq(edge->evidence[1].start, 10);
        pg_graph_free(g);
    }
}

/* Evidence items added in a row from one document share one copy of its
 * id; an item dropped by the cap, or a copy outliving the items that
 * shared it, leaves the others' ids intact (ASan checks the frees). */
Test(graph, evidence_document_ids_are_shared_and_survive_the_cap)
{
    pg_graph *g = pg_graph_new();
    pg_graph_set_max_evidence(g, 1);
    size_t a = pg_graph_add_node(g, "a", "A", PG_ACTOR_PERSON);
    size_t b = pg_graph_add_node(g, "b", "B", PG_ACTOR_PERSON);
    size_t e1 = pg_graph_add_edge(g, a, b, PG_REL_STATEMENT);
    size_t e2 = pg_graph_add_edge(g, a, b, PG_REL_CRITICISM);
    size_t e3 = pg_graph_add_edge(g, b, a, PG_REL_SUPPORT);
    char doc[16];
    strcpy(doc, "doc-7"); /* the caller's buffer: the graph keeps its own copy */
    pg_evidence x = ev(doc, 10, "2024-01-02"), y = ev(doc, 20, "2024-01-02");
    pg_graph_edge_add_evidence(g, e1, &x);
    pg_graph_edge_add_evidence(g, e2, &y);
    strcpy(doc, "doc-8");
    pg_evidence z = ev(doc, 30, "2024-01-01");
    pg_graph_edge_add_evidence(g, e3, &z);
    strcpy(doc, "overwritten");
    const char *d1 = pg_graph_edge(g, e1)->evidence[0].doc, *d2 = pg_graph_edge(g, e2)->evidence[0].doc;
    cr_assert_str_eq(d1, "doc-7");
    cr_assert_eq(d1, d2, "one copy for the items of one document");
    cr_assert_str_eq(pg_graph_edge(g, e3)->evidence[0].doc, "doc-8");
    /* an earlier item pushes doc-7's out of e1; e2 still holds the copy */
    pg_evidence w = ev("doc-1", 5, "2023-05-05");
    pg_graph_edge_add_evidence(g, e1, &w);
    cr_assert_str_eq(pg_graph_edge(g, e1)->evidence[0].doc, "doc-1");
    cr_assert_str_eq(pg_graph_edge(g, e2)->evidence[0].doc, "doc-7");
    pg_graph_edge_add_evidence(g, e2, &w);
    cr_assert_str_eq(pg_graph_edge(g, e2)->evidence[0].doc, "doc-1");
    cr_assert_str_eq(pg_graph_edge(g, e3)->evidence[0].doc, "doc-8");
    cr_assert_eq(pg_graph_edge(g, e2)->weight, 2);
    pg_graph_free(g);
}

/* Uncapped evidence grows one item at a time from one and keeps every
 * item, in evidence order once sorted. */
Test(graph, uncapped_evidence_keeps_every_item)
{
    pg_graph *g = pg_graph_new();
    size_t a = pg_graph_add_node(g, "a", "A", PG_ACTOR_PERSON);
    size_t b = pg_graph_add_node(g, "b", "B", PG_ACTOR_PERSON);
    size_t e = pg_graph_add_edge(g, a, b, PG_REL_STATEMENT);
    for (int i = 0; i < 37; i++) {
        char doc[16];
        snprintf(doc, sizeof doc, "d%02d", (i * 7) % 37);
        pg_evidence x = ev(doc, 10, "2024-01-01");
        pg_graph_edge_add_evidence(g, e, &x);
    }
    pg_graph_sort(g);
    const pg_edge *edge = pg_graph_edge(g, 0);
    cr_assert_eq(edge->n_evidence, 37);
    for (int i = 0; i < 37; i++) {
        char doc[16];
        snprintf(doc, sizeof doc, "d%02d", i);
        cr_assert_str_eq(edge->evidence[i].doc, doc);
    }
    pg_graph_free(g);
}

Test(graph, json_round_trip_is_byte_stable)
{
    size_t len;
    char *orig = slurp(SMALL, &len);
    pg_graph *g = load(SMALL);
    char *once = to_json(g);
    cr_assert_str_eq(once, orig, "the fixture is canonical, writing it must give it back");
    pg_error err = {0};
    pg_graph *g2 = pg_graph_load_buffer(once, strlen(once), "mem", &err);
    cr_assert(g2, "%s", err.msg);
    char *twice = to_json(g2);
    cr_assert_str_eq(once, twice);
    /* metric values survive exactly */
    cr_assert_float_eq(pg_graph_node_metric(g2, (size_t)pg_graph_find_node(g2, "norland"), "pagerank", -1), 0.25,
                       1e-15);
    free(orig);
    free(once);
    free(twice);
    pg_graph_free(g);
    pg_graph_free(g2);
}

Test(graph, insertion_order_does_not_change_bytes)
{
    pg_graph *x = pg_graph_new(), *y = pg_graph_new();
    const char *ids[] = {"c", "a", "b"};
    for (int i = 0; i < 3; i++)
        pg_graph_add_node(x, ids[i], ids[i], PG_ACTOR_PERSON);
    for (int i = 2; i >= 0; i--)
        pg_graph_add_node(y, ids[i], ids[i], PG_ACTOR_PERSON);
    pg_evidence e1 = ev("d", 1, ""), e2 = ev("d", 2, "");
    size_t ex = pg_graph_add_edge(x, (size_t)pg_graph_find_node(x, "c"), (size_t)pg_graph_find_node(x, "a"),
                                  PG_REL_SUPPORT);
    pg_graph_edge_add_evidence(x, ex, &e1);
    pg_graph_edge_add_evidence(x, ex, &e2);
    size_t ey = pg_graph_add_edge(y, (size_t)pg_graph_find_node(y, "c"), (size_t)pg_graph_find_node(y, "a"),
                                  PG_REL_SUPPORT);
    pg_graph_edge_add_evidence(y, ey, &e2);
    pg_graph_edge_add_evidence(y, ey, &e1);
    char *jx = to_json(x), *jy = to_json(y);
    cr_assert_str_eq(jx, jy);
    free(jx);
    free(jy);
    pg_graph_free(x);
    pg_graph_free(y);
}

static const char *GOOD_HEAD = "{\"format\": \"polgraph-graph\", \"version\": 1, ";

static void expect_load_error(const char *body, const char *needle)
{
    char json[2048];
    snprintf(json, sizeof json, "%s%s", GOOD_HEAD, body);
    pg_error err = {0};
    pg_graph *g = load_str(json, &err);
    cr_assert_null(g, "loading should fail: %s", body);
    cr_assert(strstr(err.msg, needle), "message '%s' should contain '%s'", err.msg, needle);
    cr_assert(strncmp(err.msg, "t.json", 6) == 0, "message names the file: %s", err.msg);
}

Test(graph, loader_rejects_bad_graphs)
{
    pg_error err = {0};
    cr_assert_null(load_str("{\"format\": \"other\", \"version\": 1, \"nodes\": [], \"edges\": []}", &err));
    cr_assert(strstr(err.msg, "format"), "%s", err.msg);
    cr_assert_null(load_str("{\"format\": \"polgraph-graph\", \"version\": 2, \"nodes\": [], \"edges\": []}", &err));
    cr_assert(strstr(err.msg, "version"), "%s", err.msg);
    cr_assert_null(load_str("[1, 2]", &err));
    expect_load_error("\"edges\": []}", "missing required field 'nodes'");
    expect_load_error("\"nodes\": [{\"id\": \"a\", \"label\": \"A\"}], \"edges\": []}", "nodes[0]: missing required field 'type'");
    expect_load_error("\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"planet\"}], \"edges\": []}", "'planet'");
    expect_load_error("\"nodes\": [{\"id\": \"a\", \"label\": 5, \"type\": \"person\"}], \"edges\": []}", "nodes[0].label: expected a string");
    expect_load_error("\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"person\"}], "
                      "\"edges\": [{\"source\": \"a\", \"target\": \"zz\", \"type\": \"call\"}]}",
                      "edges[0].target: unknown node 'zz'");
    expect_load_error("\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"person\", \"affiliation\": \"x\"}], \"edges\": []}",
                      "unknown node 'x'");
    expect_load_error("\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"person\"}, {\"id\": \"a\", \"label\": \"B\", \"type\": \"person\"}], \"edges\": []}",
                      "duplicate node id 'a'");
    expect_load_error("\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"person\"}], "
                      "\"edges\": [{\"source\": \"a\", \"target\": \"a\", \"type\": \"call\", \"weight\": 1, \"evidence\": [{\"doc\": \"d\"}, {\"doc\": \"e\"}]}]}",
                      "less than its 2 evidence items");
    expect_load_error("\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"person\", \"mentions\": -3}], \"edges\": []}",
                      "non-negative integer");
    /* offsets are 32-bit: a document longer than 4 GiB cannot be read */
    expect_load_error("\"nodes\": [{\"id\": \"a\", \"label\": \"A\", \"type\": \"person\"}], "
                      "\"edges\": [{\"source\": \"a\", \"target\": \"a\", \"type\": \"call\", \"weight\": 1, "
                      "\"evidence\": [{\"doc\": \"d\", \"start\": 4294967290, \"end\": 4294967296}]}]}",
                      "edges[0].evidence[0]: end 4294967296 is past the largest document polgraph reads (4294967295 bytes)");
}

Test(graph, evidence_offsets_up_to_the_document_limit_round_trip)
{
    const char *json = "{\"format\": \"polgraph-graph\", \"version\": 1, \"nodes\": [{\"id\": \"a\", \"label\": \"A\", "
                       "\"type\": \"person\"}], \"edges\": [{\"source\": \"a\", \"target\": \"a\", \"type\": \"call\", "
                       "\"weight\": 1, \"evidence\": [{\"doc\": \"d\", \"sentence\": 4294967295, \"start\": 4294967290, "
                       "\"end\": 4294967295}]}]}";
    pg_error err = {0};
    pg_graph *g = load_str(json, &err);
    cr_assert(g, "%s", err.msg);
    const pg_evidence *ev = &pg_graph_edge(g, 0)->evidence[0];
    cr_assert_eq(ev->sentence, 4294967295u);
    cr_assert_eq(ev->start, 4294967290u);
    cr_assert_eq(ev->end, 4294967295u);
    pg_graph_free(g);
}

Test(graph, loader_reports_line_and_column)
{
    pg_error err = {0};
    const char *bad = "{\n  \"format\": \"polgraph-graph\",\n  \"version\": 1,\n  \"nodes\": [,]\n}";
    cr_assert_null(load_str(bad, &err));
    cr_assert(strstr(err.msg, "t.json:4:"), "line in message: %s", err.msg);
    cr_assert_null(pg_graph_load_file("tests/fixtures/does-not-exist.json", &err));
    cr_assert_eq(err.code, PG_ERR_IO);
    cr_assert(strstr(err.msg, "does-not-exist.json"), "%s", err.msg);
    cr_assert_null(pg_graph_load_file("tests/fixtures", &err));
    cr_assert(strstr(err.msg, "directory"), "%s", err.msg);
}

/* ---- merge laws ---- */

static pg_graph *merged(pg_graph *const *parts, int n, size_t cap)
{
    pg_graph *acc = pg_graph_new();
    pg_graph_set_max_evidence(acc, cap);
    for (int i = 0; i < n; i++)
        pg_graph_merge(acc, parts[i], NULL, NULL);
    return acc;
}

/* Three overlapping graphs built from the fixture with pieces changed. */
static void make_parts(pg_graph *p[3])
{
    p[0] = load(SMALL);
    p[1] = pg_graph_new();
    pg_document d = {"b1", "Other", "2025-03-01", "test", ""};
    pg_graph_add_document(p[1], &d, NULL);
    size_t a = pg_graph_add_node(p[1], "anna-berg", "Anna Maria Berg", PG_ACTOR_PERSON);
    pg_graph_node_add_alias(p[1], a, "Anna Maria Berg");
    pg_graph_node_add_title(p[1], a, "Minister");
    pg_graph_node_add_mentions(p[1], a, 4);
    size_t o = pg_graph_add_node(p[1], "piet-oost", "Piet Oost", PG_ACTOR_PERSON);
    size_t e = pg_graph_add_edge(p[1], o, a, PG_REL_CALL); /* reverse direction of a symmetric edge */
    pg_evidence x = ev("b1", 7, "2025-03-01");
    pg_graph_edge_add_evidence(p[1], e, &x);
    p[2] = pg_graph_new();
    size_t z = pg_graph_add_node(p[2], "zora", "Zora", PG_ACTOR_ORGANIZATION);
    size_t a2 = pg_graph_add_node(p[2], "anna-berg", "Anna Berg", PG_ACTOR_PERSON);
    size_t e2 = pg_graph_add_edge(p[2], z, a2, PG_REL_SUPPORT);
    pg_evidence y = ev("b1", 70, "2025-03-01");
    pg_graph_edge_add_evidence(p[2], e2, &y);
    pg_graph_edge_add_evidence(p[2], e2, &y);
}

Test(graph, merge_is_commutative_and_associative)
{
    pg_graph *p[3];
    make_parts(p);
    for (size_t cap = 0; cap <= 1; cap++) {
        pg_graph *abc = merged((pg_graph *[]){p[0], p[1], p[2]}, 3, cap);
        pg_graph *cba = merged((pg_graph *[]){p[2], p[1], p[0]}, 3, cap);
        pg_graph *bac = merged((pg_graph *[]){p[1], p[0], p[2]}, 3, cap);
        pg_graph *bc = merged((pg_graph *[]){p[1], p[2]}, 2, cap);
        pg_graph *a_bc = merged((pg_graph *[]){p[0], bc}, 2, cap);
        char *j1 = to_json(abc), *j2 = to_json(cba), *j3 = to_json(bac), *j4 = to_json(a_bc);
        cr_assert_str_eq(j1, j2, "commutative (cap %zu)", cap);
        cr_assert_str_eq(j1, j3, "commutative (cap %zu)", cap);
        cr_assert_str_eq(j1, j4, "associative (cap %zu)", cap);
        free(j1), free(j2), free(j3), free(j4);
        pg_graph_free(abc), pg_graph_free(cba), pg_graph_free(bac), pg_graph_free(bc), pg_graph_free(a_bc);
    }
    for (int i = 0; i < 3; i++)
        pg_graph_free(p[i]);
}

Test(graph, merge_loses_nothing)
{
    pg_graph *p[3];
    make_parts(p);
    pg_graph *m = merged(p, 3, 0);
    pg_graph_sort(m);
    cr_assert_eq(pg_graph_document_count(m), 3);
    size_t a = (size_t)pg_graph_find_node(m, "anna-berg");
    const pg_node *n = pg_graph_node(m, a);
    cr_assert_str_eq(n->label, "Anna Maria Berg", "the fuller label wins");
    cr_assert_eq(n->mentions, 3 + 4);
    cr_assert_eq(n->n_aliases, 4);
    cr_assert_eq(n->n_titles, 2);
    cr_assert_str_eq(n->affiliation, "norland");
    size_t o = (size_t)pg_graph_find_node(m, "piet-oost");
    ptrdiff_t call = pg_graph_find_edge(m, a, o, PG_REL_CALL);
    cr_assert(call >= 0);
    cr_assert_eq(pg_graph_edge(m, (size_t)call)->weight, 3);
    cr_assert_eq(pg_graph_edge(m, (size_t)call)->n_evidence, 3);
    ptrdiff_t sup = pg_graph_find_edge(m, (size_t)pg_graph_find_node(m, "zora"), a, PG_REL_SUPPORT);
    cr_assert_eq(pg_graph_edge(m, (size_t)sup)->weight, 2);
    /* merging with an empty graph changes nothing but metrics */
    pg_graph *empty = pg_graph_new();
    pg_graph *m2 = merged((pg_graph *[]){m, empty}, 2, 0);
    char *j1 = to_json(m), *j2 = to_json(m2);
    cr_assert_str_eq(j1, j2);
    free(j1), free(j2);
    pg_graph_free(empty), pg_graph_free(m), pg_graph_free(m2);
    for (int i = 0; i < 3; i++)
        pg_graph_free(p[i]);
}

Test(graph, subgraph_drops_edges_of_dropped_nodes)
{
    pg_graph *g = load(SMALL);
    unsigned char keep[4] = {1, 0, 1, 0}; /* anna-berg, piet-oost */
    pg_graph *s = pg_graph_subgraph(g, keep, NULL);
    cr_assert_eq(pg_graph_node_count(s), 2);
    cr_assert_eq(pg_graph_edge_count(s), 2); /* call and criticism */
    cr_assert_null(pg_graph_node(s, (size_t)pg_graph_find_node(s, "anna-berg"))->affiliation);
    pg_graph_free(s);
    pg_graph_free(g);
}

/* docs/FORMAT.md's example is a canonical graph: it loads, and writing it
 * gives its bytes back (the documentation matches the code). */
Test(graph, format_doc_example_is_canonical)
{
    size_t len;
    char *doc = slurp("docs/FORMAT.md", &len);
    char *b = strstr(doc, "```json\n");
    cr_assert(b, "docs/FORMAT.md has a json example");
    b += 8;
    char *e = strstr(b, "```");
    cr_assert(e);
    *e = '\0';
    pg_error err = {0};
    pg_graph *g = pg_graph_load_buffer(b, strlen(b), "FORMAT.md", &err);
    cr_assert(g, "%s", err.msg);
    char *out = to_json(g);
    cr_assert_str_eq(out, b);
    free(out);
    free(doc);
    pg_graph_free(g);
}

/* The document spool: appends after reads land at the end, and the external
 * sort (tiny chunks: many runs) gives id order without losing a record. */
#include "docspool.h"

Test(docspool, add_read_add_sort)
{
    pg_docspool *s = pg_docspool_new();
    cr_assert(s);
    pg_buf scratch = {0};
    pg_document d = {0}, out;
    char id[16], title[32];
    for (int i = 0; i < 50; i++) {
        snprintf(id, sizeof id, "d%02d", (i * 37) % 50);
        snprintf(title, sizeof title, "title of %s", id);
        d.id = id;
        d.title = title;
        d.date = i % 2 ? "2026-01-02" : "";
        cr_assert_eq(pg_docspool_add(s, &d), 0);
        if (i % 7 == 3) { /* a read in between moves the stream */
            cr_assert_eq(pg_docspool_get(s, 0, &out, &scratch), 0);
            cr_assert_str_eq(out.id, "d00");
            cr_assert_eq(pg_docspool_get(s, (size_t)i, &out, &scratch), 0);
            cr_assert_str_eq(out.id, id);
            cr_assert_str_eq(out.title, title);
        }
    }
    cr_assert_eq(pg_docspool_count(s), 50);
    cr_assert_eq(pg_docspool_sort(s, 64), 0);
    for (size_t i = 0; i < 50; i++) {
        cr_assert_eq(pg_docspool_get(s, i, &out, &scratch), 0);
        snprintf(id, sizeof id, "d%02zu", i);
        cr_assert_str_eq(out.id, id);
        snprintf(title, sizeof title, "title of %s", id);
        cr_assert_str_eq(out.title, title);
    }
    /* and appending after the sort */
    d.id = "a-first";
    cr_assert_eq(pg_docspool_add(s, &d), 0);
    cr_assert_eq(pg_docspool_sort(s, 1 << 20), 0);
    cr_assert_eq(pg_docspool_get(s, 0, &out, &scratch), 0);
    cr_assert_str_eq(out.id, "a-first");
    cr_assert_eq(pg_docspool_get(s, 50, &out, &scratch), 0);
    cr_assert_str_eq(out.id, "d49");
    pg_error err = {0};
    cr_assert_eq(pg_docspool_error(s, &err), 0);
    pg_buf_free(&scratch);
    pg_docspool_free(s);
    pg_docspool_free(NULL);
}

/* Two types for one id: a country wins, then an organization, then a
 * person, whichever arrives first ("Opec was trying…" read as a person in
 * one article must not make OPEC a person in the corpus graph). */
Test(graph, merge_prefers_country_then_organization_to_person)
{
    static const pg_actor_type orders[][3] = {
        {PG_ACTOR_PERSON, PG_ACTOR_ORGANIZATION, PG_ACTOR_COUNTRY},
        {PG_ACTOR_COUNTRY, PG_ACTOR_PERSON, PG_ACTOR_ORGANIZATION},
        {PG_ACTOR_ORGANIZATION, PG_ACTOR_COUNTRY, PG_ACTOR_PERSON},
    };
    for (size_t o = 0; o < 3; o++) {
        pg_graph *m = pg_graph_new();
        for (size_t k = 0; k < 3; k++) {
            pg_graph *g = pg_graph_new();
            pg_graph_add_node(g, "opec", "OPEC", orders[o][k]);
            pg_graph_merge(m, g, NULL, NULL);
            pg_graph_free(g);
            if (o == 0 && k == 1)
                cr_assert_eq(pg_graph_node(m, 0)->type, PG_ACTOR_ORGANIZATION, "an organization over a person");
        }
        cr_assert_eq(pg_graph_node(m, 0)->type, PG_ACTOR_COUNTRY, "order %zu", o);
        pg_graph_free(m);
    }
}

Test(graph, merge_prefers_a_label_without_shift_key_typos)
{
    /* either order: "AGriculture Department" loses to the plain spelling,
     * then the longer label wins as before ("First Boston Corp.") */
    static const char *labels[][3] = {
        {"AGriculture Department", "Agriculture Department", "Agriculture Department"},
        {"Agriculture Department", "AGriculture Department", "Agriculture Department"},
        {"FIrst Boston Corp.", "First Boston Corp", "First Boston Corp"},
        {"First Boston Corp", "First Boston Corp.", "First Boston Corp."},
        {"USAIR Group", "USAir Group", "USAIR Group"},
    };
    for (size_t o = 0; o < sizeof labels / sizeof *labels; o++) {
        pg_graph *m = pg_graph_new();
        for (size_t k = 0; k < 2; k++) {
            pg_graph *g = pg_graph_new();
            pg_graph_add_node(g, "x", labels[o][k], PG_ACTOR_ORGANIZATION);
            pg_graph_merge(m, g, NULL, NULL);
            pg_graph_free(g);
        }
        cr_assert_str_eq(pg_graph_node(m, 0)->label, labels[o][2], "case %zu", o);
        pg_graph_free(m);
    }
}

#include "mem.h"

/* pg_xgrow doubles small arrays and grows big ones by a quarter, at least
 * one item at a time, whatever the item size. */
Test(mem, grow_small_and_large_items)
{
    char *p = NULL;
    size_t cap = 0;
    pg_xgrow((void **)&p, &cap, 3, 1);
    cr_assert_eq(cap, 8);
    pg_xgrow((void **)&p, &cap, 9, 1);
    cr_assert_eq(cap, 16);
    free(p);
    p = NULL;
    cap = 0;
    pg_xgrow((void **)&p, &cap, 1, (size_t)1 << 20); /* one 1 MB item: starts at 8 */
    cr_assert_eq(cap, 8);
    pg_xgrow((void **)&p, &cap, 9, (size_t)1 << 20);
    cr_assert_geq(cap, 9);
    cr_assert_leq(cap, 11, "a quarter more, not double: %zu", cap);
    free(p);
    p = NULL;
    cap = 1;
    p = pg_xmalloc((size_t)1 << 19);
    pg_xgrow((void **)&p, &cap, 2, (size_t)1 << 19); /* a quarter of 1 is 0: one item more */
    cr_assert_eq(cap, 2);
    free(p);
}

/* ---- spelling variants ---- */

/* One shard's graph: `spelling` of Lavrov's name stating `n` times about
 * Russia (documents d<k>), meeting Annalena Baerbock once. */
static pg_graph *lavrov_part(const char *spelling, int n, int first_doc, size_t cap)
{
    pg_graph *g = pg_graph_new();
    pg_graph_set_max_evidence(g, cap);
    char id[64], doc[16];
    snprintf(id, sizeof id, "%s", spelling);
    for (char *p = id; *p; p++)
        *p = *p == ' ' ? '-' : (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    size_t l = pg_graph_add_node(g, id, spelling, PG_ACTOR_PERSON);
    pg_graph_node_add_alias(g, l, spelling);
    pg_graph_node_add_mentions(g, l, (uint64_t)n);
    size_t r = pg_graph_add_node(g, "russia", "Russia", PG_ACTOR_COUNTRY);
    size_t b = pg_graph_add_node(g, "annalena-baerbock", "Annalena Baerbock", PG_ACTOR_PERSON);
    size_t st = pg_graph_add_edge(g, l, r, PG_REL_STATEMENT);
    for (int k = 0; k < n; k++) {
        snprintf(doc, sizeof doc, "d%d", first_doc + k);
        pg_evidence x = ev(doc, (size_t)k * 10, "2022-01-01");
        x.doc = doc;
        pg_graph_edge_add_evidence(g, st, &x);
    }
    size_t m = pg_graph_add_edge(g, b, l, PG_REL_MEETING);
    pg_evidence y = ev("m1", 5, "2022-02-01");
    pg_graph_edge_add_evidence(g, m, &y);
    return g;
}

Test(graph, fold_variants_joins_transliterations)
{
    pg_graph *g = lavrov_part("Sergey Lavrov", 2, 0, 0);
    pg_graph *h = lavrov_part("Sergei Lavrov", 3, 10, 0);
    pg_graph_merge(g, h, NULL, NULL);
    size_t s = pg_graph_add_node(g, "sergei-lavrov-inc", "Sergei Lavrov Inc", PG_ACTOR_ORGANIZATION);
    pg_graph_add_edge(g, pg_graph_find_node(g, "sergey-lavrov"), pg_graph_find_node(g, "sergei-lavrov"),
                      PG_REL_STATEMENT); /* one spelling about the other: no self-loop after */
    (void)s;
    cr_assert_eq(pg_graph_node_count(g), 5);
    cr_assert_eq(pg_graph_fold_variants(g), 1);
    cr_assert_eq(pg_graph_node_count(g), 4);
    cr_assert_eq(pg_graph_find_node(g, "sergey-lavrov"), -1);
    ptrdiff_t l = pg_graph_find_node(g, "sergei-lavrov"); /* same length: the smaller bytes */
    cr_assert(l >= 0);
    const pg_node *n = pg_graph_node(g, (size_t)l);
    cr_assert_str_eq(n->label, "Sergei Lavrov");
    cr_assert_eq(n->mentions, 5);
    int alias = 0;
    for (size_t k = 0; k < n->n_aliases; k++)
        alias |= strcmp(n->aliases[k], "Sergey Lavrov") == 0;
    cr_assert(alias, "the other spelling is an alias");
    ptrdiff_t r = pg_graph_find_node(g, "russia");
    ptrdiff_t st = pg_graph_find_edge(g, (size_t)l, (size_t)r, PG_REL_STATEMENT);
    cr_assert(st >= 0);
    cr_assert_eq(pg_graph_edge(g, (size_t)st)->weight, 5);
    cr_assert_eq(pg_graph_edge(g, (size_t)st)->n_evidence, 5);
    ptrdiff_t b = pg_graph_find_node(g, "annalena-baerbock");
    ptrdiff_t m = pg_graph_find_edge(g, (size_t)l, (size_t)b, PG_REL_MEETING);
    cr_assert(m >= 0);
    cr_assert_eq(pg_graph_edge(g, (size_t)m)->weight, 2);
    cr_assert_eq(pg_graph_edge_count(g), 2, "the edge between the spellings is gone");
    cr_assert(pg_graph_find_node(g, "sergei-lavrov-inc") >= 0, "an organization is not folded into a person");
    cr_assert_eq(pg_graph_fold_variants(g), 0, "folding twice changes nothing");
    pg_graph_free(g);
    pg_graph_free(h);
}

Test(graph, fold_variants_is_the_same_for_shards_and_one_run)
{
    /* "Zelenskyy" in one shard, "Zelensky" and "Zelenskyi" in the other:
     * folded shards merged and folded again equal the one run */
    for (size_t cap = 0; cap <= 2; cap += 2) {
        pg_graph *a1 = lavrov_part("Volodymyr Zelenskyy", 3, 0, cap);
        pg_graph *b1 = lavrov_part("Volodymyr Zelensky", 1, 10, cap);
        pg_graph *b2 = lavrov_part("Volodymyr Zelenskyi", 2, 20, cap);
        pg_graph *one = merged((pg_graph *[]){a1, b1, b2}, 3, cap);
        pg_graph_fold_variants(one);
        pg_graph *shard_b = merged((pg_graph *[]){b2, b1}, 2, cap);
        pg_graph_fold_variants(shard_b);
        pg_graph_fold_variants(a1);
        pg_graph *both = merged((pg_graph *[]){shard_b, a1}, 2, cap);
        pg_graph_fold_variants(both);
        char *j1 = to_json(one), *j2 = to_json(both);
        cr_assert_str_eq(j1, j2, "cap %zu", cap);
        cr_assert(strstr(j1, "\"label\": \"Volodymyr Zelensky\""), "the plainest spelling names the node");
        free(j1), free(j2);
        pg_graph_free(a1), pg_graph_free(b1), pg_graph_free(b2), pg_graph_free(one), pg_graph_free(shard_b),
            pg_graph_free(both);
    }
}

Test(graph, fold_variants_leaves_made_up_swarms_alone)
{
    /* 64 spellings of one name fold into one node; 65 are made up */
    for (int count = 64; count <= 65; count++) {
        pg_graph *g = pg_graph_new();
        for (int v = 0; v < count; v++) {
            char label[32], id[32];
            char w[8];
            for (int k = 0; k < 7; k++)
                w[k] = (v >> k & 1) ? 'y' : 'i';
            w[7] = '\0';
            snprintf(label, sizeof label, "Anna B%ss", w);
            snprintf(id, sizeof id, "anna-b%ss", w);
            pg_graph_add_node(g, id, label, PG_ACTOR_PERSON);
        }
        size_t folded = pg_graph_fold_variants(g);
        cr_assert_eq(folded, count == 64 ? 63u : 0u, "%d spellings", count);
        cr_assert_eq(pg_graph_node_count(g), count == 64 ? 1u : 65u);
        pg_graph_free(g);
    }
}

Test(graph, fold_variants_joins_an_organizations_legal_forms)
{
    pg_graph *g = pg_graph_new();
    size_t a = pg_graph_add_node(g, "pennmarl-company", "Pennmarl Company", PG_ACTOR_ORGANIZATION);
    size_t b = pg_graph_add_node(g, "pennmarl-co", "Pennmarl Co.", PG_ACTOR_ORGANIZATION);
    size_t c = pg_graph_add_node(g, "holt-brothers-inc", "Holt Brothers Inc", PG_ACTOR_ORGANIZATION);
    size_t d = pg_graph_add_node(g, "holt-bros-inc", "Holt Bros Inc", PG_ACTOR_ORGANIZATION);
    size_t p = pg_graph_add_node(g, "pennmarl-co-person", "Pennmarl Co", PG_ACTOR_PERSON);
    pg_graph_node_add_mentions(g, a, 2);
    pg_graph_node_add_mentions(g, b, 5);
    (void)c, (void)d, (void)p;
    cr_assert_eq(pg_graph_fold_variants(g), 2);
    ptrdiff_t n = pg_graph_find_node(g, "pennmarl-co");
    cr_assert(n >= 0, "the plainest spelling keeps its id");
    cr_assert_eq(pg_graph_node(g, (size_t)n)->mentions, 7);
    cr_assert_eq(pg_graph_find_node(g, "pennmarl-company"), -1);
    cr_assert(pg_graph_find_node(g, "holt-bros-inc") >= 0);
    cr_assert_eq(pg_graph_find_node(g, "holt-brothers-inc"), -1);
    cr_assert(pg_graph_find_node(g, "pennmarl-co-person") >= 0, "a person is not folded into an organization");
    /* legal forms that end the name: "Pennmarl Co." is "Pennmarl" */
    size_t bare = pg_graph_add_node(g, "pennmarl", "Pennmarl", PG_ACTOR_ORGANIZATION);
    (void)bare;
    cr_assert_eq(pg_graph_fold_variants(g), 1);
    cr_assert(pg_graph_find_node(g, "pennmarl") >= 0);
    cr_assert_eq(pg_graph_find_node(g, "pennmarl-co"), -1);
    cr_assert_eq(pg_graph_fold_variants(g), 0, "folding twice changes nothing");
    pg_graph_free(g);
}

Test(graph, fold_variants_of_organizations_is_the_same_for_shards_and_one_run)
{
    /* one id spelt "Ltd" in one shard and "Ltd." in the other: the plainest
     * id, not the label a shard happened to see, keeps the node */
    pg_graph *a = pg_graph_new(), *b = pg_graph_new();
    size_t n;
    n = pg_graph_add_node(a, "acmo-ltd", "Acmo Ltd", PG_ACTOR_ORGANIZATION);
    pg_graph_node_add_alias(a, n, "Acmo Ltd");
    n = pg_graph_add_node(a, "acmo-inc", "Acmo Inc.", PG_ACTOR_ORGANIZATION);
    pg_graph_node_add_alias(a, n, "Acmo Inc.");
    n = pg_graph_add_node(b, "acmo-ltd", "Acmo Ltd.", PG_ACTOR_ORGANIZATION);
    pg_graph_node_add_alias(b, n, "Acmo Ltd.");
    pg_graph *one = merged((pg_graph *[]){a, b}, 2, 0);
    pg_graph_fold_variants(one);
    pg_graph_fold_variants(a);
    pg_graph_fold_variants(b);
    pg_graph *both = merged((pg_graph *[]){a, b}, 2, 0);
    pg_graph_fold_variants(both);
    char *j1 = to_json(one), *j2 = to_json(both);
    cr_assert_str_eq(j1, j2);
    cr_assert(strstr(j1, "\"id\": \"acmo-inc\""), "the plainest id keeps the node");
    free(j1), free(j2);
    pg_graph_free(a), pg_graph_free(b), pg_graph_free(one), pg_graph_free(both);
}
