/* lexicon.h — internal view of pg_lexicon for the extraction stages.
 *
 * Phrases are looked up by their token key: the token texts joined with
 * single spaces, curly apostrophes made straight (lexicon_key). Actor and
 * title phrases match case-sensitively; cues and word classes are lowercase.
 */
#ifndef PG_LEXICON_INT_H
#define PG_LEXICON_INT_H

#include <stddef.h>
#include <stdint.h>

#include "analysis.h"
#include "hashmap.h"
#include "polgraph/graph.h"
#include "polgraph/lexicon.h"

enum { ORG_INTL = 1, ORG_PARTY, ORG_INSTITUTION, ORG_MEDIA, ORG_COMPANY, ORG_USER };

typedef struct pg_lex_actor {
    const char *label;
    pg_actor_type type;
    int32_t country; /* actor id of the country it belongs to, or -1 */
    uint8_t org_kind;
    /* a state whose seats this one took over ("Moscow" meant the Soviet
     * Union until 1991-12-25: countries.tsv's `until` column), or -1, and
     * its last day, YYYY-MM-DD (such dates compare as strings) */
    int32_t seats_before;
    char seats_until[11];
    /* a country's names and demonyms as countries.tsv lists them, "|"
     * between them ("Russia|Russian Federation|Russian|Russians"), or NULL */
    const char *forms;
    /* a state's short name that others share ("Korea": countries.tsv's
     * `short` column), or NULL, and the first other state whose name has
     * it as a word ("North Korea"), or -1 */
    const char *short_name;
    int32_t short_rival;
    char iso3[4]; /* a country's ISO 3166-1 alpha-3 code ("AFG"), or "" */
} pg_lex_actor;

/* The actor a seat means in a document of the given date ("YYYY-MM-DD",
 * or "" when unknown): the state that held the seat then. */
int32_t pg_lexicon_seat_actor(const pg_lexicon *lex, int32_t actor, const char *date);

/* How an actor phrase names its actor. */
enum { LA_NAME = 1, LA_SEAT, LA_DEMONYM, LA_DEMONYM_PLURAL, LA_IGNORE };

enum { TITLE_HEAD = 1, TITLE_OFFICE, TITLE_HONORIFIC, TITLE_ROLE };

typedef struct pg_lex_title {
    const char *canonical;
    uint8_t kind;
    char gender;        /* 'm', 'f' or 0 */
    uint8_t target_mod; /* a country before it is where the holder is sent, not
                           whom they serve ("Ukraine envoy") */
} pg_lex_title;

enum { CUE_VERB = 1, CUE_NOUN, CUE_PASSIVE, CUE_PREP, CUE_ADDRESS };
enum { REL_SPEECH = PG_REL_NTYPES }; /* cue relation beyond the graph's types */

typedef struct pg_lex_cue {
    uint8_t rel;    /* pg_rel_type, or REL_SPEECH */
    uint8_t form;   /* CUE_* */
    uint8_t ntoks;
    uint8_t plural; /* the word is a plural noun too ("notes", "states"): cues.tsv */
} pg_lex_cue;

/* word classes (bit set) */
enum {
    WC_HE = 1u << 0,
    WC_SHE = 1u << 1,
    WC_THEY = 1u << 2,
    WC_I = 1u << 3,
    WC_WE = 1u << 4,
    WC_YOU = 1u << 5,
    WC_NEGATION = 1u << 6,
    WC_PARTICLE = 1u << 7,
    WC_SEAT_MODIFIER = 1u << 8,
    WC_GROUP = 1u << 9,
    WC_VOCATIVE = 1u << 10,
    WC_ORG_SUFFIX = 1u << 11, /* case-sensitive classes */
    WC_ORG_HEAD = 1u << 12,
    WC_NONNAME = 1u << 13,
    WC_MONTH = 1u << 14,
    WC_CUE_START = 1u << 15, /* some cue phrase starts with this word */
    WC_KIN = 1u << 16,       /* wife, son ...: a person's name follows */
    WC_FORMER = 1u << 17,    /* former, ex, outgoing */
    WC_PREP = 1u << 18,      /* prepositions: the mention after one is an object */
    WC_CONTROL = 1u << 19,   /* plans, expected, wants ...: the subject of "to VERB" is theirs */
    WC_FUNCTION = 1u << 20,  /* determiners, conjunctions, sentence adverbs: never start a name */
    WC_LIGHT = 1u << 21,     /* held, had, made, expressed ...: "X held talks with Y" */
    WC_STATE_NOUN = 1u << 22, /* government, side, military ...: "the Russian side" is Russia acting */
    WC_AUX = 1u << 23,        /* has, will, also, scheduled ...: between a name and its verb */
    WC_DET = 1u << 24,        /* the, a, this ...: a verb form after one is a noun */
    WC_POSSESSIVE = 1u << 25, /* his, our ...: owners, not subjects */
    WC_MODAL = 1u << 26,      /* must, will ...: a verb form before one is a noun */
    WC_LINKING = 1u << 27,    /* is, seems ...: "it is ..." has no referent */
    WC_OBJECT_SKIP = 1u << 28, /* with, to, also ...: passed over on the way to an object */
    WC_OPENER = 1u << 29,     /* In, During ...: a sentence opened by an adjunct (case-sensitive) */
    WC_FILLER = 1u << 30      /* took, place ...: between a noun cue and its partners */
};
/* has, also, expected ...: between an unknown name and its verb. Bit 31 is
 * past INT_MAX, so it is a macro rather than an enumerator. */
#define WC_PREVERB (1u << 31)

/* Classes of words.tsv asked about rarely: sets of their own, keyed by the
 * lowercase word, instead of class bits in the vocabulary. */
typedef enum {
    PG_WS_NONE,
    PG_WS_TARGET_TITLE, /* last words of titles whose country is a destination ("Envoy") */
    PG_WS_PLACE_PREP,   /* prepositions after which a capital is a place ("in Ottawa") */
    PG_WS_INTENT,       /* "plans", "intention" ...: after a negation, it reaches further */
    PG_WS_CAPITAL_ROLE, /* role titles also matched capitalised ("Analyst Robert Gordon") */
    PG_WS_LEGAL_FORM,   /* company forms: "inc", "co.", "plc" ... */
    PG_WS_ORG_OPENER,   /* function words that may open an organization's name: "new" */
    PG_WS_NAME_PREFIX,  /* lowercase stems before a capital inside a surname: "mac", "abu" */
    PG_WS_PARTICIPLE,   /* past participles not in -ed: "told", "met" */
    PG_WS_BE,           /* forms of "be": a participle after one is passive */
    PG_WS_MEDIA,        /* words of news outlets' names: "daily", "radio" */
    PG_WS_PRIVATE,      /* nouns of people or firms outside a state: "exporters", "traders" */
    PG_WS_UNNAMED,      /* nouns of unnamed speakers: "officials", "diplomats", "a spokesman" */
    PG_WS_BODY,         /* nouns of bodies: "a company spokesman", "a ministry official" */
    PG_WS_TURN_WORD,    /* a transcript turn by someone unnamed: "Question:", "Reply:" */
    PG_WS_BEFORE_VERB,  /* function words that may stand right before a verb: "and", "who", "both" */
    PG_WS_SOURCE_NOUN,  /* what an actor publishes: "according to a Bank of Portugal forecast" */
    PG_WS_PRAISE,       /* words of praise: "called X's plan a good basis" is support */
    PG_WS_PEOPLE,       /* plural nouns for people that open no body's name: "Members of the Security Council" */
    PG_WS_STATE_MODIFIER, /* a part, regime or time of a state before its name: "Western Canada", not a company */
    PG_WS_RESTATE,        /* verbs restating a stance: "reaffirmed X's support for Y" supports Y */
    PG_WS_SHARED_BODY,    /* names many states' bodies share: "central bank", "supreme court" */
    PG_WS_NO_SURNAME,     /* never a surname after a given name: "Monday", "Bridge", "Island" */
    PG_WS_NUMBER_WORD,    /* numbers in words: "three", "thousand", "dozens" */
    PG_WS_ATTAINMENT,     /* what is met, not someone: "met the UN target" */
    PG_WS_FORCE_VERB,     /* "attacked": against a state, war, not criticism */
    PG_WS_EVENT_PREP,     /* "X after the meeting with Y": X is the noun's agent */
    PG_WS_ADDRESS_NOUN,   /* "... - address by the President": the President's words */
    PG_WS_CURRENCY,       /* "the Australian dollar": money, not the state */
    PG_WS_CURRENCY_DEMONYM, /* "won", "mark": money only after a demonym */
    PG_WS_WORD_NAME,      /* one-word names of bodies that are plain words: "Labour", "Congress" */
    PG_WS_NAMING_ADVERB,  /* "so", "aptly" before "called": a name follows, not a call */
    PG_WS_WEEKDAY,        /* "Friday": opens a body's name only right before its suffix */
    PG_WS_TELL_VERB,      /* "told": a news outlet after it is the platform ("told Reuters") */
    PG_WS_MESSAGE_NOUN,   /* "message": "The message reads: ..." is the host's (extract --host) */
    PG_WS_THANKS,         /* "thank", "thanks": a bare "Thank you." is a courtesy, not support */
    PG_WS_COURTESY,       /* "very", "much", "colleagues": words of such a courtesy */
    PG_WS_HYPHEN_TAIL,    /* "based", "backed": "Atlanta-based", "Iran-backed" are modifiers, not names */
    PG_WS_FIRM_TAIL,      /* "based", "owned": a name right after "Atlanta-based" is a body's */
    PG_WS_INSURGENT,      /* "rebels", "separatists": after a state's name, not the state */
    PG_WS_PLACE_NAME,     /* "Texas", "Frankfurt": one word alone is a place, never a person */
    PG_WS_AWARD,          /* "Hero", "Order", "Prize": a name they open is an award's, no body's */
    PG_WS_EVENT_HEAD,     /* "Summit", "Statement": "Summit of the African Union" is the Union's */
    PG_WS_CUE_IDIOM,      /* "rest": "may rest assured" is an idiom, not speech */
    PG_WS_STATE_FIRM,     /* "Airlines", "Fund": "Japan Airlines" is a company, not Japan */
    PG_WS_PUBLIC_HEAD,    /* "Commission": "the U.S. Securities and Exchange Commission" is no company */
    PG_WS_TIME_NOUN,      /* "yesterday", "week": "yesterday's visit" is no one's */
    PG_WS_COLLECTIVE,     /* "countries": "countries supporting Israel" are no actor named */
    PG_WS_FIRM_PART,      /* "-bank", "tele-": "Volksbank", "Teleglobe" are companies' names */
    PG_WS_STATE_WORD,     /* "country": "her country had supported Ukraine" is the state's act */
    PG_WS_BLAME_VERB,     /* "blamed": "blamed the crisis on Russia" criticises Russia */
    PG_WS_EVENT_TAIL,     /* "Conference": "the Ocean Conference" is an event, no actor */
    PG_WS_PRODUCT,        /* "vaccine", "dose": "Sputnik V vaccine" is a product, not the outlet */
    PG_WS_US_STATE,       /* "Florida", "Atlanta": an article naming one is American */
    PG_WS_US_NAMESAKE,    /* "Georgia": a state's name that an American state has too */
    PG_WS_NATION_NOUN,    /* "people", "government": "thanked the people of Iceland" thanks Iceland */
    PG_WS_COUNT
} pg_word_set;

struct pg_lexicon {
    pg_strmap *pool;
    pg_lex_actor *actors;
    size_t nactors, actors_cap;
    pg_lex_title *titles;
    size_t ntitles, titles_cap;
    pg_lex_cue *cues;
    size_t ncues, cues_cap;
    /* the phrase maps also hold every proper prefix of their phrases, with
     * bit 63 set on keys that longer phrases start with and bit 62 on keys
     * that are only prefixes (lexicon.c: PH_*) */
    pg_strmap *actor_phrases; /* key -> (actor id << 4) | LA_* */
    pg_strmap *title_phrases; /* key -> title id */
    pg_strmap *cue_phrases;   /* lowercase key -> cue id */
    pg_strmap *vocab;         /* one lookup per token: word -> WC_* bits (bits 0-31; case-insensitive
                                 classes under the lowercase word, the others under the word as
                                 written) | longest actor phrase starting with it << 32 | longest
                                 title phrase << 40 | longest cue phrase (under the lowercase
                                 word) << 48 | goes on an actor or title phrase << 56 | goes on a
                                 cue << 57 */
    pg_strmap *abbrevs;       /* "Sen." ... */
    pg_strmap *months;        /* month names and abbreviations (any case) -> month number */
    pg_strmap *given_names;   /* given name (as written) -> 'm' or 'f' (given_names.tsv) */
    pg_strmap *nicknames;     /* nickname (as written) -> its formal name, a pool string (nicknames.tsv) */
    pg_strmap *word_sets[PG_WS_COUNT]; /* words.tsv classes asked about rarely (pg_word_set) */
    const char *common;        /* common_words.txt after its comments: sorted lines, searched in place */
    size_t common_len;
    uint32_t *common_at;       /* where each of its lines starts (bisected: pg_lexicon_common_word) */
    size_t ncommon;
    uint64_t gen; /* tags word caches (analysis.h): unique per lexicon and per change; 0 while loading */
};

/* The abbreviation callback for pg_tokenize. */
int pg_lexicon_is_abbrev(const void *lex, const char *word, size_t n);
/* Whether token `tok`, ASCII-lowercased, is in word set `set` (a class of
 * words.tsv kept apart from the class bits: see pg_word_set). */
int pg_lexicon_in_set(const pg_lexicon *lex, pg_word_set set, const pg_analysis *an, size_t tok);
/* The same for the word s[0..n). */
int pg_lexicon_in_set_text(const pg_lexicon *lex, pg_word_set set, const char *s, size_t n);
/* Is token `tok` a company's name by its capitals: a stem of three
 * letters or more, then a capital inside the word ("GenCorp",
 * "PaineWebber", "TransCanada"), the stem not a surname prefix of
 * words.tsv ("MacGregor", "AbuZayyad")? */
int pg_lexicon_company_word(const pg_lexicon *lex, const pg_analysis *an, size_t tok);
/* Does capitalised token `tok` (letters and hyphens) start or end in a
 * firm's word (`firm_part` of words.tsv: "Volksbank", "Teleglobe"), two
 * letters or more besides it? */
int pg_lexicon_firm_word(const pg_lexicon *lex, const pg_analysis *an, size_t tok);
/* Is s[0..n), ASCII-lowercased, a common English word that is not also a
 * name (common_words.txt: "further", "measures"; not "baker", "hope")? */
int pg_lexicon_common_word(const pg_lexicon *lex, const char *s, size_t n);

/* Builds the lookup key of tokens [b, e) into `out` (reset first). When
 * `base_last` is set the last token's possessive is left out; `lower` folds
 * ASCII case. Returns 0 if the span cannot be a key (skipped tokens). */
int pg_lexicon_key(const pg_analysis *an, size_t b, size_t e, int base_last, int lower, pg_buf *out);

/* Fills the word caches of every token of the analysis at once: what
 * pg_lexicon_word_class would fill one token at a time, in one pass. A
 * capitalised compound whose last part is a `hyphen_tail` word
 * ("Atlanta-based", "Iran-backed") loses TF_CAP: it is an adjective, no
 * name's word. */
void pg_lexicon_fill_words(const pg_lexicon *lex, pg_analysis *an);

/* Does token tok end a compound modifier whose last part is in `set`
 * (PG_WS_HYPHEN_TAIL, PG_WS_FIRM_TAIL)? Either one word ("Atlanta-based")
 * or, after a name with periods, a word glued to a hyphen ("U.S.-based":
 * tok is "based"). */
int pg_lexicon_compound_tail(const pg_lexicon *lex, pg_word_set set, const pg_analysis *an, size_t tok);
/* Word-class bits of token i (case-insensitive and case-sensitive classes),
 * looked up once and cached in the token. */
unsigned pg_lexicon_word_class_fill(const pg_lexicon *lex, const pg_analysis *an, size_t i);
static inline unsigned pg_lexicon_word_class(const pg_lexicon *lex, const pg_analysis *an, size_t i)
{
    /* TOK_FIRST_DONE in `first` says the token's caches are filled */
    return (an->toks[i].first & TOK_FIRST_DONE) ? an->toks[i].word : pg_lexicon_word_class_fill(lex, an, i);
}

/* The phrase prefilter of token i (cached in the token, see
 * TOK_FIRST_LENS): how many tokens the longest actor or title phrase
 * starting with its text can have; 0 says none starts there. */
static inline unsigned pg_lexicon_actor_reach(const pg_lexicon *lex, const pg_analysis *an, size_t i)
{
    pg_lexicon_word_class(lex, an, i); /* fills the caches */
    return an->toks[i].first & 127;
}
static inline unsigned pg_lexicon_title_reach(const pg_lexicon *lex, const pg_analysis *an, size_t i)
{
    pg_lexicon_word_class(lex, an, i);
    return (an->toks[i].first >> 7) & 127;
}

/* Longest actor phrase starting at token i within [i, limit): returns its
 * token count (0 if none) and sets *actor (-1 on a miss or for an ignored
 * name), *how (LA_*, 0 on a miss) and *poss, whether or not it matched. */
size_t pg_lexicon_match_actor(const pg_lexicon *lex, const pg_analysis *an, size_t i, size_t limit, int32_t *actor,
                              int *how, int *poss);
/* Longest title phrase starting at token i: returns its token count. */
size_t pg_lexicon_match_title(const pg_lexicon *lex, const pg_analysis *an, size_t i, size_t limit, int32_t *title);
/* Longest cue phrase starting at token i (lowercase match). */
size_t pg_lexicon_match_cue(const pg_lexicon *lex, const pg_analysis *an, size_t i, size_t limit, int32_t *cue);
/* The actor a whole phrase names (its label or an alias), or -1. */
int32_t pg_lexicon_find_actor(const pg_lexicon *lex, const char *phrase);
/* The country whose ISO 3166-1 alpha-3 code is s[0..n) ("AFG"), or -1. */
int32_t pg_lexicon_find_iso3(const pg_lexicon *lex, const char *s, size_t n);

/* Month number (1-12) of token i, or 0. */
int pg_lexicon_month(const pg_lexicon *lex, const pg_analysis *an, size_t i);

/* The case-insensitive word classes (WC_* bits of words.tsv) of the word
 * s[0..n), ASCII-lowercased; 0 for a word of none. */
unsigned pg_lexicon_word_class_text(const pg_lexicon *lex, const char *s, size_t n);

/* The gender a given name s[0..n) says: 'm', 'f', or 0 when the name is
 * not listed (given_names.tsv). */
int pg_lexicon_name_gender(const pg_lexicon *lex, const char *s, size_t n);

/* The formal given name a nickname s[0..n) stands for ("Joe" -> "Joseph",
 * nicknames.tsv), borrowed from the lexicon; NULL when s is none. */
const char *pg_lexicon_formal_name(const pg_lexicon *lex, const char *s, size_t n);

#endif
