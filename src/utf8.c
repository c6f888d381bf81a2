/* utf8.c — UTF-8 decoding, validation, repair and Latin accent folding. */
#include "utf8.h"

#include <string.h>

size_t pg_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        v = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        v = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        v = c & 0x07;
        min = 0x10000;
    } else {
        *cp = PG_UTF8_INVALID;
        return 1;
    }
    if (len > n) {
        *cp = PG_UTF8_INVALID;
        return 1;
    }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = PG_UTF8_INVALID;
            return 1;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = PG_UTF8_INVALID;
        return 1;
    }
    *cp = v;
    return len;
}

size_t pg_utf8_encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t pg_utf8_find_invalid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        /* fast path: 8 ASCII bytes at a time */
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (!(w & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t len = pg_utf8_decode(p + i, n - i, &cp);
        if (cp == PG_UTF8_INVALID)
            return i;
        i += len;
    }
    return n;
}

size_t pg_utf8_repair(const char *s, size_t n, pg_buf *out)
{
    size_t repaired = 0, i = 0;
    pg_buf_reserve(out, n);
    while (i < n) {
        size_t bad = i + pg_utf8_find_invalid(s + i, n - i);
        pg_buf_add(out, s + i, bad - i);
        if (bad >= n)
            break;
        pg_buf_add(out, "\xEF\xBF\xBD", 3);
        repaired++;
        i = bad + 1;
    }
    return repaired;
}

/* ASCII folding of U+00C0..U+017F. Digits stand for two-letter foldings,
 * a space for a code point that is not a letter. */
static const char fold_table[] =
    "aaaaaa1ceeeeiiiidnooooo ouuuuy23"  /* U+00C0 */
    "aaaaaa1ceeeeiiiidnooooo ouuuuy2y"  /* U+00E0 */
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii44jjkkkllllllllll" /* U+0100 */
    "nnnnnnnnnoooooo55rrrrrrsssssssstttttt" "uuuuuuuuuuuuwwyyyzzzzzzs";   /* U+0143 */

int pg_utf8_fold_latin(uint32_t cp, pg_buf *out)
{
    static const char *const pairs[] = {"ae", "th", "ss", "ij", "oe"};
    if (cp < 0xC0 || cp > 0x17F)
        return 0;
    char c = fold_table[cp - 0xC0];
    if (c == ' ')
        return 0;
    if (c >= '1' && c <= '5')
        pg_buf_adds(out, pairs[c - '1']);
    else
        pg_buf_addc(out, c);
    return 1;
}
