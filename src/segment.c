/* segment.c — tokens, sentences and quotations (see segment.h). */
#include "segment.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- character classes ---- */

int pg_cp_is_upper(unsigned cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    if (cp >= 0xC0 && cp <= 0xDE)
        return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x137)
        return (cp & 1) == 0;
    if (cp >= 0x139 && cp <= 0x148)
        return (cp & 1) == 1;
    if (cp >= 0x14A && cp <= 0x177)
        return (cp & 1) == 0;
    if (cp >= 0x178 && cp <= 0x17E)
        return cp == 0x178 || (cp & 1) == 1;
    if (cp >= 0x391 && cp <= 0x3A9)
        return 1;
    if (cp >= 0x400 && cp <= 0x42F)
        return 1;
    return 0;
}

int pg_cp_is_letter(unsigned cp)
{
    if (cp < 0x80)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    if (cp == PG_UTF8_INVALID)
        return 0;
    if (cp >= 0xC0 && cp <= 0x24F)
        return cp != 0xD7 && cp != 0xF7;
    if (cp >= 0x250 && cp <= 0x2AF) /* IPA extensions */
        return 1;
    if (cp >= 0x300 && cp <= 0x36F) /* combining marks */
        return 1;
    if (cp >= 0x370 && cp < 0x2000)
        return cp != 0x37E && cp != 0x387;
    if (cp >= 0x1E00 && cp <= 0x1EFF)
        return 1;
    if (cp >= 0x3040 && cp <= 0x9FFF)
        return 1;
    if (cp >= 0xAC00 && cp <= 0xD7AF)
        return 1;
    return 0;
}

static inline int cp_is_space(unsigned cp)
{
    if (cp == ' ')
        return 1;
    if (cp > ' ' && cp < 0x80)
        return 0;
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\v' || cp == '\f' || cp == 0xA0 ||
           (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF ||
           cp == 0x00AD;
}

static int cp_is_apostrophe(unsigned cp) { return cp == '\'' || cp == 0x2019; }
static int cp_is_hyphen(unsigned cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

typedef struct {
    const unsigned char *p;
    size_t len;
} text_t;

static inline unsigned cp_at(const text_t *t, size_t i, size_t *n)
{
    if (i >= t->len) {
        *n = 0;
        return 0;
    }
    unsigned c = t->p[i];
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    uint32_t cp;
    *n = pg_utf8_decode(t->p + i, t->len - i, &cp);
    return cp;
}

static unsigned peek(const text_t *t, size_t i)
{
    size_t n;
    return cp_at(t, i, &n);
}

static inline int is_alnum_cp(unsigned cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    return pg_cp_is_letter(cp);
}

static inline int starts_with(const text_t *t, size_t i, const char *s)
{
    size_t n = __builtin_strlen(s);
    return i + n <= t->len && memcmp(t->p + i, s, n) == 0;
}

/* Length of a URL starting at i, or 0. */
static size_t url_len(const text_t *t, size_t i)
{
    static const char *const prefixes[] = {"https://", "http://", "www.", "pic.twitter.com/", "t.co/", NULL};
    int found = 0;
    for (int k = 0; prefixes[k]; k++)
        if (starts_with(t, i, prefixes[k])) {
            found = 1;
            break;
        }
    if (!found)
        return 0;
    size_t j = i;
    while (j < t->len) {
        unsigned c = t->p[j];
        if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == ')' || c == ']')
            break;
        if (c >= 0x80) {
            size_t n;
            unsigned cp = cp_at(t, j, &n);
            if (cp_is_space(cp) || cp == 0x201D || cp == 0x201C || cp == 0x2026)
                break;
            j += n;
            continue;
        }
        j++;
    }
    /* trailing sentence punctuation belongs to the sentence */
    while (j > i && (t->p[j - 1] == '.' || t->p[j - 1] == ',' || t->p[j - 1] == ';' || t->p[j - 1] == ':' ||
                     t->p[j - 1] == '!' || t->p[j - 1] == '?'))
        j--;
    return j - i;
}

/* ---- tokenizer ---- */

typedef struct {
    pg_token *toks; /* the caller's array, handed back when tokenizing ends */
    size_t n, cap;
    unsigned pending; /* TF_LINE_START / TF_PARA_START / TF_SPACE_BEFORE for the next token */
    size_t len;       /* of the text */
} sink_t;

/* Makes room for one more token at byte `pos`. PG_GROW while the array is
 * one a worker keeps; past PG_KEEP_BYTES (an outsized document) the tokens
 * per byte so far tell what the whole text needs, and the array grows to
 * that plus a sixteenth. */
static __attribute__((noinline)) void sink_grow(sink_t *s, size_t pos)
{
    size_t need = s->n + 1;
    if (s->cap * sizeof *s->toks < PG_KEEP_BYTES || pos == 0) {
        PG_GROW(s->toks, s->cap, need);
        return;
    }
    double per_byte = (double)s->n / (double)pos;
    size_t est = (size_t)(per_byte * (double)s->len);
    est += est / 16 + 64;
    if (est < s->cap + s->cap / 8)
        est = s->cap + s->cap / 8;
    if (est > SIZE_MAX / sizeof *s->toks)
        abort();
    s->toks = pg_xrealloc(s->toks, est * sizeof *s->toks);
    s->cap = est;
}

static inline pg_token *emit(sink_t *s, size_t start, size_t end, unsigned kind, unsigned flags)
{
    if (s->n + 1 > s->cap)
        sink_grow(s, start);
    pg_token *t = &s->toks[s->n++];
    *t = (pg_token){.start = (uint32_t)start,
                    .end = (uint32_t)end,
                    .base_end = (uint32_t)end,
                    .kind = (uint16_t)kind,
                    .flags = (uint16_t)(flags | s->pending),
                    .quote = -1};
    s->pending = 0;
    return t;
}

/* Scans a word starting at i; returns its end and sets flags. */
static size_t scan_word(const text_t *t, size_t i, size_t *base_end, unsigned *flags, pg_abbrev_fn is_abbrev,
                        const void *ctx)
{
    size_t j = i, n;
    unsigned letters = 0, uppers = 0, digits = 0, segs_short = 1, seglen = 0, periods = 0;
    int ascii_upper = 0, nonascii = 0;
    *base_end = 0;
    for (;;) {
        /* fast path: a run of ASCII letters and digits */
        while (j < t->len) {
            unsigned char c = t->p[j];
            if (c >= 'a' && c <= 'z')
                letters++;
            else if (c >= 'A' && c <= 'Z') {
                letters++;
                uppers++;
                ascii_upper = 1;
            } else if (c >= '0' && c <= '9')
                digits++;
            else
                break;
            seglen++;
            j++;
        }
        if (j >= t->len)
            break;
        {
            /* the common end of a word: a space or plain punctuation */
            unsigned char e = t->p[j];
            if (e < 0x80 && e != '\'' && e != '-' && e != '.' && e != '&')
                break;
        }
        unsigned cp = cp_at(t, j, &n);
        if (n && is_alnum_cp(cp)) {
            if (cp >= '0' && cp <= '9')
                digits++;
            else {
                letters++;
                if (pg_cp_is_upper(cp))
                    uppers++;
            }
            seglen++;
            j += n;
            continue;
        }
        if (!n)
            break;
        size_t n2;
        unsigned next = cp_at(t, j + n, &n2);
        if (cp_is_apostrophe(cp) && j > i) {
            /* possessive 's / ’s */
            if ((next == 's' || next == 'S') && !is_alnum_cp(peek(t, j + n + 1))) {
                *base_end = j;
                j += n + 1;
                *flags |= TF_POSS;
                break;
            }
            /* plural possessive: allies' */
            if (!is_alnum_cp(next) && (t->p[j - 1] == 's')) {
                *base_end = j;
                j += n;
                *flags |= TF_POSS;
                break;
            }
            if (n2 && pg_cp_is_letter(next)) { /* O'Brien, don't */
                j += n;
                continue;
            }
            break;
        }
        if (cp_is_hyphen(cp) && n2 && is_alnum_cp(next)) {
            j += n;
            seglen = 0;
            *flags |= TF_HYPHEN;
            continue;
        }
        if (cp == '.' && n2 && pg_cp_is_letter(next) && seglen <= 2 && j > i) {
            /* acronym with periods: U.S, e.g, a.m -- segments of one or two letters */
            size_t k = j + 1, run = 0;
            while (k < t->len && pg_cp_is_letter(peek(t, k)) && run < 3) {
                size_t m;
                cp_at(t, k, &m);
                k += m;
                run++;
            }
            if (run <= 2 && k < t->len && t->p[k] == '.') {
                j++;
                periods++;
                seglen = 0;
                continue;
            }
            break;
        }
        if (cp == '&' && uppers == letters && letters && n2 && pg_cp_is_upper(next)) { /* AT&T */
            j += n;
            continue;
        }
        break;
    }
    (void)segs_short;
    for (size_t k = i; k < j && !nonascii; k++) /* a byte of the word, not of what ended it */
        nonascii = t->p[k] >= 0x80;
    if (!*base_end)
        *base_end = j;
    if (letters && ((t->p[i] >= 'A' && t->p[i] <= 'Z') || (t->p[i] >= 0x80 && pg_cp_is_upper(peek(t, i)))))
        *flags |= TF_CAP;
    if (letters >= 2 && uppers == letters)
        *flags |= TF_ALLCAPS;
    if (ascii_upper)
        *flags |= TF_UPPER;
    if (nonascii)
        *flags |= TF_NONASCII;
    if (digits)
        *flags |= TF_DIGIT;
    /* a period right after the word: part of it for abbreviations */
    if (!(*flags & TF_POSS) && j < t->len && t->p[j] == '.' && !(j + 1 < t->len && t->p[j + 1] == '.')) {
        size_t wl = j + 1 - i;
        /* an initial: one capital letter and nothing else ("B.", "É.";
         * not "1.5C.") */
        int initial = letters == 1 && uppers == 1 && !digits;
        if (initial || periods || (is_abbrev && is_abbrev(ctx, (const char *)t->p + i, wl))) {
            *flags |= TF_ABBREV | (initial ? TF_INITIAL : 0);
            j++;
            *base_end = j;
        }
    }
    return j;
}

/* Byte classes for the word fast path: ASCII lower, upper, digit, and the
 * bytes after which a word may go on or take a period (' - . & and every
 * byte of a multi-byte character), which need scan_word. */
enum { BC_LOWER = 1, BC_UPPER = 2, BC_DIGIT = 4, BC_SLOW = 8 };
#define BC_ROW_SLOW8 8, 8, 8, 8, 8, 8, 8, 8
#define BC_ROW_SLOW16 BC_ROW_SLOW8, BC_ROW_SLOW8
static const unsigned char byte_class[256] = {
    /* 0x00 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    /* 0x10 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    /* 0x20  ' '..'/': & ' - . are slow */ 0, 0, 0, 0, 0, 0, 8, 8, 0, 0, 0, 0, 0, 8, 8, 0,
    /* 0x30  digits */ 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 0,
    /* 0x40  @ A-O */ 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    /* 0x50  P-Z */ 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    /* 0x60  ` a-o */ 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    /* 0x70  p-z */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    /* 0x80-0xFF */ BC_ROW_SLOW16, BC_ROW_SLOW16, BC_ROW_SLOW16, BC_ROW_SLOW16,
    BC_ROW_SLOW16, BC_ROW_SLOW16, BC_ROW_SLOW16, BC_ROW_SLOW16};

#if defined(__SSE2__)
/* The bit mask of the bytes of v within [lo, hi]. */
static inline unsigned simd_in_range(__m128i v, char lo, char hi)
{
    __m128i t = _mm_sub_epi8(v, _mm_set1_epi8(lo));
    return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8((char)(hi - lo))), t));
}
#endif

/* The common word: ASCII letters and digits ended by a space, plain
 * punctuation or a period that no letter follows (a sentence's end, an
 * abbreviation's period). Emits it and returns its end, or returns 0
 * (nothing emitted) when the word needs scan_word. Gives exactly what
 * scan_word gives for such words. */
static inline __attribute__((always_inline)) size_t word_fast(sink_t *s, const text_t *t, size_t i,
                                                              pg_abbrev_fn is_abbrev, const void *ctx)
{
    const unsigned char *p = t->p;
    size_t len = t->len, j = i;
    unsigned seen = 0, k; /* BC_* bits of the word's bytes */
    {
        const unsigned char *q = p + j, *end = p + len;
#if defined(__SSE2__)
        /* sixteen bytes classified at once: the word's end is found without
         * a branch per byte, whose exit the processor cannot predict (words
         * have all lengths); the table below finishes the text's last
         * fifteen bytes and words of sixteen or more */
        while (end - q >= 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)q);
            unsigned ml = simd_in_range(v, 'a', 'z'), mu = simd_in_range(v, 'A', 'Z'),
                     md = simd_in_range(v, '0', '9');
            unsigned stop = ~(ml | mu | md) & 0xFFFFu;
            unsigned keep = stop ? (1u << __builtin_ctz(stop)) - 1 : 0xFFFFu;
            seen |= ((ml & keep) ? BC_LOWER : 0u) | ((mu & keep) ? BC_UPPER : 0u) | ((md & keep) ? BC_DIGIT : 0u);
            if (stop) {
                q += __builtin_ctz(stop);
                goto scanned;
            }
            q += 16;
        }
#endif
        /* a table lookup per byte */
        while (q < end && ((k = byte_class[*q]) & (BC_LOWER | BC_UPPER | BC_DIGIT))) {
            seen |= k;
            q++;
        }
#if defined(__SSE2__)
    scanned:
#endif
        j = (size_t)(q - p);
    }
    int period = 0;
    if (j < len && (byte_class[p[j]] & BC_SLOW)) {
        /* "U.S", "end.Next", "word..." and ' - & go the long way */
        if (p[j] != '.' || (j + 1 < len && (byte_class[p[j + 1]] & (BC_LOWER | BC_UPPER | BC_SLOW))))
            return 0;
        period = 1;
    }
    size_t n = j - i;
    unsigned flags = 0, kind = TK_WORD;
    if (byte_class[p[i]] & BC_UPPER)
        flags |= TF_CAP;
    if ((seen & (BC_UPPER | BC_LOWER)) == BC_UPPER) {
        /* all letters capitals: ALLCAPS from two of them on */
        unsigned letters = 0;
        for (size_t q = i; q < j && letters < 2; q++)
            letters += byte_class[p[q]] >> 1 & 1;
        if (letters >= 2)
            flags |= TF_ALLCAPS;
    }
    if (seen & BC_UPPER)
        flags |= TF_UPPER;
    if (seen & BC_DIGIT) {
        flags |= TF_DIGIT;
        if (!(seen & (BC_UPPER | BC_LOWER)))
            kind = TK_NUM;
    }
    if (period) {
        /* the period is the word's where it is an initial ("B.") or an
         * abbreviation ("Sen.") */
        int initial = n == 1 && (byte_class[p[i]] & BC_UPPER);
        if (initial || (is_abbrev && is_abbrev(ctx, (const char *)p + i, n + 1))) {
            flags |= TF_ABBREV | (initial ? TF_INITIAL : 0);
            j++;
            n++;
        }
    }
    if (n > PG_MAX_TOKEN_BYTES)
        flags |= TF_SKIP;
    emit(s, i, j, kind, flags);
    return j;
}

/* Emits the word (or number) starting at i; returns the index after it.
 * The general case, apart from word_fast's. */
static __attribute__((noinline)) size_t word_slow(sink_t *s, const text_t *t, size_t i, pg_abbrev_fn is_abbrev,
                                                  const void *ctx)
{
    size_t base_end;
    unsigned flags = 0;
    size_t end = scan_word(t, i, &base_end, &flags, is_abbrev, ctx);
    unsigned kind = TK_WORD;
    if ((flags & TF_DIGIT) && !(flags & TF_CAP)) {
        int all_digits = 1;
        for (size_t k = i; k < end; k++)
            if (!(t->p[k] >= '0' && t->p[k] <= '9') && t->p[k] != '.' && t->p[k] != ',')
                all_digits = 0;
        if (all_digits)
            kind = TK_NUM;
    }
    if (end - i > PG_MAX_TOKEN_BYTES)
        flags |= TF_SKIP;
    pg_token *tok = emit(s, i, end, kind, flags);
    tok->base_end = (uint32_t)base_end;
    return end;
}

/* Emits the word (or number) starting at i; returns the index after it. */
static inline __attribute__((always_inline)) size_t word_token(sink_t *s, const text_t *t, size_t i,
                                                               pg_abbrev_fn is_abbrev, const void *ctx)
{
    size_t fast = word_fast(s, t, i, is_abbrev, ctx);
    return fast ? fast : word_slow(s, t, i, is_abbrev, ctx);
}

/* What a byte starting a token says about it: white space (ASCII control
 * characters included), a newline, a word or number (LC_LINK: one that may
 * start a link), punctuation that is its own token whatever follows, a
 * period (an ellipsis's first?), a straight double quote; 0 for the bytes
 * that need a closer look (markup, dashes, handles, non-ASCII ...). */
enum { LC_OTHER, LC_SPACE, LC_NEWLINE, LC_WORD, LC_LINK, LC_PUNCT, LC_DOT, LC_QUOTE };
#define LC_W8 LC_WORD, LC_WORD, LC_WORD, LC_WORD, LC_WORD, LC_WORD, LC_WORD, LC_WORD
#define LC_S8 LC_SPACE, LC_SPACE, LC_SPACE, LC_SPACE, LC_SPACE, LC_SPACE, LC_SPACE, LC_SPACE
static const unsigned char lead_class[256] = {
    /* 0x00  controls, \n */ LC_S8, LC_SPACE, LC_SPACE, LC_NEWLINE, LC_SPACE, LC_SPACE, LC_SPACE, LC_SPACE, LC_SPACE,
    /* 0x10  controls */ LC_S8, LC_S8,
    /* 0x20  ' ' ! " # $ % & ' ( ) * + , - . / */
    LC_SPACE, 0, LC_QUOTE, 0, LC_PUNCT, LC_PUNCT, 0, LC_PUNCT, LC_PUNCT, LC_PUNCT, 0, LC_PUNCT, LC_PUNCT, 0, LC_DOT,
    LC_PUNCT,
    /* 0x30  0-9 : ; < = > ? */
    LC_W8, LC_WORD, LC_WORD, LC_PUNCT, LC_PUNCT, LC_PUNCT, LC_PUNCT, 0, LC_PUNCT,
    /* 0x40  @ A-O */
    0, LC_WORD, LC_WORD, LC_WORD, LC_WORD, LC_WORD, LC_WORD, LC_WORD, LC_W8,
    /* 0x50  P-Z [ \ ] ^ _ */
    LC_W8, LC_WORD, LC_WORD, LC_WORD, 0, LC_PUNCT, 0, LC_PUNCT, 0,
    /* 0x60  ` a-o (h: link?) */
    0, LC_WORD, LC_WORD, LC_WORD, LC_WORD, LC_WORD, LC_WORD, LC_WORD, LC_LINK, LC_WORD, LC_WORD, LC_WORD, LC_WORD,
    LC_WORD, LC_WORD, LC_WORD,
    /* 0x70  p-z (p t w: link?) { | } ~ DEL */
    LC_LINK, LC_WORD, LC_WORD, LC_WORD, LC_LINK, LC_WORD, LC_WORD, LC_LINK, LC_WORD, LC_WORD, LC_WORD, LC_PUNCT, 0,
    LC_PUNCT, 0, 0};

void pg_tokenize(const char *text, size_t len, pg_abbrev_fn is_abbrev, const void *ctx, pg_token **toks, size_t *n,
                 size_t *cap)
{
    text_t t = {(const unsigned char *)text, len};
    sink_t s = {*toks, *n, *cap, TF_LINE_START | TF_PARA_START, len};
    size_t i = 0, cl;
    int newlines = 0; /* newlines since the last token */
    int in_link = 0;  /* inside the text of a Markdown link [text](url) */
    while (i < len) {
        unsigned c = t.p[i];
        /* the common bytes straight to their token; the rest below */
        switch (lead_class[c]) {
        case LC_SPACE:
            s.pending |= TF_SPACE_BEFORE;
            i++;
            continue;
        case LC_NEWLINE:
            newlines++;
            s.pending |= TF_LINE_START | TF_SPACE_BEFORE;
            if (newlines >= 2)
                s.pending |= TF_PARA_START;
            i++;
            continue;
        case LC_LINK: {
            /* a word, unless it starts a link */
            unsigned c2 = i + 1 < len ? t.p[i + 1] : 0;
            if ((c == 'h' && c2 == 't') || (c == 'w' && c2 == 'w') || (c == 'p' && c2 == 'i') || (c == 't' && c2 == '.'))
                break;
        }
            /* fall through */
        case LC_WORD:
            newlines = 0;
            i = word_token(&s, &t, i, is_abbrev, ctx);
            /* the common next token: one space and a word that is no link
             * ("the word"), taken here rather than through the switch
             * twice, whose jumps are hard to predict */
            while (i + 1 < len && t.p[i] == ' ' && lead_class[t.p[i + 1]] == LC_WORD) {
                s.pending |= TF_SPACE_BEFORE;
                i = word_token(&s, &t, i + 1, is_abbrev, ctx);
            }
            continue;
        case LC_DOT:
            if (i + 2 < len && t.p[i + 1] == '.' && t.p[i + 2] == '.')
                break; /* an ellipsis */
        /* fall through */
        case LC_PUNCT:
            newlines = 0;
            emit(&s, i, i + 1, TK_PUNCT, 0);
            i++;
            continue;
        case LC_QUOTE:
            newlines = 0;
            emit(&s, i, i + 1, TK_QUOTE, 0);
            i++;
            continue;
        default:
            break;
        }
        unsigned cp = cp_at(&t, i, &cl);
        if (cp_is_space(cp) || cp == 0 || (cp < 0x20) || cp == 0xFFFD) {
            s.pending |= TF_SPACE_BEFORE;
            i += cl;
            continue;
        }
        newlines = 0;
        size_t start = i;
        /* Markdown image ![alt](url): skipped whole */
        if (c == '!' && i + 1 < len && t.p[i + 1] == '[') {
            size_t j = i + 2;
            while (j < len && t.p[j] != ']' && t.p[j] != '\n')
                j++;
            if (j + 1 < len && t.p[j] == ']' && t.p[j + 1] == '(') {
                size_t k = j + 2;
                while (k < len && t.p[k] != ')' && t.p[k] != '\n')
                    k++;
                if (k < len && t.p[k] == ')') {
                    emit(&s, start, k + 1, TK_URL, TF_SKIP);
                    i = k + 1;
                    continue;
                }
            }
        }
        /* Markdown link: [ text ](url) -- keep the text, skip the rest */
        if (c == '[') {
            size_t j = i + 1;
            while (j < len && t.p[j] != ']' && t.p[j] != '\n' && t.p[j] != '[')
                j++;
            if (j + 1 < len && t.p[j] == ']' && t.p[j + 1] == '(') {
                emit(&s, i, i + 1, TK_PUNCT, TF_SKIP);
                in_link = 1;
                i++;
                continue;
            }
        }
        if (c == ']' && in_link && i + 1 < len && t.p[i + 1] == '(') {
            size_t k = i + 2;
            while (k < len && t.p[k] != ')' && t.p[k] != '\n' && t.p[k] != ' ')
                k++;
            if (k < len && t.p[k] == ')')
                k++;
            emit(&s, i, k, TK_URL, TF_SKIP);
            in_link = 0;
            i = k;
            continue;
        }
        unsigned c2 = i + 1 < len ? t.p[i + 1] : 0;
        size_t ul = ((c == 'h' && c2 == 't') || (c == 'w' && c2 == 'w') || (c == 'p' && c2 == 'i') ||
                     (c == 't' && c2 == '.'))
                        ? url_len(&t, i)
                        : 0;
        if (ul) {
            emit(&s, i, i + ul, TK_URL, TF_SKIP);
            i += ul;
            continue;
        }
        if (is_alnum_cp(cp)) {
            i = word_token(&s, &t, i, is_abbrev, ctx);
            continue;
        }
        /* digits with separators: 1,000.5 */
        if (c == '@' && i + 1 < len && (is_alnum_cp(t.p[i + 1]) || t.p[i + 1] == '_')) {
            size_t j = i + 1;
            while (j < len && (is_alnum_cp(t.p[j]) || t.p[j] == '_') && t.p[j] < 0x80)
                j++;
            emit(&s, i, j, TK_HANDLE, 0);
            i = j;
            continue;
        }
        if (c == '#') {
            if (s.pending & TF_LINE_START) { /* Markdown heading marks */
                size_t j = i;
                while (j < len && t.p[j] == '#')
                    j++;
                if (j < len && t.p[j] == ' ') {
                    emit(&s, i, j, TK_PUNCT, TF_SKIP);
                    i = j;
                    continue;
                }
            }
            if (i + 1 < len && pg_cp_is_letter(peek(&t, i + 1))) {
                size_t j = i + 1, m;
                while (j < len && is_alnum_cp(cp_at(&t, j, &m)) && m)
                    j += m;
                emit(&s, i, j, TK_HASHTAG, 0);
                i = j;
                continue;
            }
        }
        if (cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB) {
            unsigned f = 0;
            if (cp == 0x201C || cp == 0x201E || cp == 0xAB)
                f = TF_OPEN;
            else if (cp == 0x201D || cp == 0xBB)
                f = TF_CLOSE;
            emit(&s, i, i + cl, TK_QUOTE, f);
            i += cl;
            continue;
        }
        if (cp == 0x2014 || cp == 0x2013 || cp == 0x2015 || (c == '-' && i + 1 < len && t.p[i + 1] == '-')) {
            size_t j = i + cl;
            while (j < len && t.p[j] == '-')
                j++;
            emit(&s, i, j, TK_DASH, 0);
            i = j;
            continue;
        }
        if (c == '-' && (s.pending & TF_SPACE_BEFORE) && (i + 1 >= len || t.p[i + 1] == ' ' || t.p[i + 1] == '\n')) {
            emit(&s, i, i + 1, TK_DASH, 0);
            i++;
            continue;
        }
        if (cp == 0x2026 || (c == '.' && i + 2 < len && t.p[i + 1] == '.' && t.p[i + 2] == '.')) {
            size_t j = cp == 0x2026 ? i + cl : i + 3;
            while (j < len && t.p[j] == '.')
                j++;
            emit(&s, i, j, TK_ELLIPSIS, 0);
            i = j;
            continue;
        }
        if (c == '&' && i + 2 < len) { /* HTML entities: &lt; &amp; &#3; */
            size_t j = i + 1;
            if (t.p[j] == '#')
                j++;
            size_t k = j;
            while (k < len && k < j + 8 && ((t.p[k] | 0x20) >= 'a' && (t.p[k] | 0x20) <= 'z' ? 1 : (t.p[k] >= '0' && t.p[k] <= '9')))
                k++;
            if (k > j && k < len && t.p[k] == ';') {
                emit(&s, i, k + 1, TK_PUNCT, TF_SKIP);
                i = k + 1;
                continue;
            }
        }
        if (c == '*' || c == '_' || c == '`' || c == '>' || c == '|' || c == '~') {
            emit(&s, i, i + 1, TK_PUNCT, TF_SKIP);
            i++;
            continue;
        }
        emit(&s, i, i + cl, TK_PUNCT, (cp >= 0x2190 && cp <= 0x21FF) || cp >= 0x2500 ? TF_SKIP : 0);
        i += cl;
    }
    *toks = s.toks;
    *n = s.n;
    *cap = s.cap;
}

/* ---- sentences ---- */

/* Is the document hard-wrapped: most longer lines end in the middle of a
 * sentence? Then single newlines are spaces. */
static int hard_wrapped(const char *text, size_t len)
{
    size_t lines = 0, open = 0, line_start = 0;
    for (size_t i = 0; i <= len; i++) {
        const char *nl = i < len ? memchr(text + i, '\n', len - i) : NULL;
        i = nl ? (size_t)(nl - text) : len;
        size_t e = i;
        while (e > line_start && (text[e - 1] == ' ' || text[e - 1] == '\r' || text[e - 1] == '\t'))
            e--;
        if (e - line_start >= 30) {
            lines++;
            unsigned char last = (unsigned char)text[e - 1];
            if ((last >= 'a' && last <= 'z') || last == ',' || (last >= '0' && last <= '9') || last == '-' ||
                (last >= 'A' && last <= 'Z'))
                open++;
        }
        line_start = i + 1;
    }
    return lines >= 3 && open * 10 >= lines * 4;
}

static int tok_is(const pg_analysis *an, const pg_token *t, const char *s)
{
    size_t n = strlen(s);
    return pg_tok_len(t) == n && memcmp(an->text + t->start, s, n) == 0;
}

static int is_closer(const pg_analysis *an, const pg_token *t)
{
    return (t->kind == TK_QUOTE && !(t->flags & TF_OPEN)) || tok_is(an, t, ")") || tok_is(an, t, "]") ||
           (t->kind == TK_PUNCT && (t->flags & TF_SKIP));
}

/* Words that begin sentences after an abbreviation like "U.S." */
static int is_starter(const pg_analysis *an, const pg_token *t)
{
    static const char *const words[] = {"The", "He", "She", "It", "They", "We", "I", "But", "And", "This", "That",
                                        "In", "On", "At", "A", "An", "His", "Her", "Their", "Its", "Our", "There",
                                        "These", "Those", "However", "Meanwhile", "Earlier", "Later", "Both",
                                        "After", "Before", "When", "While", "If", "As", "Some", "Many", NULL};
    for (int i = 0; words[i]; i++)
        if (tok_is(an, t, words[i]))
            return 1;
    return 0;
}

/* Abbreviations that can end a sentence ("... in the U.S. The ..."): 1,
 * or 2 for one that stands only before a number ("No. 10"), which ends a
 * sentence before any capitalised word ("Putin: No. Question: ..."). */
static int abbrev_can_end(const pg_analysis *an, const pg_token *t)
{
    if (t->flags & TF_INITIAL)
        return 0;
    if (tok_is(an, t, "No.") || tok_is(an, t, "Nos."))
        return 2;
    const char *s = an->text + t->start;
    size_t n = pg_tok_len(t);
    for (size_t k = 1; k + 1 < n; k++)
        if (s[k] == '.')
            return 1; /* U.S. U.K. a.m. */
    static const char *const words[] = {"etc.", "Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", NULL};
    for (int i = 0; words[i]; i++)
        if (tok_is(an, t, words[i]))
            return 1;
    return 0;
}

static void add_sentence(pg_analysis *an, size_t b, size_t e, uint32_t para, unsigned flags)
{
    /* drop leading and trailing skipped tokens from the byte span */
    PG_GROW(an->sents, an->sents_cap, an->nsents + 1);
    pg_sentence *s = &an->sents[an->nsents];
    s->tok_begin = (uint32_t)b;
    s->tok_end = (uint32_t)e;
    s->start = an->toks[b].start;
    s->end = an->toks[e - 1].end;
    s->para = para;
    s->flags = (uint16_t)flags;
    s->date = -1;
    int words = 0;
    for (size_t i = b; i < e; i++) {
        an->toks[i].sent = (uint32_t)an->nsents;
        if (!(an->toks[i].flags & TF_SKIP) && an->toks[i].kind != TK_URL)
            words = 1;
    }
    if (!words)
        s->flags |= SF_URL_ONLY;
    an->toks[b].flags |= TF_SENT_START;
    an->nsents++;
}

static void pair_quotes(pg_analysis *an, size_t pb, size_t pe)
{
    long open = -1;
    for (size_t i = pb; i < pe; i++) {
        pg_token *t = &an->toks[i];
        if (t->kind != TK_QUOTE)
            continue;
        int opening;
        if (t->flags & TF_OPEN)
            opening = 1;
        else if (t->flags & TF_CLOSE)
            opening = 0;
        else {
            /* straight quote: by position, then by state */
            int space_before = (t->flags & TF_SPACE_BEFORE) || i == pb;
            int space_after = i + 1 >= pe || (an->toks[i + 1].flags & TF_SPACE_BEFORE) ||
                              (an->toks[i + 1].kind == TK_PUNCT && !pg_cp_is_letter(an->text[an->toks[i + 1].start]));
            if (open < 0)
                opening = !(space_after && !space_before);
            else
                opening = space_before && !space_after && i + 1 < pe && an->toks[i + 1].kind == TK_WORD &&
                          an->toks[i - 1].kind != TK_WORD;
            if (open >= 0 && opening)
                opening = 0; /* nested straight quotes are rare: close */
            t->flags |= opening ? TF_OPEN : TF_CLOSE;
        }
        if (opening) {
            if (open < 0)
                open = (long)i;
        } else if (open >= 0) {
            PG_GROW(an->quotes, an->quotes_cap, an->nquotes + 1);
            pg_quote *q = &an->quotes[an->nquotes++];
            q->open = (uint32_t)open;
            q->close = (uint32_t)i;
            q->speaker = q->addressee = q->signed_date = q->speaker_ment = -1;
            q->kind = QK_MARKS;
            q->address = 0;
            open = -1;
        }
    }
    if (open >= 0 && (size_t)open + 1 < pe) { /* unclosed: runs to the paragraph's end */
        PG_GROW(an->quotes, an->quotes_cap, an->nquotes + 1);
        pg_quote *q = &an->quotes[an->nquotes++];
        q->open = (uint32_t)open;
        q->close = (uint32_t)(pe - 1);
        q->speaker = q->addressee = q->signed_date = q->speaker_ment = -1;
        q->kind = QK_MARKS;
        q->address = 0;
    }
}

/* "Valery Zorkin Zorkin ValeryConstitutional Court Chairman:" -- pages
 * that repeat a speaker's name surname first, glued to a repeat of the
 * title (the Kremlin's transcripts, copied as text). The echo, tokens i-1
 * and i and, in a speaker's label, the rest of the repeated title up to its
 * colon or bracket, is markup: skipped. */
static void skip_name_echo(pg_analysis *an, size_t i)
{
    pg_token *t = an->toks;
    const char *s = an->text;
    const pg_token *first = &t[i - 3], *last = &t[i - 2], *echo = &t[i - 1], *glued = &t[i];
    size_t fn = pg_tok_len(first), ln = pg_tok_len(last);
    if (fn < 2 || ln < 2 || pg_tok_len(echo) != ln || pg_tok_len(glued) <= fn + 1)
        return;
    if (first->kind != TK_WORD || last->kind != TK_WORD || echo->kind != TK_WORD ||
        !(first->flags & last->flags & echo->flags & TF_CAP) || !(last->flags & echo->flags & glued->flags & TF_SPACE_BEFORE))
        return;
    unsigned char after = (unsigned char)s[glued->start + fn];
    if (after < 'A' || after > 'Z' || memcmp(s + echo->start, s + last->start, ln) != 0 ||
        memcmp(s + glued->start, s + first->start, fn) != 0)
        return;
    t[i - 1].flags |= TF_SKIP;
    t[i].flags |= TF_SKIP;
    size_t j = i + 1;
    while (j < an->ntoks && j < i + 20 && t[j].kind == TK_WORD && !(t[j].flags & TF_LINE_START))
        j++;
    if (j < an->ntoks && !(t[j].flags & TF_LINE_START) && t[j].end - t[j].start == 1 &&
        (s[t[j].start] == ':' || s[t[j].start] == '('))
        for (size_t k = i + 1; k < j; k++)
            t[k].flags |= TF_SKIP;
}

void pg_segment(pg_analysis *an, pg_abbrev_fn is_abbrev, const void *ctx)
{
    pg_tokenize(an->text, an->len, is_abbrev, ctx, &an->toks, &an->ntoks, &an->toks_cap);
    size_t n = an->ntoks;
    if (n == 0)
        return;
    int wrapped = hard_wrapped(an->text, an->len);

    /* paragraph starts: a blank line always; a single newline unless the
     * text is hard-wrapped, where an indented line starts one */
    for (size_t i = 0; i < n; i++) {
        pg_token *t = &an->toks[i];
        if (i >= 3 && (t->flags & TF_CAP) && t[-1].end - t[-1].start == t[-2].end - t[-2].start)
            skip_name_echo(an, i); /* a surname repeated right before */
        if (t->end - t->start > PG_MAX_TOKEN_BYTES && t->kind != TK_URL && (t->flags & TF_SKIP) &&
            !(an->limit_warnings & 4)) {
            an->limit_warnings |= 4;
            const char *part;
            uint32_t at = pg_analysis_byte(an, t->start, &part);
            pg_warn(an->warn, an->warn_ctx, "%s: a word longer than %d bytes was skipped (%sbyte %u)", an->doc_id,
                    PG_MAX_TOKEN_BYTES, part, at);
        }
        if (!(t->flags & TF_LINE_START) || (t->flags & TF_PARA_START))
            continue;
        if (!wrapped) {
            t->flags |= TF_PARA_START;
        } else {
            size_t ls = t->start;
            while (ls > 0 && an->text[ls - 1] != '\n')
                ls--;
            if (t->start - ls >= 2)
                t->flags |= TF_PARA_START;
        }
    }

    /* quotations within each paragraph */
    size_t pb = 0;
    for (size_t i = 1; i <= n; i++)
        if (i == n || (an->toks[i].flags & TF_PARA_START)) {
            pair_quotes(an, pb, i);
            pb = i;
        }
    for (size_t q = 0; q < an->nquotes; q++)
        for (size_t i = an->quotes[q].open; i <= an->quotes[q].close; i++)
            an->toks[i].quote = (int32_t)q;

    /* sentences */
    size_t sb = 0;
    uint32_t para = 0;
    unsigned sflags = SF_PARA_START;
    for (size_t i = 0; i < n; i++) {
        pg_token *t = &an->toks[i];
        size_t end = 0; /* exclusive end of the sentence if it ends after token i */
        if (i + 1 == n) {
            end = n;
        } else if (an->toks[i + 1].flags & TF_PARA_START) {
            end = i + 1;
        } else {
            int terminal = 0;
            if (t->kind == TK_PUNCT && pg_tok_len(t) == 1 &&
                (an->text[t->start] == '.' || an->text[t->start] == '!' || an->text[t->start] == '?'))
                terminal = 1;
            else if (t->kind == TK_ELLIPSIS)
                terminal = 2;
            else if ((t->flags & TF_ABBREV) && (terminal = abbrev_can_end(an, t)) != 0)
                terminal = terminal == 2 ? 4 : 3;
            if (terminal) {
                size_t j = i + 1;
                while (j < n && !(an->toks[j].flags & TF_PARA_START) && is_closer(an, &an->toks[j]) &&
                       !(an->toks[j].flags & TF_SPACE_BEFORE))
                    j++;
                if (j >= n || (an->toks[j].flags & TF_PARA_START)) {
                    end = j;
                } else {
                    /* look past markup ("* * *") for what follows */
                    size_t k = j;
                    while (k + 1 < n && (an->toks[k].flags & TF_SKIP) && an->toks[k].kind == TK_PUNCT &&
                           !(an->toks[k + 1].flags & TF_PARA_START))
                        k++;
                    pg_token *nx = &an->toks[k];
                    int starts = (an->toks[j].flags & TF_SPACE_BEFORE) &&
                                 ((nx->flags & TF_CAP) || nx->kind == TK_QUOTE || nx->kind == TK_NUM ||
                                  nx->kind == TK_DASH || nx->kind == TK_HANDLE || nx->kind == TK_URL);
                    if (terminal == 3)
                        starts = starts && (nx->flags & TF_CAP) && is_starter(an, nx);
                    if (terminal == 2 || terminal == 4)
                        starts = starts && (nx->flags & TF_CAP);
                    if (starts)
                        end = j;
                }
                if (end)
                    i = end - 1; /* closers join this sentence */
            }
        }
        if (!end && i + 1 - sb >= PG_MAX_SENTENCE_TOKENS) {
            end = i + 1;
            if (!(an->limit_warnings & 1)) {
                an->limit_warnings |= 1;
                const char *part;
                uint32_t at = pg_analysis_byte(an, an->toks[sb].start, &part);
                pg_warn(an->warn, an->warn_ctx, "%s: a sentence longer than %d tokens was split (%sbyte %u)",
                        an->doc_id, PG_MAX_SENTENCE_TOKENS, part, at);
            }
            sflags |= SF_TRUNCATED;
        }
        if (end) {
            add_sentence(an, sb, end, para, sflags);
            sb = end;
            sflags = 0;
            if (end < n && (an->toks[end].flags & TF_PARA_START)) {
                para++;
                sflags = SF_PARA_START;
            }
        }
    }
    /* the headline: a first paragraph of one sentence without final punctuation */
    if (an->nsents > 1 && an->sents[1].para == 1) {
        pg_token *last = &an->toks[an->sents[0].tok_end - 1];
        char c = an->text[last->end - 1];
        if (c != '.' && c != '!' && c != '?' && c != '"' && c != ':')
            an->sents[0].flags |= SF_HEADLINE;
    }
}
