/* lexicon.c — loads the embedded word lists (data/lexicon/) and user
 * dictionaries, and answers phrase lookups for the extraction stages. */
#include "lexicon.h"

#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "polgraph/reader.h"
#include "mem.h"
#include "segment.h"

/* ---- keys ---- */

int pg_lexicon_key(const pg_analysis *an, size_t b, size_t e, int base_last, int lower, pg_buf *out)
{
    pg_buf_reset(out);
    for (size_t i = b; i < e; i++) {
        const pg_token *t = &an->toks[i];
        if (t->flags & TF_SKIP)
            return 0;
        if (i > b)
            pg_buf_addc(out, ' ');
        size_t end = (base_last && i + 1 == e) ? t->base_end : t->end;
        const char *s = an->text + t->start;
        size_t n = end - t->start;
        size_t run = 0;
        for (size_t k = 0; k < n; k++) {
            unsigned char c = (unsigned char)s[k];
            if (c == 0xE2 && k + 2 < n && (unsigned char)s[k + 1] == 0x80 && (unsigned char)s[k + 2] == 0x99) {
                pg_buf_add(out, s + k - run, run);
                run = 0;
                pg_buf_addc(out, '\'');
                k += 2;
                continue;
            }
            if (lower && c >= 'A' && c <= 'Z') {
                pg_buf_add(out, s + k - run, run);
                run = 0;
                pg_buf_addc(out, (char)(c + 32));
                continue;
            }
            run++;
        }
        pg_buf_add(out, s + n - run, run);
    }
    return 1;
}

/* The value of s[0..n), ASCII-lowercased, in `set` (keyed by short
 * lowercase words), or NULL. */
static size_t *lower_text_in(const pg_strmap *set, const char *s, size_t n)
{
    char low[48];
    if (n >= sizeof low)
        return NULL;
    for (size_t k = 0; k < n; k++)
        low[k] = (char)((s[k] >= 'A' && s[k] <= 'Z') ? s[k] + 32 : s[k]);
    return pg_strmap_get(set, low, n);
}

/* The same for the text of token `tok`. */
static size_t *lower_word_in(const pg_strmap *set, const pg_analysis *an, size_t tok)
{
    const pg_token *t = &an->toks[tok];
    return lower_text_in(set, an->text + t->start, pg_tok_len(t));
}

int pg_lexicon_in_set(const pg_lexicon *lex, pg_word_set set, const pg_analysis *an, size_t tok)
{
    return an->toks[tok].kind == TK_WORD && lower_word_in(lex->word_sets[set], an, tok) != NULL;
}

int pg_lexicon_in_set_text(const pg_lexicon *lex, pg_word_set set, const char *s, size_t n)
{
    return lower_text_in(lex->word_sets[set], s, n) != NULL;
}

unsigned pg_lexicon_word_class_text(const pg_lexicon *lex, const char *s, size_t n)
{
    const size_t *v = lower_text_in(lex->vocab, s, n);
    return v ? (unsigned)(*v & 0xffffffffu) : 0;
}

/* Does the word s[0..n) start or end in a `firm_part` ("tele-", "-bank")
 * with two letters or more besides? */
static int firm_part(const pg_lexicon *lex, const char *s, size_t n)
{
    char q[40];
    if (n < 5 || n + 1 > sizeof q)
        return 0;
    for (size_t len = 3; len + 2 <= n && len < 14; len++) { /* (the longest part: "-versicherung") */
        q[0] = '-';
        memcpy(q + 1, s + n - len, len);
        if (lower_text_in(lex->word_sets[PG_WS_FIRM_PART], q, len + 1))
            return 1;
        memcpy(q, s, len);
        q[len] = '-';
        if (lower_text_in(lex->word_sets[PG_WS_FIRM_PART], q, len + 1))
            return 1;
    }
    return 0;
}

/* The text of token `tok` and its length (*n) without a possessive, when
 * it is a capitalised ASCII word not all in capitals; else NULL. */
static const char *cap_word(const pg_analysis *an, size_t tok, size_t *n)
{
    const pg_token *t = &an->toks[tok];
    if (t->kind != TK_WORD || !(t->flags & TF_CAP) || (t->flags & (TF_NONASCII | TF_ALLCAPS)))
        return NULL;
    *n = pg_tok_base_len(t);
    return an->text + t->start;
}

int pg_lexicon_company_word(const pg_lexicon *lex, const pg_analysis *an, size_t tok)
{
    size_t n;
    const char *s = cap_word(an, tok, &n);
    if (!s)
        return 0;
    for (size_t j = 1; j + 1 < n; j++) {
        if (s[j] >= 'A' && s[j] <= 'Z' && s[j - 1] >= 'a' && s[j - 1] <= 'z')
            return j >= 3 && s[j + 1] >= 'a' && s[j + 1] <= 'z' &&
                   !lower_text_in(lex->word_sets[PG_WS_NAME_PREFIX], s, j);
        if (!((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z')))
            return 0;
    }
    return 0;
}

int pg_lexicon_firm_word(const pg_lexicon *lex, const pg_analysis *an, size_t tok)
{
    size_t n;
    const char *s = cap_word(an, tok, &n);
    if (!s)
        return 0;
    for (size_t j = 1; j < n; j++)
        if (!((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') || s[j] == '-'))
            return 0;
    return firm_part(lex, s, n);
}

int pg_lexicon_common_word(const pg_lexicon *lex, const char *s, size_t n)
{
    char low[32];
    if (!n || n > sizeof low)
        return 0;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return 0;
        low[k] = (char)(c | 0x20);
    }
    /* bisect the sorted lines by their starts */
    const char *text = lex->common;
    size_t lo = 0, hi = lex->ncommon;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        size_t b = lex->common_at[mid], len = lex->common_at[mid + 1] - 1 - b;
        int c = memcmp(low, text + b, n < len ? n : len);
        if (c == 0)
            c = n < len ? -1 : n > len;
        if (c == 0)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

int pg_lexicon_is_abbrev(const void *ctx, const char *word, size_t n)
{
    const pg_lexicon *lex = ctx;
    return pg_strmap_get(lex->abbrevs, word, n) != NULL;
}

/* ---- loading helpers ---- */

typedef struct {
    pg_lexicon *lex;
    pg_analysis an; /* scratch analysis for tokenizing phrases */
    pg_buf key;
    pg_buf spell; /* note_inner's */
    const char *file;
    size_t line;
    pg_error *err;
} loader_t;

/* Tokenizes `phrase` and builds its key; returns the token count or 0. */
static size_t phrase_key(loader_t *L, const char *phrase, size_t n, int lower)
{
    pg_analysis_reset(&L->an);
    L->an.text = phrase;
    L->an.len = n;
    pg_tokenize(phrase, n, pg_lexicon_is_abbrev, L->lex, &L->an.toks, &L->an.ntoks, &L->an.toks_cap);
    if (L->an.ntoks == 0 || !pg_lexicon_key(&L->an, 0, L->an.ntoks, 0, lower, &L->key))
        return 0;
    return L->an.ntoks;
}

/* The phrase maps (actor, title and cue phrases) also hold every proper
 * prefix of their phrases, at token boundaries, so that matching stops as
 * soon as no phrase goes on: one lookup per token says both whether the
 * words so far are a phrase and whether a longer one starts with them. */
#define PH_LONGER ((size_t)1 << 63) /* a longer phrase starts with this key */
#define PH_NONE ((size_t)1 << 62)   /* only a prefix: not a phrase itself */
#define PH_VALUE(v) ((v) & ~(PH_LONGER | PH_NONE))
/* title phrases: the capitalised form of a role noun, a title only at the
 * start of a sentence ("Analyst Robert Gordon said") */
#define TITLE_AT_START ((size_t)1 << 40)

/* Marks the proper prefixes of phrase `key` (tokens joined by single
 * spaces; tokens hold none) as going on. */
static void phrase_prefixes(pg_strmap *m, const char *key, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        if (key[k] != ' ')
            continue;
        int inserted;
        size_t *v = pg_strmap_put(m, key, k, &inserted);
        *v = inserted ? (PH_LONGER | PH_NONE) : (*v | PH_LONGER);
    }
}

/* The slot of phrase `key` in map `m`, its proper prefixes marked when the
 * key is new; *fresh says whether it holds no phrase yet (new, or only a
 * prefix until now), in which case its value is cleared. Store into it with
 * phrase_store. */
static size_t *phrase_slot(pg_strmap *m, const char *key, size_t n, int *fresh)
{
    if (!pg_strmap_get(m, key, n))
        phrase_prefixes(m, key, n); /* before the put: adding keys may move the slots */
    int inserted;
    size_t *v = pg_strmap_put(m, key, n, &inserted);
    *fresh = inserted || (*v & PH_NONE);
    if (*fresh)
        *v &= PH_LONGER;
    return v;
}

static void phrase_store(size_t *slot, size_t value) { *slot = (*slot & PH_LONGER) | value; }


/* Vocabulary bits past the phrase lengths (bits 32-54): the word goes on
 * an actor or title phrase after its first word (case-sensitive), or on a
 * cue phrase (lowercase). */
#define VOCAB_INNER ((size_t)1 << 56)
#define VOCAB_INNER_CUE ((size_t)1 << 57)

/* Marks the words after the first of the phrase just tokenized (L->an) with
 * `bit`, in their key spelling up to a possessive: match_phrase stops at a
 * word that goes on no phrase without a lookup. */
static void note_inner(loader_t *L, int lower, size_t bit)
{
    for (size_t j = 1; j < L->an.ntoks; j++)
        if (pg_lexicon_key(&L->an, j, j + 1, 1, lower, &L->spell))
            *pg_strmap_put(L->lex->vocab, L->spell.p, L->spell.len, NULL) |= bit;
}

/* Records the first token of a case-sensitive phrase for the prefilter,
 * and the words that go on from it. */
static void note_first(loader_t *L, size_t ntoks, int title)
{
    note_inner(L, 0, VOCAB_INNER);
    const pg_token *t = &L->an.toks[0];
    size_t *v = pg_strmap_put(L->lex->vocab, L->an.text + t->start, t->base_end - t->start, NULL);
    unsigned shift = title ? 40 : 32;
    size_t cur = (*v >> shift) & 0xFF;
    if (ntoks > 127)
        ntoks = 127;
    if (ntoks > cur)
        *v = (*v & ~((size_t)0xFF << shift)) | ((size_t)ntoks << shift);
}

static int add_actor_phrase(loader_t *L, const char *s, size_t n, int32_t actor, int how)
{
    size_t nt = phrase_key(L, s, n, 0);
    if (!nt)
        return 0;
    int fresh;
    size_t *v = phrase_slot(L->lex->actor_phrases, L->key.p, L->key.len, &fresh);
    if (!fresh && how != LA_IGNORE && (int)(*v & 15) != LA_IGNORE)
        return 0; /* first definition wins (the data files keep aliases unique) */
    phrase_store(v, ((size_t)(uint32_t)actor << 4) | (size_t)how);
    note_first(L, nt, 0);
    return 0;
}

static int32_t new_actor(pg_lexicon *lex, const char *label, size_t n, pg_actor_type type)
{
    PG_GROW(lex->actors, lex->actors_cap, lex->nactors + 1);
    pg_lex_actor *a = &lex->actors[lex->nactors];
    a->label = pg_strmap_intern(lex->pool, label, n);
    a->type = type;
    a->country = -1;
    a->org_kind = 0;
    a->seats_before = -1;
    a->seats_until[0] = '\0';
    a->forms = NULL;
    a->short_name = NULL;
    a->short_rival = -1;
    a->iso3[0] = '\0';
    return (int32_t)lex->nactors++;
}

/* Splits a line into TAB-separated fields (in place). */
static size_t split_fields(char *line, char **f, size_t max)
{
    size_t n = 0;
    f[n++] = line;
    for (char *p = line; *p && n < max; p++)
        if (*p == '\t') {
            *p = '\0';
            f[n++] = p + 1;
        }
    return n;
}

typedef int (*line_fn)(loader_t *L, char **f, size_t nf);

static int for_each_line(loader_t *L, const char *file, size_t min_fields, line_fn fn)
{
    const pg_embedded_file *ef = pg_embedded_find(file);
    if (!ef)
        return pg_error_set(L->err, PG_ERR_INPUT, "built-in lexicon file '%s' is missing", file);
    L->file = file;
    char *copy = pg_xstrndup((const char *)ef->data, ef->len);
    char *p = copy;
    L->line = 0;
    int rc = 0;
    while (*p && rc == 0) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = '\0';
        L->line++;
        size_t n = strlen(p);
        if (n && p[n - 1] == '\r')
            p[--n] = '\0';
        if (n && p[0] != '#') {
            char *f[8];
            size_t nf = split_fields(p, f, 8);
            if (nf < min_fields)
                rc = pg_error_set(L->err, PG_ERR_INPUT, "%s:%zu: expected %zu fields, found %zu", file, L->line,
                                  min_fields, nf);
            else
                rc = fn(L, f, nf);
        }
        if (!nl)
            break;
        p = nl + 1;
    }
    free(copy);
    return rc;
}

/* Calls add_actor_phrase for each '|'-separated value. */
static void add_list(loader_t *L, const char *list, int32_t actor, int how)
{
    const char *p = list;
    while (*p) {
        const char *e = strchr(p, '|');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n)
            add_actor_phrase(L, p, n, actor, how);
        if (!e)
            break;
        p = e + 1;
    }
}

static int load_region(loader_t *L, char **f, size_t nf)
{
    (void)nf;
    return add_actor_phrase(L, f[0], strlen(f[0]), -1, LA_IGNORE);
}

static int load_abbrev(loader_t *L, char **f, size_t nf)
{
    (void)nf;
    pg_strmap_put(L->lex->abbrevs, f[0], strlen(f[0]), NULL);
    return 0;
}

static void add_word_class(pg_strmap *m, const char *w, unsigned bits)
{
    size_t *v = pg_strmap_put(m, w, strlen(w), NULL);
    *v |= bits;
}

static int load_word(loader_t *L, char **f, size_t nf)
{
    (void)nf;
    static const struct {
        const char *name;
        unsigned bits;
        int cs;
        pg_word_set set; /* a set of its own instead of bits */
    } classes[] = {
        {"he", WC_HE, 0, PG_WS_NONE}, {"she", WC_SHE, 0, PG_WS_NONE}, {"they", WC_THEY, 0, PG_WS_NONE},
        {"i", WC_I, 0, PG_WS_NONE}, {"we", WC_WE, 0, PG_WS_NONE}, {"you", WC_YOU, 0, PG_WS_NONE},
        {"negation", WC_NEGATION, 0, PG_WS_NONE}, {"particle", WC_PARTICLE, 0, PG_WS_NONE},
        {"seat_modifier", WC_SEAT_MODIFIER, 0, PG_WS_NONE}, {"group", WC_GROUP, 0, PG_WS_NONE},
        {"vocative", WC_VOCATIVE, 1, PG_WS_NONE}, {"org_suffix", WC_ORG_SUFFIX, 1, PG_WS_NONE},
        {"org_head", WC_ORG_HEAD, 1, PG_WS_NONE}, {"target_title", 0, 0, PG_WS_TARGET_TITLE},
        {"kin", WC_KIN, 0, PG_WS_NONE}, {"former", WC_FORMER, 0, PG_WS_NONE}, {"prep", WC_PREP, 0, PG_WS_NONE},
        {"control", WC_CONTROL, 0, PG_WS_NONE}, {"function", WC_FUNCTION, 0, PG_WS_NONE},
        {"light", WC_LIGHT, 0, PG_WS_NONE}, {"state_noun", WC_STATE_NOUN, 0, PG_WS_NONE},
        {"aux", WC_AUX, 0, PG_WS_NONE}, {"det", WC_DET, 0, PG_WS_NONE}, {"possessive", WC_POSSESSIVE, 0, PG_WS_NONE},
        {"modal", WC_MODAL, 0, PG_WS_NONE}, {"linking", WC_LINKING, 0, PG_WS_NONE},
        {"object_skip", WC_OBJECT_SKIP, 0, PG_WS_NONE}, {"opener", WC_OPENER, 1, PG_WS_NONE},
        {"filler", WC_FILLER, 0, PG_WS_NONE}, {"preverb", WC_PREVERB, 0, PG_WS_NONE},
        {"place_prep", 0, 0, PG_WS_PLACE_PREP}, {"intent", 0, 0, PG_WS_INTENT},
        {"capital_role", 0, 0, PG_WS_CAPITAL_ROLE}, {"legal_form", 0, 0, PG_WS_LEGAL_FORM},
        {"org_opener", 0, 0, PG_WS_ORG_OPENER}, {"name_prefix", 0, 0, PG_WS_NAME_PREFIX},
        {"participle", 0, 0, PG_WS_PARTICIPLE}, {"be", 0, 0, PG_WS_BE}, {"media", 0, 0, PG_WS_MEDIA},
        {"private", 0, 0, PG_WS_PRIVATE}, {"unnamed", 0, 0, PG_WS_UNNAMED},
        {"body", 0, 0, PG_WS_BODY}, {"turn_word", 0, 0, PG_WS_TURN_WORD},
        {"before_verb", 0, 0, PG_WS_BEFORE_VERB}, {"source_noun", 0, 0, PG_WS_SOURCE_NOUN},
        {"praise", 0, 0, PG_WS_PRAISE}, {"people", 0, 0, PG_WS_PEOPLE},
        {"state_modifier", 0, 0, PG_WS_STATE_MODIFIER}, {"restate", 0, 0, PG_WS_RESTATE},
        {"shared_body", 0, 0, PG_WS_SHARED_BODY}, {"no_surname", 0, 0, PG_WS_NO_SURNAME},
        {"number_word", 0, 0, PG_WS_NUMBER_WORD}, {"attainment", 0, 0, PG_WS_ATTAINMENT},
        {"force_verb", 0, 0, PG_WS_FORCE_VERB}, {"event_prep", 0, 0, PG_WS_EVENT_PREP},
        {"address_noun", 0, 0, PG_WS_ADDRESS_NOUN}, {"currency", 0, 0, PG_WS_CURRENCY},
        {"currency_demonym", 0, 0, PG_WS_CURRENCY_DEMONYM}, {"word_name", 0, 0, PG_WS_WORD_NAME},
        {"naming_adverb", 0, 0, PG_WS_NAMING_ADVERB}, {"weekday", 0, 0, PG_WS_WEEKDAY},
        {"tell_verb", 0, 0, PG_WS_TELL_VERB}, {"message_noun", 0, 0, PG_WS_MESSAGE_NOUN},
        {"thanks", 0, 0, PG_WS_THANKS}, {"courtesy", 0, 0, PG_WS_COURTESY},
        {"hyphen_tail", 0, 0, PG_WS_HYPHEN_TAIL}, {"firm_tail", 0, 0, PG_WS_FIRM_TAIL},
        {"insurgent", 0, 0, PG_WS_INSURGENT}, {"place_name", 0, 0, PG_WS_PLACE_NAME},
        {"award", 0, 0, PG_WS_AWARD}, {"event_head", 0, 0, PG_WS_EVENT_HEAD},
        {"cue_idiom", 0, 0, PG_WS_CUE_IDIOM}, {"state_firm", 0, 0, PG_WS_STATE_FIRM},
        {"public_head", 0, 0, PG_WS_PUBLIC_HEAD}, {"time_noun", 0, 0, PG_WS_TIME_NOUN},
        {"collective", 0, 0, PG_WS_COLLECTIVE}, {"firm_part", 0, 0, PG_WS_FIRM_PART},
        {"state_word", 0, 0, PG_WS_STATE_WORD}, {"blame_verb", 0, 0, PG_WS_BLAME_VERB},
        {"event_tail", 0, 0, PG_WS_EVENT_TAIL}, {"product", 0, 0, PG_WS_PRODUCT},
        {"us_state", 0, 0, PG_WS_US_STATE}, {"us_namesake", 0, 0, PG_WS_US_NAMESAKE},
        {"nation_noun", 0, 0, PG_WS_NATION_NOUN},
    };
    for (size_t i = 0; i < sizeof classes / sizeof *classes; i++) {
        if (strcmp(f[1], classes[i].name) != 0)
            continue;
        if (classes[i].set) {
            pg_strmap_put(L->lex->word_sets[classes[i].set], f[0], strlen(f[0]), NULL);
            return 0;
        }
        if (classes[i].cs) {
            add_word_class(L->lex->vocab, f[0], classes[i].bits);
        } else {
            char low[64];
            size_t n = strlen(f[0]);
            if (n >= sizeof low)
                n = sizeof low - 1;
            for (size_t k = 0; k < n; k++)
                low[k] = (char)((f[0][k] >= 'A' && f[0][k] <= 'Z') ? f[0][k] + 32 : f[0][k]);
            low[n] = '\0';
            add_word_class(L->lex->vocab, low, classes[i].bits);
        }
        return 0;
    }
    return pg_error_set(L->err, PG_ERR_INPUT, "%s:%zu: unknown word class '%s'", L->file, L->line, f[1]);
}

static int load_nonname(loader_t *L, char **f, size_t nf)
{
    (void)nf;
    add_word_class(L->lex->vocab, f[0], WC_NONNAME);
    return 0;
}

static int load_month(loader_t *L, char **f, size_t nf)
{
    (void)nf;
    int m = atoi(f[1]);
    if (m < 1 || m > 12)
        return pg_error_set(L->err, PG_ERR_INPUT, "%s:%zu: bad month number", L->file, L->line);
    char low[32];
    size_t n = strlen(f[0]);
    if (n >= sizeof low)
        n = sizeof low - 1;
    for (size_t k = 0; k < n; k++)
        low[k] = (char)((f[0][k] >= 'A' && f[0][k] <= 'Z') ? f[0][k] + 32 : f[0][k]);
    *pg_strmap_put(L->lex->months, low, n, NULL) = (size_t)m;
    add_word_class(L->lex->vocab, f[0], WC_MONTH);
    return 0;
}

static int load_given_name(loader_t *L, char **f, size_t nf)
{
    (void)nf;
    if ((f[1][0] != 'm' && f[1][0] != 'f') || f[1][1])
        return pg_error_set(L->err, PG_ERR_INPUT, "%s:%zu: gender '%s' is not m or f", L->file, L->line, f[1]);
    *pg_strmap_put(L->lex->given_names, f[0], strlen(f[0]), NULL) = (size_t)(unsigned char)f[1][0];
    return 0;
}

int pg_lexicon_name_gender(const pg_lexicon *lex, const char *s, size_t n)
{
    size_t *v = pg_strmap_get(lex->given_names, s, n);
    return v ? (int)*v : 0;
}

static int load_nickname(loader_t *L, char **f, size_t nf)
{
    (void)nf;
    if (!*f[1] || strcmp(f[0], f[1]) == 0)
        return pg_error_set(L->err, PG_ERR_INPUT, "%s:%zu: '%s' needs a formal name of its own", L->file, L->line,
                            f[0]);
    const char *formal = pg_strmap_intern(L->lex->pool, f[1], strlen(f[1]));
    *pg_strmap_put(L->lex->nicknames, f[0], strlen(f[0]), NULL) = (size_t)(uintptr_t)formal;
    return 0;
}

const char *pg_lexicon_formal_name(const pg_lexicon *lex, const char *s, size_t n)
{
    size_t *v = pg_strmap_get(lex->nicknames, s, n);
    return v ? (const char *)(uintptr_t)*v : NULL;
}

/* Adds each demonym; plural when it is another demonym plus "s". */
static void add_demonyms(loader_t *L, const char *list, int32_t actor)
{
    const char *p = list;
    while (*p) {
        const char *e = strchr(p, '|');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        int plural = 0;
        if (n > 1 && p[n - 1] == 's') {
            /* is the singular in the list too? */
            const char *q = list;
            while (*q) {
                const char *qe = strchr(q, '|');
                size_t qn = qe ? (size_t)(qe - q) : strlen(q);
                if (qn + 1 == n && memcmp(q, p, qn) == 0)
                    plural = 1;
                if (!qe)
                    break;
                q = qe + 1;
            }
        }
        if (n)
            add_actor_phrase(L, p, n, actor, plural ? LA_DEMONYM_PLURAL : LA_DEMONYM);
        if (!e)
            break;
        p = e + 1;
    }
}

static int load_country(loader_t *L, char **f, size_t nf)
{
    pg_lexicon *lex = L->lex;
    const char *until = NULL; /* "until YYYY-MM-DD": the date */
    if (nf > 5 && f[5][0]) {
        if (strncmp(f[5], "until ", 6) != 0 || !pg_date_valid(f[5] + 6))
            return pg_error_set(L->err, PG_ERR_INPUT, "%s:%zu: expected 'until YYYY-MM-DD', found '%s'", L->file,
                                L->line, f[5]);
        until = f[5] + 6;
    }
    int32_t a = new_actor(lex, f[0], strlen(f[0]), PG_ACTOR_COUNTRY);
    add_actor_phrase(L, f[0], strlen(f[0]), a, LA_NAME);
    if (nf > 1)
        add_list(L, f[1], a, LA_NAME);
    if (nf > 4 && f[4][0]) {
        if (strlen(f[4]) != 3 || !isupper((unsigned char)f[4][0]) || !isupper((unsigned char)f[4][1]) ||
            !isupper((unsigned char)f[4][2]))
            return pg_error_set(L->err, PG_ERR_INPUT, "%s:%zu: expected a three-letter ISO code, found '%s'", L->file,
                                L->line, f[4]);
        memcpy(lex->actors[a].iso3, f[4], 4);
    }
    if (nf > 6 && f[6][0]) {
        /* a short name: a name like any other here; resolve decides, per
         * article, whether it is the state's (see short_rivals) */
        if (strchr(f[6], '|') || pg_lexicon_find_actor(lex, f[6]) >= 0)
            return pg_error_set(L->err, PG_ERR_INPUT, "%s:%zu: short name '%s' must be one name no actor has",
                                L->file, L->line, f[6]);
        add_actor_phrase(L, f[6], strlen(f[6]), a, LA_NAME);
        lex->actors[a].short_name = pg_strmap_intern(lex->pool, f[6], strlen(f[6]));
    }
    if (nf > 2)
        add_demonyms(L, f[2], a);
    {
        pg_buf forms = {0};
        for (size_t k = 0; k < 3 && k < nf; k++)
            if (f[k][0]) {
                if (forms.len)
                    pg_buf_addc(&forms, '|');
                pg_buf_adds(&forms, f[k]);
            }
        lex->actors[a].forms = pg_strmap_intern(lex->pool, forms.p, forms.len);
        pg_buf_free(&forms);
    }
    if (nf > 3 && !until)
        add_list(L, f[3], a, LA_SEAT);
    if (nf > 3 && until && f[3][0]) {
        /* a former state: its seats are a later state's, listed before,
         * which they mean only from the day after `until` */
        char *list = f[3];
        for (char *p = list;; p++) {
            if (*p != '|' && *p)
                continue;
            char c = *p;
            *p = '\0';
            int32_t later = pg_lexicon_find_actor(lex, list);
            if (later < 0 || lex->actors[later].type != PG_ACTOR_COUNTRY || later == a)
                return pg_error_set(L->err, PG_ERR_INPUT,
                                    "%s:%zu: seat '%s' of a former state is no seat of a state listed before it",
                                    L->file, L->line, list);
            lex->actors[later].seats_before = a;
            memcpy(lex->actors[later].seats_until, until, sizeof lex->actors[later].seats_until);
            if (!c)
                break;
            list = p + 1;
        }
    }
    return 0;
}

/* Does the list of names `forms` ("North Korea|DPRK|...") have `word` as a
 * whole word of one of them? */
static int forms_have_word(const char *forms, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = strstr(forms, word); p; p = strstr(p + 1, word)) {
        int before = p == forms || p[-1] == ' ' || p[-1] == '|';
        int after = p[n] == '\0' || p[n] == ' ' || p[n] == '|';
        if (before && after)
            return 1;
    }
    return 0;
}

/* For each state with a short name, the first other state whose names have
 * it as a word: "Korea" is South Korea's, and North Korea's names have it.
 * A short name no other state shares is an error: it should be an alias. */
static int short_rivals(loader_t *L)
{
    pg_lexicon *lex = L->lex;
    for (size_t a = 0; a < lex->nactors; a++) {
        pg_lex_actor *la = &lex->actors[a];
        if (!la->short_name)
            continue;
        for (size_t b = 0; b < lex->nactors && la->short_rival < 0; b++)
            if (b != a && lex->actors[b].type == PG_ACTOR_COUNTRY && lex->actors[b].forms &&
                forms_have_word(lex->actors[b].forms, la->short_name))
                la->short_rival = (int32_t)b;
        if (la->short_rival < 0)
            return pg_error_set(L->err, PG_ERR_INPUT,
                                "countries.tsv: short name '%s' of %s is no other state's: make it an alias",
                                la->short_name, la->label);
    }
    return 0;
}

int32_t pg_lexicon_seat_actor(const pg_lexicon *lex, int32_t actor, const char *date)
{
    if (actor < 0 || !date || !pg_date_valid(date))
        return actor;
    const pg_lex_actor *la = &lex->actors[actor];
    return la->seats_before >= 0 && strcmp(date, la->seats_until) <= 0 ? la->seats_before : actor;
}

int32_t pg_lexicon_find_iso3(const pg_lexicon *lex, const char *s, size_t n)
{
    if (n != 3)
        return -1;
    for (size_t a = 0; a < lex->nactors; a++)
        if (lex->actors[a].iso3[0] && memcmp(lex->actors[a].iso3, s, 3) == 0)
            return (int32_t)a;
    return -1;
}

int32_t pg_lexicon_find_actor(const pg_lexicon *lex, const char *label)
{
    pg_buf key = {0};
    /* labels are phrases too: look them up by key */
    pg_analysis an;
    pg_analysis_init(&an);
    an.text = label;
    an.len = strlen(label);
    pg_tokenize(label, an.len, pg_lexicon_is_abbrev, lex, &an.toks, &an.ntoks, &an.toks_cap);
    int32_t found = -1;
    if (an.ntoks && pg_lexicon_key(&an, 0, an.ntoks, 0, 0, &key)) {
        size_t *v = pg_strmap_get(lex->actor_phrases, key.p, key.len);
        if (v && !(*v & PH_NONE) && (int)(*v & 15) != LA_IGNORE)
            found = (int32_t)(PH_VALUE(*v) >> 4);
    }
    pg_analysis_free(&an);
    pg_buf_free(&key);
    return found;
}

static int load_org(loader_t *L, char **f, size_t nf)
{
    static const char *const kinds[] = {"", "intl", "party", "institution", "media", "company"};
    int32_t a = new_actor(L->lex, f[0], strlen(f[0]), PG_ACTOR_ORGANIZATION);
    add_actor_phrase(L, f[0], strlen(f[0]), a, LA_NAME);
    if (nf > 1)
        add_list(L, f[1], a, LA_NAME);
    if (nf > 2 && f[2][0]) {
        int32_t c = pg_lexicon_find_actor(L->lex, f[2]);
        if (c < 0 || L->lex->actors[c].type != PG_ACTOR_COUNTRY)
            return pg_error_set(L->err, PG_ERR_INPUT, "%s:%zu: unknown country '%s'", L->file, L->line, f[2]);
        L->lex->actors[a].country = c;
    }
    if (nf > 3 && f[3][0]) {
        for (int k = 1; k <= 5; k++)
            if (strcmp(f[3], kinds[k]) == 0)
                L->lex->actors[a].org_kind = (uint8_t)k;
        if (!L->lex->actors[a].org_kind)
            return pg_error_set(L->err, PG_ERR_INPUT,
                                "%s:%zu: unknown organization kind '%s' (intl, party, institution, media, company)",
                                L->file, L->line, f[3]);
    }
    return 0;
}

static int load_title(loader_t *L, char **f, size_t nf)
{
    static const char *const kinds[] = {"", "head", "office", "honorific", "role"};
    pg_lexicon *lex = L->lex;
    size_t nt = phrase_key(L, f[0], strlen(f[0]), 0);
    if (!nt)
        return 0;
    PG_GROW(lex->titles, lex->titles_cap, lex->ntitles + 1);
    pg_lex_title *t = &lex->titles[lex->ntitles];
    t->canonical = pg_strmap_intern(lex->pool, f[1], strlen(f[1]));
    t->kind = 0;
    for (int k = 1; k <= 4; k++)
        if (strcmp(f[2], kinds[k]) == 0)
            t->kind = (uint8_t)k;
    if (!t->kind)
        return pg_error_set(L->err, PG_ERR_INPUT, "%s:%zu: unknown title kind '%s'", L->file, L->line, f[2]);
    t->gender = (nf > 3 && (f[3][0] == 'm' || f[3][0] == 'f')) ? f[3][0] : 0;
    /* "Special Envoy", "Ambassador": a country before them is the destination */
    const char *last = strrchr(f[1], ' ');
    last = last ? last + 1 : f[1];
    char low[64];
    size_t n = strlen(last);
    if (n >= sizeof low)
        n = sizeof low - 1;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)((last[i] >= 'A' && last[i] <= 'Z') ? last[i] + 32 : last[i]);
    t->target_mod = pg_strmap_get(lex->word_sets[PG_WS_TARGET_TITLE], low, n) != NULL;
    int fresh;
    size_t *v = phrase_slot(lex->title_phrases, L->key.p, L->key.len, &fresh);
    if (fresh) {
        phrase_store(v, lex->ntitles);
        note_first(L, nt, 1);
    }
    if (t->kind == TITLE_ROLE && f[0][0] >= 'a' && f[0][0] <= 'z' &&
        pg_strmap_get(lex->word_sets[PG_WS_CAPITAL_ROLE], f[0], strlen(f[0]))) {
        /* a role noun opening a sentence: "Analyst Robert Gordon said"
         * (only those of the capital_role class: "Executive Board" and
         * "Head of the Federal Customs Service" are no titles) */
        char cap[128];
        size_t n0 = strlen(f[0]);
        if (n0 < sizeof cap) {
            memcpy(cap, f[0], n0 + 1);
            cap[0] = (char)(cap[0] - 32);
            size_t ct = phrase_key(L, cap, n0, 0);
            if (ct && (v = phrase_slot(lex->title_phrases, L->key.p, L->key.len, &fresh)) && fresh) {
                phrase_store(v, lex->ntitles | TITLE_AT_START);
                note_first(L, ct, 1);
            }
        }
    }
    lex->ntitles++;
    return 0;
}

static int load_cue(loader_t *L, char **f, size_t nf)
{
    pg_lexicon *lex = L->lex;
    static const char *const forms[] = {"", "verb", "noun", "passive", "prep", "address"};
    uint8_t rel;
    pg_rel_type rt;
    if (strcmp(f[1], "speech") == 0)
        rel = REL_SPEECH;
    else if (pg_rel_type_parse(f[1], &rt) == 0)
        rel = (uint8_t)rt;
    else
        return pg_error_set(L->err, PG_ERR_INPUT, "%s:%zu: unknown relation '%s'", L->file, L->line, f[1]);
    uint8_t form = 0;
    for (int k = 1; k <= 5; k++)
        if (strcmp(f[2], forms[k]) == 0)
            form = (uint8_t)k;
    if (!form)
        return pg_error_set(L->err, PG_ERR_INPUT, "%s:%zu: unknown cue form '%s'", L->file, L->line, f[2]);
    uint8_t plural = 0;
    if (nf > 3 && *f[3]) {
        if (strcmp(f[3], "plural") != 0 || (form != CUE_VERB && form != CUE_ADDRESS))
            return pg_error_set(L->err, PG_ERR_INPUT,
                                "%s:%zu: unknown cue flag '%s' (only a verb or address verb may be 'plural')",
                                L->file, L->line, f[3]);
        plural = 1;
    }
    size_t nt = phrase_key(L, f[0], strlen(f[0]), 1);
    if (!nt)
        return 0;
    PG_GROW(lex->cues, lex->cues_cap, lex->ncues + 1);
    lex->cues[lex->ncues] = (pg_lex_cue){rel, form, (uint8_t)nt, plural};
    int fresh;
    size_t *v = phrase_slot(lex->cue_phrases, L->key.p, L->key.len, &fresh);
    if (fresh)
        phrase_store(v, lex->ncues);
    lex->ncues++;
    /* first word of the cue */
    const char *sp = memchr(L->key.p, ' ', L->key.len);
    size_t fl = sp ? (size_t)(sp - L->key.p) : L->key.len;
    size_t *fv = pg_strmap_put(lex->vocab, L->key.p, fl, NULL);
    *fv |= WC_CUE_START;
    if (nt > 127)
        nt = 127;
    if (nt > ((*fv >> 48) & 127)) /* the longest cue it starts: how far match_cue looks */
        *fv = (*fv & ~((size_t)127 << 48)) | ((size_t)nt << 48);
    note_inner(L, 1, VOCAB_INNER_CUE);
    return 0;
}

/* A fresh generation for a lexicon that has just changed: word caches
 * filled from any other lexicon, or from this one before, do not match. */
static uint64_t new_generation(void)
{
    static atomic_uint_fast64_t next = 1;
    return (uint64_t)atomic_fetch_add(&next, 1);
}

pg_lexicon *pg_lexicon_new(pg_error *err)
{
    pg_lexicon *lex = pg_xcalloc(1, sizeof *lex);
    lex->pool = pg_strmap_new();
    lex->actor_phrases = pg_strmap_new();
    lex->title_phrases = pg_strmap_new();
    lex->cue_phrases = pg_strmap_new();
    lex->vocab = pg_strmap_new();
    lex->abbrevs = pg_strmap_new();
    lex->months = pg_strmap_new();
    lex->given_names = pg_strmap_new();
    lex->nicknames = pg_strmap_new();
    for (int k = PG_WS_NONE + 1; k < PG_WS_COUNT; k++)
        lex->word_sets[k] = pg_strmap_new();
    loader_t L = {.lex = lex, .err = err};
    pg_analysis_init(&L.an);
    int rc = for_each_line(&L, "abbreviations.txt", 1, load_abbrev);
    if (!rc)
        rc = for_each_line(&L, "words.tsv", 2, load_word);
    if (!rc)
        rc = for_each_line(&L, "nonnames.txt", 1, load_nonname);
    if (!rc)
        rc = for_each_line(&L, "months.tsv", 2, load_month);
    if (!rc)
        rc = for_each_line(&L, "given_names.tsv", 2, load_given_name);
    if (!rc)
        rc = for_each_line(&L, "nicknames.tsv", 2, load_nickname);
    if (!rc)
        rc = for_each_line(&L, "countries.tsv", 1, load_country);
    if (!rc)
        rc = short_rivals(&L);
    if (!rc)
        rc = for_each_line(&L, "organizations.tsv", 1, load_org);
    if (!rc)
        rc = for_each_line(&L, "regions.txt", 1, load_region);
    if (!rc)
        rc = for_each_line(&L, "titles.tsv", 3, load_title);
    if (!rc)
        rc = for_each_line(&L, "cues.tsv", 3, load_cue);
    if (!rc) {
        /* common_words.txt is searched where it lies (62,830 words): only
         * its comment lines are passed over here */
        const pg_embedded_file *ef = pg_embedded_find("common_words.txt");
        if (!ef)
            rc = pg_error_set(err, PG_ERR_INPUT, "built-in lexicon file '%s' is missing", "common_words.txt");
        else {
            const char *p = (const char *)ef->data, *end = p + ef->len;
            while (p < end && *p == '#') {
                const char *nl = memchr(p, '\n', (size_t)(end - p));
                p = nl ? nl + 1 : end;
            }
            lex->common = p;
            lex->common_len = (size_t)(end - p);
            /* the line starts, and after them where a next line would
             * start (a line is from its start to the next one's, less its
             * newline; a last line without one ends the text) */
            /* (at most one line per two bytes: the pages not written to
             * are never touched, and the array is cut to size after) */
            lex->common_at = pg_xmalloc(((size_t)(end - p) / 2 + 2) * sizeof *lex->common_at);
            for (const char *q = p; q < end;) {
                const char *nl = memchr(q, '\n', (size_t)(end - q));
                lex->common_at[lex->ncommon++] = (uint32_t)(q - p);
                q = nl ? nl + 1 : end + 1;
                lex->common_at[lex->ncommon] = (uint32_t)(q - p);
            }
            lex->common_at = pg_xrealloc(lex->common_at, (lex->ncommon + 1) * sizeof *lex->common_at);
        }
    }
    pg_analysis_free(&L.an);
    pg_buf_free(&L.key);
    pg_buf_free(&L.spell);
    if (rc) {
        pg_lexicon_free(lex);
        return NULL;
    }
    lex->gen = new_generation();
    return lex;
}

void pg_lexicon_free(pg_lexicon *lex)
{
    if (!lex)
        return;
    pg_strmap_free(lex->pool);
    pg_strmap_free(lex->actor_phrases);
    pg_strmap_free(lex->title_phrases);
    pg_strmap_free(lex->cue_phrases);
    pg_strmap_free(lex->vocab);
    pg_strmap_free(lex->abbrevs);
    pg_strmap_free(lex->months);
    pg_strmap_free(lex->given_names);
    pg_strmap_free(lex->nicknames);
    for (int k = PG_WS_NONE + 1; k < PG_WS_COUNT; k++)
        pg_strmap_free(lex->word_sets[k]);
    free(lex->common_at);
    free(lex->actors);
    free(lex->titles);
    free(lex->cues);
    free(lex);
}

/* ---- user dictionaries ---- */

static int user_fail(pg_error *err, const char *name, const char *fmt, const char *a, size_t i)
{
    char msg[512];
    snprintf(msg, sizeof msg, fmt, a, i);
    return pg_error_set(err, PG_ERR_INPUT, "%s: %s", name, msg);
}

static int load_user_json(pg_lexicon *lex, json_t *root, const char *name, pg_error *err)
{
    if (!json_is_object(root))
        return pg_error_set(err, PG_ERR_INPUT, "%s: a lexicon is a JSON object with \"actors\" and/or \"ignore\"",
                            name);
    loader_t L = {.lex = lex, .err = err, .file = name};
    pg_analysis_init(&L.an);
    int rc = 0;
    lex->gen = 0; /* changing: no word caches */
    json_t *actors = json_object_get(root, "actors");
    if (actors && !json_is_array(actors))
        rc = user_fail(err, name, "\"actors\" must be an array%s", "", 0);
    size_t i;
    json_t *a;
    json_array_foreach(actors, i, a)
    {
        if (rc)
            break;
        const char *nm = json_string_value(json_object_get(a, "name"));
        const char *type = json_string_value(json_object_get(a, "type"));
        if (!json_is_object(a) || !nm || !*nm) {
            rc = user_fail(err, name, "actors[%s%zu]: needs a \"name\" string", "", i);
            break;
        }
        int32_t id = pg_lexicon_find_actor(lex, nm);
        pg_actor_type t = PG_ACTOR_PERSON;
        if (type && pg_actor_type_parse(type, &t) != 0) {
            rc = user_fail(err, name, "\"type\" '%s' is not person, country or organization (actors[%zu])", type, i);
            break;
        }
        if (id < 0) {
            if (!type) {
                rc = user_fail(err, name, "actors[%s%zu]: a new actor needs a \"type\"", "", i);
                break;
            }
            id = new_actor(lex, nm, strlen(nm), t);
            lex->actors[id].org_kind = ORG_USER;
            add_actor_phrase(&L, nm, strlen(nm), id, LA_NAME);
        }
        json_t *al = json_object_get(a, "aliases");
        size_t k;
        json_t *s;
        json_array_foreach(al, k, s)
        {
            if (!json_is_string(s)) {
                rc = user_fail(err, name, "actors[%s%zu].aliases: expected strings", "", i);
                break;
            }
            const char *str = json_string_value(s);
            /* a user alias overrides a built-in one */
            size_t nt = phrase_key(&L, str, strlen(str), 0);
            if (nt) {
                int fresh;
                phrase_store(phrase_slot(lex->actor_phrases, L.key.p, L.key.len, &fresh),
                             ((size_t)(uint32_t)id << 4) | LA_NAME);
                note_first(&L, nt, 0);
            }
        }
        const char *aff = json_string_value(json_object_get(a, "affiliation"));
        if (!rc && aff && *aff) {
            int32_t c = pg_lexicon_find_actor(lex, aff);
            if (c < 0) {
                rc = user_fail(err, name, "unknown affiliation '%s' (actors[%zu]); list it as an actor first", aff, i);
                break;
            }
            lex->actors[id].country = c;
        }
    }
    json_t *ign = json_object_get(root, "ignore");
    if (!rc && ign && !json_is_array(ign))
        rc = user_fail(err, name, "\"ignore\" must be an array of names%s", "", 0);
    json_array_foreach(ign, i, a)
    {
        if (rc)
            break;
        if (!json_is_string(a)) {
            rc = user_fail(err, name, "ignore[%s%zu]: expected a string", "", i);
            break;
        }
        const char *str = json_string_value(a);
        size_t nt = phrase_key(&L, str, strlen(str), 0);
        if (nt) {
            int fresh;
            phrase_store(phrase_slot(lex->actor_phrases, L.key.p, L.key.len, &fresh), LA_IGNORE);
            note_first(&L, nt, 0);
        }
    }
    pg_analysis_free(&L.an);
    pg_buf_free(&L.key);
    pg_buf_free(&L.spell);
    lex->gen = new_generation();
    return rc ? -1 : 0;
}

int pg_lexicon_load_user_buffer(pg_lexicon *lex, const char *json, size_t len, const char *name, pg_error *err)
{
    json_error_t je;
    json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &je);
    if (!root)
        return pg_error_set(err, PG_ERR_INPUT, "%s:%d:%d: invalid JSON: %s", name, je.line, je.column, je.text);
    int rc = load_user_json(lex, root, name, err);
    json_decref(root);
    return rc;
}

int pg_lexicon_load_user(pg_lexicon *lex, const char *path, pg_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return pg_error_set(err, PG_ERR_IO, "cannot read lexicon '%s': %s", path, strerror(errno));
    json_error_t je;
    json_t *root = json_loadf(f, JSON_REJECT_DUPLICATES, &je);
    int read_error = ferror(f), e = errno; /* a directory opens, then fails to read */
    fclose(f);
    if (!root && read_error)
        return pg_error_set(err, PG_ERR_IO, "cannot read lexicon '%s': %s", path, strerror(e));
    if (!root) {
        if (je.line > 0)
            return pg_error_set(err, PG_ERR_INPUT, "%s:%d:%d: invalid JSON: %s", path, je.line, je.column, je.text);
        return pg_error_set(err, PG_ERR_INPUT, "%s: invalid JSON: %s", path, je.text);
    }
    int rc = load_user_json(lex, root, path, err);
    json_decref(root);
    return rc;
}

/* ---- lookups ---- */

/* Case-sensitive classes: never taken from a lowercased spelling. */
#define WC_CASE_SENSITIVE (WC_ORG_SUFFIX | WC_ORG_HEAD | WC_NONNAME | WC_MONTH | WC_VOCATIVE | WC_OPENER)

/* The word cache: what vocab_fill found for a spelling (its bytes up to a
 * possessive, at most 16), two-way set-associative (a set is one cache
 * line) and kept in the analysis across documents. A news corpus repeats
 * its words: most lookups end here, with one multiply and a few compares
 * instead of one or two hash lookups. What
 * vocab_fill finds depends on nothing but those bytes and the lexicon,
 * whose generation tags the cache. */
#define WORD_CACHE_BITS 13
typedef struct {
    uint64_t k0, k1; /* the spelling, zero-padded */
    uint32_t bits;
    uint16_t first;
    uint8_t len;     /* 0: empty */
    uint8_t cue_len;
} word_slot;

static word_slot *word_cache(const pg_lexicon *lex, pg_analysis *an)
{
    if (!lex->gen)
        return NULL;
    if (an->word_cache_tag != lex->gen || !an->word_cache) {
        if (!an->word_cache)
            an->word_cache = pg_xmalloc_lines(sizeof(word_slot) << WORD_CACHE_BITS);
        memset(an->word_cache, 0, sizeof(word_slot) << WORD_CACHE_BITS);
        an->word_cache_tag = lex->gen;
    }
    return an->word_cache;
}

/* The spelling s[0..n), 1 <= n <= 16, as two zero-padded words; reads past
 * n only when the text goes on that far. */
static inline void word_key(const pg_analysis *an, const char *s, size_t n, uint64_t *k0, uint64_t *k1)
{
    unsigned char b[16] = {0};
    if ((size_t)(s - an->text) + 16 <= an->len)
        memcpy(b, s, 16);
    else
        memcpy(b, s, n);
    memcpy(k0, b, 8);
    memcpy(k1, b + 8, 8);
    /* keep the bytes of the word only (the loads are little-endian where
     * it matters for speed; on big-endian ones the byte order is the
     * other way, so mask through the bytes there) */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n < 8) {
        *k0 &= (1ULL << (8 * n)) - 1;
        *k1 = 0;
    } else if (n < 16) {
        *k1 &= n == 8 ? 0 : (1ULL << (8 * (n - 8))) - 1;
    }
#else
    memset(b + n, 0, 16 - n);
    memcpy(k0, b, 8);
    memcpy(k1, b + 8, 8);
#endif
}

static void vocab_lookup(const pg_lexicon *lex, const pg_token *t, const char *s, size_t n, unsigned *bits_out,
                         unsigned *first_out, unsigned *cue_out);

/* In vocab_lookup's `first` and the word cache (where TOK_FIRST_DONE is
 * never stored): the spelling is a compound modifier ("Atlanta-based"). */
#define WORD_COMPOUND TOK_FIRST_DONE

/* Fills token t's caches (word classes, phrase prefilter) from the word
 * cache (NULL: none), or with one lookup, two for words with capitals.
 * Returns whether the word is a compound modifier ("Atlanta-based"). */
static inline __attribute__((always_inline)) int fill_token(const pg_lexicon *lex, const pg_analysis *an,
                                                            word_slot *cache, pg_token *t)
{
    unsigned bits = 0, first = 0, cue = 0;
    if (t->kind == TK_WORD && !(t->flags & TF_SKIP)) {
        const char *s = an->text + t->start;
        size_t n = t->base_end - t->start;
        if (cache && n && n <= 16) {
            uint64_t k0, k1;
            word_key(an, s, n, &k0, &k1);
            uint64_t h = (k0 * 0x9E3779B97F4A7C15ULL) ^ (k1 * 0xC2B2AE3D27D4EB4FULL) ^ n;
            /* two ways a set, the pair sharing a cache line: the word is
             * looked for in both, and a new one goes first, the older of
             * the two being dropped */
            word_slot *w = &cache[((h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ULL >> (64 - WORD_CACHE_BITS)) & ~(size_t)1];
            if (w->len != n || w->k0 != k0 || w->k1 != k1) {
                if (w[1].len == n && w[1].k0 == k0 && w[1].k1 == k1) {
                    w++;
                } else {
                    w[1] = w[0];
                    vocab_lookup(lex, t, s, n, &w->bits, &first, &cue);
                    w->first = (uint16_t)first;
                    w->cue_len = (uint8_t)cue;
                    w->k0 = k0;
                    w->k1 = k1;
                    w->len = (uint8_t)n;
                }
            }
            bits = w->bits;
            first = w->first;
            cue = w->cue_len;
        } else {
            vocab_lookup(lex, t, s, n, &bits, &first, &cue);
        }
    }
    t->word = bits;
    t->cue_len = (uint8_t)cue;
    t->first = (uint16_t)(first | TOK_FIRST_DONE);
    return (first & WORD_COMPOUND) != 0;
}

static void lower_compound(pg_analysis *an, size_t i);

static void vocab_fill(const pg_lexicon *lex, const pg_analysis *an, size_t i)
{
    if (fill_token(lex, an, word_cache(lex, (pg_analysis *)an), (pg_token *)&an->toks[i]))
        lower_compound((pg_analysis *)an, i);
}

/* The part of the word [s, e) after its last hyphen, when it starts with
 * a lowercase ASCII letter ("based" of "Atlanta-based"); its length in *n,
 * or NULL. */
static const char *lower_tail(const char *s, const char *e, size_t *n)
{
    for (const char *p = e; p > s + 1; p--) {
        unsigned char c = (unsigned char)p[-1];
        int hyphen = c == '-' || (p - s >= 4 && (c == 0x90 || c == 0x91) && (unsigned char)p[-2] == 0x80 &&
                                  (unsigned char)p[-3] == 0xE2); /* U+2010, U+2011 */
        if (hyphen) {
            if (*p < 'a' || *p > 'z')
                return NULL;
            *n = (size_t)(e - p);
            return p;
        }
    }
    return NULL;
}

int pg_lexicon_compound_tail(const pg_lexicon *lex, pg_word_set set, const pg_analysis *an, size_t tok)
{
    const pg_token *t = &an->toks[tok];
    if (t->kind != TK_WORD)
        return 0;
    size_t n;
    const char *tail = (t->flags & TF_HYPHEN) ? lower_tail(an->text + t->start, an->text + t->base_end, &n) : NULL;
    if (tail)
        return pg_lexicon_in_set_text(lex, set, tail, n);
    /* "U.S." "-" "based": the hyphen glued to both */
    return tok >= 2 && !(t->flags & (TF_SPACE_BEFORE | TF_CAP)) && an->toks[tok - 1].kind == TK_PUNCT &&
           !(an->toks[tok - 1].flags & TF_SPACE_BEFORE) && pg_tok_len(&an->toks[tok - 1]) == 1 &&
           an->text[an->toks[tok - 1].start] == '-' && (an->toks[tok - 2].flags & TF_ABBREV) &&
           pg_lexicon_in_set(lex, set, an, tok);
}

/* Token i is a compound modifier ("Atlanta-based", "Soviet-era"): an
 * adjective, as if lowercase, with the name it opens with ("New
 * York-based", "United Nations-led"; not "Syria's"). */
static __attribute__((noinline)) void lower_compound(pg_analysis *an, size_t i)
{
    pg_token *t = &an->toks[i];
    t->flags &= (uint16_t)~TF_CAP;
    for (size_t j = i; j > 0 && i - j < 3 && (an->toks[j].flags & TF_SPACE_BEFORE); j--) {
        pg_token *p = &an->toks[j - 1];
        if (p->kind != TK_WORD || (p->flags & (TF_CAP | TF_POSS)) != TF_CAP || p->sent != t->sent)
            break;
        p->flags &= (uint16_t)~TF_CAP;
    }
}

void pg_lexicon_fill_words(const pg_lexicon *lex, pg_analysis *an)
{
    word_slot *cache = word_cache(lex, an);
    pg_token *toks = an->toks;
    for (size_t i = 0, n = an->ntoks; i < n; i++)
        if (!(toks[i].first & TOK_FIRST_DONE) && fill_token(lex, an, cache, &toks[i]))
            lower_compound(an, i);
}

/* What the vocabulary says about the spelling s[0..n) of token t. */
static void vocab_lookup(const pg_lexicon *lex, const pg_token *t, const char *s, size_t n, unsigned *bits_out,
                         unsigned *first_out, unsigned *cue_out)
{
    unsigned bits = 0, first = 0, cue = 0;
    {
        size_t *v = pg_strmap_get(lex->vocab, s, n);
        if (v) {
            bits = (unsigned)(*v & 0xFFFFFFFFu);
            first = (unsigned)((*v >> 32) & 127) | (unsigned)((*v >> 40) & 127) << 7 |
                    ((*v & VOCAB_INNER) ? TOK_FIRST_INNER : 0);
            cue = (unsigned)((*v >> 48) & 127) | ((*v & VOCAB_INNER_CUE) ? TOK_CUE_INNER : 0);
        }
        char low[48];
        int upper = 0, curly = 0;
        if (!(t->flags & (TF_UPPER | TF_NONASCII))) {
            /* lowercase ASCII: the one lookup above said everything */
            if (n >= 3 && s[n - 1] == 't' && s[n - 2] == '\'' && s[n - 3] == 'n')
                bits |= WC_NEGATION;
        } else if (n < sizeof low) {
            size_t m = 0;
            for (size_t k = 0; k < n; k++) {
                unsigned char c = (unsigned char)s[k];
                if (c == 0xE2 && k + 2 < n && (unsigned char)s[k + 1] == 0x80 && (unsigned char)s[k + 2] == 0x99) {
                    low[m++] = '\'';
                    k += 2;
                    curly = 1;
                    continue;
                }
                if (c >= 'A' && c <= 'Z') {
                    c = (unsigned char)(c + 32);
                    upper = 1;
                }
                low[m++] = (char)c;
            }
            if (upper || curly) {
                size_t *w = pg_strmap_get(lex->vocab, low, m);
                if (w) {
                    bits |= (unsigned)(*w & 0xFFFFFFFFu) & ~(unsigned)WC_CASE_SENSITIVE;
                    if (((*w >> 48) & 127) > (cue & TOK_CUE_LEN))
                        cue = (cue & TOK_CUE_INNER) | (unsigned)((*w >> 48) & 127);
                    if (*w & VOCAB_INNER_CUE)
                        cue |= TOK_CUE_INNER;
                }
            }
            if (m >= 3 && memcmp(low + m - 3, "n't", 3) == 0)
                bits |= WC_NEGATION;
        }
    }
    /* "Atlanta-based": cached with the spelling, which decides it */
    if ((t->flags & (TF_HYPHEN | TF_CAP | TF_ALLCAPS)) == (TF_HYPHEN | TF_CAP)) {
        size_t tn;
        const char *tail = lower_tail(s, s + n, &tn);
        if (tail && pg_lexicon_in_set_text(lex, PG_WS_HYPHEN_TAIL, tail, tn))
            first |= WORD_COMPOUND;
    }
    *bits_out = bits;
    *first_out = first;
    *cue_out = cue;
}

unsigned pg_lexicon_word_class_fill(const pg_lexicon *lex, const pg_analysis *an, size_t i)
{
    vocab_fill(lex, an, i);
    return an->toks[i].word;
}

/* Appends token k to a key (curly apostrophes straightened, optionally
 * lowercased); *base_len is the key length without a possessive. */
static void key_append(const pg_analysis *an, size_t k, int lower, pg_buf *key, size_t *base_len)
{
    const pg_token *t = &an->toks[k];
    const char *s = an->text + t->start;
    size_t n = t->end - t->start, base = t->base_end - t->start;
    if (!(t->flags & TF_NONASCII) && !(lower && (t->flags & TF_UPPER))) {
        /* plain ASCII: copy as it is */
        pg_buf_add(key, s, n);
        *base_len = key->len - (n - base);
        return;
    }
    *base_len = key->len;
    for (size_t j = 0; j < n; j++) {
        if (j == base)
            *base_len = key->len;
        unsigned char c = (unsigned char)s[j];
        if (c == 0xE2 && j + 2 < n && (unsigned char)s[j + 1] == 0x80 && (unsigned char)s[j + 2] == 0x99) {
            pg_buf_addc(key, '\'');
            j += 2;
            continue;
        }
        pg_buf_addc(key, (char)(lower && c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    if (base >= n)
        *base_len = key->len;
}

/* Longest phrase of `map` starting at token i, building the key one token
 * at a time. `base` says whether to try a final possessive's base form.
 * While the words stand in the text as the key spells them (plain ASCII,
 * lowercase where `lower`, one space apart), the key is that stretch of
 * the text itself; it is copied only from the first word that differs. */
static size_t match_phrase(const pg_strmap *map, const pg_analysis *an, size_t i, size_t maxlen, int lower, int base,
                           size_t *value, int *poss)
{
    pg_buf *key = &((pg_analysis *)an)->scratch;
    const char *text = an->text;
    size_t kb = an->toks[i].start; /* where the key starts in the text, while `direct` */
    int direct = 1;
    size_t best = 0;
    for (size_t len = 1; len <= maxlen; len++) {
        size_t k = i + len - 1;
        const pg_token *t = &an->toks[k];
        if (t->flags & TF_SKIP)
            break;
        /* a plain word that goes on no phrase ends the match unlooked-up
         * (other tokens, and words with curly apostrophes or letters past
         * ASCII, whose key spelling is not the vocabulary's, are looked up) */
        if (len > 1 && t->kind == TK_WORD && !(t->flags & TF_NONASCII) && (t->first & TOK_FIRST_DONE) &&
            !(lower ? (t->cue_len & TOK_CUE_INNER) : (t->first & TOK_FIRST_INNER)))
            break;
        const char *kp;
        size_t klen, base_len;
        if (direct && !(t->flags & TF_NONASCII) && !(lower && (t->flags & TF_UPPER)) &&
            (len == 1 || (t->start == t[-1].end + 1 && text[t[-1].end] == ' '))) {
            kp = text + kb;
            klen = t->end - kb;
            base_len = t->base_end - kb;
        } else {
            if (direct) {
                /* the words so far, as they stand, then this one spelled */
                pg_buf_reset(key);
                if (len > 1)
                    pg_buf_add(key, text + kb, t[-1].end - kb);
                direct = 0;
            }
            if (len > 1)
                pg_buf_addc(key, ' ');
            key_append(an, k, lower, key, &base_len);
            kp = key->p;
            klen = key->len;
        }
        size_t *v;
        if (base && (t->flags & TF_POSS) && (v = pg_strmap_get(map, kp, base_len)) && !(*v & PH_NONE)) {
            best = len;
            *value = PH_VALUE(*v);
            *poss = 1;
            continue; /* a possessive seldom goes on: no pruning after it */
        }
        v = pg_strmap_get(map, kp, klen);
        if (v && !(*v & PH_NONE)) {
            best = len;
            *value = PH_VALUE(*v);
            *poss = 0;
        }
        if (!v || !(*v & PH_LONGER))
            break; /* no phrase goes on from these words */
    }
    return best;
}

size_t pg_lexicon_match_actor(const pg_lexicon *lex, const pg_analysis *an, size_t i, size_t limit, int32_t *actor,
                              int *how, int *poss)
{
    *actor = -1; /* on a miss too: callers may test them together with the length */
    *how = 0;
    *poss = 0;
    if (i >= limit) /* nothing left before the limit (and toks[i] may not exist) */
        return 0;
    size_t maxlen = pg_lexicon_actor_reach(lex, an, i);
    if (!maxlen)
        return 0;
    if (maxlen > limit - i)
        maxlen = limit - i;
    size_t v;
    size_t n = match_phrase(lex->actor_phrases, an, i, maxlen, 0, 1, &v, poss);
    if (n) {
        *how = (int)(v & 15);
        *actor = *how == LA_IGNORE ? -1 : (int32_t)(v >> 4);
    }
    return n;
}

size_t pg_lexicon_match_title(const pg_lexicon *lex, const pg_analysis *an, size_t i, size_t limit, int32_t *title)
{
    if (i >= limit) /* nothing left before the limit (and toks[i] may not exist) */
        return 0;
    size_t maxlen = pg_lexicon_title_reach(lex, an, i);
    if (!maxlen)
        return 0;
    if (maxlen > limit - i)
        maxlen = limit - i;
    size_t v;
    int poss;
    size_t n = match_phrase(lex->title_phrases, an, i, maxlen, 0, 1, &v, &poss);
    if (n && (v & TITLE_AT_START) && (poss || !(an->toks[i].flags & TF_SENT_START)))
        return 0; /* "Analyst" capitalised is a title only where a sentence starts (not "Broker's Choice Inc") */
    if (n)
        *title = (int32_t)(v & ~TITLE_AT_START);
    return n;
}

size_t pg_lexicon_match_cue(const pg_lexicon *lex, const pg_analysis *an, size_t i, size_t limit, int32_t *cue)
{
    if (i >= limit) /* nothing left before the limit (and toks[i] may not exist) */
        return 0;
    if (!(pg_lexicon_word_class(lex, an, i) & WC_CUE_START))
        return 0;
    size_t maxlen = an->toks[i].cue_len & TOK_CUE_LEN; /* the longest cue this word starts */
    if (maxlen > limit - i)
        maxlen = limit - i;
    size_t v;
    int poss;
    size_t n = match_phrase(lex->cue_phrases, an, i, maxlen, 1, 0, &v, &poss);
    if (n)
        *cue = (int32_t)v;
    return n;
}

int pg_lexicon_month(const pg_lexicon *lex, const pg_analysis *an, size_t i)
{
    const pg_token *t = &an->toks[i];
    if (t->kind != TK_WORD || !(t->flags & TF_CAP) || !(pg_lexicon_word_class(lex, an, i) & WC_MONTH))
        return 0;
    size_t *v = lower_word_in(lex->months, an, i);
    return v ? (int)*v : 0;
}
