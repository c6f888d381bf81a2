/* lexicon.h — the word lists the extractor recognises actors and relations
 * with: countries (names, demonyms, capitals and seats), organizations,
 * titles, relation cues and closed word classes. The built-in lists are the
 * files under data/lexicon/, compiled into the library; users add their own
 * actors with a JSON dictionary (docs/LEXICON.md).
 *
 * A pg_lexicon is immutable once built and may be shared by threads.
 */
#ifndef POLGRAPH_LEXICON_H
#define POLGRAPH_LEXICON_H

#include "polgraph/error.h"

typedef struct pg_lexicon pg_lexicon;

/* Builds the lexicon from the built-in lists. Fails only if the embedded
 * data is malformed (a build defect), with the file and line in `err`. */
pg_lexicon *pg_lexicon_new(pg_error *err);

/* Adds a user dictionary (JSON, see docs/LEXICON.md): new actors with their
 * type, aliases and affiliation; extra aliases for known actors; names to
 * ignore. Returns 0, or -1 with the file, line and column of the problem. */
int pg_lexicon_load_user(pg_lexicon *lex, const char *path, pg_error *err);
/* The same from memory; `name` is used in messages. */
int pg_lexicon_load_user_buffer(pg_lexicon *lex, const char *json, size_t len, const char *name, pg_error *err);

/* Frees the lexicon. NULL is a no-op. */
void pg_lexicon_free(pg_lexicon *lex);

#endif
