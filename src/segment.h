/* segment.h — stage 2 of extraction: text -> tokens, sentences, quotations.
 *
 * Works in one linear pass over the bytes plus one over the tokens. Knows
 * about abbreviations (through a callback, so the lexicon can use the same
 * tokenizer for its phrases), possessives, acronyms with periods, middle
 * initials, URLs and Markdown images/links (kept as skipped tokens, so byte
 * offsets stay those of the original text), curly and straight quotation
 * marks, dashes, and hard-wrapped lines (Reuters style).
 */
#ifndef PG_SEGMENT_H
#define PG_SEGMENT_H

#include <stddef.h>

#include "analysis.h"

/* Says whether `word` (n bytes, ending in '.') is a known abbreviation. */
typedef int (*pg_abbrev_fn)(const void *ctx, const char *word, size_t n);

/* Appends the tokens of text[0..len) to the array (*toks, *n, *cap).
 * Offsets are relative to `text`. Line and paragraph flags are set as if
 * text were not hard-wrapped. */
void pg_tokenize(const char *text, size_t len, pg_abbrev_fn is_abbrev, const void *ctx, pg_token **toks, size_t *n,
                 size_t *cap);

/* Segments the analysis' text: fills toks, sents and quotes, and sets each
 * token's sentence and quotation. Applies the documented limits with a
 * warning through an->warn. */
void pg_segment(pg_analysis *an, pg_abbrev_fn is_abbrev, const void *ctx);

/* Decodes the code point at p (for callers that classify characters). */
int pg_cp_is_upper(unsigned cp);
int pg_cp_is_letter(unsigned cp);

#endif
