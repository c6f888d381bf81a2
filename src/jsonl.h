/* jsonl.h — a fast reader for the flat JSON objects of JSON Lines articles.
 *
 * One pass over the line: string values are decoded (escapes, surrogate
 * pairs) straight into the caller's buffers, other values and nested
 * containers are skipped. Invalid UTF-8 and raw NUL bytes inside strings
 * are replaced by U+FFFD and counted; "\u0000" becomes a space. Much
 * faster than building a jansson tree for every article, which matters at
 * corpus scale.
 */
#ifndef PG_JSONL_H
#define PG_JSONL_H

#include <stddef.h>

#include "buf.h"

enum { JF_ID, JF_DATE, JF_TITLE, JF_SOURCE, JF_URL, JF_TEXT, JF_COUNT };

typedef struct pg_jsonl_fields {
    pg_buf value[JF_COUNT]; /* decoded values (reset by the parser) */
    int present[JF_COUNT];  /* 1 string, 2 number (id only), 0 absent or other type */
    size_t repaired;        /* invalid UTF-8 sequences replaced */
    size_t first_repair;    /* byte offset (in the line) of the first one */
} pg_jsonl_fields;

/* Parses one line holding a JSON object. Returns 0, or -1 with a message
 * in `msg` and the 1-based column of the problem in *col. */
int pg_jsonl_parse(const char *line, size_t n, pg_jsonl_fields *f, char *msg, size_t msglen, size_t *col);

void pg_jsonl_fields_free(pg_jsonl_fields *f);

#endif
