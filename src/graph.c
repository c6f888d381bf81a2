/* graph.c — the actor graph model: storage, lookup, canonical order,
 * subgraphs and merge. JSON lives in graph_json.c. */
#include "polgraph/graph.h"

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "docspool.h"
#include "graph_internal.h"
#include "hashmap.h"
#include "mem.h"
#include "utf8.h"

typedef struct {
    pg_node n;
    size_t alias_cap, title_cap, handle_cap, metric_cap;
} node_t;

typedef struct {
    pg_edge e;
    size_t ev_cap;
    int unsorted; /* evidence appended out of order (uncapped edges) */
} edge_t;

struct pg_graph {
    pg_strmap *pool; /* interned strings: every string the graph holds */
    pg_document *docs;
    size_t ndocs, docs_cap;
    pg_strmap *doc_index;
    pg_strmap *ev_texts; /* evidence sentences and quotes, reference-counted */
    pg_docspool *spool; /* documents on disk (corpus extraction), or NULL */
    pg_buf docbuf;      /* the spooled document last read */
    pg_document docview;
    node_t *nodes;
    size_t nnodes, nodes_cap;
    pg_strmap *node_index;
    edge_t *edges;
    size_t nedges, edges_cap;
    pg_u64map *edge_index;
    size_t max_evidence;
    struct doc_ref *last_doc; /* the evidence document id added last (a reference of its own) */
};

/* ---- relation and actor type tables ---- */

static const char *const actor_names[PG_ACTOR_NTYPES] = {"person", "country", "organization"};
static const char *const rel_names[PG_REL_NTYPES] = {"call",    "statement", "criticism",  "support",
                                                     "meeting", "visit",     "affiliation"};
static const char *const rel_cameo[PG_REL_NTYPES] = {"041", "010", "111", "051", "040", "042", ""};

const char *pg_actor_type_name(pg_actor_type t)
{
    return (unsigned)t < PG_ACTOR_NTYPES ? actor_names[t] : "?";
}

int pg_actor_type_parse(const char *s, pg_actor_type *out)
{
    for (int i = 0; i < PG_ACTOR_NTYPES; i++)
        if (strcmp(s, actor_names[i]) == 0) {
            *out = (pg_actor_type)i;
            return 0;
        }
    return -1;
}

const char *pg_rel_type_name(pg_rel_type t)
{
    return (unsigned)t < PG_REL_NTYPES ? rel_names[t] : "?";
}

int pg_rel_type_parse(const char *s, pg_rel_type *out)
{
    for (int i = 0; i < PG_REL_NTYPES; i++)
        if (strcmp(s, rel_names[i]) == 0) {
            *out = (pg_rel_type)i;
            return 0;
        }
    return -1;
}

const char *pg_rel_cameo(pg_rel_type t)
{
    return (unsigned)t < PG_REL_NTYPES ? rel_cameo[t] : "";
}

int pg_rel_is_symmetric(pg_rel_type t) { return t == PG_REL_CALL || t == PG_REL_MEETING; }

int pg_rel_mask_parse(const char *list, unsigned *mask, pg_error *err)
{
    unsigned m = 0;
    const char *p = list;
    for (;;) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char word[32];
        if (n == 0 || n >= sizeof word)
            return pg_error_set(err, PG_ERR_USAGE, "bad relation type list '%s' (expected names such as call,criticism)",
                                list);
        memcpy(word, p, n);
        word[n] = '\0';
        pg_rel_type t;
        if (strcmp(word, "all") == 0)
            m |= PG_REL_MASK_ALL;
        else if (pg_rel_type_parse(word, &t) == 0)
            m |= 1u << t;
        else
            return pg_error_set(err, PG_ERR_USAGE,
                                "unknown relation type '%s' (known: call, statement, criticism, support, meeting, "
                                "visit, affiliation, all)",
                                word);
        if (!e)
            break;
        p = e + 1;
    }
    *mask = m;
    return 0;
}

/* ---- evidence document ids ---- */

/* An evidence item's document id: a reference-counted copy, shared by the
 * items added in a row from one document (an article's relations arrive
 * together), found by comparing with the last one added -- no table, so
 * documents met once cost no more than a plain copy. */
struct doc_ref {
    size_t refs;
    char id[];
};

static struct doc_ref *doc_ref_of(const char *id) { return (struct doc_ref *)(void *)(id - offsetof(struct doc_ref, id)); }

static void doc_ref_put(struct doc_ref *d)
{
    if (d && --d->refs == 0)
        free(d);
}

static const char *doc_ref_get(pg_graph *g, const char *id)
{
    struct doc_ref *d = g->last_doc;
    if (!d || strcmp(d->id, id) != 0) {
        size_t n = strlen(id);
        d = pg_xmalloc(sizeof *d + n + 1);
        d->refs = 1; /* the graph's, as the last one */
        memcpy(d->id, id, n + 1);
        doc_ref_put(g->last_doc);
        g->last_doc = d;
    }
    d->refs++;
    return d->id;
}

/* ---- construction ---- */

pg_graph *pg_graph_new(void)
{
    pg_graph *g = pg_xcalloc(1, sizeof *g);
    g->pool = pg_strmap_new();
    g->doc_index = pg_strmap_new();
    g->ev_texts = pg_strmap_new();
    g->node_index = pg_strmap_new();
    g->edge_index = pg_u64map_new();
    return g;
}

void pg_graph_free(pg_graph *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->nnodes; i++) {
        free(g->nodes[i].n.aliases);
        free(g->nodes[i].n.titles);
        free(g->nodes[i].n.handles);
        free((void *)g->nodes[i].n.metrics);
    }
    for (size_t i = 0; i < g->nedges; i++) {
        pg_edge *e = &g->edges[i].e;
        for (size_t k = 0; k < e->n_evidence; k++)
            doc_ref_put(doc_ref_of(e->evidence[k].doc)); /* texts go with ev_texts below */
        free((void *)e->evidence);
    }
    doc_ref_put(g->last_doc);
    free(g->docs);
    free(g->nodes);
    free(g->edges);
    pg_strmap_free(g->pool);
    pg_strmap_free(g->doc_index);
    pg_strmap_free(g->ev_texts);
    pg_docspool_free(g->spool);
    pg_buf_free(&g->docbuf);
    pg_strmap_free(g->node_index);
    pg_u64map_free(g->edge_index);
    free(g);
}

static const char *intern(pg_graph *g, const char *s)
{
    if (!s)
        s = "";
    return pg_strmap_intern(g->pool, s, strlen(s));
}

void pg_graph_set_max_evidence(pg_graph *g, size_t max) { g->max_evidence = max; }
size_t pg_graph_max_evidence(const pg_graph *g) { return g->max_evidence; }

/* ---- documents ---- */

void pg_graph_spool_documents(pg_graph *g)
{
    if (!g->spool && g->ndocs == 0)
        g->spool = pg_docspool_new(); /* NULL: no temporary file, stay in memory */
}

int pg_graph_documents_error(const pg_graph *g, pg_error *err)
{
    return g->spool ? pg_docspool_error(g->spool, err) : 0;
}

size_t pg_graph_document_count(const pg_graph *g) { return g->spool ? pg_docspool_count(g->spool) : g->ndocs; }

const pg_document *pg_graph_document(const pg_graph *g, size_t i)
{
    if (!g->spool)
        return &g->docs[i];
    pg_graph *m = (pg_graph *)g; /* the read buffer is scratch, not content */
    if (pg_docspool_get(m->spool, i, &m->docview, &m->docbuf) != 0)
        m->docview = (pg_document){"", "", "", "", ""};
    return &m->docview;
}

ptrdiff_t pg_graph_find_document(const pg_graph *g, const char *id)
{
    if (g->spool) {
        for (size_t i = 0; i < pg_docspool_count(g->spool); i++)
            if (strcmp(pg_graph_document(g, i)->id, id) == 0)
                return (ptrdiff_t)i;
        return -1;
    }
    size_t *v = pg_strmap_get(g->doc_index, id, strlen(id));
    return v ? (ptrdiff_t)*v : -1;
}

size_t pg_graph_add_document(pg_graph *g, const pg_document *doc, int *duplicate)
{
    if (g->spool) {
        /* spooled: the ids are unique by construction (the reader renames
         * repeats), so there is no index to keep */
        if (duplicate)
            *duplicate = 0;
        pg_docspool_add(g->spool, doc);
        return pg_docspool_count(g->spool) - 1;
    }
    int inserted;
    size_t *slot = pg_strmap_put(g->doc_index, doc->id, strlen(doc->id), &inserted);
    if (duplicate)
        *duplicate = !inserted;
    if (!inserted)
        return *slot;
    PG_GROW(g->docs, g->docs_cap, g->ndocs + 1);
    pg_document *d = &g->docs[g->ndocs];
    d->id = intern(g, doc->id);
    d->title = intern(g, doc->title);
    d->date = intern(g, doc->date);
    d->source = intern(g, doc->source);
    d->url = intern(g, doc->url);
    *slot = g->ndocs;
    return g->ndocs++;
}

/* ---- nodes ---- */

size_t pg_graph_node_count(const pg_graph *g) { return g->nnodes; }
const pg_node *pg_graph_node(const pg_graph *g, size_t i) { return &g->nodes[i].n; }

ptrdiff_t pg_graph_find_node(const pg_graph *g, const char *id)
{
    size_t *v = pg_strmap_get(g->node_index, id, strlen(id));
    return v ? (ptrdiff_t)*v : -1;
}

size_t pg_graph_add_node(pg_graph *g, const char *id, const char *label, pg_actor_type type)
{
    int inserted;
    size_t *slot = pg_strmap_put(g->node_index, id, strlen(id), &inserted);
    if (!inserted)
        return *slot;
    if (g->nnodes >= ((size_t)1 << 29))
        abort(); /* edge keys pack node indices in 29 bits */
    PG_GROW(g->nodes, g->nodes_cap, g->nnodes + 1);
    node_t *n = &g->nodes[g->nnodes];
    memset(n, 0, sizeof *n);
    n->n.id = intern(g, id);
    n->n.label = intern(g, label ? label : id);
    n->n.type = type;
    *slot = g->nnodes;
    return g->nnodes++;
}

void pg_graph_node_set_label(pg_graph *g, size_t node, const char *label)
{
    g->nodes[node].n.label = intern(g, label);
}

void pg_graph_node_set_type(pg_graph *g, size_t node, pg_actor_type type) { g->nodes[node].n.type = type; }

/* Inserts `s` into the sorted, unique list v[0..*n). */
static void strlist_add(pg_graph *g, const char ***v, size_t *n, size_t *cap, const char *s)
{
    if (!s || !*s)
        return;
    size_t lo = 0, hi = *n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp((*v)[mid], s);
        if (c == 0)
            return;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    PG_GROW(*v, *cap, *n + 1);
    memmove(*v + lo + 1, *v + lo, (*n - lo) * sizeof **v);
    (*v)[lo] = intern(g, s);
    (*n)++;
}

void pg_graph_node_add_alias(pg_graph *g, size_t node, const char *alias)
{
    node_t *n = &g->nodes[node];
    strlist_add(g, &n->n.aliases, &n->n.n_aliases, &n->alias_cap, alias);
}

void pg_graph_node_add_title(pg_graph *g, size_t node, const char *title)
{
    node_t *n = &g->nodes[node];
    strlist_add(g, &n->n.titles, &n->n.n_titles, &n->title_cap, title);
}

void pg_graph_node_add_handle(pg_graph *g, size_t node, const char *handle)
{
    node_t *n = &g->nodes[node];
    strlist_add(g, &n->n.handles, &n->n.n_handles, &n->handle_cap, handle);
}

void pg_graph_node_set_affiliation(pg_graph *g, size_t node, const char *node_id)
{
    g->nodes[node].n.affiliation = node_id && *node_id ? intern(g, node_id) : NULL;
}

void pg_graph_node_add_mentions(pg_graph *g, size_t node, uint64_t n) { g->nodes[node].n.mentions += n; }

void pg_graph_node_set_metric(pg_graph *g, size_t node, const char *name, double value)
{
    node_t *n = &g->nodes[node];
    pg_metric *m = (pg_metric *)n->n.metrics;
    if (!isfinite(value) || fpclassify(value) == FP_SUBNORMAL)
        value = 0.0; /* igraph refuses subnormal numbers in GraphML and GML ("underflow") */
    size_t lo = 0, hi = n->n.n_metrics;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(m[mid].name, name);
        if (c == 0) {
            m[mid].value = value;
            return;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    PG_GROW(m, n->metric_cap, n->n.n_metrics + 1);
    memmove(m + lo + 1, m + lo, (n->n.n_metrics - lo) * sizeof *m);
    m[lo].name = intern(g, name);
    m[lo].value = value;
    n->n.metrics = m;
    n->n.n_metrics++;
}

double pg_graph_node_metric(const pg_graph *g, size_t node, const char *name, double fallback)
{
    const pg_node *n = &g->nodes[node].n;
    for (size_t i = 0; i < n->n_metrics; i++)
        if (strcmp(n->metrics[i].name, name) == 0)
            return n->metrics[i].value;
    return fallback;
}

void pg_graph_clear_metrics(pg_graph *g)
{
    for (size_t i = 0; i < g->nnodes; i++)
        g->nodes[i].n.n_metrics = 0;
}

/* ---- edges ---- */

size_t pg_graph_edge_count(const pg_graph *g) { return g->nedges; }
const pg_edge *pg_graph_edge(const pg_graph *g, size_t i) { return &g->edges[i].e; }

static uint64_t edge_key_full(size_t s, size_t t, pg_rel_type type)
{
    /* 29 bits per node index, 3 bits of type: collision free */
    return ((uint64_t)s << 32) | ((uint64_t)t << 3) | (uint64_t)type;
}

ptrdiff_t pg_graph_find_edge(const pg_graph *g, size_t source, size_t target, pg_rel_type type)
{
    size_t *v = pg_u64map_get(g->edge_index, edge_key_full(source, target, type));
    if (!v && pg_rel_is_symmetric(type))
        v = pg_u64map_get(g->edge_index, edge_key_full(target, source, type));
    return v ? (ptrdiff_t)*v : -1;
}

size_t pg_graph_add_edge(pg_graph *g, size_t source, size_t target, pg_rel_type type)
{
    if (pg_rel_is_symmetric(type) && strcmp(g->nodes[source].n.id, g->nodes[target].n.id) > 0) {
        size_t t = source;
        source = target;
        target = t;
    }
    ptrdiff_t found = pg_graph_find_edge(g, source, target, type);
    if (found >= 0)
        return (size_t)found;
    PG_GROW(g->edges, g->edges_cap, g->nedges + 1);
    edge_t *e = &g->edges[g->nedges];
    memset(e, 0, sizeof *e);
    e->e.source = source;
    e->e.target = target;
    e->e.type = type;
    *pg_u64map_put(g->edge_index, edge_key_full(source, target, type), NULL) = g->nedges;
    return g->nedges++;
}

static int strcmp_interned(const char *a, const char *b) { return a == b ? 0 : strcmp(a, b); }

int pg_evidence_cmp(const pg_evidence *a, const pg_evidence *b)
{
    int c;
    if ((c = strcmp_interned(a->date, b->date)))
        return c;
    if ((c = strcmp_interned(a->doc, b->doc)))
        return c;
    if (a->in_title != b->in_title)
        return a->in_title ? -1 : 1; /* the title comes before the text */
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->end != b->end)
        return a->end < b->end ? -1 : 1;
    if (a->sentence != b->sentence)
        return a->sentence < b->sentence ? -1 : 1;
    if ((c = strcmp_interned(a->text, b->text)))
        return c;
    return strcmp_interned(a->quote, b->quote);
}

static int evidence_qsort_cmp(const void *a, const void *b) { return pg_evidence_cmp(a, b); }

/* Evidence text and quote are shared, reference-counted strings (the same
 * sentence backs many relations, and syndicated stories repeat it across
 * documents); the document id is a doc_ref. An item the evidence
 * cap drops gives its memory back, so a capped graph does not grow with the
 * corpus. */
static void evidence_own_text(pg_graph *g, pg_evidence *item, const char *doc, const char *text, const char *quote)
{
    item->doc = doc_ref_get(g, doc);
    item->text = pg_strmap_ref(g->ev_texts, text ? text : "", text ? strlen(text) : 0);
    item->quote = pg_strmap_ref(g->ev_texts, quote ? quote : "", quote ? strlen(quote) : 0);
}

static void evidence_free_text(pg_graph *g, pg_evidence *item)
{
    doc_ref_put(doc_ref_of(item->doc));
    pg_strmap_unref(g->ev_texts, item->text);
    pg_strmap_unref(g->ev_texts, item->quote);
}

/* Room for `need` evidence items on edge `e` (stored in the edge and
 * returned). Most relations rest on one
 * sentence, so the array starts at one item and doubles (PG_GROW would
 * start at eight), never past the evidence cap. */
static pg_evidence *evidence_reserve(const pg_graph *g, edge_t *e, size_t need)
{
    pg_evidence *v = (pg_evidence *)e->e.evidence;
    if (need <= e->ev_cap)
        return v;
    size_t cap = e->ev_cap ? e->ev_cap * 2 : 1;
    if (cap < need)
        cap = need;
    if (g->max_evidence && cap > g->max_evidence && need <= g->max_evidence)
        cap = g->max_evidence;
    if (cap > SIZE_MAX / sizeof *v)
        abort();
    v = pg_xrealloc(v, cap * sizeof *v);
    e->e.evidence = v;
    e->ev_cap = cap;
    return v;
}

void pg_graph_edge_keep_evidence(pg_graph *g, size_t edge, const pg_evidence *ev)
{
    edge_t *e = &g->edges[edge];
    pg_evidence item = *ev;
    if (!item.doc)
        item.doc = "";
    if (!item.date)
        item.date = "";
    if (!item.text)
        item.text = "";
    if (!item.quote)
        item.quote = "";
    pg_evidence *v = (pg_evidence *)e->e.evidence;
    size_t n = e->e.n_evidence, max = g->max_evidence;
    if (max == 0) {
        /* uncapped: append, sort once in pg_graph_sort */
        if (n && pg_evidence_cmp(&v[n - 1], &item) > 0)
            e->unsorted = 1;
        item.date = intern(g, item.date);
        evidence_own_text(g, &item, item.doc, ev->text, ev->quote);
        v = evidence_reserve(g, e, n + 1);
        v[n] = item;
        e->e.n_evidence = n + 1;
        return;
    }
    /* capped: keep the `max` smallest items, sorted */
    if (e->unsorted) {
        pg_qsort(v, n, sizeof *v, evidence_qsort_cmp);
        e->unsorted = 0;
    }
    if (n >= max) {
        if (pg_evidence_cmp(&item, &v[max - 1]) >= 0)
            return; /* decided before anything is copied */
        for (size_t k = max - 1; k < n; k++)
            evidence_free_text(g, &v[k]);
        n = max - 1;
    }
    item.date = intern(g, item.date);
    evidence_own_text(g, &item, item.doc, ev->text, ev->quote);
    size_t pos = n;
    while (pos > 0 && pg_evidence_cmp(&v[pos - 1], &item) > 0)
        pos--;
    v = evidence_reserve(g, e, n + 1);
    memmove(v + pos + 1, v + pos, (n - pos) * sizeof *v);
    v[pos] = item;
    e->e.n_evidence = n + 1;
}

void pg_graph_edge_add_evidence(pg_graph *g, size_t edge, const pg_evidence *ev)
{
    g->edges[edge].e.weight++;
    pg_graph_edge_keep_evidence(g, edge, ev);
}

void pg_graph_edge_add_weight(pg_graph *g, size_t edge, uint64_t n) { g->edges[edge].e.weight += n; }

/* ---- canonical order ---- */

static int doc_cmp(const void *a, const void *b)
{
    return strcmp(((const pg_document *)a)->id, ((const pg_document *)b)->id);
}

static int node_cmp(const void *a, const void *b)
{
    return strcmp(((const node_t *)a)->n.id, ((const node_t *)b)->n.id);
}

static int edge_cmp(const void *a, const void *b)
{
    const pg_edge *x = &((const edge_t *)a)->e, *y = &((const edge_t *)b)->e;
    if (x->source != y->source)
        return x->source < y->source ? -1 : 1;
    if (x->target != y->target)
        return x->target < y->target ? -1 : 1;
    return (int)x->type - (int)y->type;
}

void pg_graph_sort(pg_graph *g)
{
    if (g->spool)
        pg_docspool_sort(g->spool, (size_t)1 << 20);
    pg_qsort(g->docs, g->ndocs, sizeof *g->docs, doc_cmp);
    for (size_t i = 0; i < g->ndocs; i++)
        *pg_strmap_put(g->doc_index, g->docs[i].id, strlen(g->docs[i].id), NULL) = i;

    /* nodes by id; remember where each old index went */
    size_t *old_of_new = pg_xmalloc((g->nnodes ? g->nnodes : 1) * sizeof *old_of_new);
    for (size_t i = 0; i < g->nnodes; i++)
        *pg_strmap_put(g->node_index, g->nodes[i].n.id, strlen(g->nodes[i].n.id), NULL) = i;
    pg_qsort(g->nodes, g->nnodes, sizeof *g->nodes, node_cmp);
    size_t *new_of_old = pg_xmalloc((g->nnodes ? g->nnodes : 1) * sizeof *new_of_old);
    for (size_t i = 0; i < g->nnodes; i++) {
        size_t *slot = pg_strmap_get(g->node_index, g->nodes[i].n.id, strlen(g->nodes[i].n.id));
        old_of_new[i] = *slot;
        new_of_old[*slot] = i;
        *slot = i;
    }
    free(old_of_new);

    for (size_t i = 0; i < g->nedges; i++) {
        pg_edge *e = &g->edges[i].e;
        e->source = new_of_old[e->source];
        e->target = new_of_old[e->target];
        if (g->edges[i].unsorted) {
            pg_qsort((void *)e->evidence, e->n_evidence, sizeof *e->evidence, evidence_qsort_cmp);
            g->edges[i].unsorted = 0;
        }
    }
    free(new_of_old);
    pg_qsort(g->edges, g->nedges, sizeof *g->edges, edge_cmp);
    pg_u64map_clear(g->edge_index);
    for (size_t i = 0; i < g->nedges; i++) {
        pg_edge *e = &g->edges[i].e;
        *pg_u64map_put(g->edge_index, edge_key_full(e->source, e->target, e->type), NULL) = i;
    }
}

/* ---- copying and merging ---- */

/* Words of a label typed with the shift key held a letter too long
 * ("AGriculture Department", "FIrst Boston Corp"): two capitals, then
 * lower case to the word's end. */
static size_t shift_typos(const char *s)
{
    size_t n = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        size_t len = (size_t)(p - w), k = 2;
        if (len < 4 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'A' || w[1] > 'Z')
            continue;
        while (k < len && w[k] >= 'a' && w[k] <= 'z')
            k++;
        n += k == len;
    }
    return n;
}

/* Label conflict rule: the label with fewer shift-key typos wins, then the
 * longer, then the smaller bytes. A total order, so the outcome of merges
 * does not depend on their order. */
static int label_better(const char *a, const char *b)
{
    size_t ta = shift_typos(a), tb = shift_typos(b);
    if (ta != tb)
        return ta < tb;
    size_t la = strlen(a), lb = strlen(b);
    if (la != lb)
        return la > lb;
    return strcmp(a, b) < 0;
}

/* Which type a node keeps when its id arrives with two: a country, then an
 * organization, then a person. Countries and organizations come from the
 * lexicon or an organization's shape; a person from a capitalised word a
 * verb or title vouched for, the likelier mistake ("Opec was trying" in one
 * article must not make OPEC a person in the corpus graph). */
static int type_rank(pg_actor_type t) { return t == PG_ACTOR_PERSON ? 3 : (int)t; }

/* Adds node `i` of `src` into `dst` (by id) and returns its index there. */
size_t pg_graph_upsert_node(pg_graph *g, const char *id, const char *label, pg_actor_type type)
{
    ptrdiff_t existing = pg_graph_find_node(g, id);
    size_t d = pg_graph_add_node(g, id, label, type);
    if (existing >= 0) {
        pg_node *dn = &g->nodes[d].n;
        if (label_better(label, dn->label))
            dn->label = intern(g, label);
        if (type_rank(type) < type_rank(dn->type))
            dn->type = type;
    }
    return d;
}

void pg_graph_node_offer_affiliation(pg_graph *g, size_t node, const char *aff)
{
    pg_node *dn = &g->nodes[node].n;
    if (aff && *aff && (!dn->affiliation || strcmp(aff, dn->affiliation) < 0))
        dn->affiliation = intern(g, aff);
}

/* Node `d` of `g` takes in what node `s` (of any graph) says: its
 * affiliation (by the merge rule), aliases, titles, handles and mentions. */
static void node_absorb(pg_graph *g, size_t d, const pg_node *s)
{
    pg_graph_node_offer_affiliation(g, d, s->affiliation);
    for (size_t k = 0; k < s->n_aliases; k++)
        pg_graph_node_add_alias(g, d, s->aliases[k]);
    for (size_t k = 0; k < s->n_titles; k++)
        pg_graph_node_add_title(g, d, s->titles[k]);
    for (size_t k = 0; k < s->n_handles; k++)
        pg_graph_node_add_handle(g, d, s->handles[k]);
    pg_graph_node_add_mentions(g, d, s->mentions);
}

static size_t merge_node(pg_graph *dst, const pg_graph *src, size_t i, int keep_metrics)
{
    const pg_node *s = &src->nodes[i].n;
    size_t d = pg_graph_upsert_node(dst, s->id, s->label, s->type);
    node_absorb(dst, d, s);
    if (keep_metrics)
        for (size_t k = 0; k < s->n_metrics; k++)
            pg_graph_node_set_metric(dst, d, s->metrics[k].name, s->metrics[k].value);
    return d;
}

static void merge_edge(pg_graph *dst, const pg_graph *src, size_t i, size_t dsrc, size_t dtgt)
{
    const pg_edge *s = &src->edges[i].e;
    size_t d = pg_graph_add_edge(dst, dsrc, dtgt, s->type);
    for (size_t k = 0; k < s->n_evidence; k++)
        pg_graph_edge_keep_evidence(dst, d, &s->evidence[k]);
    pg_graph_edge_add_weight(dst, d, s->weight);
}

static int doc_fields_cmp(const pg_document *a, const pg_document *b)
{
    int c;
    if ((c = strcmp(a->title, b->title)) || (c = strcmp(a->date, b->date)) || (c = strcmp(a->source, b->source)))
        return c;
    return strcmp(a->url, b->url);
}

static void merge_documents(pg_graph *dst, const pg_graph *src, pg_warn_fn warn, void *ctx)
{
    size_t n = pg_graph_document_count(src);
    for (size_t i = 0; i < n; i++) {
        const pg_document *sd = pg_graph_document(src, i);
        int dup;
        size_t d = pg_graph_add_document(dst, sd, &dup);
        if (!dup)
            continue;
        pg_document *dd = &dst->docs[d];
        int c = doc_fields_cmp(sd, dd);
        if (c == 0)
            continue;
        pg_warn(warn, ctx, "document '%s' appears twice with different fields; keeping one", dd->id);
        if (c < 0) {
            dd->title = intern(dst, sd->title);
            dd->date = intern(dst, sd->date);
            dd->source = intern(dst, sd->source);
            dd->url = intern(dst, sd->url);
        }
    }
}

void pg_graph_merge(pg_graph *dst, const pg_graph *src, pg_warn_fn warn, void *warn_ctx)
{
    merge_documents(dst, src, warn, warn_ctx);
    size_t small[64];
    size_t *map = src->nnodes <= 64 ? small : pg_xmalloc(src->nnodes * sizeof *map);
    for (size_t i = 0; i < src->nnodes; i++)
        map[i] = merge_node(dst, src, i, 0);
    for (size_t i = 0; i < src->nedges; i++)
        merge_edge(dst, src, i, map[src->edges[i].e.source], map[src->edges[i].e.target]);
    if (map != small)
        free(map);
    pg_graph_clear_metrics(dst);
}

/* ---- spelling variants of one person's name ---- */

/* The key two transliterations of one name share: the node id with "y"
 * read as "i" and runs of "i" as one ("sergey-lavrov" and "sergei-lavrov",
 * "volodymyr-zelenskyy" and "volodymyr-zelensky", "mykhailo-podolyak" and
 * "mykhailo-podoliak"). Returns a malloc'd string. */
static char *variant_key(const char *id)
{
    size_t n = strlen(id), k = 0;
    char *key = pg_xmalloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        char c = id[i] == 'y' ? 'i' : id[i];
        if (c == 'i' && k && key[k - 1] == 'i')
            continue;
        key[k++] = c;
    }
    key[k] = '\0';
    return key;
}

/* The key two spellings of one organization's name share: the node id
 * with the legal forms written out read as their abbreviations
 * ("commodity-credit-corporation" and "commodity-credit-corp",
 * "salomon-brothers-inc" and "salomon-bros-inc") and without those that
 * end it ("boeing-co" and "boeing", "amoco-corp" and "amoco"). Returns a
 * malloc'd string. */
static char *org_variant_key(const char *id)
{
    static const char *const forms[][2] = {{"corporation", "corp"}, {"company", "co"}, {"brothers", "bros"},
                                           {"incorporated", "inc"}, {"limited", "ltd"}};
    size_t n = strlen(id), k = 0;
    char *key = pg_xmalloc(n + 1);
    for (size_t i = 0; i < n;) {
        size_t w = strcspn(id + i, "-");
        const char *rep = NULL;
        for (size_t f = 0; f < sizeof forms / sizeof *forms && !rep; f++)
            if (strlen(forms[f][0]) == w && memcmp(id + i, forms[f][0], w) == 0)
                rep = forms[f][1];
        size_t rl = rep ? strlen(rep) : w;
        memcpy(key + k, rep ? rep : id + i, rl);
        k += rl;
        i += w;
        if (i < n)
            key[k++] = id[i++]; /* the hyphen */
    }
    key[k] = '\0';
    /* and without the legal forms that end it: "boeing-co" is "boeing" */
    static const char *const tail[] = {"-inc", "-corp", "-co", "-cos", "-ltd", "-plc", "-llc", "-ag", "-sa", "-nv",
                                       "-oy", "-ab", "-gmbh", "-spa", "-bhd", "-berhad", "-pty", "-lp"};
    for (int again = 1; again;) {
        again = 0;
        for (size_t t = 0; t < sizeof tail / sizeof *tail; t++) {
            size_t tl = strlen(tail[t]);
            if (k > tl && memcmp(key + k - tl, tail[t], tl) == 0) {
                k -= tl;
                key[k] = '\0';
                again = 1;
            }
        }
    }
    return key;
}

/* Of two spellings of one name (ids), is `a` the plainer: shorter, then
 * smaller bytes (a total order)? */
static int plainer(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la != lb)
        return la < lb;
    return strcmp(a, b) < 0;
}

typedef struct {
    char *key;
    size_t node;
    int type; /* pg_actor_type: a group is of one type */
} variant_t;

/* The most spellings folded into one node: a real name has a handful; a
 * made-up article with thousands ("Iyiyi Yiyiy" every way) would make one
 * node's alias list grow by sorted insertion, quadratic in the group. */
#define FOLD_MAX 64

static int variant_cmp(const void *a, const void *b)
{
    const variant_t *x = a, *y = b;
    if (x->type != y->type)
        return x->type < y->type ? -1 : 1;
    return strcmp(x->key, y->key);
}

size_t pg_graph_fold_variants(pg_graph *g)
{
    size_t np = 0;
    for (size_t i = 0; i < g->nnodes; i++)
        np += g->nodes[i].n.type == PG_ACTOR_PERSON || g->nodes[i].n.type == PG_ACTOR_ORGANIZATION;
    if (np < 2)
        return 0;
    variant_t *v = pg_xmalloc(np * sizeof *v);
    np = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        const pg_node *n = &g->nodes[i].n;
        char *key = n->type == PG_ACTOR_PERSON         ? variant_key(n->id)
                    : n->type == PG_ACTOR_ORGANIZATION ? org_variant_key(n->id)
                                                       : NULL;
        if (key)
            v[np++] = (variant_t){key, i, (int)n->type};
    }
    pg_qsort(v, np, sizeof *v, variant_cmp);
    /* each group's node with the plainest spelling (the shortest id, then
     * the smaller bytes: "volodymyr-zelensky", not "-zelenskyy" or
     * "-zelenskyi"; "pennzoil-co", not "pennzoil-company") takes in the
     * others. The choice depends on the set of ids alone, not on the order
     * nodes came in, how often each was seen or which of an id's spellings
     * labels it ("Ltd" or "Ltd."), so folding shards and then their merge
     * gives what one run gives */
    size_t *into = NULL, folded = 0;
    for (size_t a = 0, b; a < np; a = b) {
        size_t best = a;
        int type = v[a].type;
        for (b = a + 1; b < np && v[b].type == type && strcmp(v[b].key, v[a].key) == 0; b++)
            if (plainer(g->nodes[v[b].node].n.id, g->nodes[v[best].node].n.id))
                best = b;
        if (b - a < 2 || b - a > FOLD_MAX)
            continue; /* more spellings than names have: made up, left alone */
        if (!into) {
            into = pg_xmalloc(g->nnodes * sizeof *into);
            for (size_t i = 0; i < g->nnodes; i++)
                into[i] = i;
        }
        for (size_t m = a; m < b; m++)
            into[v[m].node] = v[best].node;
        folded = 1;
    }
    for (size_t i = 0; i < np; i++)
        free(v[i].key);
    free(v);
    if (!folded)
        return 0;
    folded = pg_graph_fold_nodes(g, into);
    free(into);
    return folded;
}

size_t pg_graph_fold_nodes(pg_graph *g, size_t *into)
{
    size_t folded = 0;
    for (size_t l = 0; l < g->nnodes; l++) {
        size_t w = into[l];
        if (w == l)
            continue;
        pg_graph_node_add_alias(g, w, g->nodes[l].n.label);
        node_absorb(g, w, &g->nodes[l].n);
        folded++;
    }
    if (!folded)
        return 0;

    /* edges onto the surviving nodes: one that meets another with the same
     * ends and type gives it its evidence and weight; one that now joins a
     * person to itself goes */
    pg_u64map_clear(g->edge_index);
    size_t ne = 0;
    for (size_t i = 0; i < g->nedges; i++) {
        edge_t *e = &g->edges[i];
        size_t s = into[e->e.source], t = into[e->e.target];
        if (pg_rel_is_symmetric(e->e.type) && strcmp(g->nodes[s].n.id, g->nodes[t].n.id) > 0) {
            size_t x = s;
            s = t;
            t = x;
        }
        size_t *slot = s == t ? NULL : pg_u64map_get(g->edge_index, edge_key_full(s, t, e->e.type));
        if (s == t || slot) {
            pg_evidence *ev = (pg_evidence *)e->e.evidence;
            for (size_t k = 0; k < e->e.n_evidence; k++) {
                if (slot)
                    pg_graph_edge_keep_evidence(g, *slot, &ev[k]);
                evidence_free_text(g, &ev[k]);
            }
            if (slot)
                g->edges[*slot].e.weight += e->e.weight;
            free(ev);
            continue;
        }
        e->e.source = s;
        e->e.target = t;
        if (ne != i)
            g->edges[ne] = *e;
        *pg_u64map_put(g->edge_index, edge_key_full(s, t, e->e.type), NULL) = ne++;
    }
    g->nedges = ne;

    /* the folded nodes go; indices and affiliations follow */
    for (size_t i = 0; i < g->nnodes; i++) {
        const char *aff = g->nodes[i].n.affiliation;
        ptrdiff_t a = aff ? pg_graph_find_node(g, aff) : -1;
        if (a >= 0 && into[a] != (size_t)a)
            g->nodes[i].n.affiliation = g->nodes[into[a]].n.id;
    }
    size_t nn = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        node_t *n = &g->nodes[i];
        if (into[i] != i) {
            free(n->n.aliases);
            free(n->n.titles);
            free(n->n.handles);
            free((void *)n->n.metrics);
            into[i] = (size_t)-1 - into[i]; /* the survivor's old index, marked */
            continue;
        }
        if (nn != i)
            g->nodes[nn] = *n;
        into[i] = nn++;
    }
    for (size_t i = 0; i < g->nnodes; i++)
        if (into[i] > (size_t)-1 / 2)
            into[i] = into[(size_t)-1 - into[i]];
    g->nnodes = nn;
    pg_strmap_clear(g->node_index);
    for (size_t i = 0; i < nn; i++)
        *pg_strmap_put(g->node_index, g->nodes[i].n.id, strlen(g->nodes[i].n.id), NULL) = i;
    pg_u64map_clear(g->edge_index);
    for (size_t i = 0; i < g->nedges; i++) {
        pg_edge *e = &g->edges[i].e;
        e->source = into[e->source];
        e->target = into[e->target];
        *pg_u64map_put(g->edge_index, edge_key_full(e->source, e->target, e->type), NULL) = i;
    }
    pg_graph_clear_metrics(g);
    return folded;
}

pg_graph *pg_graph_subgraph(const pg_graph *g, const unsigned char *keep_node, const unsigned char *keep_edge)
{
    pg_graph *s = pg_graph_new();
    s->max_evidence = g->max_evidence;
    for (size_t i = 0; i < pg_graph_document_count(g); i++)
        pg_graph_add_document(s, pg_graph_document(g, i), NULL);
    size_t *map = pg_xmalloc((g->nnodes ? g->nnodes : 1) * sizeof *map);
    for (size_t i = 0; i < g->nnodes; i++)
        map[i] = (!keep_node || keep_node[i]) ? merge_node(s, g, i, 1) : (size_t)-1;
    for (size_t i = 0; i < g->nedges; i++) {
        const pg_edge *e = &g->edges[i].e;
        if ((keep_edge && !keep_edge[i]) || map[e->source] == (size_t)-1 || map[e->target] == (size_t)-1)
            continue;
        merge_edge(s, g, i, map[e->source], map[e->target]);
    }
    free(map);
    for (size_t i = 0; i < s->nnodes; i++)
        if (s->nodes[i].n.affiliation && pg_graph_find_node(s, s->nodes[i].n.affiliation) < 0)
            s->nodes[i].n.affiliation = NULL;
    return s;
}

pg_graph *pg_graph_copy(const pg_graph *g) { return pg_graph_subgraph(g, NULL, NULL); }

/* ---- ids ---- */

char *pg_slugify(const char *label)
{
    pg_buf b = {0}, word = {0};
    const unsigned char *p = (const unsigned char *)label;
    size_t n = strlen(label), i = 0;
    int pending_dash = 0;
    while (i < n) {
        /* plain ASCII letters and digits: no decoding */
        unsigned char c0 = p[i];
        if ((c0 >= 'a' && c0 <= 'z') || (c0 >= '0' && c0 <= '9') || (c0 >= 'A' && c0 <= 'Z')) {
            if (pending_dash && b.len)
                pg_buf_addc(&b, '-');
            pending_dash = 0;
            pg_buf_addc(&b, (char)(c0 >= 'A' && c0 <= 'Z' ? c0 + 32 : c0));
            i++;
            continue;
        }
        uint32_t cp;
        size_t len = pg_utf8_decode(p + i, n - i, &cp);
        i += len;
        /* apostrophes and periods vanish: "President's" -> "presidents", "U.S." -> "us" */
        if (cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == '.')
            continue;
        pg_buf_reset(&word);
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
            pg_buf_addc(&word, (char)cp);
        else if (cp >= 'A' && cp <= 'Z')
            pg_buf_addc(&word, (char)(cp - 'A' + 'a'));
        else if (cp != PG_UTF8_INVALID && cp >= 0xC0 && pg_utf8_fold_latin(cp, &word))
            ;
        else if (cp != PG_UTF8_INVALID && cp >= 0x370 && cp < 0x2000)
            pg_buf_add(&word, p + i - len, len); /* other scripts: keep the letters */
        if (word.len == 0) {
            pending_dash = 1;
            continue;
        }
        if (pending_dash && b.len)
            pg_buf_addc(&b, '-');
        pending_dash = 0;
        pg_buf_add(&b, word.p, word.len);
    }
    pg_buf_free(&word);
    if (b.len == 0)
        pg_buf_adds(&b, "actor");
    return pg_buf_steal(&b);
}
