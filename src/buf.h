/* buf.h — a growable byte buffer, always NUL-terminated.
 *
 * A zero-initialised pg_buf is empty and valid. The buffer owns `p`;
 * pg_buf_free releases it, pg_buf_steal hands it to the caller.
 */
#ifndef PG_BUF_H
#define PG_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct pg_buf {
    char *p;
    size_t len, cap;
} pg_buf;

void pg_buf_reserve(pg_buf *b, size_t extra);
void pg_buf_adds(pg_buf *b, const char *s);

/* Appends n bytes (inline: the tokenizer-side hot paths call these per
 * character and per word). */
static inline void pg_buf_add(pg_buf *b, const void *data, size_t n)
{
    if (b->len + n + 1 > b->cap)
        pg_buf_reserve(b, n);
    if (n)
        memcpy(b->p + b->len, data, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static inline void pg_buf_addc(pg_buf *b, char c)
{
    if (b->len + 2 > b->cap)
        pg_buf_reserve(b, 1);
    b->p[b->len++] = c;
    b->p[b->len] = '\0';
}
/* Appends v in decimal (cheaper than pg_buf_printf for the many numbers
 * a writer emits). */
void pg_buf_add_u64(pg_buf *b, uint64_t v);
void pg_buf_printf(pg_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void pg_buf_vprintf(pg_buf *b, const char *fmt, va_list ap);
void pg_buf_reset(pg_buf *b);
void pg_buf_free(pg_buf *b);
/* pg_buf_reset, but releases the memory when the capacity passed
 * `max_bytes` (see pg_xtrim). */
void pg_buf_trim(pg_buf *b, size_t max_bytes);
/* Returns the NUL-terminated contents (never NULL) and leaves `b` empty. */
char *pg_buf_steal(pg_buf *b);
/* Returns the contents as a C string; valid until the next change. */
const char *pg_buf_str(pg_buf *b);

#endif
