/* test_export.c — the export writers: keys and columns, escaping of hostile
 * text in every format (GraphML, GML, CSV, node-link JSON, events TSV,
 * DOT), determinism, atomic CSV pairs, and igraph reading GraphML and GML
 * back. (This test includes igraph.h to prove interoperability; library
 * code reaches igraph only through src/igraph_adapter.c.) NetworkX and
 * Python's xml/csv parsers check the same files in tests/cli/t_export.sh. */
#include <criterion/criterion.h>
#include <igraph.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gv_adapter.h"
#include "polgraph/export.h"

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

typedef int (*writer_fn)(pg_graph *g, FILE *out, pg_error *err);

static char *export_mem(pg_graph *g, pg_export_format f, size_t *len)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *out = open_memstream(&buf, &n);
    pg_error err = {0};
    cr_assert_eq(pg_export_write(g, f, out, &err), 0, "%s", err.msg);
    fclose(out);
    if (len)
        *len = n;
    return buf;
}

static char *write_mem(pg_graph *g, writer_fn fn)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *out = open_memstream(&buf, &n);
    pg_error err = {0};
    cr_assert_eq(fn(g, out, &err), 0, "%s", err.msg);
    fclose(out);
    return buf;
}

static int starts_with(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

static size_t count(const char *s, const char *what)
{
    size_t n = 0;
    for (const char *p = s; (p = strstr(p, what)) != NULL; p += strlen(what))
        n++;
    return n;
}

/* ---- formats ---- */

Test(export, format_names)
{
    pg_export_format f;
    const char *names[] = {"dot", "graphml", "gml", "csv", "nodelink", "events"};
    for (int i = 0; i < PG_EXPORT_NFORMATS; i++) {
        cr_assert_eq(pg_export_format_parse(names[i], &f), 0);
        cr_assert_eq((int)f, i);
        cr_assert_str_eq(pg_export_format_name(f), names[i]);
    }
    cr_assert_eq(pg_export_format_parse("node-link", &f), 0);
    cr_assert_eq(f, PG_EXPORT_NODELINK);
    cr_assert_eq(pg_export_format_parse("tsv", &f), 0);
    cr_assert_eq(f, PG_EXPORT_EVENTS);
    cr_assert_eq(pg_export_format_parse("xlsx", &f), -1);
    cr_assert_eq(pg_export_format_from_path("g.graphml", &f), 0);
    cr_assert_eq(f, PG_EXPORT_GRAPHML);
    cr_assert_eq(pg_export_format_from_path("x/g.GML", &f), 0);
    cr_assert_eq(f, PG_EXPORT_GML);
    cr_assert_eq(pg_export_format_from_path("out/", &f), 0);
    cr_assert_eq(f, PG_EXPORT_CSV);
    cr_assert_eq(pg_export_format_from_path("g.json", &f), 0);
    cr_assert_eq(f, PG_EXPORT_NODELINK);
    cr_assert_eq(pg_export_format_from_path("g.tsv", &f), 0);
    cr_assert_eq(f, PG_EXPORT_EVENTS);
    cr_assert_eq(pg_export_format_from_path("g.csv", &f), -1, "csv is two files, not one name");
    cr_assert_eq(pg_export_format_from_path("a.dot/g", &f), -1);
}

Test(export, csv_paths)
{
    char *n, *e;
    pg_export_csv_paths("out/", &n, &e);
    cr_assert_str_eq(n, "out/nodes.csv");
    cr_assert_str_eq(e, "out/edges.csv");
    free(n);
    free(e);
    pg_export_csv_paths("tests", &n, &e); /* an existing directory */
    cr_assert_str_eq(n, "tests/nodes.csv");
    cr_assert_str_eq(e, "tests/edges.csv");
    free(n);
    free(e);
    pg_export_csv_paths("out/run1", &n, &e);
    cr_assert_str_eq(n, "out/run1-nodes.csv");
    cr_assert_str_eq(e, "out/run1-edges.csv");
    free(n);
    free(e);
}

/* ---- GraphML ---- */

Test(export, graphml_keys_and_values)
{
    pg_graph *g = load(SMALL);
    char *x = export_mem(g, PG_EXPORT_GRAPHML, NULL);
    cr_assert(starts_with(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml"));
    cr_assert(strstr(x, "<key id=\"n_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>"));
    cr_assert(strstr(x, "attr.name=\"pagerank\" attr.type=\"double\""));
    cr_assert(strstr(x, "<key id=\"e_directed\" for=\"edge\" attr.name=\"directed\" attr.type=\"boolean\"/>"));
    cr_assert(strstr(x, "<graph id=\"actors\" edgedefault=\"directed\">"));
    cr_assert_eq(count(x, "<node id="), 4);
    cr_assert_eq(count(x, "<edge id="), 4);
    cr_assert(strstr(x, "<edge id=\"e1\" source=\"anna-berg\" target=\"piet-oost\">\n"
                        "      <data key=\"e_type\">call</data>\n"
                        "      <data key=\"e_label\">call</data>\n"
                        "      <data key=\"e_weight\">2</data>\n"
                        "      <data key=\"e_cameo\">041</data>\n"
                        "      <data key=\"e_directed\">false</data>\n"),
              "%s", x);
    cr_assert(strstr(x, "<data key=\"e_evidence\">Foreign Minister Anna Berg of Norland called Oost.</data>"));
    cr_assert(strstr(x, "<data key=\"e_date\">2025-02-12</data>"));
    /* every key used is declared */
    for (const char *p = x; (p = strstr(p, "<data key=\"")) != NULL; p += 11) {
        char key[64], decl[96];
        sscanf(p + 11, "%63[^\"]", key);
        snprintf(decl, sizeof decl, "<key id=\"%s\"", key);
        cr_assert(strstr(x, decl), "key %s not declared", key);
    }
    free(x);
    pg_graph_free(g);
}

Test(export, graphml_escapes_hostile_text)
{
    pg_graph *g = load(HOSTILE);
    char *x = export_mem(g, PG_EXPORT_GRAPHML, NULL);
    cr_assert_null(strstr(x, "<script"));
    cr_assert_null(strstr(x, "<b>"));
    cr_assert_null(strstr(x, "]]>"), "no raw ]]> (it is escaped as ]]&gt;)");
    cr_assert_null(strstr(x, "<![CDATA["));
    cr_assert(strstr(x, "<data key=\"n_label\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</data>"));
    cr_assert(strstr(x, "<node id=\"q&quot;uote\">"));
    cr_assert(strstr(x, "Line one&#10;Line two&#13;&#10;Tab&#9;here ctl\x7f ]]&gt;"), "control characters dropped");
    cr_assert(strstr(x, "attr.name=\"metric_label\""), "a metric named like a fixed key is renamed");
    cr_assert(strstr(x, "attr.name=\"weird &quot;metric&quot;\\\""));
    for (const unsigned char *p = (const unsigned char *)x; *p; p++)
        cr_assert(*p >= 0x20 || *p == '\n', "control byte %#x in GraphML", *p);
    free(x);
    pg_graph_free(g);
}

/* ---- GML ---- */

Test(export, gml_is_ascii_and_quotes_balanced)
{
    pg_graph *g = load(HOSTILE);
    char *x = export_mem(g, PG_EXPORT_GML, NULL);
    for (const unsigned char *p = (const unsigned char *)x; *p; p++)
        cr_assert(*p < 0x80 && (*p >= 0x20 || *p == '\n'), "byte %#x in GML", *p);
    /* each line has 0 or 2 quotes: no raw quote inside a string */
    for (char *line = x; *line;) {
        char *nl = strchr(line, '\n');
        size_t q = 0;
        for (char *p = line; p < nl; p++)
            q += *p == '"';
        cr_assert(q == 0 || q == 2, "line: %.*s", (int)(nl - line), line);
        line = nl + 1;
    }
    cr_assert(strstr(x, "name \"&lt;script&gt;") == NULL && strstr(x, "name \"<script>alert(&quot;x&quot;)</script>\""),
              "only & and \" are entities");
    cr_assert(strstr(x, "name \"&#220;n&#239;c&#246;d&#233; &quot;quoted&quot;"));
    cr_assert(strstr(x, "label \"q&quot;uote\""));
    cr_assert(strstr(x, "metric_label 7.0"));
    cr_assert(strstr(x, "weird__metric__ 1.5"), "keys sanitised");
    cr_assert(strstr(x, "directed 1\n  multigraph 1\n"));
    free(x);
    pg_graph_free(g);

    g = load(SMALL);
    x = export_mem(g, PG_EXPORT_GML, NULL);
    cr_assert(strstr(x, "  edge [\n    source 0\n    target 2\n    key \"call\"\n    type \"call\"\n"
                        "    label \"call\"\n    weight 2\n    cameo \"041\"\n    directed 0\n"),
              "%s", x);
    cr_assert(strstr(x, "pagerank 0.25\n"));
    free(x);
    pg_graph_free(g);
}

Test(export, gml_reals_always_have_a_point)
{
    pg_graph *g = pg_graph_new();
    size_t a = pg_graph_add_node(g, "a", "A", PG_ACTOR_PERSON);
    pg_graph_node_set_metric(g, a, "tiny", 1e-05);
    pg_graph_node_set_metric(g, a, "big", 3e+20);
    pg_graph_node_set_metric(g, a, "one", 1.0);
    pg_graph_node_set_metric(g, a, "9lives", 2.5);
    char *x = export_mem(g, PG_EXPORT_GML, NULL);
    cr_assert(strstr(x, "tiny 1.0e-05\n"), "%s", x);
    cr_assert(strstr(x, "big 3.0e+20\n") || strstr(x, "big 300000000000000000000.0\n"), "%s", x);
    cr_assert(strstr(x, "one 1.0\n"), "%s", x);
    cr_assert(strstr(x, "m9lives 2.5\n"), "%s", x);
    free(x);
    pg_graph_free(g);
}

/* ---- CSV ---- */

Test(export, csv_columns_and_quoting)
{
    pg_graph *g = load(SMALL);
    char *n = write_mem(g, pg_export_csv_nodes), *e = write_mem(g, pg_export_csv_edges);
    cr_assert(starts_with(n, "Id,Label,Type,Titles,Aliases,Handles,Affiliation,Mentions,pagerank\r\n"), "%s", n);
    cr_assert(strstr(n, "anna-berg,Anna Berg,person,Foreign Minister,Anna Berg; Berg; Foreign Minister Anna Berg,'@annaberg,"
                        "norland,3,\r\n"),
              "%s", n);
    cr_assert(strstr(n, "norland,Norland,country,,Norland,,,2,0.25\r\n"), "%s", n);
    cr_assert(starts_with(e, "Source,Target,Type,Weight,Label,Cameo,Date,Evidence,Quote,Doc,Items\r\n"), "%s", e);
    cr_assert(strstr(e, "anna-berg,piet-oost,Undirected,2,call,041,2025-02-12,"
                        "\"Foreign Minister Anna Berg of Norland called Oost.\",,a1,2\r\n") ||
                  strstr(e, "anna-berg,piet-oost,Undirected,2,call,041,2025-02-12,"
                            "Foreign Minister Anna Berg of Norland called Oost.,,a1,2\r\n"),
              "%s", e);
    cr_assert(strstr(e, "piet-oost,anna-berg,Directed,1,criticism,111,,,,,0\r\n"), "%s", e);
    free(n);
    free(e);
    pg_graph_free(g);
}

Test(export, csv_hostile_cells)
{
    pg_graph *g = load(HOSTILE);
    char *n = write_mem(g, pg_export_csv_nodes), *e = write_mem(g, pg_export_csv_edges);
    /* formula prefixes neutralised, quotes doubled, cells with , " or line breaks quoted */
    cr_assert(strstr(n, "\"'=HYPERLINK(\"\"http://evil\"\"); @handle; node\""), "%s", n);
    cr_assert(strstr(n, ",'-2+3,'+SUM(A1:A2),"), "%s", n);
    cr_assert(strstr(n, "\"<script>alert(\"\"x\"\")</script>\""), "%s", n);
    cr_assert(strstr(n, "\"Line one\nLine two\r\nTab\there ctl\x7f\xef\xbf\xbe ]]> <![CDATA[x]]>\""), "%s", n);
    cr_assert(strstr(n, "\"q\"\"uote\""));
    cr_assert(strstr(n, ",\"weird \"\"metric\"\"\\\"\r\n"), "metric header quoted: %s", n);
    cr_assert(strstr(e, "\"'-1 is a \"\"number\"\" node -> edge; subgraph { }\""), "%s", e);
    cr_assert(strstr(e, ",'=1+2,"), "%s", e);
    cr_assert(strstr(e, "\"'@SUM(1) +1 =2 <tag attr=\"\"v\"\"> &amp; &#38; &lt;\""), "%s", e);
    cr_assert(strstr(e, "x\\,\"q\"\"uote\",Directed,2,support"), "ids stay as they are: %s", e);
    free(n);
    free(e);
    pg_graph_free(g);
}

Test(export, csv_save_writes_both_files_atomically)
{
    char dir[] = "/tmp/pg-export-XXXXXX";
    cr_assert(mkdtemp(dir));
    char dest[64];
    snprintf(dest, sizeof dest, "%s/", dir);
    pg_graph *g = load(SMALL);
    pg_error err = {0};
    cr_assert_eq(pg_export_save(g, PG_EXPORT_CSV, dest, &err), 0, "%s", err.msg);
    char p[96];
    struct stat st;
    snprintf(p, sizeof p, "%s/nodes.csv", dir);
    cr_assert_eq(stat(p, &st), 0);
    unlink(p);
    snprintf(p, sizeof p, "%s/edges.csv", dir);
    cr_assert_eq(stat(p, &st), 0);
    unlink(p);
    snprintf(dest, sizeof dest, "%s/run", dir);
    cr_assert_eq(pg_export_save(g, PG_EXPORT_CSV, dest, &err), 0, "%s", err.msg);
    snprintf(p, sizeof p, "%s/run-nodes.csv", dir);
    cr_assert_eq(stat(p, &st), 0);
    unlink(p);
    snprintf(p, sizeof p, "%s/run-edges.csv", dir);
    cr_assert_eq(stat(p, &st), 0);
    unlink(p);
    cr_assert_eq(pg_export_save(g, PG_EXPORT_CSV, "-", &err), -1);
    cr_assert(strstr(err.msg, "two files"), "%s", err.msg);
    snprintf(dest, sizeof dest, "%s/missing/", dir);
    cr_assert_eq(pg_export_save(g, PG_EXPORT_CSV, dest, &err), -1);
    cr_assert(strstr(err.msg, "cannot write"), "%s", err.msg);
    cr_assert_eq(rmdir(dir), 0, "nothing left behind");
    pg_graph_free(g);
}

/* ---- node-link JSON ---- */

Test(export, nodelink_reads_back)
{
    pg_graph *g = load(HOSTILE);
    char *x = export_mem(g, PG_EXPORT_NODELINK, NULL);
    json_error_t je;
    json_t *j = json_loads(x, 0, &je);
    cr_assert(j, "%s at %d:%d", je.text, je.line, je.column);
    cr_assert(json_is_true(json_object_get(j, "directed")));
    cr_assert(json_is_true(json_object_get(j, "multigraph")));
    cr_assert(json_is_object(json_object_get(j, "graph")));
    json_t *nodes = json_object_get(j, "nodes"), *links = json_object_get(j, "links");
    cr_assert_eq(json_array_size(nodes), pg_graph_node_count(g));
    cr_assert_eq(json_array_size(links), pg_graph_edge_count(g));
    for (size_t i = 0; i < json_array_size(nodes); i++) {
        json_t *n = json_array_get(nodes, i);
        ptrdiff_t k = pg_graph_find_node(g, json_string_value(json_object_get(n, "id")));
        cr_assert_geq(k, 0);
        cr_assert_str_eq(json_string_value(json_object_get(n, "label")), pg_graph_node(g, (size_t)k)->label,
                         "labels are exact");
    }
    json_t *n0 = json_array_get(nodes, 1); /* "node" */
    cr_assert_str_eq(json_string_value(json_object_get(n0, "id")), "node");
    cr_assert(json_is_number(json_object_get(n0, "metric_label")));
    cr_assert(json_is_number(json_object_get(n0, "weird \"metric\"\\")));
    cr_assert_str_eq(json_string_value(json_object_get(n0, "label")), "<script>alert(\"x\")</script>");
    json_t *l = json_array_get(links, 1);
    cr_assert_str_eq(json_string_value(json_object_get(l, "source")), "node");
    cr_assert_str_eq(json_string_value(json_object_get(l, "key")), "criticism");
    cr_assert_eq(json_array_size(json_object_get(l, "evidence")), 2);
    cr_assert_str_eq(json_string_value(json_object_get(json_array_get(json_object_get(l, "evidence"), 0), "text")),
                     "He said \"</title><script>alert(1)</script>\" & left; ]]> \\ \\N \\\\ end\\");
    json_decref(j);
    free(x);
    pg_graph_free(g);
}

/* ---- events ---- */

Test(export, events_rows)
{
    pg_graph *g = load(NET);
    char *x = export_mem(g, PG_EXPORT_EVENTS, NULL);
    const char *header = "date\tsource\tsource_type\trelation\tcameo\ttarget\ttarget_type\tdoc\tsentence\t"
                         "quote\tsource_id\ttarget_id\tdirected\tsentence_index\tpart\n";
    cr_assert(starts_with(x, header), "%s", x);
    /* 4 evidence items + 6 relations without evidence; affiliation left out */
    cr_assert_eq(count(x, "\n"), 11, "%s", x);
    cr_assert_null(strstr(x, "affiliation"));
    const char *first = x + strlen(header);
    const char *row1 = "2025-03-10\tAnna Berg\tperson\tcall\t041\tPiet Oost\tperson\tn1\t"
                       "Berg called Oost before the summit.\t\tanna-berg\tpiet-oost\tfalse\t0\ttext\n";
    cr_assert(starts_with(first, row1), "%s", first);
    cr_assert(strstr(x, "2025-03-10\tPiet Oost\tperson\tcriticism\t111\tAnna Berg\tperson\tn1\t"
                        "\"Oost condemned Berg's \"\"reckless\"\" remarks.\"\treckless\tpiet-oost\tanna-berg\ttrue\t2\ttext\n"),
              "%s", x);
    /* undated rows (no evidence) come last */
    const char *undated = strstr(x, "\n\t");
    cr_assert(undated && !strstr(undated, "\n2025"), "%s", x);
    free(x);
    pg_graph_free(g);

    g = load(HOSTILE);
    x = export_mem(g, PG_EXPORT_EVENTS, NULL);
    /* one line per row: no raw line breaks or tabs inside cells */
    size_t lines = count(x, "\n");
    cr_assert_eq(lines, 1 + 4 + 1, "%s", x);
    for (char *line = x; *line;) {
        char *nl = strchr(line, '\n');
        size_t tabs = 0;
        for (char *p = line; p < nl; p++)
            tabs += *p == '\t';
        cr_assert_eq(tabs, 14, "line: %.*s", (int)(nl - line), line);
        line = nl + 1;
    }
    cr_assert(strstr(x, "\"Second line with tab and \"\"quotes\"\", commas, and @at\""), "%s", x);
    cr_assert(strstr(x, "2025-03-01\tBack\\slash \\N \\G \\E \\L end\\\torganization\tcall\t041\t"
                        "Line one Line two Tab here ctl\x7f\xef\xbf\xbe ]]> <![CDATA[x]]>\tcountry"),
              "date of the document for undated evidence; %s", x);
    free(x);
    pg_graph_free(g);
}

/* ---- DOT ---- */

Test(export, dot_reads_back_with_agread)
{
    pg_graph *g = load(HOSTILE);
    char *x = export_mem(g, PG_EXPORT_DOT, NULL);
    pg_error err = {0};
    pg_gv *gv = pg_gv_read_dot(x, &err);
    cr_assert(gv, "%s", err.msg);
    cr_assert_eq(pg_gv_node_count(gv), 5);
    cr_assert_eq(pg_gv_edge_count(gv), 5);
    cr_assert(pg_gv_find_node(gv, "node") >= 0 && pg_gv_find_node(gv, "edge") >= 0 &&
              pg_gv_find_node(gv, "subgraph") >= 0 && pg_gv_find_node(gv, "q\"uote") >= 0 &&
              pg_gv_find_node(gv, "x\\\\") >= 0);
    size_t v = (size_t)pg_gv_find_node(gv, "node");
    cr_assert_str_eq(pg_gv_node_get(gv, v, "name", NULL), "<script>alert(\"x\")</script>");
    cr_assert_str_eq(pg_gv_node_get(gv, v, "type", NULL), "person");
    cr_assert_str_eq(pg_gv_node_get(gv, v, "metric_label", NULL), "7.0");
    cr_assert(pg_gv_node_get(gv, v, "label", NULL), "styled: labels, colours, tooltips");
    pg_gv_free(gv);
    free(x);
    pg_graph_free(g);

    /* export does not compute metrics: small.json keeps its one pagerank */
    g = load(SMALL);
    x = export_mem(g, PG_EXPORT_DOT, NULL);
    cr_assert_eq(count(x, "pagerank="), 1, "%s", x);
    free(x);
    pg_graph_free(g);
}

/* ---- determinism ---- */

Test(export, same_graph_same_bytes)
{
    pg_graph *a = load(NET), *b = load(NET);
    /* b built in another order: reversed copy */
    pg_graph *r = pg_graph_new();
    for (size_t i = pg_graph_document_count(b); i-- > 0;)
        pg_graph_add_document(r, pg_graph_document(b, i), NULL);
    pg_graph_merge(r, b, NULL, NULL);
    for (int f = 0; f < PG_EXPORT_NFORMATS; f++) {
        if (f == PG_EXPORT_CSV)
            continue;
        char *x = export_mem(a, (pg_export_format)f, NULL), *y = export_mem(r, (pg_export_format)f, NULL);
        cr_assert_str_eq(x, y, "%s differs", pg_export_format_name((pg_export_format)f));
        free(x);
        free(y);
    }
    pg_graph_free(a);
    pg_graph_free(b);
    pg_graph_free(r);
}

/* ---- igraph reads GraphML and GML back ---- */

static void igraph_check(const char *text, int graphml, const pg_graph *g)
{
    igraph_set_attribute_table(&igraph_cattribute_table);
    igraph_set_error_handler(igraph_error_handler_printignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    igraph_t ig;
    igraph_error_t rc = graphml ? igraph_read_graph_graphml(&ig, f, 0) : igraph_read_graph_gml(&ig, f);
    fclose(f);
    cr_assert_eq(rc, IGRAPH_SUCCESS, "igraph: %s", igraph_strerror(rc));
    cr_assert_eq(igraph_vcount(&ig), (igraph_integer_t)pg_graph_node_count(g));
    cr_assert_eq(igraph_ecount(&ig), (igraph_integer_t)pg_graph_edge_count(g));
    cr_assert(igraph_is_directed(&ig));
    const char *label_attr = graphml ? "label" : "name";
    for (igraph_integer_t i = 0; i < igraph_vcount(&ig); i++) {
        const pg_node *nd = pg_graph_node(g, (size_t)i);
        const char *got = VAS(&ig, label_attr, i);
        int ascii = 1;
        for (const char *p = nd->label; *p; p++)
            ascii &= (unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7f;
        /* igraph 0.10 decodes &amp; and &quot; in GML but not numeric references */
        if (graphml || ascii)
            cr_assert_str_eq(got, nd->label);
    }
    igraph_destroy(&ig);
}

Test(export, igraph_reads_graphml_and_gml)
{
    pg_graph *g = load(HOSTILE);
    pg_graph_sort(g);
    char *x = export_mem(g, PG_EXPORT_GRAPHML, NULL);
    /* GraphML keeps every label exactly, bar the control characters */
    pg_graph_node_set_label(g, (size_t)pg_graph_find_node(g, "subgraph"),
                            "Line one\nLine two\r\nTab\there ctl\x7f ]]> <![CDATA[x]]>");
    igraph_check(x, 1, g);
    free(x);
    pg_graph_free(g);
    g = load(NET);
    pg_graph_sort(g);
    x = export_mem(g, PG_EXPORT_GML, NULL);
    igraph_check(x, 0, g);
    free(x);
    x = export_mem(g, PG_EXPORT_GRAPHML, NULL);
    igraph_check(x, 1, g);
    free(x);
    pg_graph_free(g);
}
