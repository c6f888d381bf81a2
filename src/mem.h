/* mem.h — allocation wrappers that never return NULL.
 *
 * Out of memory aborts the process (the one documented exception to
 * "library code never exits", see docs/OWNERSHIP.md). Everything else in
 * the library can then treat allocation as infallible.
 */
#ifndef PG_MEM_H
#define PG_MEM_H

#include <stddef.h>

/* A working array or buffer that grew past this for one outsized document
 * is released when the next document starts, so that a worker's memory is
 * not the largest document it met (with several workers each would keep
 * its own high-water mark). Below it arrays are kept for reuse: a smaller
 * limit (256 KB was tried) re-faults the pages of every long article, 3%
 * more CPU time on the bench corpus. */
#define PG_KEEP_BYTES ((size_t)2048 * 1024)

void *pg_xmalloc(size_t n);
/* pg_xmalloc aligned to 64 bytes, a cache line (freed with free). */
void *pg_xmalloc_lines(size_t n);
void *pg_xcalloc(size_t n, size_t size);
void *pg_xrealloc(void *p, size_t n);
/* Grow `*p` (an array of `elem`-byte items with capacity `*cap`) so that it
 * holds at least `need` items. Doubles the capacity up to 256 KB, then grows
 * it by a quarter; aborts on overflow. */
void pg_xgrow(void **p, size_t *cap, size_t need, size_t elem);
/* Releases `*p` when its capacity passed `max_bytes` (what one outsized
 * document left behind), so that a long-lived working buffer does not
 * keep its high-water mark; `*p` becomes NULL and `*cap` 0. Otherwise
 * nothing changes. */
void pg_xtrim(void **p, size_t *cap, size_t elem, size_t max_bytes);
char *pg_xstrdup(const char *s);
char *pg_xstrndup(const char *s, size_t n);

/* qsort that accepts an empty array with a NULL base (plain qsort must
 * not be given NULL, even for zero elements). */
#include <stdlib.h>
static inline void pg_qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n > 1)
        qsort(base, n, size, cmp);
}

#define PG_GROW(arr, cap, need) pg_xgrow((void **)&(arr), &(cap), (need), sizeof *(arr))
#define PG_TRIM(arr, cap, max_bytes) pg_xtrim((void **)&(arr), &(cap), sizeof *(arr), (max_bytes))

#endif
