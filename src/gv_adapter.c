/* gv_adapter.c — the only file that includes Graphviz headers: builds
 * cgraph graphs, writes DOT with agwrite, lays out and renders with gvc,
 * reads DOT back, and turns Graphviz's stderr chatter into pg_error and
 * warnings. Graphviz 2.42's API is not const-correct; the casts to char *
 * live here and nowhere else (cgraph copies every string it is given). */
#include "gv_adapter.h"

#include <errno.h>
#include <gvc.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "mem.h"

struct pg_gv {
    Agraph_t *g;
    Agnode_t **nodes;
    size_t nnodes, cap_nodes;
    Agedge_t **edges;
    size_t nedges, cap_edges;
};

/* ---- capturing Graphviz messages ---- */

/* Graphviz calls the user error function with pieces ("Error", ": ", the
 * message); they are collected here while an adapter call runs. */
static pg_buf captured;

static int capture_fn(char *msg)
{
    pg_buf_adds(&captured, msg);
    return 0;
}

typedef struct capture_state {
    agusererrf old_fn;
    agerrlevel_t old_level;
} capture_state;

static void capture_begin(capture_state *st)
{
    pg_buf_reset(&captured);
    st->old_fn = agseterrf(capture_fn);
    st->old_level = agseterr(AGWARN);
    agreseterrors();
}

/* Restores the previous handler; passes warnings on and returns the
 * captured text (borrowed, valid until the next capture). */
static const char *capture_end(capture_state *st, pg_warn_fn warn, void *warn_ctx)
{
    agseterrf(st->old_fn);
    agseterr(st->old_level);
    const char *text = pg_buf_str(&captured);
    if (warn) {
        const char *p = text;
        while (*p) {
            const char *nl = strchr(p, '\n');
            size_t n = nl ? (size_t)(nl - p) : strlen(p);
            if (n && strncmp(p, "Error", 5) != 0)
                pg_warn(warn, warn_ctx, "graphviz: %.*s", (int)n, p);
            p += n + (nl ? 1 : 0);
        }
    }
    return text;
}

/* Sets `err` from the captured text (its first error line, or `fallback`). */
static int capture_error(pg_error *err, const char *text, const char *fallback)
{
    const char *e = strstr(text, "Error: ");
    if (e) {
        e += 7;
        size_t n = strcspn(e, "\n");
        return pg_error_set(err, PG_ERR_BACKEND, "graphviz: %.*s", (int)n, e);
    }
    if (*text) {
        size_t n = strcspn(text, "\n");
        return pg_error_set(err, PG_ERR_BACKEND, "graphviz: %s (%.*s)", fallback, (int)n, text);
    }
    return pg_error_set(err, PG_ERR_BACKEND, "graphviz: %s", fallback);
}

/* ---- values ---- */

/* cgraph stores what it is given, but agwrite does not escape backslashes:
 * an odd run of backslashes at the end of a value or before a line break
 * would escape the closing quote or join lines when read back. Such a run
 * gets one more backslash; C0 control characters other than tab and line
 * feed are dropped; "-", "." and "-." get a line continuation (below).
 * Returns `s` itself when nothing needs changing,
 * otherwise a string in `tmp`. */
static char *safe_value(const char *s, pg_buf *tmp)
{
    pg_buf_reset(tmp);
    size_t run = 0;
    int changed = 0;
    for (const unsigned char *p = (const unsigned char *)s;; p++) {
        unsigned char c = *p;
        if (c && c < 0x20 && c != '\t' && c != '\n') {
            changed = 1;
            continue;
        }
        if (c == '\\') {
            run++;
            pg_buf_addc(tmp, '\\');
            continue;
        }
        if ((run & 1) && (c == 0 || c == '\n')) {
            pg_buf_addc(tmp, '\\');
            changed = 1;
        }
        run = 0;
        if (!c)
            break;
        pg_buf_addc(tmp, (char)c);
    }
    /* agwrite (2.43) writes "-", "." and "-." bare, taking them for
     * numbers, and a bare one is a syntax error when read back: a line
     * continuation (backslash, newline), which DOT readers remove, makes
     * agwrite quote it */
    const char *v = pg_buf_str(tmp);
    if (strcmp(v, "-") == 0 || strcmp(v, ".") == 0 || strcmp(v, "-.") == 0) {
        char c0 = v[0];
        pg_buf b = {0};
        pg_buf_addc(&b, c0);
        pg_buf_adds(&b, "\\\n");
        pg_buf_adds(&b, v + 1);
        pg_buf_reset(tmp);
        pg_buf_add(tmp, b.p, b.len);
        pg_buf_free(&b);
        changed = 1;
    }
    return changed ? (char *)pg_buf_str(tmp) : (char *)s;
}

static void set_attr(pg_gv *g, void *obj, const char *attr, const char *value, int html)
{
    pg_buf tmp = {0};
    char *v = safe_value(value ? value : "", &tmp);
    if (html) {
        char *h = agstrdup_html(g->g, v);
        agsafeset(obj, (char *)attr, h, "");
        agstrfree(g->g, h);
    } else {
        agsafeset(obj, (char *)attr, v, "");
    }
    pg_buf_free(&tmp);
}

/* ---- building ---- */

pg_gv *pg_gv_new(const char *name, int directed)
{
    pg_gv *g = pg_xcalloc(1, sizeof *g);
    pg_buf tmp = {0};
    g->g = agopen(safe_value(name ? name : "G", &tmp), directed ? Agdirected : Agundirected, NULL);
    pg_buf_free(&tmp);
    if (!g->g)
        abort(); /* cgraph fails only when out of memory */
    return g;
}

void pg_gv_free(pg_gv *g)
{
    if (!g)
        return;
    if (g->g)
        agclose(g->g);
    free(g->nodes);
    free(g->edges);
    free(g);
}

void pg_gv_default(pg_gv *g, pg_gv_kind kind, const char *attr, const char *value)
{
    pg_buf tmp = {0};
    int k = kind == PG_GV_GRAPH ? AGRAPH : kind == PG_GV_NODE ? AGNODE : AGEDGE;
    agattr(g->g, k, (char *)attr, safe_value(value ? value : "", &tmp));
    pg_buf_free(&tmp);
}

void pg_gv_graph_set(pg_gv *g, const char *attr, const char *value, int html)
{
    set_attr(g, g->g, attr, value, html);
}

size_t pg_gv_add_node(pg_gv *g, const char *name)
{
    pg_buf tmp = {0};
    char *v = safe_value(name, &tmp);
    Agnode_t *n = agnode(g->g, v, 0);
    if (n) {
        pg_buf_free(&tmp);
        for (size_t i = 0; i < g->nnodes; i++)
            if (g->nodes[i] == n)
                return i;
    }
    n = agnode(g->g, v, 1);
    pg_buf_free(&tmp);
    if (!n)
        abort();
    PG_GROW(g->nodes, g->cap_nodes, g->nnodes + 1);
    g->nodes[g->nnodes] = n;
    return g->nnodes++;
}

void pg_gv_node_set(pg_gv *g, size_t node, const char *attr, const char *value, int html)
{
    set_attr(g, g->nodes[node], attr, value, html);
}

size_t pg_gv_add_edge(pg_gv *g, size_t tail, size_t head)
{
    Agedge_t *e = agedge(g->g, g->nodes[tail], g->nodes[head], NULL, 1);
    if (!e)
        abort();
    PG_GROW(g->edges, g->cap_edges, g->nedges + 1);
    g->edges[g->nedges] = e;
    return g->nedges++;
}

void pg_gv_edge_set(pg_gv *g, size_t edge, const char *attr, const char *value, int html)
{
    set_attr(g, g->edges[edge], attr, value, html);
}

/* ---- output ---- */

int pg_gv_write_dot(pg_gv *g, FILE *out, pg_error *err)
{
    capture_state st;
    capture_begin(&st);
    int rc = agwrite(g->g, out);
    int e = errno;
    const char *text = capture_end(&st, NULL, NULL);
    if (ferror(out))
        return pg_error_set(err, PG_ERR_IO, "write error: %s", strerror(e ? e : EIO));
    if (rc != 0)
        return capture_error(err, text, "cannot write DOT");
    return 0;
}

static const char *const known_layouts[] = {"dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"};

int pg_gv_has_layout(const char *engine)
{
    if (!engine)
        return 0;
    for (size_t i = 0; i < sizeof known_layouts / sizeof *known_layouts; i++)
        if (strcmp(engine, known_layouts[i]) == 0)
            return 1;
    return 0;
}

/* The one GVC context of the process, made on first use and kept (see
 * the head of gv_adapter.h). */
static GVC_t *shared_gvc;

int pg_gv_render(pg_gv *g, const char *engine, const char *format, FILE *out, pg_warn_fn warn, void *warn_ctx,
                 pg_error *err)
{
    capture_state st;
    capture_begin(&st);
    if (!shared_gvc)
        shared_gvc = gvContext();
    GVC_t *gvc = shared_gvc;
    int rc = -1, write_error = 0;
    const char *stage = "cannot start";
    if (gvc) {
        stage = "layout failed";
        if (gvLayout(gvc, g->g, engine) == 0) {
            stage = "rendering failed";
            /* rendered into memory, then written: Graphviz calls exit(1)
             * when a write to its output stream fails (a full disk) */
            char *data = NULL;
            unsigned int len = 0;
            if (gvRenderData(gvc, g->g, format, &data, &len) == 0) {
                rc = 0;
                if ((len && fwrite(data, 1, len, out) != len) || ferror(out)) {
                    write_error = errno ? errno : EIO;
                    rc = -1;
                }
            }
            gvFreeRenderData(data);
            gvFreeLayout(gvc, g->g);
        }
    }
    const char *text = capture_end(&st, warn, warn_ctx);
    if (write_error)
        return pg_error_set(err, PG_ERR_IO, "write error: %s", strerror(write_error));
    if (rc != 0) {
        char what[128];
        snprintf(what, sizeof what, "%s (%s, %s)", stage, engine, format);
        return capture_error(err, text, what);
    }
    return 0;
}

/* ---- sanitizer builds ---- */

/* GCC says __SANITIZE_ADDRESS__, clang (up to 15) only __has_feature */
#if !defined(__SANITIZE_ADDRESS__) && defined(__has_feature)
#if __has_feature(address_sanitizer)
#define __SANITIZE_ADDRESS__ 1
#endif
#endif

#if defined(__SANITIZE_ADDRESS__)
/* LeakSanitizer's built-in suppressions (make check-asan): the same
 * third-party leaks as tests/valgrind.supp. LSan records short stacks
 * through these libraries (they have no frame pointers), so it matches by
 * library; memory that cgraph allocates for our graphs (libcgraph) is not
 * covered, so a missing agclose still shows. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig.so\n"
           "leak:libpango-1.0.so\n"
           "leak:libpangoft2-1.0.so\n"
           "leak:libglib-2.0.so\n"
           "leak:libgvplugin_pango.so\n"
           "leak:libgvplugin_neato_layout.so\n"
           "leak:libgvc.so\n";
}

/* ...and without the "Suppressions used" table at exit, which would land
 * on the stderr that the CLI tests check. */
const char *__lsan_default_options(void);
const char *__lsan_default_options(void) { return "print_suppressions=0"; }
#endif

/* ---- reading ---- */

pg_gv *pg_gv_read_dot(const char *text, pg_error *err)
{
    capture_state st;
    capture_begin(&st);
    Agraph_t *a = agmemread(text);
    const char *msg = capture_end(&st, NULL, NULL);
    if (!a) {
        capture_error(err, msg, "cannot parse DOT");
        return NULL;
    }
    pg_gv *g = pg_xcalloc(1, sizeof *g);
    g->g = a;
    for (Agnode_t *n = agfstnode(a); n; n = agnxtnode(a, n)) {
        PG_GROW(g->nodes, g->cap_nodes, g->nnodes + 1);
        g->nodes[g->nnodes++] = n;
    }
    for (size_t i = 0; i < g->nnodes; i++)
        for (Agedge_t *e = agfstout(a, g->nodes[i]); e; e = agnxtout(a, e)) {
            PG_GROW(g->edges, g->cap_edges, g->nedges + 1);
            g->edges[g->nedges++] = e;
        }
    return g;
}

int pg_gv_is_directed(const pg_gv *g) { return agisdirected(g->g); }
size_t pg_gv_node_count(const pg_gv *g) { return g->nnodes; }
size_t pg_gv_edge_count(const pg_gv *g) { return g->nedges; }
const char *pg_gv_node_name(const pg_gv *g, size_t node) { return agnameof(g->nodes[node]); }

ptrdiff_t pg_gv_find_node(const pg_gv *g, const char *name)
{
    Agnode_t *n = agnode(g->g, (char *)name, 0);
    if (!n)
        return -1;
    for (size_t i = 0; i < g->nnodes; i++)
        if (g->nodes[i] == n)
            return (ptrdiff_t)i;
    return -1;
}

void pg_gv_edge_ends(const pg_gv *g, size_t edge, size_t *tail, size_t *head)
{
    Agnode_t *t = agtail(g->edges[edge]), *h = aghead(g->edges[edge]);
    for (size_t i = 0; i < g->nnodes; i++) {
        if (g->nodes[i] == t)
            *tail = i;
        if (g->nodes[i] == h)
            *head = i;
    }
}

static const char *get_attr(void *obj, const char *attr, int *html)
{
    char *v = agget(obj, (char *)attr);
    if (html)
        *html = v ? aghtmlstr(v) : 0;
    return v;
}

const char *pg_gv_graph_get(const pg_gv *g, const char *attr, int *html) { return get_attr(g->g, attr, html); }

const char *pg_gv_node_get(const pg_gv *g, size_t node, const char *attr, int *html)
{
    return get_attr(g->nodes[node], attr, html);
}

const char *pg_gv_edge_get(const pg_gv *g, size_t edge, const char *attr, int *html)
{
    return get_attr(g->edges[edge], attr, html);
}
