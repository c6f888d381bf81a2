/* utf8.h — UTF-8 decoding, validation and repair.
 *
 * Article text arrives from anywhere; everything the library stores or
 * writes is valid UTF-8. Readers repair input with pg_utf8_repair, writers
 * that cannot trust their input escape through pg_utf8_decode.
 */
#ifndef PG_UTF8_H
#define PG_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define PG_UTF8_INVALID 0xFFFFFFFFu

/* Decodes the code point at s[0..n) (n >= 1). Returns the number of bytes
 * it takes (1..4); an invalid, overlong, surrogate or truncated sequence
 * gives *cp = PG_UTF8_INVALID and length 1. */
size_t pg_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/* Encodes `cp` into out[0..4); returns the byte count. */
size_t pg_utf8_encode(uint32_t cp, char out[4]);

/* Decodes the code point at s[i..n) into *cp, invalid UTF-8 giving U+FFFD
 * (writers that must emit something); returns its length. */
static inline size_t pg_utf8_next(const char *s, size_t i, size_t n, uint32_t *cp)
{
    size_t len = pg_utf8_decode((const unsigned char *)s + i, n - i, cp);
    if (*cp == PG_UTF8_INVALID)
        *cp = 0xFFFD;
    return len;
}

/* Is `cp` a character XML 1.0 allows (SVG, GraphML, Graphviz HTML labels)? */
static inline int pg_utf8_xml_ok(uint32_t cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
           (cp >= 0x10000 && cp <= 0x10FFFF);
}

/* Appends the UTF-8 encoding of `cp` to `b`. */
static inline void pg_utf8_add(pg_buf *b, uint32_t cp)
{
    char u[4];
    pg_buf_add(b, u, pg_utf8_encode(cp, u));
}
/* Offset of the first invalid byte of s[0..n), or n when all is valid. */
size_t pg_utf8_find_invalid(const char *s, size_t n);
/* Copies s[0..n) into `out` (appending) with each invalid byte replaced by
 * U+FFFD. Returns how many bytes were replaced. */
size_t pg_utf8_repair(const char *s, size_t n, pg_buf *out);
/* Does the 8-byte word `w` (loaded from text) hold a byte that a JSON
 * string needs to look at: a control character, '"', '\\' or non-ASCII?
 * Lets JSON readers and writers skip plain text 8 bytes at a time. */
static inline int pg_ascii8_special(uint64_t w)
{
    uint64_t high = w & 0x8080808080808080ULL;
    uint64_t ctrl = (w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL;
    uint64_t q = w ^ 0x2222222222222222ULL, bs = w ^ 0x5C5C5C5C5C5C5C5CULL;
    uint64_t hasq = (q - 0x0101010101010101ULL) & ~q & 0x8080808080808080ULL;
    uint64_t hasbs = (bs - 0x0101010101010101ULL) & ~bs & 0x8080808080808080ULL;
    return (high | ctrl | hasq | hasbs) != 0;
}

/* Appends the ASCII folding of `cp` (é -> "e", ß -> "ss") for Latin-1 and
 * Latin Extended-A letters. Returns 0 when `cp` has no folding. */
int pg_utf8_fold_latin(uint32_t cp, pg_buf *out);

#endif
