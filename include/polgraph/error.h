/* error.h — how the polgraph library reports failure and warnings.
 *
 * Library functions never print and never exit. A function that can fail
 * takes a `pg_error *err` as its last argument, returns -1 (or NULL) on
 * failure and fills `err` with a status code and a one-line message that
 * already names the file, line or offset involved. The CLI prints it as
 * "polgraph: CMD: MESSAGE". `err` may be NULL when the caller does not care.
 *
 * Warnings (repaired input, applied limits) are not failures: they go to an
 * optional callback so that the caller decides whether and how to show them.
 *
 * Out of memory is the one exception to "never exits": allocation failure
 * aborts the process (like git's xmalloc), see docs/OWNERSHIP.md.
 */
#ifndef POLGRAPH_ERROR_H
#define POLGRAPH_ERROR_H

#include <stddef.h>

typedef enum pg_status {
    PG_OK = 0,
    PG_ERR_IO,       /* a file could not be opened, read or written */
    PG_ERR_INPUT,    /* the input is malformed: bad JSON, binary data, ... */
    PG_ERR_USAGE,    /* a caller-supplied argument is invalid */
    PG_ERR_LIMIT,    /* a documented limit was exceeded and the input refused */
    PG_ERR_BACKEND   /* igraph or Graphviz reported a failure */
} pg_status;

#define PG_ERROR_MSG_MAX 1024

/* The longest document polgraph analyses, in bytes of UTF-8 text (4 GiB
 * less one): offsets within a document are 32-bit. The reader refuses a
 * longer one with PG_ERR_LIMIT. */
#define PG_MAX_DOCUMENT_BYTES ((size_t)0xFFFFFFFFu)

typedef struct pg_error {
    pg_status code;
    char msg[PG_ERROR_MSG_MAX];
} pg_error;

/* Fill `err` (if not NULL) with `code` and a printf-style message. Always
 * returns -1 so that callers can write `return pg_error_set(err, ...)`. */
int pg_error_set(pg_error *err, pg_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Prefix the message already in `err` with "PREFIX: " (used to add a file
 * name or context on the way up). Returns -1. */
int pg_error_prefix(pg_error *err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Reset `err` to PG_OK with an empty message. NULL is a no-op. */
void pg_error_clear(pg_error *err);

/* Warning sink: called with a complete one-line message (no newline). */
typedef void (*pg_warn_fn)(void *ctx, const char *msg);

/* Call `fn(ctx, message)` if `fn` is not NULL. */
void pg_warn(pg_warn_fn fn, void *ctx, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
