/* embedded.h — data files compiled into the binary (see tools/embed.c and
 * the Makefile): the word lists under data/lexicon/. */
#ifndef PG_EMBEDDED_H
#define PG_EMBEDDED_H

#include <stddef.h>

typedef struct pg_embedded_file {
    const char *name;          /* base name, e.g. "countries.tsv"; NULL ends the table */
    const unsigned char *data; /* NUL-terminated */
    size_t len;
} pg_embedded_file;

extern const pg_embedded_file pg_embedded_files[];

/* The embedded file with this base name, or NULL. */
const pg_embedded_file *pg_embedded_find(const char *name);

#endif
