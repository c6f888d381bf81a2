/* metrics.c — influence metrics of the actor graph (include/polgraph/metrics.h):
 * turns the typed relations into weighted links, has igraph measure them
 * (through src/igraph_adapter.c), applies polgraph's conventions
 * (docs/METRICS.md: NetworkX-compatible normalisation, no NaN) and stores
 * the values in the nodes; then ranks and writes them as a terminal table,
 * CSV or JSON.
 */
#include "polgraph/metrics.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "igraph_adapter.h"
#include "jsonw.h"
#include "mem.h"
#include "utf8.h"

/* ---- names ---- */

static const char *const metric_names[PG_METRIC_COUNT] = {
    "in_degree", "out_degree",  "degree",   "in_strength", "out_strength", "betweenness", "betweenness_norm",
    "closeness", "harmonic", "eigenvector", "pagerank", "hub",         "authority",    "community",
};

const char *pg_metric_name(pg_metric_id m) { return (unsigned)m < PG_METRIC_COUNT ? metric_names[m] : NULL; }

int pg_metric_parse(const char *s, pg_metric_id *out)
{
    for (int i = 0; s && i < PG_METRIC_COUNT; i++)
        if (strcmp(s, metric_names[i]) == 0) {
            *out = (pg_metric_id)i;
            return 0;
        }
    return -1;
}

int pg_metric_is_integer(pg_metric_id m)
{
    switch (m) {
    case PG_METRIC_IN_DEGREE:
    case PG_METRIC_OUT_DEGREE:
    case PG_METRIC_DEGREE:
    case PG_METRIC_IN_STRENGTH: /* sums of evidence counts */
    case PG_METRIC_OUT_STRENGTH:
    case PG_METRIC_COMMUNITY: return 1;
    default: return 0;
    }
}

int pg_metric_mask_parse(const char *list, unsigned *mask, pg_error *err)
{
    unsigned m = 0;
    const char *p = list ? list : "";
    if (!*p)
        return pg_error_set(err, PG_ERR_USAGE, "empty list of metrics");
    for (;;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        char name[32];
        pg_metric_id id;
        if (len == 0 || len >= sizeof name)
            return pg_error_set(err, PG_ERR_USAGE, "'%.*s' is not a metric (one of in_degree, out_degree, degree, "
                                "in_strength, out_strength, betweenness, betweenness_norm, closeness, harmonic, "
                                "eigenvector, pagerank, hub, authority, community)", (int)len, p);
        memcpy(name, p, len);
        name[len] = 0;
        if (pg_metric_parse(name, &id) != 0)
            return pg_error_set(err, PG_ERR_USAGE, "'%s' is not a metric (one of in_degree, out_degree, degree, "
                                "in_strength, out_strength, betweenness, betweenness_norm, closeness, harmonic, "
                                "eigenvector, pagerank, hub, authority, community)", name);
        m |= 1u << id;
        if (id == PG_METRIC_BETWEENNESS) /* one computation, two columns */
            m |= 1u << PG_METRIC_BETWEENNESS_NORM;
        if (!comma)
            break;
        p = comma + 1;
    }
    *mask = m;
    return 0;
}

void pg_metrics_opts_init(pg_metrics_opts *o)
{
    memset(o, 0, sizeof *o);
    o->types = PG_REL_MASK_INTERACTION;
    o->undirected = 0;
    o->weighted = 1;
    o->damping = 0.85;
    o->communities = PG_COMMUNITIES_LOUVAIN;
    o->seed = 42;
    o->skip = 0;
    o->cutoff = 0;
}

static const char *const step_names[PG_METRICS_NSTEPS] = {
    "prepare", "build", "betweenness", "closeness", "harmonic", "pagerank",
    "hits",    "eigenvector", "communities", "summary", "store",
};

const char *pg_metrics_step_name(pg_metrics_step s)
{
    return (unsigned)s < PG_METRICS_NSTEPS ? step_names[s] : NULL;
}

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Charges the CPU time since the last call to step `s`. */
static void lap(pg_metrics_summary *sum, pg_metrics_step s, double *t)
{
    double now = cpu_now();
    sum->seconds[s] += now - *t;
    *t = now;
}

/* ---- links ---- */

typedef struct plink {
    size_t a, b; /* canonical vertex numbers (rank of the node id) */
    double w;
} plink;

/* Sorts t[0..m) by (a, b) (two stable counting passes, vertices < n) and
 * merges equal pairs, summing weights. Returns the number of links. */
static size_t collapse(plink *t, size_t m, size_t n)
{
    if (m == 0)
        return 0;
    plink *tmp = pg_xmalloc(m * sizeof *tmp);
    size_t *count = pg_xmalloc((n + 1) * sizeof *count);
    for (int pass = 0; pass < 2; pass++) {
        plink *from = pass == 0 ? t : tmp, *to = pass == 0 ? tmp : t;
        memset(count, 0, (n + 1) * sizeof *count);
        for (size_t i = 0; i < m; i++)
            count[(pass == 0 ? from[i].b : from[i].a) + 1]++;
        for (size_t v = 0; v < n; v++)
            count[v + 1] += count[v];
        for (size_t i = 0; i < m; i++)
            to[count[pass == 0 ? from[i].b : from[i].a]++] = from[i];
    }
    free(count);
    free(tmp);
    size_t k = 0;
    for (size_t i = 0; i < m; i++) {
        if (k > 0 && t[k - 1].a == t[i].a && t[k - 1].b == t[i].b)
            t[k - 1].w += t[i].w;
        else
            t[k++] = t[i];
    }
    return k;
}

/* An igraph view of a link list: ends and weights as plain arrays. */
typedef struct linkset {
    size_t m;
    size_t *ends; /* 2m */
    double *w;    /* m */
} linkset;

static void linkset_from(linkset *ls, const plink *t, size_t m)
{
    ls->m = m;
    ls->ends = pg_xmalloc((2 * m + 1) * sizeof *ls->ends);
    ls->w = pg_xmalloc((m + 1) * sizeof *ls->w);
    for (size_t i = 0; i < m; i++) {
        ls->ends[2 * i] = t[i].a;
        ls->ends[2 * i + 1] = t[i].b;
        ls->w[i] = t[i].w;
    }
}

static void linkset_free(linkset *ls)
{
    free(ls->ends);
    free(ls->w);
}

typedef struct node_key {
    const char *id;
    size_t i;
} node_key;

static int cmp_node_key(const void *x, const void *y)
{
    return strcmp(((const node_key *)x)->id, ((const node_key *)y)->id);
}

/* A value fit for output: finite, and +0 rather than -0. */
static double clean(double v) { return isfinite(v) ? v + 0.0 : 0.0; }

/* ---- computing ---- */

typedef struct state {
    size_t n;
    pg_metrics_opts o;
    double *val[PG_METRIC_COUNT]; /* by canonical vertex number */
    linkset path;                 /* the links path metrics, PageRank and HITS run on */
    linkset und;                  /* the undirected view (eigenvector, communities) */
    pg_ig_graph *gp, *gu;         /* gu == gp when undirected */
    pg_metrics_summary *sum;      /* for the timings */
    double t;                     /* CPU time at the last lap */
} state;

static int want(const state *st, pg_metric_id m) { return !(st->o.skip & (1u << m)); }

static void degrees(state *st)
{
    const linkset *p = &st->path;
    double *in = st->val[PG_METRIC_IN_DEGREE], *out = st->val[PG_METRIC_OUT_DEGREE];
    double *sin = st->val[PG_METRIC_IN_STRENGTH], *sout = st->val[PG_METRIC_OUT_STRENGTH];
    for (size_t i = 0; i < p->m; i++) {
        size_t a = p->ends[2 * i], b = p->ends[2 * i + 1];
        double w = st->o.weighted ? p->w[i] : 1.0;
        out[a] += 1;
        in[b] += 1;
        sout[a] += w;
        sin[b] += w;
        if (st->o.undirected) { /* an undirected link is both ways */
            out[b] += 1;
            in[a] += 1;
            sout[b] += w;
            sin[a] += w;
        }
    }
    for (size_t v = 0; v < st->n; v++)
        st->val[PG_METRIC_DEGREE][v] = st->o.undirected ? in[v] : in[v] + out[v];
}

static int path_metrics(state *st, pg_error *err)
{
    size_t n = st->n;
    double cutoff = st->o.cutoff > 0 ? (double)st->o.cutoff : -1;
    double nm1 = (double)n - 1;
    if (want(st, PG_METRIC_BETWEENNESS) || want(st, PG_METRIC_BETWEENNESS_NORM)) {
        double *b = st->val[PG_METRIC_BETWEENNESS];
        if (pg_ig_betweenness(st->gp, cutoff, b, err) != 0)
            return -1;
        /* NetworkX: 1/((n-1)(n-2)) over ordered pairs; igraph counts an
         * undirected pair once, so undirected values double */
        double scale = n > 2 ? (st->o.undirected ? 2.0 : 1.0) / (nm1 * (nm1 - 1)) : 0.0;
        for (size_t v = 0; v < n; v++)
            st->val[PG_METRIC_BETWEENNESS_NORM][v] = b[v] * scale;
        lap(st->sum, PG_STEP_BETWEENNESS, &st->t);
    }
    if (want(st, PG_METRIC_CLOSENESS)) {
        double *c = st->val[PG_METRIC_CLOSENESS];
        double *reached = pg_xmalloc(n * sizeof *reached);
        int rc = pg_ig_closeness(st->gp, 1, cutoff, c, reached, err);
        /* Wasserman–Faust: (r/sum d) * (r/(n-1)), r = actors that reach v */
        for (size_t v = 0; rc == 0 && v < n; v++)
            c[v] = reached[v] > 0 && n > 1 && isfinite(c[v]) ? c[v] * reached[v] / nm1 : 0.0;
        free(reached);
        if (rc != 0)
            return -1;
        lap(st->sum, PG_STEP_CLOSENESS, &st->t);
    }
    if (want(st, PG_METRIC_HARMONIC)) {
        double *h = st->val[PG_METRIC_HARMONIC];
        if (pg_ig_harmonic(st->gp, 1, cutoff, h, err) != 0)
            return -1;
        for (size_t v = 0; v < n; v++)
            h[v] = n > 1 ? h[v] / nm1 : 0.0;
        lap(st->sum, PG_STEP_HARMONIC, &st->t);
    }
    return 0;
}

/* Eigenvector solvers leave round-off (1e-16) where the exact value is 0;
 * such values are reported as 0 (they would differ between machines). */
#define SPECTRAL_NOISE 1e-13

/* Divides a[0..n) by its sum (all zeros stay zeros), then drops noise. */
static void to_unit_sum(double *a, size_t n)
{
    double sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += isfinite(a[i]) ? fabs(a[i]) : 0;
    for (size_t i = 0; i < n; i++) {
        a[i] = sum > 0 && isfinite(a[i]) ? fabs(a[i]) / sum : 0.0;
        if (a[i] < SPECTRAL_NOISE)
            a[i] = 0.0;
    }
}

static int spectral_metrics(state *st, pg_error *err)
{
    const double *wp = st->o.weighted ? st->path.w : NULL;
    const double *wu = st->o.weighted ? st->und.w : NULL;
    if (want(st, PG_METRIC_PAGERANK)) {
        if (pg_ig_pagerank(st->gp, st->o.damping, wp, st->val[PG_METRIC_PAGERANK], err) != 0)
            return -1;
        lap(st->sum, PG_STEP_PAGERANK, &st->t);
    }
    /* without links there is no principal eigenvector to speak of: 0 */
    if ((want(st, PG_METRIC_HUB) || want(st, PG_METRIC_AUTHORITY)) && st->path.m > 0) {
        if (pg_ig_hits(st->gp, wp, st->val[PG_METRIC_HUB], st->val[PG_METRIC_AUTHORITY], err) != 0)
            return -1;
        to_unit_sum(st->val[PG_METRIC_HUB], st->n);
        to_unit_sum(st->val[PG_METRIC_AUTHORITY], st->n);
        lap(st->sum, PG_STEP_HITS, &st->t);
    }
    if (want(st, PG_METRIC_EIGENVECTOR) && st->und.m > 0) {
        double *e = st->val[PG_METRIC_EIGENVECTOR];
        if (pg_ig_eigenvector(st->gu, wu, e, err) != 0)
            return -1;
        for (size_t v = 0; v < st->n; v++)
            e[v] = isfinite(e[v]) && fabs(e[v]) >= SPECTRAL_NOISE ? fabs(e[v]) : 0.0;
        lap(st->sum, PG_STEP_EIGENVECTOR, &st->t);
    }
    return 0;
}

static int communities(state *st, pg_metrics_summary *s, pg_error *err)
{
    size_t n = st->n;
    size_t *memb = pg_xmalloc(n * sizeof *memb);
    double q = 0;
    int rc = pg_ig_communities(st->gu, st->o.weighted ? st->und.w : NULL,
                               st->o.communities == PG_COMMUNITIES_LEIDEN ? PG_IG_LEIDEN_MODULARITY : PG_IG_LOUVAIN,
                               st->o.seed, memb, &q, err);
    if (rc == 0) {
        /* renumber: communities in order of their first member by id */
        size_t *label = pg_xmalloc(n * sizeof *label), k = 0;
        for (size_t i = 0; i < n; i++)
            label[i] = SIZE_MAX;
        for (size_t v = 0; v < n; v++) {
            size_t c = memb[v] < n ? memb[v] : n - 1;
            if (label[c] == SIZE_MAX)
                label[c] = k++;
            st->val[PG_METRIC_COMMUNITY][v] = (double)label[c];
        }
        free(label);
        s->communities = k;
        s->modularity = clean(q);
    }
    free(memb);
    lap(st->sum, PG_STEP_COMMUNITIES, &st->t);
    return rc;
}

int pg_metrics_compute(pg_graph *g, const pg_metrics_opts *opts, pg_metrics_summary *summary, pg_error *err)
{
    state st;
    memset(&st, 0, sizeof st);
    if (opts)
        st.o = *opts;
    else
        pg_metrics_opts_init(&st.o);
    if (!isfinite(st.o.damping) || st.o.damping < 0 || st.o.damping > 1)
        return pg_error_set(err, PG_ERR_USAGE, "damping must be between 0 and 1, not %g", st.o.damping);
    if (st.o.cutoff < 0)
        return pg_error_set(err, PG_ERR_USAGE, "path length cutoff must not be negative");
    pg_metrics_summary local, *s = summary ? summary : &local;
    memset(s, 0, sizeof *s);
    st.sum = s;
    st.t = cpu_now();

    size_t n = pg_graph_node_count(g), ne = pg_graph_edge_count(g);
    st.n = n;
    s->nodes = n;

    /* canonical vertex numbers: nodes by id */
    node_key *keys = pg_xmalloc((n + 1) * sizeof *keys);
    size_t *rank = pg_xmalloc((n + 1) * sizeof *rank);
    for (size_t i = 0; i < n; i++)
        keys[i] = (node_key){pg_graph_node(g, i)->id, i};
    qsort(keys, n, sizeof *keys, cmp_node_key);
    for (size_t k = 0; k < n; k++)
        rank[keys[k].i] = k;
    free(keys);

    /* relations of the selected types -> directed and undirected links */
    plink *dl = pg_xmalloc((2 * ne + 1) * sizeof *dl), *ul = pg_xmalloc((ne + 1) * sizeof *ul);
    size_t nd = 0, nu = 0;
    for (size_t i = 0; i < ne; i++) {
        const pg_edge *e = pg_graph_edge(g, i);
        if (!(st.o.types & (1u << e->type)))
            continue;
        s->edges++;
        s->edges_by_type[e->type]++;
        if (e->source == e->target) {
            s->self_loops++;
            continue;
        }
        size_t a = rank[e->source], b = rank[e->target];
        double w = e->weight > 0 ? (double)e->weight : 1.0; /* a relation counts at least once */
        dl[nd++] = (plink){a, b, w};
        if (pg_rel_is_symmetric(e->type))
            dl[nd++] = (plink){b, a, w};
        ul[nu++] = (plink){a < b ? a : b, a < b ? b : a, w};
    }
    nu = collapse(ul, nu, n);
    linkset_from(&st.und, ul, nu);
    if (st.o.undirected) {
        linkset_from(&st.path, ul, nu);
    } else {
        nd = collapse(dl, nd, n);
        linkset_from(&st.path, dl, nd);
    }
    free(dl);
    free(ul);
    s->links = st.path.m;
    double pairs = (double)n * ((double)n - 1) / (st.o.undirected ? 2.0 : 1.0);
    s->density = n > 1 ? (double)s->links / pairs : 0.0;

    for (int m = 0; m < PG_METRIC_COUNT; m++)
        st.val[m] = pg_xcalloc(n + 1, sizeof(double));

    int rc = 0;
    if (n > 0) {
        degrees(&st);
        lap(s, PG_STEP_PREPARE, &st.t);
        st.gp = pg_ig_graph_new(n, st.path.ends, st.path.m, !st.o.undirected, err);
        if (!st.gp)
            rc = -1;
        if (rc == 0) {
            st.gu = st.o.undirected ? st.gp : pg_ig_graph_new(n, st.und.ends, st.und.m, 0, err);
            if (!st.gu)
                rc = -1;
        }
        lap(s, PG_STEP_BUILD, &st.t);
        if (rc == 0)
            rc = path_metrics(&st, err);
        if (rc == 0)
            rc = spectral_metrics(&st, err);
        if (rc == 0 && want(&st, PG_METRIC_COMMUNITY))
            rc = communities(&st, s, err);
        if (rc == 0 && pg_ig_reciprocity(st.gp, &s->reciprocity, err) != 0)
            rc = -1;
        if (rc == 0 && pg_ig_components(st.gp, &s->weak_components, &s->strong_components, err) != 0)
            rc = -1;
        lap(s, PG_STEP_SUMMARY, &st.t);
    }
    if (rc == 0) {
        for (size_t i = 0; i < n; i++)
            for (int m = 0; m < PG_METRIC_COUNT; m++)
                if (want(&st, (pg_metric_id)m))
                    pg_graph_node_set_metric(g, i, metric_names[m], clean(st.val[m][rank[i]]));
    }
    lap(s, PG_STEP_STORE, &st.t);
    s->reciprocity = clean(s->reciprocity);
    s->density = clean(s->density);

    if (st.gu != st.gp)
        pg_ig_graph_free(st.gu);
    pg_ig_graph_free(st.gp);
    for (int m = 0; m < PG_METRIC_COUNT; m++)
        free(st.val[m]);
    linkset_free(&st.path);
    linkset_free(&st.und);
    free(rank);
    return rc;
}

/* ---- ranking ---- */

typedef struct ranked {
    double v;
    const char *id;
    size_t i;
} ranked;

static int cmp_ranked(const void *x, const void *y)
{
    const ranked *a = x, *b = y;
    if (a->v != b->v)
        return a->v > b->v ? -1 : 1;
    return strcmp(a->id, b->id);
}

void pg_metrics_rank(const pg_graph *g, pg_metric_id by, size_t *order)
{
    size_t n = pg_graph_node_count(g);
    ranked *r = pg_xmalloc((n + 1) * sizeof *r);
    const char *name = pg_metric_name(by);
    for (size_t i = 0; i < n; i++) {
        r[i].v = name ? clean(pg_graph_node_metric(g, i, name, 0.0)) : 0.0;
        r[i].id = pg_graph_node(g, i)->id;
        r[i].i = i;
    }
    qsort(r, n, sizeof *r, cmp_ranked);
    for (size_t i = 0; i < n; i++)
        order[i] = r[i].i;
    free(r);
}

/* ---- text ---- */

static int is_zero_width(uint32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489) || (c >= 0x0591 && c <= 0x05BD) ||
           (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
           (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x2060 && c <= 0x2064) || (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE00 && c <= 0xFE0F) ||
           (c >= 0xFE20 && c <= 0xFE2F) || c == 0xFEFF || (c >= 0xE0100 && c <= 0xE01EF);
}

static int is_wide(uint32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || c == 0x231A || c == 0x231B || c == 0x2329 || c == 0x232A ||
           (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) || (c >= 0xA960 && c <= 0xA97F) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE10 && c <= 0xFE19) ||
           (c >= 0xFE30 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
           (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x2FFFD) ||
           (c >= 0x30000 && c <= 0x3FFFD);
}

/* Characters a terminal must not receive from article text: controls
 * (escape sequences), bidirectional overrides and line separators. */
static int is_unsafe(uint32_t c)
{
    return c == PG_UTF8_INVALID || c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

static size_t char_width(uint32_t c)
{
    if (is_unsafe(c))
        return 1; /* shown as '?' */
    if (is_zero_width(c))
        return 0;
    return is_wide(c) ? 2 : 1;
}

size_t pg_metrics_text_width(const char *s)
{
    size_t w = 0, n = strlen(s);
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += pg_utf8_decode(p + i, n - i, &cp);
        w += char_width(cp);
    }
    return w;
}

/* Appends `s` made safe for a terminal and cut to `max` columns (the last
 * one an ellipsis when cut); returns the width appended. */
static size_t add_cell_text(pg_buf *b, const char *s, size_t max)
{
    size_t total = pg_metrics_text_width(s), w = 0, n = strlen(s);
    size_t limit = total > max ? max - 1 : max;
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len = pg_utf8_decode(p + i, n - i, &cp);
        size_t cw = char_width(cp);
        if (w + cw > limit)
            break;
        if (is_unsafe(cp))
            pg_buf_addc(b, '?');
        else
            pg_buf_add(b, p + i, len);
        w += cw;
        i += len;
    }
    if (total > max) {
        pg_buf_adds(b, "\xE2\x80\xA6"); /* … */
        w++;
    }
    return w;
}

static void add_spaces(pg_buf *b, size_t n)
{
    while (n-- > 0)
        pg_buf_addc(b, ' ');
}

/* A number for the table: whole numbers as such, small or huge values in
 * scientific notation, others with four decimals. */
static void table_num(char out[32], double v, int integer)
{
    v = clean(v);
    if (integer)
        snprintf(out, 32, "%.0f", v);
    else if (v == 0)
        snprintf(out, 32, "0");
    else if (fabs(v) >= 1e-3 && fabs(v) < 1e6)
        snprintf(out, 32, "%.4f", v);
    else
        snprintf(out, 32, "%.3e", v);
}

/* A number for CSV and JSON: whole-number metrics as integers, others in
 * the shortest form that reads back exactly. */
static void exact_num(char out[32], double v, int integer)
{
    v = clean(v);
    if (integer && fabs(v) < 9007199254740992.0)
        snprintf(out, 32, "%.0f", v);
    else
        pg_json_format_double(out, v);
}

/* ---- writers ---- */

static int flush(FILE *out, pg_buf *b, int force)
{
    if (b->len && (force || b->len >= 1 << 16)) {
        size_t len = b->len;
        size_t done = fwrite(b->p, 1, len, out);
        pg_buf_reset(b);
        if (done != len)
            return -1;
    }
    return 0;
}

static const char *const method_names[] = {"louvain", "leiden"};

static const char *method_name(pg_community_method m)
{
    return (unsigned)m < sizeof method_names / sizeof *method_names ? method_names[m] : "louvain";
}

static void add_types(pg_buf *b, unsigned types, const char *sep, int json)
{
    int first = 1;
    for (int t = 0; t < PG_REL_NTYPES; t++) {
        if (!(types & (1u << t)))
            continue;
        if (!first)
            pg_buf_adds(b, sep);
        first = 0;
        if (json)
            pg_json_str(b, pg_rel_type_name((pg_rel_type)t));
        else
            pg_buf_adds(b, pg_rel_type_name((pg_rel_type)t));
    }
    if (first && !json)
        pg_buf_adds(b, "(none)");
}

static double metric_of(const pg_graph *g, size_t node, pg_metric_id m)
{
    return pg_graph_node_metric(g, node, metric_names[m], 0.0);
}

#define LABEL_MAX 30

static int write_table(FILE *out, pg_buf *b, const pg_graph *g, const pg_metrics_opts *o, const pg_metrics_summary *s,
                       const size_t *order, size_t count, size_t total, pg_metric_id sort_by)
{
    /* summary */
    pg_buf_printf(b, "actors %zu, relations %zu", s->nodes, s->edges);
    int any = 0;
    for (int t = 0; t < PG_REL_NTYPES; t++)
        if (s->edges_by_type[t]) {
            pg_buf_printf(b, "%s%s %zu", any ? ", " : " (", pg_rel_type_name((pg_rel_type)t), s->edges_by_type[t]);
            any = 1;
        }
    pg_buf_printf(b, "%s, links %zu", any ? ")" : "", s->links);
    if (s->self_loops)
        pg_buf_printf(b, ", self-loops %zu (ignored)", s->self_loops);
    pg_buf_printf(b, "\n%s, %s; types ", o->undirected ? "undirected" : "directed",
                  o->weighted ? "weighted" : "unweighted");
    add_types(b, o->types, ",", 0);
    if (o->cutoff > 0)
        pg_buf_printf(b, "; paths up to %ld links", o->cutoff);
    pg_buf_printf(b, "\ndensity %.4f, reciprocity %.4f, components %zu weak / %zu strong\n", s->density,
                  s->reciprocity, s->weak_components, s->strong_components);
    if (!(o->skip & (1u << PG_METRIC_COMMUNITY)))
        pg_buf_printf(b, "communities %zu (%s, seed %lu), modularity %.4f\n", s->communities,
                      method_name(o->communities), o->seed, s->modularity);
    if (count == 0) {
        pg_buf_adds(b, total ? "" : "\nno actors\n");
        return 0;
    }

    /* columns: rank, label, type, the sort metric when it is not a main one, the main ones */
    static const pg_metric_id main_cols[] = {PG_METRIC_PAGERANK,         PG_METRIC_IN_DEGREE, PG_METRIC_OUT_DEGREE,
                                             PG_METRIC_BETWEENNESS_NORM, PG_METRIC_CLOSENESS, PG_METRIC_EIGENVECTOR,
                                             PG_METRIC_COMMUNITY};
    pg_metric_id cols[PG_METRIC_COUNT];
    size_t ncols = 0;
    int sort_is_main = 0;
    for (size_t i = 0; i < sizeof main_cols / sizeof *main_cols; i++)
        sort_is_main |= main_cols[i] == sort_by;
    if (!sort_is_main && !(o->skip & (1u << sort_by)))
        cols[ncols++] = sort_by;
    for (size_t i = 0; i < sizeof main_cols / sizeof *main_cols; i++)
        if (!(o->skip & (1u << main_cols[i])))
            cols[ncols++] = main_cols[i];

    char rankbuf[32];
    snprintf(rankbuf, sizeof rankbuf, "%zu", count);
    size_t wrank = strlen(rankbuf), wlabel = strlen("label"), wtype = strlen("type");
    size_t wcol[PG_METRIC_COUNT];
    for (size_t c = 0; c < ncols; c++)
        wcol[c] = strlen(metric_names[cols[c]]);
    for (size_t r = 0; r < count; r++) {
        const pg_node *nd = pg_graph_node(g, order[r]);
        size_t lw = pg_metrics_text_width(nd->label);
        lw = lw > LABEL_MAX ? LABEL_MAX : lw;
        if (lw > wlabel)
            wlabel = lw;
        size_t tw = strlen(pg_actor_type_name(nd->type));
        if (tw > wtype)
            wtype = tw;
        for (size_t c = 0; c < ncols; c++) {
            char num[32];
            table_num(num, metric_of(g, order[r], cols[c]), pg_metric_is_integer(cols[c]));
            if (strlen(num) > wcol[c])
                wcol[c] = strlen(num);
        }
    }
    pg_buf_addc(b, '\n');
    add_spaces(b, wrank - 1);
    pg_buf_adds(b, "#  label");
    add_spaces(b, wlabel - 5);
    pg_buf_adds(b, "  type");
    add_spaces(b, wtype - 4);
    for (size_t c = 0; c < ncols; c++) {
        pg_buf_adds(b, "  ");
        add_spaces(b, wcol[c] - strlen(metric_names[cols[c]]));
        pg_buf_adds(b, metric_names[cols[c]]);
    }
    pg_buf_addc(b, '\n');
    for (size_t r = 0; r < count; r++) {
        const pg_node *nd = pg_graph_node(g, order[r]);
        snprintf(rankbuf, sizeof rankbuf, "%zu", r + 1);
        add_spaces(b, wrank - strlen(rankbuf));
        pg_buf_adds(b, rankbuf);
        pg_buf_adds(b, "  ");
        size_t lw = add_cell_text(b, nd->label, LABEL_MAX);
        add_spaces(b, wlabel - lw);
        pg_buf_adds(b, "  ");
        const char *tn = pg_actor_type_name(nd->type);
        pg_buf_adds(b, tn);
        add_spaces(b, wtype - strlen(tn));
        for (size_t c = 0; c < ncols; c++) {
            char num[32];
            table_num(num, metric_of(g, order[r], cols[c]), pg_metric_is_integer(cols[c]));
            pg_buf_adds(b, "  ");
            add_spaces(b, wcol[c] - strlen(num));
            pg_buf_adds(b, num);
        }
        /* no trailing blanks */
        while (b->len && b->p[b->len - 1] == ' ')
            b->p[--b->len] = 0;
        pg_buf_addc(b, '\n');
        if (flush(out, b, 0) != 0)
            return -1;
    }
    if (count < total)
        pg_buf_printf(b, "\n%zu of %zu actors, by %s (--top 0 shows all)\n", count, total, metric_names[sort_by]);
    return 0;
}

/* A CSV text cell: a leading = + - @ tab or CR (a spreadsheet formula)
 * gets an apostrophe in front; quoted (RFC 4180) when it holds a comma,
 * quote, CR or LF. */
static void csv_cell(pg_buf *b, const char *s)
{
    int formula = s[0] && strchr("=+-@\t\r", s[0]) != NULL;
    int quote = strpbrk(s, ",\"\r\n") != NULL;
    if (quote)
        pg_buf_addc(b, '"');
    if (formula)
        pg_buf_addc(b, '\'');
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            pg_buf_addc(b, '"');
        pg_buf_addc(b, *p);
    }
    if (quote)
        pg_buf_addc(b, '"');
}

static int write_csv(FILE *out, pg_buf *b, const pg_graph *g, const pg_metrics_opts *o, const size_t *order,
                     size_t count)
{
    pg_buf_adds(b, "id,label,type");
    for (int m = 0; m < PG_METRIC_COUNT; m++)
        if (!(o->skip & (1u << m)))
            pg_buf_printf(b, ",%s", metric_names[m]);
    pg_buf_addc(b, '\n');
    for (size_t r = 0; r < count; r++) {
        const pg_node *nd = pg_graph_node(g, order[r]);
        csv_cell(b, nd->id);
        pg_buf_addc(b, ',');
        csv_cell(b, nd->label);
        pg_buf_addc(b, ',');
        csv_cell(b, pg_actor_type_name(nd->type));
        for (int m = 0; m < PG_METRIC_COUNT; m++) {
            if (o->skip & (1u << m))
                continue;
            char num[32];
            exact_num(num, metric_of(g, order[r], (pg_metric_id)m), pg_metric_is_integer((pg_metric_id)m));
            pg_buf_addc(b, ',');
            pg_buf_adds(b, num);
        }
        pg_buf_addc(b, '\n');
        if (flush(out, b, 0) != 0)
            return -1;
    }
    return 0;
}

static int write_json(FILE *out, pg_buf *b, const pg_graph *g, const pg_metrics_opts *o, const pg_metrics_summary *s,
                      const size_t *order, size_t count)
{
    pg_buf_printf(b, "{\n  \"graph\": {\n    \"nodes\": %zu,\n    \"edges\": %zu,\n    \"edges_by_type\": {", s->nodes,
                  s->edges);
    int first = 1;
    for (int t = 0; t < PG_REL_NTYPES; t++) {
        if (!(o->types & (1u << t)))
            continue;
        pg_buf_adds(b, first ? "" : ", ");
        first = 0;
        pg_json_str(b, pg_rel_type_name((pg_rel_type)t));
        pg_buf_printf(b, ": %zu", s->edges_by_type[t]);
    }
    pg_buf_printf(b, "},\n    \"links\": %zu,\n    \"self_loops\": %zu,\n    \"density\": ", s->links, s->self_loops);
    pg_json_num(b, clean(s->density));
    pg_buf_adds(b, ",\n    \"reciprocity\": ");
    pg_json_num(b, clean(s->reciprocity));
    pg_buf_printf(b, ",\n    \"weak_components\": %zu,\n    \"strong_components\": %zu", s->weak_components,
                  s->strong_components);
    if (!(o->skip & (1u << PG_METRIC_COMMUNITY))) {
        pg_buf_printf(b, ",\n    \"communities\": %zu,\n    \"modularity\": ", s->communities);
        pg_json_num(b, clean(s->modularity));
    }
    pg_buf_printf(b, ",\n    \"directed\": %s,\n    \"weighted\": %s,\n    \"types\": [", o->undirected ? "false" : "true",
                  o->weighted ? "true" : "false");
    add_types(b, o->types, ", ", 1);
    pg_buf_adds(b, "],\n    \"damping\": ");
    pg_json_num(b, o->damping);
    pg_buf_adds(b, ",\n    \"community_method\": ");
    pg_json_str(b, method_name(o->communities));
    pg_buf_printf(b, ",\n    \"seed\": %lu,\n    \"cutoff\": ", o->seed);
    if (o->cutoff > 0)
        pg_buf_printf(b, "%ld", o->cutoff);
    else
        pg_buf_adds(b, "null");
    pg_buf_adds(b, "\n  },\n  \"actors\": [");
    for (size_t r = 0; r < count; r++) {
        const pg_node *nd = pg_graph_node(g, order[r]);
        pg_buf_adds(b, r ? ",\n    {\"id\": " : "\n    {\"id\": ");
        pg_json_str(b, nd->id);
        pg_buf_adds(b, ", \"label\": ");
        pg_json_str(b, nd->label);
        pg_buf_adds(b, ", \"type\": ");
        pg_json_str(b, pg_actor_type_name(nd->type));
        for (int m = 0; m < PG_METRIC_COUNT; m++) {
            if (o->skip & (1u << m))
                continue;
            char num[32];
            exact_num(num, metric_of(g, order[r], (pg_metric_id)m), pg_metric_is_integer((pg_metric_id)m));
            pg_buf_printf(b, ", \"%s\": %s", metric_names[m], num);
        }
        pg_buf_addc(b, '}');
        if (flush(out, b, 0) != 0)
            return -1;
    }
    pg_buf_adds(b, count ? "\n  ]\n}\n" : "]\n}\n");
    return 0;
}

int pg_metrics_format_parse(const char *s, pg_metrics_format *out)
{
    static const char *const names[] = {"table", "csv", "json"};
    for (int i = 0; s && i < 3; i++)
        if (strcmp(s, names[i]) == 0) {
            *out = (pg_metrics_format)i;
            return 0;
        }
    return -1;
}

int pg_metrics_write(FILE *out, pg_metrics_format fmt, const pg_graph *g, const pg_metrics_opts *o,
                     const pg_metrics_summary *s, const size_t *order, size_t count, size_t total,
                     pg_metric_id sort_by, pg_error *err)
{
    pg_metrics_opts defaults;
    pg_metrics_summary none;
    if (!o) {
        pg_metrics_opts_init(&defaults);
        o = &defaults;
    }
    if (!s) {
        memset(&none, 0, sizeof none);
        s = &none;
    }
    pg_buf b = {0};
    int rc;
    if (fmt == PG_METRICS_CSV)
        rc = write_csv(out, &b, g, o, order, count);
    else if (fmt == PG_METRICS_JSON)
        rc = write_json(out, &b, g, o, s, order, count);
    else
        rc = write_table(out, &b, g, o, s, order, count, total, sort_by);
    if (rc == 0)
        rc = flush(out, &b, 1);
    pg_buf_free(&b);
    if (rc != 0 || ferror(out))
        return pg_error_set(err, PG_ERR_IO, "write error");
    return 0;
}
