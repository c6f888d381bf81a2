/* analysis.h — the per-document working set the extraction stages share.
 *
 * One pg_analysis holds a document's text and everything the stages derive
 * from it, each stage filling its own part:
 *
 *   segment   (segment.c)   tokens, sentences, paragraphs, quotations
 *   recognise (recognise.c) mentions of actors, titles, pronouns
 *   resolve   (resolve.c)   entities: one per real-world actor
 *   relate    (relate.c)    relations between entities, with evidence
 *
 * The analysis owns its arrays; pg_analysis_reset empties them for the next
 * document without freeing (one analysis per thread is reused for a whole
 * corpus). Token and sentence positions are byte offsets into `text`.
 */
#ifndef PG_ANALYSIS_H
#define PG_ANALYSIS_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "mem.h"
#include "polgraph/error.h"
#include "polgraph/graph.h"

/* ---- tokens ---- */

enum {
    TK_WORD = 1, /* letters (and digits), with inner ' - . where names have them */
    TK_NUM,      /* digits */
    TK_PUNCT,    /* one punctuation character: . , ; : ! ? ( ) [ ] / & + etc. */
    TK_QUOTE,    /* a double quotation mark: " “ ” « » */
    TK_DASH,     /* — – or a spaced hyphen */
    TK_URL,      /* a link or picture URL (kept out of sentences' text and actors) */
    TK_HANDLE,   /* @name */
    TK_HASHTAG,  /* #word */
    TK_ELLIPSIS  /* … or ... */
};

/* token flags */
enum {
    TF_CAP = 1u << 0,        /* starts with an upper-case letter; cleared by the lexicon for a
                                compound modifier ("Atlanta-based": pg_lexicon_fill_words) */
    TF_ALLCAPS = 1u << 1,    /* all letters upper case, at least two */
    TF_POSS = 1u << 2,       /* ends in 's or s' (base_end excludes it) */
    TF_LINE_START = 1u << 3, /* first token on its line */
    TF_PARA_START = 1u << 4, /* first token of a paragraph */
    TF_SENT_START = 1u << 5, /* first token of a sentence */
    TF_ABBREV = 1u << 6,     /* a word with its period: Sen. U.S. Feb. B. */
    TF_OPEN = 1u << 7,       /* TK_QUOTE: opening mark */
    TF_CLOSE = 1u << 8,      /* TK_QUOTE: closing mark */
    TF_SKIP = 1u << 9,       /* markup: not part of the sentence's words */
    TF_INITIAL = 1u << 10,   /* a single capital letter with a period: "B." */
    TF_SPACE_BEFORE = 1u << 11, /* white space before the token */
    TF_DIGIT = 1u << 12,     /* contains a digit */
    TF_UPPER = 1u << 13,     /* contains an ASCII upper-case letter */
    TF_NONASCII = 1u << 14,  /* contains a byte >= 0x80 */
    TF_HYPHEN = 1u << 15     /* a hyphen joins two of its parts: "Atlanta-based", "al-Assad" */
};

typedef struct pg_token {
    uint32_t start, end; /* bytes [start, end) */
    uint32_t base_end;   /* end without a possessive 's */
    uint16_t kind, flags;
    int32_t quote;       /* index of the quotation it lies inside, or -1 */
    uint32_t sent;       /* sentence index */
    uint32_t word;       /* word-class bits, cached by the lexicon (valid once first & TOK_FIRST_DONE) */
    uint16_t first;      /* phrase prefilter, cached by the lexicon: TOK_FIRST_* */
    uint8_t cue_len;     /* longest cue phrase starting with the word, cached with `first`; TOK_CUE_INNER */
} pg_token;

/* pg_token.first: the longest actor phrase (bits 0-6) and title phrase
 * (bits 7-13) starting with the word, whether some actor or title phrase
 * goes on with it after its first word (TOK_FIRST_INNER), and whether all
 * that was computed (TOK_FIRST_DONE). pg_token.cue_len: the longest cue
 * phrase starting with the word (TOK_CUE_LEN) and whether some cue goes on
 * with it (TOK_CUE_INNER). */
#define TOK_FIRST_LENS 0x3FFFu
#define TOK_FIRST_INNER 0x4000u
#define TOK_FIRST_DONE 0x8000u
#define TOK_CUE_LEN 0x7Fu
#define TOK_CUE_INNER 0x80u

enum {
    SF_HEADLINE = 1u << 0,  /* the document's first line, without final punctuation */
    SF_SIGNATURE = 1u << 1, /* "— Name (@handle) Month D, YYYY" */
    SF_URL_ONLY = 1u << 2,  /* nothing but links and markup */
    SF_PARA_START = 1u << 3,
    SF_TRUNCATED = 1u << 4, /* cut by the sentence length limit */
    SF_TITLECASE = 1u << 5  /* a headline in Title Case or capitals, where capitals mark no
                               names (set by recognise) */
};

typedef struct pg_sentence {
    uint32_t tok_begin, tok_end; /* tokens [tok_begin, tok_end) */
    uint32_t start, end;         /* bytes */
    uint32_t para;               /* paragraph index */
    uint16_t flags;
    int32_t date;                /* index into dates, or -1 */
} pg_sentence;

enum { QK_MARKS = 0, QK_POST, QK_TURN };

typedef struct pg_quote {
    uint32_t open, close;   /* token indices of the marks (close may equal the last token when unclosed);
                               for posts and turns: the first and last token of the words */
    uint8_t kind;           /* QK_MARKS: "...", QK_POST: a signed post, QK_TURN: a transcript turn */
    uint8_t address;        /* QK_TURN: the whole text, the address its headline names ("Address by
                               ..."), set by recognise */
    int32_t speaker_ment;   /* posts and turns: the mention naming the speaker, or -1 */
    int32_t speaker;        /* entity, or -1 */
    int32_t addressee;      /* entity spoken to ("you"), or -1 */
    int32_t signed_date;    /* date index from a post signature, or -1 */
} pg_quote;

/* ---- mentions ---- */

enum {
    MK_PERSON = 1, /* a personal name: "Donald Trump", "Trump" */
    MK_ACTOR,      /* a country or organization from the lexicon or a pattern */
    MK_DEMONYM,    /* "Russian", "Ukrainians": links to a country */
    MK_PRONOUN,    /* he, she, they, I, we, you ... */
    MK_DESC,       /* a title standing for a person: "the President of Ukraine" */
    MK_GROUP       /* "the two leaders", "the interlocutors" */
};

enum {
    MF_MODIFIER = 1u << 0,  /* part of another mention's title ("U.S." in "U.S. President Trump") */
    MF_POSS = 1u << 1,      /* possessive: "Hegseth's" */
    MF_PLURAL = 1u << 2,    /* plural demonym: "Ukrainians" */
    MF_SEAT = 1u << 3,      /* a capital or seat standing for a state: "Moscow" */
    MF_FORMER = 1u << 4,    /* "Former European Council President" */
    MF_SIGNATURE = 1u << 5, /* the name in a post signature */
    MF_VOCATIVE = 1u << 6,  /* addressed: "Mr Rahmon, ..." */
    MF_SUBJECT = 1u << 7,   /* the grammatical subject of its clause */
    MF_TURN = 1u << 8,      /* speaker label of a transcript turn: "Name: ..." */
    MF_FIRST_NAME = 1u << 9, /* a lone given name ("Roberta") */
    MF_CONFIRMED = 1u << 10, /* MK_PERSON: a cue says it is a person (title, verb, signature) */
    MF_ORG_PATTERN = 1u << 11, /* MK_ACTOR: an organization found by its name's shape */
    MF_ALIAS = 1u << 12,      /* MK_ACTOR: "(Keidanren)" after a name: the same actor as mention `aff` */
    MF_PLACE = 1u << 13,      /* MK_PERSON: one word where a place stands ("in Moscow and Sochi");
                                 with MF_SEAT: a seat after a preposition of place ("talks in Ottawa") */
    MF_AMBIGUOUS = 1u << 14,  /* MK_ACTOR: a state's short name that the article leaves ambiguous
                                 ("Korea" where only North Korea is named): no one's */
    MF_NATIONAL = 1u << 15    /* MK_ACTOR: a body many states have, of state `owner`, which the
                                 lexicon does not know ("Japan's Finance Ministry") */
};

typedef struct pg_mention {
    uint32_t tok_begin, tok_end; /* the name itself */
    uint32_t full_begin;         /* with its title prefix ("U.S. President ...") */
    uint32_t sent;
    uint16_t kind, flags;
    int32_t actor;    /* MK_ACTOR, MK_DEMONYM: lexicon actor id; -1 for pattern organizations */
    int32_t title;    /* lexicon title id, or -1 */
    int32_t aff;      /* mention index of the country/organization in the title, or -1 */
    int32_t entity;   /* resolved entity, or -1 */
    int32_t handle;   /* token of the @handle in a signature, or -1 */
    int32_t owner;    /* MF_NATIONAL: the lexicon actor id of the body's state (set by resolve) */
    uint8_t pronoun;  /* MK_PRONOUN: PR_* class */
    uint8_t gender;   /* 'm', 'f' or 0 */
} pg_mention;

enum { PR_HE = 1, PR_SHE, PR_THEY, PR_I, PR_WE, PR_YOU };

/* ---- entities ---- */

typedef struct pg_entity {
    pg_actor_type type;
    int32_t actor;       /* lexicon actor id, or -1 */
    char *label;         /* fullest proper name */
    char *last;          /* persons: surname (last name token) */
    char *first;         /* persons: given name, or NULL */
    int32_t aff;         /* entity it is affiliated with, or -1 */
    int32_t aff_sent;    /* sentence of the affiliation evidence */
    uint8_t gender;
    uint8_t is_role;     /* no name: 1 a description (merged or dropped), 2 a common word or a
                            place taken for a name ("Further said", "Sochi has"; dropped) */
    uint32_t mentions;
    uint32_t first_mention; /* index of its first mention */
    int32_t merged_into;    /* -1, or the entity this one was merged into */
    pg_buf aliases;         /* NUL-separated surface forms */
    pg_buf titles;          /* NUL-separated canonical titles */
    pg_buf handles;         /* NUL-separated @handles */
} pg_entity;

/* ---- relations found ---- */

typedef struct pg_relation {
    int32_t source, target; /* entities */
    pg_rel_type type;
    uint32_t sent;          /* evidence sentence */
    int32_t quote;          /* quotation the relation rests on, or -1 */
    int32_t date;           /* date index, or -1 */
} pg_relation;

/* A relation cue found in a sentence (kept for --explain). */
typedef struct pg_cue_hit {
    uint32_t tok, ntoks;
    int32_t cue;     /* lexicon cue id */
    int32_t subject; /* entity, or -1 */
    uint8_t status;  /* 0 used, 1 negated, 2 not a clause ("to VERB", "in supporting") */
} pg_cue_hit;

/* A date found in the text: YYYY-MM-DD (year may be 0 until completed). */
typedef struct pg_date {
    uint16_t year;
    uint8_t month, day;
    uint32_t tok;
} pg_date;

/* Limits that keep pathological input linear (docs/EXTRACTION.md). */
#define PG_MAX_SENTENCE_TOKENS 512
#define PG_MAX_TOKEN_BYTES 256
#define PG_MAX_MENTIONS_PER_SENTENCE 64
/* people a name or a description is compared with: the most recent ones */
#define PG_MAX_CANDIDATES 2000

typedef struct pg_analysis {
    /* the document */
    const char *text;
    size_t len;
    const char *doc_id;
    uint32_t head; /* bytes of a title analysed before the article's text (pg_analysis_byte) */
    char doc_date[11]; /* YYYY-MM-DD or "" */
    pg_warn_fn warn;
    void *warn_ctx;
    unsigned limit_warnings; /* bit set of limits already reported for this document */

    pg_token *toks;
    size_t ntoks, toks_cap;
    pg_sentence *sents;
    size_t nsents, sents_cap;
    pg_quote *quotes;
    size_t nquotes, quotes_cap;
    pg_date *dates;
    size_t ndates, dates_cap;
    pg_mention *ments;
    size_t nments, ments_cap;
    pg_entity *ents;
    size_t nents, ents_cap;
    size_t ents_ready; /* slots [0, ents_ready) keep their string-set buffers for the next document */
    pg_relation *rels;
    size_t nrels, rels_cap;
    pg_cue_hit *cues;
    size_t ncues, cues_cap;
    int32_t principal; /* the entity a readout is about (headline subject), or -1 */
    const char *host;  /* pg_extract_opts.host: the principal whatever the text says, or NULL */
    int32_t author;    /* the state a speech speaks for ("my country, Ghana"): I/we outside quotations, or -1 */
    pg_buf scratch;
    pg_buf work; /* per-document arrays a stage carves out of one allocation (relate's indexes) */
    /* resolve's maps and arrays, kept across documents so that a document
     * costs them no allocation: resolve.c works in them directly, empties
     * the maps before use and trims the arrays after (to PG_KEEP_BYTES);
     * freed with the analysis */
    struct pg_resolve_kept {
        struct pg_strmap *pattern_orgs, *roles;
        /* people by last and by first name: map name -> first entity + 1,
         * chained through next_last / next_first (so that a name is
         * compared only with the people it can be, not with every entity) */
        struct pg_strmap *by_last, *by_first;
        struct pg_strmap *short_orgs; /* first word or alias of a pattern organization -> entity + 1 */
        int32_t *actor_ent;           /* lexicon actor id -> entity */
        size_t actor_ent_cap;
        pg_buf tmp, key; /* scratch; name_key's buffer */
        long *last_subject; /* entity -> sentence it was last the subject of (before res_t's `swept`), -1 */
        size_t last_cap;
        int32_t *next_last, *next_first;
        size_t next_last_cap, next_first_cap;
    } res;
    /* the lexicon's word lookups by spelling, kept across documents
     * (lexicon.c owns the layout; freed with the analysis) */
    void *word_cache;
    uint64_t word_cache_tag; /* generation of the lexicon it was filled from */
} pg_analysis;

void pg_analysis_init(pg_analysis *an);
/* Empties everything, keeping the allocations up to PG_KEEP_BYTES (mem.h) each. */
void pg_analysis_reset(pg_analysis *an);
void pg_analysis_free(pg_analysis *an);

/* Convenience accessors. */
static inline const char *pg_tok_text(const pg_analysis *an, const pg_token *t) { return an->text + t->start; }
/* Byte `off` of the analysed text as a user counts it, for messages: in
 * the article's text, or in its title when a title was analysed before it
 * (then *part is "title "; else ""). */
static inline uint32_t pg_analysis_byte(const pg_analysis *an, uint32_t off, const char **part)
{
    *part = off < an->head ? "title " : "";
    return off < an->head ? off : off - an->head;
}
static inline size_t pg_tok_len(const pg_token *t) { return t->end - t->start; }
static inline size_t pg_tok_base_len(const pg_token *t) { return t->base_end - t->start; }

/* Does token i's text end in `suffix` and have `min_len` bytes or more
 * ("ing" of "saying": a verb form, not a name)? */
static inline int pg_tok_ends(const pg_analysis *an, size_t i, const char *suffix, size_t min_len)
{
    const pg_token *t = &an->toks[i];
    size_t n = t->end - t->start, k = __builtin_strlen(suffix);
    return n >= min_len && n >= k && __builtin_memcmp(an->text + t->end - k, suffix, k) == 0;
}

/* Compares token i's text (whole token) with a C string. */
static inline __attribute__((always_inline)) int pg_tok_is(const pg_analysis *an, size_t i, const char *s)
{
    const pg_token *t = &an->toks[i];
    size_t n = __builtin_strlen(s);
    return t->end - t->start == n && __builtin_memcmp(an->text + t->start, s, n) == 0;
}
/* Is token i a regnal number after a name: II to XXXIX in capitals
 * ("Elizabeth II", "Benedict XVI"; not "I", the pronoun)? */
static inline int pg_tok_regnal(const pg_analysis *an, size_t i)
{
    const pg_token *t = &an->toks[i];
    size_t n = t->base_end - t->start;
    if (t->kind != TK_WORD || n < 2 || n > 6)
        return 0;
    for (size_t k = 0; k < n; k++) {
        char c = an->text[t->start + k];
        if (c != 'I' && c != 'V' && c != 'X')
            return 0;
    }
    return 1;
}
/* Is token i a lowercase prefix of up to four letters joined by a hyphen
 * to a capitalised word ("al-Assad", "el-Sisi")? Returns the hyphen's
 * offset in the token (the prefix's length), or 0. Whether the prefix is a
 * name particle is the lexicon's to say. */
static inline size_t pg_tok_hyphen_surname(const pg_analysis *an, size_t i)
{
    const pg_token *t = &an->toks[i];
    if (t->kind != TK_WORD || (t->flags & (TF_CAP | TF_DIGIT)))
        return 0;
    const char *s = an->text + t->start;
    size_t n = t->base_end - t->start;
    for (size_t j = 1; j <= 4 && j + 2 < n; j++)
        if (s[j] == '-')
            return s[j + 1] >= 'A' && s[j + 1] <= 'Z' && s[j + 2] >= 'a' && s[j + 2] <= 'z' ? j : 0;
    return 0;
}
/* The same, ignoring ASCII case. */
static inline int pg_tok_is_ci(const pg_analysis *an, size_t i, const char *s)
{
    const pg_token *t = &an->toks[i];
    size_t n = __builtin_strlen(s);
    if (t->end - t->start != n)
        return 0;
    const char *p = an->text + t->start;
    for (size_t k = 0; k < n; k++)
        if ((p[k] | 0x20) != (s[k] | 0x20))
            return 0;
    return 1;
}

/* Appends the text of tokens [b, e) with single spaces where the text had
 * white space, leaving out markup and URLs; `base_last` drops the final
 * token's possessive. */
void pg_span_text(const pg_analysis *an, size_t b, size_t e, int base_last, pg_buf *out);
/* The same, stopping once `max` bytes have been appended (for evidence). */
void pg_span_text_max(const pg_analysis *an, size_t b, size_t e, int base_last, pg_buf *out, size_t max);

/* Adds a new entity and returns its index. */
size_t pg_analysis_add_entity(pg_analysis *an, pg_actor_type type, const char *label);

/* Follows merged_into links to the entity that stands. */
int32_t pg_entity_root(const pg_analysis *an, int32_t e);

/* Is token `acr` (two letters or more) the initials of the capitalised
 * words of tokens [b, e) ("CPC" of "Ceylon Petroleum Corp", "ICC" of
 * "Interstate Commerce Commission"; not "SPD" of "Social Democratic
 * Party", nor "EU" of "Council of the European Union")? */
int pg_tokens_initials(const pg_analysis *an, size_t b, size_t e, size_t acr);

/* Adds `s` to a NUL-separated string set unless present. */
void pg_strset_add(pg_buf *set, const char *s, size_t n);

#endif
