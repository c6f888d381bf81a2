/* mem.c — allocation wrappers that abort instead of returning NULL. */
#include "mem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void *check(void *p)
{
    if (!p)
        abort(); /* out of memory: see docs/OWNERSHIP.md */
    return p;
}

void *pg_xmalloc(size_t n) { return check(malloc(n ? n : 1)); }

void *pg_xcalloc(size_t n, size_t size) { return check(calloc(n ? n : 1, size ? size : 1)); }

void *pg_xrealloc(void *p, size_t n) { return check(realloc(p, n ? n : 1)); }

void *pg_xmalloc_lines(size_t n)
{
    n = (n + 63) & ~(size_t)63; /* aligned_alloc wants a multiple of the alignment */
    return check(aligned_alloc(64, n ? n : 64));
}

#define GROW_SLOW ((size_t)256 * 1024)

void pg_xgrow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return;
    size_t n = *cap ? *cap : 8;
    while (n < need) {
        if (n > SIZE_MAX / 2)
            abort();
        /* doubling while small; past GROW_SLOW bytes by a quarter (and at
         * least one item), which keeps an outsized document's arrays close
         * to what it needs for a few more reallocations (the largest
         * blocks are mapped, and realloc remaps them without copying) */
        n = n * elem < GROW_SLOW ? n * 2 : n + n / 4 + 1;
    }
    if (n > SIZE_MAX / elem)
        abort();
    *p = pg_xrealloc(*p, n * elem);
    *cap = n;
}

void pg_xtrim(void **p, size_t *cap, size_t elem, size_t max_bytes)
{
    if (*cap <= max_bytes / elem)
        return;
    free(*p);
    *p = NULL;
    *cap = 0;
}

char *pg_xstrdup(const char *s) { return pg_xstrndup(s, strlen(s)); }

char *pg_xstrndup(const char *s, size_t n)
{
    char *d = pg_xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}
