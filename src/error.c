/* error.c — filling pg_error values and forwarding warnings. */
#include "polgraph/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int pg_error_set(pg_error *err, pg_status code, const char *fmt, ...)
{
    if (!err)
        return -1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->code = code;
    return -1;
}

int pg_error_prefix(pg_error *err, const char *fmt, ...)
{
    if (!err)
        return -1;
    char prefix[PG_ERROR_MSG_MAX], old[PG_ERROR_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(prefix, sizeof prefix, fmt, ap);
    va_end(ap);
    memcpy(old, err->msg, sizeof old);
    size_t np = strlen(prefix), no = strlen(old);
    if (np > sizeof err->msg - 3)
        np = sizeof err->msg - 3;
    memcpy(err->msg, prefix, np);
    memcpy(err->msg + np, ": ", 2);
    if (no > sizeof err->msg - np - 3)
        no = sizeof err->msg - np - 3;
    memcpy(err->msg + np + 2, old, no);
    err->msg[np + 2 + no] = '\0';
    return -1;
}

void pg_error_clear(pg_error *err)
{
    if (!err)
        return;
    err->code = PG_OK;
    err->msg[0] = '\0';
}

void pg_warn(pg_warn_fn fn, void *ctx, const char *fmt, ...)
{
    if (!fn)
        return;
    char msg[PG_ERROR_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fn(ctx, msg);
}
