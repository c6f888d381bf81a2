/* outfile.h — output files that appear whole or not at all.
 *
 * pg_outfile_open creates a temporary file next to the destination
 * ("DIR/.NAME.XXXXXX"); the caller writes through pg_outfile_fp; commit
 * flushes, syncs and renames it over the destination, abort removes it. So
 * a failure half-way never leaves a truncated or clobbered file behind.
 * The path "-" (or NULL) means standard output, written directly. A
 * destination that exists and is not a regular file (a device such as
 * /dev/null or /dev/full, a FIFO, a socket) is also written directly:
 * there is nothing to replace, and a rename would replace the device
 * itself. A symbolic link keeps pointing at the file it names, which is
 * replaced.
 */
#ifndef POLGRAPH_OUTFILE_H
#define POLGRAPH_OUTFILE_H

#include <stdio.h>

#include "polgraph/error.h"

typedef struct pg_outfile pg_outfile;

/* Opens an output. Fails (NULL) when the directory is missing or not
 * writable, or the destination is a directory, with a message naming it. */
pg_outfile *pg_outfile_open(const char *path, pg_error *err);
/* The stream to write to; owned by the outfile. */
FILE *pg_outfile_fp(pg_outfile *o);
/* The destination path as given ("-" for stdout). */
const char *pg_outfile_path(const pg_outfile *o);
/* Finishes the file: on success the destination holds exactly what was
 * written. On a write error the temporary is removed and the destination is
 * untouched. Frees `o` either way. */
int pg_outfile_commit(pg_outfile *o, pg_error *err);
/* Drops everything written and frees `o`. NULL is a no-op. */
void pg_outfile_abort(pg_outfile *o);

#endif
