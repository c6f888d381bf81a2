/* docspool.h — a graph's document list kept on disk.
 *
 * A corpus graph lists every document it was built from, so that list grows
 * with the corpus while everything else (actors, relations, capped
 * evidence) grows with the graph. During corpus extraction the documents go
 * to a spool file instead of memory; writing the graph sorts the spool by id
 * with an external merge sort in bounded memory. Records are the five
 * NUL-terminated fields id, title, date, source, url (article text never
 * contains NUL: the reader replaces it).
 *
 * I/O errors (a full disk) are sticky: the spool records the first one and
 * every later call fails with it, so the graph writer can report it.
 */
#ifndef PG_DOCSPOOL_H
#define PG_DOCSPOOL_H

#include <stddef.h>

#include "buf.h"
#include "polgraph/error.h"
#include "polgraph/graph.h"

typedef struct pg_docspool pg_docspool;

/* A new, empty spool backed by an anonymous temporary file; NULL when no
 * temporary file can be made (the caller keeps documents in memory then). */
pg_docspool *pg_docspool_new(void);
void pg_docspool_free(pg_docspool *s); /* NULL is a no-op */

size_t pg_docspool_count(const pg_docspool *s);
/* Appends a document (fields copied). Returns 0 or -1 (sticky error). */
int pg_docspool_add(pg_docspool *s, const pg_document *d);
/* Sorts by id (bytes), in memory chunks of at most `chunk` bytes merged
 * from temporary runs. Idempotent. */
int pg_docspool_sort(pg_docspool *s, size_t chunk);
/* Document i (after sorting: in id order) into *out; the strings live in
 * `scratch` until its next use. Builds an offset index on first use. */
int pg_docspool_get(pg_docspool *s, size_t i, pg_document *out, pg_buf *scratch);
/* The sticky error, if any: returns 0, or -1 with `err` set. */
int pg_docspool_error(const pg_docspool *s, pg_error *err);

#endif
