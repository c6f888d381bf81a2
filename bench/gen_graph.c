/* gen_graph.c — generates the benchmark graph for bench/metrics.sh: N
 * actors and M typed relations (a fixed pseudo-random mix of directed and
 * symmetric types, skewed towards a few much-addressed actors, weights
 * 1..8, a handful of self-loops), written twice:
 *
 *   OUT.json   polgraph graph JSON, what `polgraph metrics` reads
 *   OUT.links  the same network as plain links for bench/metrics_bare.c,
 *              already reduced the way polgraph defines it (docs/METRICS.md):
 *              self-loops dropped, relations from one actor to another
 *              summed into one link, call/meeting linking both ways; and
 *              the undirected view (each relation once per unordered pair).
 *              Vertices are numbered in node id order ("a0000000" ...), the
 *              order polgraph computes in.
 *
 * Binary layout of OUT.links (native endianness): "PGLINKS1", uint64 n,
 * uint64 m_directed, m_directed x {uint32 a, uint32 b, double w},
 * uint64 m_undirected, m_undirected x {uint32 a, uint32 b, double w}.
 *
 *   gen_graph N M SEED OUT      (e.g. gen_graph 100000 1000000 1 build/bench/g)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;

static uint64_t rnd(void) /* splitmix64 */
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static double unif(void) { return (double)(rnd() >> 11) / 9007199254740992.0; }

static const char *const types[] = {"call", "statement", "criticism", "support", "meeting", "visit"};
static int symmetric(int t) { return t == 0 || t == 4; }

typedef struct rel {
    uint32_t s, t;
    int type;
    uint32_t w;
} rel;

typedef struct lk {
    uint32_t a, b;
    double w;
} lk;

static int cmp_rel(const void *x, const void *y)
{
    const rel *p = x, *q = y;
    if (p->s != q->s)
        return p->s < q->s ? -1 : 1;
    if (p->t != q->t)
        return p->t < q->t ? -1 : 1;
    return p->type - q->type;
}

static int cmp_lk(const void *x, const void *y)
{
    const lk *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

static size_t merge_links(lk *l, size_t m)
{
    qsort(l, m, sizeof *l, cmp_lk);
    size_t k = 0;
    for (size_t i = 0; i < m; i++) {
        if (k && l[k - 1].a == l[i].a && l[k - 1].b == l[i].b)
            l[k - 1].w += l[i].w;
        else
            l[k++] = l[i];
    }
    return k;
}

static void write_links(FILE *f, const lk *l, size_t m)
{
    uint64_t mm = m;
    fwrite(&mm, sizeof mm, 1, f);
    for (size_t i = 0; i < m; i++) {
        fwrite(&l[i].a, 4, 1, f);
        fwrite(&l[i].b, 4, 1, f);
        fwrite(&l[i].w, 8, 1, f);
    }
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: gen_graph N M SEED OUT\n");
        return 2;
    }
    size_t n = strtoul(argv[1], NULL, 10), m = strtoul(argv[2], NULL, 10);
    rng_state = strtoull(argv[3], NULL, 10);
    const char *out = argv[4];
    if (n < 2 || n > 9999999) {
        fprintf(stderr, "gen_graph: N must be in 2 .. 9999999\n");
        return 2;
    }
    rel *r = malloc(m * sizeof *r);
    if (!r)
        return 1;
    size_t nr = 0;
    /* a handful of self-loops (ignored by the metrics) */
    for (uint32_t i = 0; i < 10 && nr < m; i++)
        r[nr++] = (rel){(uint32_t)((i * 7919u) % n), (uint32_t)((i * 7919u) % n), 1, 1};
    for (;;) {
        while (nr < m) {
            uint32_t s = (uint32_t)(rnd() % n), t;
            /* 60%: a target drawn towards low numbers (prominent actors) */
            if (unif() < 0.6) {
                double u = unif();
                t = (uint32_t)((double)n * u * u * u);
            } else {
                t = (uint32_t)(rnd() % n);
            }
            if (s == t)
                continue;
            /* 8% calls, 7% meetings, the rest statement, criticism, support, visit */
            static const int directed[] = {1, 2, 3, 5};
            int p = (int)(rnd() % 100);
            int type = p < 8 ? 0 : p < 15 ? 4 : directed[rnd() % 4];
            if (symmetric(type) && s > t) {
                uint32_t x = s;
                s = t;
                t = x;
            }
            uint32_t w = 1;
            while (w < 8 && unif() < 0.35)
                w++;
            r[nr++] = (rel){s, t, type, w};
        }
        /* one relation per (source, target, type): duplicates add up, and
         * are replaced by new draws until there are M distinct relations */
        qsort(r, nr, sizeof *r, cmp_rel);
        size_t k = 0;
        for (size_t i = 0; i < nr; i++) {
            if (k && r[k - 1].s == r[i].s && r[k - 1].t == r[i].t && r[k - 1].type == r[i].type)
                r[k - 1].w += r[i].w;
            else
                r[k++] = r[i];
        }
        if (k == nr)
            break;
        nr = k;
    }

    char path[4096];
    snprintf(path, sizeof path, "%s.json", out);
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        return 1;
    }
    fprintf(f, "{\n  \"format\": \"polgraph-graph\",\n  \"version\": 1,\n  \"documents\": [\n"
               "    {\"id\": \"bench\", \"title\": \"Generated by bench/gen_graph.c\", \"date\": \"\", \"source\": "
               "\"gen_graph\", \"url\": \"\"}\n  ],\n  \"nodes\": [\n");
    static const char *const atypes[] = {"person", "country", "organization"};
    for (size_t i = 0; i < n; i++)
        fprintf(f, "    {\"id\": \"a%07zu\", \"label\": \"Actor %zu\", \"type\": \"%s\"}%s\n", i, i, atypes[i % 3],
                i + 1 < n ? "," : "");
    fprintf(f, "  ],\n  \"edges\": [\n");
    for (size_t i = 0; i < nr; i++)
        fprintf(f, "    {\"source\": \"a%07u\", \"target\": \"a%07u\", \"type\": \"%s\", \"weight\": %u}%s\n", r[i].s,
                r[i].t, types[r[i].type], r[i].w, i + 1 < nr ? "," : "");
    fprintf(f, "  ]\n}\n");
    if (fclose(f) != 0) {
        perror(path);
        return 1;
    }

    lk *d = malloc(2 * nr * sizeof *d), *u = malloc(nr * sizeof *u);
    size_t nd = 0, nu = 0, loops = 0;
    for (size_t i = 0; i < nr; i++) {
        if (r[i].s == r[i].t) {
            loops++;
            continue;
        }
        d[nd++] = (lk){r[i].s, r[i].t, r[i].w};
        if (symmetric(r[i].type))
            d[nd++] = (lk){r[i].t, r[i].s, r[i].w};
        u[nu++] = (lk){r[i].s < r[i].t ? r[i].s : r[i].t, r[i].s < r[i].t ? r[i].t : r[i].s, r[i].w};
    }
    nd = merge_links(d, nd);
    nu = merge_links(u, nu);
    snprintf(path, sizeof path, "%s.links", out);
    f = fopen(path, "wb");
    if (!f) {
        perror(path);
        return 1;
    }
    uint64_t nn = n;
    fwrite("PGLINKS1", 1, 8, f);
    fwrite(&nn, sizeof nn, 1, f);
    write_links(f, d, nd);
    write_links(f, u, nu);
    if (fclose(f) != 0) {
        perror(path);
        return 1;
    }
    fprintf(stderr, "gen_graph: %zu actors, %zu relations (%zu self-loops), %zu directed links, %zu undirected\n", n,
            nr, loops, nd, nu);
    free(r);
    free(d);
    free(u);
    return 0;
}
