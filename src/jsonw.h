/* jsonw.h — appending JSON values to a pg_buf.
 *
 * Shared by every writer of JSON (graph JSON, node-link export, metrics
 * JSON) so that escaping and number formatting are the same everywhere.
 */
#ifndef PG_JSONW_H
#define PG_JSONW_H

#include <stddef.h>

#include "buf.h"

/* Appends `s` as a quoted JSON string: quotes, backslashes and control
 * characters escaped, U+2028/U+2029 escaped, invalid UTF-8 replaced by
 * U+FFFD. NULL is written as "". */
void pg_json_str(pg_buf *b, const char *s);
void pg_json_strn(pg_buf *b, const char *s, size_t n);
/* Appends a number in the shortest form that reads back to the same double
 * (so write -> read -> write is byte-stable); non-finite values as null. */
void pg_json_num(pg_buf *b, double v);
/* Formats a double the same way into out[0..32). */
void pg_json_format_double(char out[32], double v);

#endif
