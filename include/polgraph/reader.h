/* reader.h — stage 1 of extraction: inputs -> articles.
 *
 * Reads plain-text and Markdown files, directories of them (recursively, in
 * byte order of their paths), JSON Lines files (one article per line:
 * {"id","date","title","source","url","text"}) and standard input ("-"),
 * one article at a time, so a corpus is never held in memory.
 *
 * Every article's text is valid UTF-8: invalid bytes and NULs are replaced
 * by U+FFFD with one warning per article giving the byte offset. Binary
 * files (images, archives, executables) are refused with an error naming
 * the file. Empty files and blank JSONL lines are skipped with a warning.
 * A document longer than PG_MAX_DOCUMENT_BYTES (4 GiB) is refused with
 * PG_ERR_LIMIT; with keep_going it is skipped with a warning.
 */
#ifndef POLGRAPH_READER_H
#define POLGRAPH_READER_H

#include <stddef.h>
#include <stdint.h>

#include "polgraph/error.h"

/* One article. All strings are owned by the article (pg_article_clear
 * frees them); fields that are unknown are "". */
typedef struct pg_article {
    char *id, *title, *date, *source, *url;
    char *text;
    size_t len;
    char *origin; /* "FILE" or "FILE:LINE", for messages */
} pg_article;

void pg_article_clear(pg_article *a);

typedef struct pg_reader_opts {
    int jsonl;        /* 1: every input (and stdin) is JSON Lines; 0: decide by the .jsonl extension */
    int keep_going;   /* 1: report unreadable inputs as warnings and go on */
    pg_warn_fn warn;  /* warnings: repaired text, skipped empty inputs, repeated ids */
    void *warn_ctx;
    size_t max_document_bytes; /* a longer document is an error (PG_ERR_LIMIT); 0 or more than
                                  PG_MAX_DOCUMENT_BYTES means PG_MAX_DOCUMENT_BYTES */
} pg_reader_opts;

typedef struct pg_reader pg_reader;

/* Prepares to read `inputs` (paths, directories or "-"). Directories are
 * expanded here; a path that does not exist is an error now, not later.
 * The strings are copied. */
pg_reader *pg_reader_new(const char *const *inputs, size_t n, const pg_reader_opts *opts, pg_error *err);

/* Reads the next article into `out` (cleared first). Returns 1, 0 at the
 * end of all inputs, or -1 with `err` naming the file (and line, for JSON
 * Lines) when an input is unreadable or malformed. Article ids are unique:
 * a repeated id gets a "~2", "~3" suffix and a warning. */
int pg_reader_next(pg_reader *r, pg_article *out, pg_error *err);

/* Bytes of input consumed so far, and the total size of the named files
 * (0 when unknown, as for stdin). For progress reports. */
uint64_t pg_reader_bytes_read(const pg_reader *r);
uint64_t pg_reader_bytes_total(const pg_reader *r);

/* Frees the reader. NULL is a no-op. */
void pg_reader_free(pg_reader *r);

/* Checks a date: returns 1 for "YYYY-MM-DD" with a valid month and day. */
int pg_date_valid(const char *s);

#endif
