/* pipeline.h — helpers for extraction tests: run the whole pipeline on a
 * string and ask the resulting graph questions by label. */
#ifndef PG_TEST_PIPELINE_H
#define PG_TEST_PIPELINE_H

#include <criterion/criterion.h>
#include <string.h>

#include "polgraph/extract.h"
#include "polgraph/graph.h"
#include "polgraph/lexicon.h"
#include "polgraph/reader.h"

__attribute__((unused)) static pg_lexicon *test_lexicon(void)
{
    static pg_lexicon *lex; /* each test runs in its own process */
    if (!lex) {
        pg_error err = {0};
        lex = pg_lexicon_new(&err);
        cr_assert(lex, "lexicon: %s", err.msg);
    }
    return lex;
}

/* Extracts `text` (dated `date`, may be "") into a new graph. */
__attribute__((unused)) static pg_graph *extract_dated(const char *text, const char *date)
{
    pg_article a = {0};
    a.id = (char *)"t";
    a.title = (char *)"";
    a.date = (char *)date;
    a.source = (char *)"";
    a.url = (char *)"";
    a.text = (char *)text;
    a.len = strlen(text);
    pg_extractor *x = pg_extractor_new(test_lexicon(), NULL);
    pg_graph *g = pg_graph_new();
    pg_extract_article(x, &a, g);
    pg_extractor_free(x);
    pg_graph_sort(g);
    return g;
}

__attribute__((unused)) static pg_graph *extract_text(const char *text) { return extract_dated(text, ""); }

/* The node whose label is `label`, or -1. */
__attribute__((unused)) static ptrdiff_t node_by_label(const pg_graph *g, const char *label)
{
    for (size_t i = 0; i < pg_graph_node_count(g); i++)
        if (strcmp(pg_graph_node(g, i)->label, label) == 0)
            return (ptrdiff_t)i;
    return -1;
}

__attribute__((unused)) static int has_node(const pg_graph *g, const char *label, pg_actor_type type)
{
    ptrdiff_t n = node_by_label(g, label);
    return n >= 0 && pg_graph_node(g, (size_t)n)->type == type;
}

/* The edge (from, to, type) by labels; symmetric types either way. */
__attribute__((unused)) static const pg_edge *edge_by_labels(const pg_graph *g, const char *from, const char *to, pg_rel_type type)
{
    ptrdiff_t a = node_by_label(g, from), b = node_by_label(g, to);
    if (a < 0 || b < 0)
        return NULL;
    ptrdiff_t e = pg_graph_find_edge(g, (size_t)a, (size_t)b, type);
    return e >= 0 ? pg_graph_edge(g, (size_t)e) : NULL;
}

__attribute__((unused)) static int has_edge(const pg_graph *g, const char *from, const char *to, pg_rel_type type)
{
    return edge_by_labels(g, from, to, type) != NULL;
}

__attribute__((unused)) static int node_has_alias(const pg_graph *g, const char *label, const char *alias)
{
    ptrdiff_t n = node_by_label(g, label);
    if (n < 0)
        return 0;
    const pg_node *nd = pg_graph_node(g, (size_t)n);
    for (size_t i = 0; i < nd->n_aliases; i++)
        if (strcmp(nd->aliases[i], alias) == 0)
            return 1;
    return 0;
}

#define assert_edge(g, a, b, t) cr_assert(has_edge(g, a, b, t), "expected %s %s -> %s", pg_rel_type_name(t), a, b)
#define refute_edge(g, a, b, t) cr_assert(!has_edge(g, a, b, t), "unexpected %s %s -> %s", pg_rel_type_name(t), a, b)

#endif
