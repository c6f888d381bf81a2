/* jsonw.c — JSON string escaping and number formatting. */
#include "jsonw.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "utf8.h"

void pg_json_strn(pg_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;
    pg_buf_reserve(b, n + 2);
    pg_buf_addc(b, '"');
    size_t i = 0, run = 0;
    while (i < n) {
        /* skip 8 plain bytes at a time: no control, quote, backslash or non-ASCII */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (pg_ascii8_special(w))
                break;
            i += 8;
            run += 8;
        }
        if (i >= n)
            break;
        unsigned c = p[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            i++;
            run++;
            continue;
        }
        pg_buf_add(b, p + i - run, run);
        run = 0;
        if (c < 0x80) {
            char esc[7] = {'\\', 0};
            switch (c) {
            case '"': esc[1] = '"'; break;
            case '\\': esc[1] = '\\'; break;
            case '\n': esc[1] = 'n'; break;
            case '\t': esc[1] = 't'; break;
            case '\r': esc[1] = 'r'; break;
            case '\b': esc[1] = 'b'; break;
            case '\f': esc[1] = 'f'; break;
            default:
                memcpy(esc, "\\u00", 4);
                esc[4] = hex[c >> 4];
                esc[5] = hex[c & 15];
                pg_buf_add(b, esc, 6);
                i++;
                continue;
            }
            pg_buf_add(b, esc, 2);
            i++;
            continue;
        }
        uint32_t cp;
        size_t len = pg_utf8_decode(p + i, n - i, &cp);
        if (cp == PG_UTF8_INVALID)
            pg_buf_add(b, "\xEF\xBF\xBD", 3);
        else if (cp == 0x2028 || cp == 0x2029)
            pg_buf_adds(b, cp == 0x2028 ? "\\u2028" : "\\u2029");
        else
            pg_buf_add(b, p + i, len);
        i += len;
    }
    pg_buf_add(b, p + i - run, run);
    pg_buf_addc(b, '"');
}

void pg_json_str(pg_buf *b, const char *s)
{
    if (!s)
        s = "";
    pg_json_strn(b, s, strlen(s));
}

void pg_json_format_double(char out[32], double v)
{
    if (!isfinite(v)) {
        strcpy(out, "null");
        return;
    }
    if (v == 0) {
        strcpy(out, signbit(v) ? "-0.0" : "0.0");
        return;
    }
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(out, 32, "%.*g", prec, v);
        if (strtod(out, NULL) == v)
            break;
    }
    /* keep it recognisably a real number */
    if (!strpbrk(out, ".eEn"))
        strcat(out, ".0");
}

void pg_json_num(pg_buf *b, double v)
{
    char tmp[32];
    pg_json_format_double(tmp, v);
    pg_buf_adds(b, tmp);
}
