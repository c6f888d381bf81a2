/* buf.c — growable NUL-terminated byte buffer. */
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

#ifndef PG_BUF_MIN
#define PG_BUF_MIN 32
#endif

void pg_buf_reserve(pg_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (!b->cap && need < PG_BUF_MIN) /* one allocation for most short texts, not a chain of doublings */
        need = PG_BUF_MIN;
    pg_xgrow((void **)&b->p, &b->cap, need, 1);
}

void pg_buf_adds(pg_buf *b, const char *s) { pg_buf_add(b, s, strlen(s)); }

void pg_buf_add_u64(pg_buf *b, uint64_t v)
{
    char tmp[24];
    size_t i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    pg_buf_add(b, tmp + i, sizeof tmp - i);
}

void pg_buf_vprintf(pg_buf *b, const char *fmt, va_list ap)
{
    va_list cp;
    va_copy(cp, ap);
    int n = vsnprintf(NULL, 0, fmt, cp);
    va_end(cp);
    if (n <= 0)
        return;
    pg_buf_reserve(b, (size_t)n);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void pg_buf_printf(pg_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    pg_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void pg_buf_reset(pg_buf *b)
{
    b->len = 0;
    if (b->p)
        b->p[0] = '\0';
}

void pg_buf_free(pg_buf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

void pg_buf_trim(pg_buf *b, size_t max_bytes)
{
    if (b->cap > max_bytes)
        pg_buf_free(b);
    else
        pg_buf_reset(b);
}

char *pg_buf_steal(pg_buf *b)
{
    if (!b->p)
        return pg_xstrdup("");
    char *p = b->p;
    b->p = NULL;
    b->len = b->cap = 0;
    return p;
}

const char *pg_buf_str(pg_buf *b)
{
    return b->p ? b->p : "";
}
