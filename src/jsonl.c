/* jsonl.c — single-pass parser for flat JSON article objects (see jsonl.h). */
#include "jsonl.h"

#include <stdio.h>
#include <stdint.h>
#include <string.h>

#include "utf8.h"

#define MAX_DEPTH 64

typedef struct {
    const unsigned char *p;
    size_t n, i;
    char *msg;
    size_t msglen;
    pg_jsonl_fields *f;
} parser_t;

static int fail(parser_t *P, const char *what)
{
    snprintf(P->msg, P->msglen, "%s", what);
    return -1;
}

static void skip_ws(parser_t *P)
{
    while (P->i < P->n && (P->p[P->i] == ' ' || P->p[P->i] == '\t' || P->p[P->i] == '\r' || P->p[P->i] == '\n'))
        P->i++;
}

static int hex4(parser_t *P, unsigned *v)
{
    if (P->i + 4 > P->n)
        return fail(P, "truncated \\u escape");
    unsigned x = 0;
    for (int k = 0; k < 4; k++) {
        unsigned c = P->p[P->i + (size_t)k], d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
            d = (c | 0x20) - 'a' + 10;
        else
            return fail(P, "invalid \\u escape");
        x = x * 16 + d;
    }
    P->i += 4;
    *v = x;
    return 0;
}

/* Parses a string at P->i (the opening quote), appending its value to out
 * (NULL: validate and skip). */
static int parse_string(parser_t *P, pg_buf *out)
{
    P->i++; /* opening quote */
    for (;;) {
        size_t run = P->i;
        while (P->i + 8 <= P->n) {
            uint64_t w;
            memcpy(&w, P->p + P->i, 8);
            if (pg_ascii8_special(w))
                break;
            P->i += 8;
        }
        while (P->i < P->n && P->p[P->i] != '"' && P->p[P->i] != '\\' && P->p[P->i] >= 0x20 && P->p[P->i] < 0x80)
            P->i++;
        if (out && P->i > run)
            pg_buf_add(out, P->p + run, P->i - run);
        if (P->i >= P->n)
            return fail(P, "unterminated string");
        unsigned c = P->p[P->i];
        if (c == '"') {
            P->i++;
            return 0;
        }
        if (c == '\\') {
            P->i++;
            if (P->i >= P->n)
                return fail(P, "unterminated string");
            unsigned e = P->p[P->i++];
            char ch;
            switch (e) {
            case '"': ch = '"'; break;
            case '\\': ch = '\\'; break;
            case '/': ch = '/'; break;
            case 'b': ch = '\b'; break;
            case 'f': ch = '\f'; break;
            case 'n': ch = '\n'; break;
            case 'r': ch = '\r'; break;
            case 't': ch = '\t'; break;
            case 'u': {
                unsigned v;
                if (hex4(P, &v))
                    return -1;
                if (v >= 0xD800 && v <= 0xDBFF) { /* surrogate pair */
                    unsigned lo = 0;
                    if (P->i + 6 <= P->n && P->p[P->i] == '\\' && P->p[P->i + 1] == 'u') {
                        P->i += 2;
                        if (hex4(P, &lo))
                            return -1;
                    }
                    if (lo >= 0xDC00 && lo <= 0xDFFF)
                        v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
                    else
                        v = 0xFFFD;
                } else if (v >= 0xDC00 && v <= 0xDFFF) {
                    v = 0xFFFD;
                }
                if (v == 0)
                    v = ' ';
                if (out) {
                    char u[4];
                    pg_buf_add(out, u, pg_utf8_encode(v, u));
                }
                continue;
            }
            default: return fail(P, "invalid escape in string");
            }
            if (out)
                pg_buf_addc(out, ch);
            continue;
        }
        if (c < 0x20) { /* a raw control character: tolerated; a NUL is repaired like invalid UTF-8 */
            if (c == 0) {
                if (!P->f->repaired)
                    P->f->first_repair = P->i;
                P->f->repaired++;
            }
            if (out) {
                if (c)
                    pg_buf_addc(out, (char)c);
                else
                    pg_buf_add(out, "\xEF\xBF\xBD", 3);
            }
            P->i++;
            continue;
        }
        /* non-ASCII: copy valid sequences, repair invalid bytes */
        uint32_t cp;
        size_t len = pg_utf8_decode(P->p + P->i, P->n - P->i, &cp);
        if (cp == PG_UTF8_INVALID) {
            if (!P->f->repaired)
                P->f->first_repair = P->i;
            P->f->repaired++;
            if (out)
                pg_buf_add(out, "\xEF\xBF\xBD", 3);
        } else if (out) {
            pg_buf_add(out, P->p + P->i, len);
        }
        P->i += len;
    }
}

static int skip_value(parser_t *P, int depth);

static int skip_container(parser_t *P, int depth)
{
    if (depth > MAX_DEPTH)
        return fail(P, "nested too deeply");
    unsigned char close = P->p[P->i] == '{' ? '}' : ']';
    int object = close == '}';
    P->i++;
    skip_ws(P);
    if (P->i < P->n && P->p[P->i] == close) {
        P->i++;
        return 0;
    }
    for (;;) {
        skip_ws(P);
        if (object) {
            if (P->i >= P->n || P->p[P->i] != '"')
                return fail(P, "expected a key");
            if (parse_string(P, NULL))
                return -1;
            skip_ws(P);
            if (P->i >= P->n || P->p[P->i] != ':')
                return fail(P, "expected ':'");
            P->i++;
        }
        if (skip_value(P, depth + 1))
            return -1;
        skip_ws(P);
        if (P->i < P->n && P->p[P->i] == ',') {
            P->i++;
            continue;
        }
        if (P->i < P->n && P->p[P->i] == close) {
            P->i++;
            return 0;
        }
        return fail(P, object ? "expected ',' or '}'" : "expected ',' or ']'");
    }
}

static int skip_literal(parser_t *P)
{
    size_t b = P->i;
    if (P->i < P->n && P->p[P->i] == '-')
        P->i++;
    int digits = 0;
    while (P->i < P->n && ((P->p[P->i] >= '0' && P->p[P->i] <= '9') || P->p[P->i] == '.' || P->p[P->i] == 'e' ||
                           P->p[P->i] == 'E' || P->p[P->i] == '+' || P->p[P->i] == '-')) {
        P->i++;
        digits = 1;
    }
    if (digits)
        return 0;
    P->i = b;
    static const char *const words[] = {"true", "false", "null"};
    for (int k = 0; k < 3; k++) {
        size_t l = strlen(words[k]);
        if (P->i + l <= P->n && memcmp(P->p + P->i, words[k], l) == 0) {
            P->i += l;
            return 0;
        }
    }
    return fail(P, "invalid value");
}

static int skip_value(parser_t *P, int depth)
{
    skip_ws(P);
    if (P->i >= P->n)
        return fail(P, "expected a value");
    unsigned c = P->p[P->i];
    if (c == '"')
        return parse_string(P, NULL);
    if (c == '{' || c == '[')
        return skip_container(P, depth);
    return skip_literal(P);
}

static int field_index(const pg_buf *key)
{
    static const char *const names[JF_COUNT] = {"id", "date", "title", "source", "url", "text"};
    for (int k = 0; k < JF_COUNT; k++)
        if (key->len == strlen(names[k]) && memcmp(key->p, names[k], key->len) == 0)
            return k;
    return -1;
}

int pg_jsonl_parse(const char *line, size_t n, pg_jsonl_fields *f, char *msg, size_t msglen, size_t *col)
{
    parser_t P = {(const unsigned char *)line, n, 0, msg, msglen, f};
    pg_buf key = {0};
    for (int k = 0; k < JF_COUNT; k++) {
        pg_buf_reset(&f->value[k]);
        f->present[k] = 0;
    }
    f->repaired = 0;
    f->first_repair = 0;
    int rc = 0;
    skip_ws(&P);
    if (P.i >= P.n || P.p[P.i] != '{') {
        rc = fail(&P, "expected a JSON object per line");
        goto done;
    }
    P.i++;
    skip_ws(&P);
    if (P.i < P.n && P.p[P.i] == '}') {
        P.i++;
        goto trailing;
    }
    for (;;) {
        skip_ws(&P);
        if (P.i >= P.n || P.p[P.i] != '"') {
            rc = fail(&P, "expected a key");
            goto done;
        }
        pg_buf_reset(&key);
        if ((rc = parse_string(&P, &key)))
            goto done;
        skip_ws(&P);
        if (P.i >= P.n || P.p[P.i] != ':') {
            rc = fail(&P, "expected ':'");
            goto done;
        }
        P.i++;
        skip_ws(&P);
        int fi = field_index(&key);
        if (fi >= 0 && f->present[fi]) {
            rc = fail(&P, "duplicate key");
            goto done;
        }
        if (fi >= 0 && P.i < P.n && P.p[P.i] == '"') {
            if ((rc = parse_string(&P, &f->value[fi])))
                goto done;
            f->present[fi] = 1;
        } else if (fi == JF_ID && P.i < P.n && (P.p[P.i] == '-' || (P.p[P.i] >= '0' && P.p[P.i] <= '9'))) {
            size_t b = P.i;
            if ((rc = skip_literal(&P)))
                goto done;
            pg_buf_add(&f->value[fi], P.p + b, P.i - b);
            f->present[fi] = 2;
        } else if ((rc = skip_value(&P, 1))) {
            goto done;
        }
        skip_ws(&P);
        if (P.i < P.n && P.p[P.i] == ',') {
            P.i++;
            continue;
        }
        if (P.i < P.n && P.p[P.i] == '}') {
            P.i++;
            break;
        }
        rc = fail(&P, "expected ',' or '}'");
        goto done;
    }
trailing:
    skip_ws(&P);
    if (P.i < P.n)
        rc = fail(&P, "unexpected text after the object");
done:
    pg_buf_free(&key);
    *col = P.i + 1;
    return rc;
}

void pg_jsonl_fields_free(pg_jsonl_fields *f)
{
    for (int k = 0; k < JF_COUNT; k++)
        pg_buf_free(&f->value[k]);
}
