/* recognise.c — mentions of actors, titles, pronouns; dates; signed posts
 * and transcript turns (see recognise.h). */
#include "recognise.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mem.h"

typedef struct {
    pg_analysis *an;
    const pg_lexicon *lex;
    size_t sb, se; /* current sentence's tokens */
    int titlecase;  /* a headline in Title Case: capitals say nothing about names */
    int allcaps;    /* a headline in capitals: "IS", "US" are words, not acronyms */
    uint32_t sent;
    /* surnames that are non-names elsewhere, met after a given name
     * ("Theresa May"): alone later they are the person ("May said") */
    struct odd_surnames {
        uint32_t tok[8];
        unsigned n;
    } *odd;
    /* companies named after a state found by a verb or title after them
     * ("Air Canada said"): the same name later needs neither */
    struct state_cos {
        uint32_t start[16], len[16];
        unsigned n;
    } *cos;
    /* the headline's address or speech by a person ("Address by President
     * ...", "... - address by the President of Ukraine"): its mention, or
     * -1 */
    int32_t address_ment;
    /* does the article name an American state and not the country that
     * shares one's name (american_namesake)? -1: not yet asked */
    int us_doc;
} rec_t;

/* ---- small predicates ---- */

static inline __attribute__((always_inline)) const pg_token *T(const rec_t *r, size_t i) { return &r->an->toks[i]; }

static inline __attribute__((always_inline)) unsigned WC(const rec_t *r, size_t i) { return pg_lexicon_word_class(r->lex, r->an, i); }

static inline __attribute__((always_inline)) int is_word(const rec_t *r, size_t i)
{
    return i < r->se && T(r, i)->kind == TK_WORD && !(T(r, i)->flags & TF_SKIP);
}

static inline __attribute__((always_inline)) int is_cap(const rec_t *r, size_t i) { return is_word(r, i) && (T(r, i)->flags & TF_CAP); }

static inline __attribute__((always_inline)) int is_tok(const rec_t *r, size_t i, const char *s) { return i < r->se && pg_tok_is(r->an, i, s); }

static inline __attribute__((always_inline)) int is_tok_ci(const rec_t *r, size_t i, const char *s) { return i < r->se && pg_tok_is_ci(r->an, i, s); }

static inline __attribute__((always_inline)) int is_lower_word(const rec_t *r, size_t i)
{
    return is_word(r, i) && !(T(r, i)->flags & TF_CAP) && !(T(r, i)->flags & TF_DIGIT);
}

static int given_name(const rec_t *r, size_t k);

/* Capitalised common words that a title's body left before a titled name
 * ("Chairman of the Management Board Andrei Kostin", "Chief Executive
 * Officer Anthony O'Reilly"): where a known given name follows them, with a
 * surname after it, the name starts at the given name. */
static size_t titled_name_start(const rec_t *r, size_t b, size_t e)
{
    for (size_t q = b + 1; q + 1 < e; q++) {
        const pg_token *t = T(r, q - 1);
        if (!is_cap(r, q - 1) || (t->flags & (TF_INITIAL | TF_ABBREV | TF_ALLCAPS | TF_POSS)) || given_name(r, q - 1) ||
            !pg_lexicon_common_word(r->lex, r->an->text + t->start, pg_tok_len(t)))
            return b;
        if (given_name(r, q))
            return q;
    }
    return b;
}

static pg_mention *add_mention(rec_t *r, unsigned kind, size_t b, size_t e, size_t full_b)
{
    pg_analysis *an = r->an;
    if (kind == MK_PERSON && full_b < b && e >= b + 3)
        b = titled_name_start(r, b, e);
    PG_GROW(an->ments, an->ments_cap, an->nments + 1);
    pg_mention *m = &an->ments[an->nments++];
    memset(m, 0, sizeof *m);
    m->tok_begin = (uint32_t)b;
    m->tok_end = (uint32_t)e;
    m->full_begin = (uint32_t)full_b;
    m->sent = r->sent;
    m->kind = (uint16_t)kind;
    m->actor = -1;
    m->title = -1;
    m->aff = -1;
    m->entity = -1;
    m->handle = -1;
    if (T(r, e - 1)->flags & TF_POSS)
        m->flags |= MF_POSS;
    return m;
}

/* ---- names ---- */

/* Whether token k looks like a verb form in -ing ("Speaking", "Trading"):
 * six letters or more before any possessive. */
static int ing_form(const rec_t *r, size_t k)
{
    const pg_token *t = T(r, k);
    return pg_tok_base_len(t) > 5 && memcmp(r->an->text + t->base_end - 3, "ing", 3) == 0;
}

/* Is token k a capitalised word that can be part of a personal name? */
static int name_word(const rec_t *r, size_t k, int first)
{
    if (!is_cap(r, k))
        return 0;
    const pg_token *t = T(r, k);
    size_t n = pg_tok_base_len(t);
    if (t->flags & TF_DIGIT)
        return 0;
    if (t->flags & TF_INITIAL)
        return !first || name_word(r, k + 1, 0);
    if ((t->flags & TF_ABBREV) && n == 4 && r->an->text[t->start + 1] == '.' && (t->flags & TF_ALLCAPS) &&
        name_word(r, k + 1, 0)) {
        /* two initials in one: "R.C. Mills", "W.F. Rockwell Jr" (not a state: "U.S.") */
        int32_t a;
        int how, poss;
        return !pg_lexicon_match_actor(r->lex, r->an, k, r->se, &a, &how, &poss);
    }
    if (n == 1)
        return 0; /* "X", "I", "A" */
    if ((t->flags & TF_ALLCAPS) && n > 3)
        return 0; /* shouting, or an acronym: not a name */
    if (t->flags & TF_ABBREV)
        return 0;
    {
        /* an acronym's plural: "the new DCs", "MPs", "CEOs" */
        const char *w = r->an->text + t->start;
        size_t caps = 0;
        while (caps < n && w[caps] >= 'A' && w[caps] <= 'Z')
            caps++;
        if (caps >= 2 && caps + 1 == n && w[caps] == 's')
            return 0;
    }
    unsigned wc = WC(r, k);
    if (wc & (WC_NONNAME | WC_FUNCTION | WC_NEGATION))
        return 0; /* (and "Hasn't received ...") */
    if (first && (wc & WC_ORG_SUFFIX) && !is_cap(r, k + 1))
        return 0; /* "(Pacific) Ltd, a Hong Kong firm,": the end of an organization's name alone is no person */
    if ((first || r->titlecase) && (wc & WC_CUE_START))
        return 0; /* "Meeting with ...", "Thank you", "Zelensky Meets Biden" */
    if (first && k == r->sb && ing_form(r, k))
        return 0; /* "Considering the ...", "Speaking to ..." */
    if ((wc & WC_MONTH) && k + 1 < r->se && T(r, k + 1)->kind == TK_NUM)
        return 0;
    /* "Can", "Will" at a sentence start are verbs, not names */
    (void)first;
    return 1;
}

/* Is token k a given name the lexicon knows (given_names.tsv)? Not past
 * the sentence's end ("... and Deputy Governor" ending the text). */
static int given_name(const rec_t *r, size_t k)
{
    return k < r->se && pg_lexicon_name_gender(r->lex, r->an->text + T(r, k)->start, pg_tok_base_len(T(r, k))) != 0;
}

static int people_word(const rec_t *r, size_t k);

/* Token k, a capitalised word no name holds elsewhere ("May", "North"),
 * right after a known given name: a surname ("Theresa May", "Oliver
 * North") -- unless it is a function word, a date ("John May 5"), a day,
 * place, building or body (no_surname: "Monday", "King Hussein Bridge"), a
 * noun for people, a title or a known actor. */
static int surname_after_given(const rec_t *r, size_t k)
{
    if (!is_cap(r, k) || (T(r, k)->flags & (TF_DIGIT | TF_ABBREV | TF_INITIAL | TF_ALLCAPS)) ||
        !(T(r, k)->flags & TF_SPACE_BEFORE) || (T(r, k - 1)->flags & TF_POSS) || pg_tok_len(T(r, k)) < 2)
        return 0;
    unsigned wc = WC(r, k);
    if (!(wc & WC_NONNAME) || ((wc & WC_FUNCTION) && !(wc & WC_MONTH)) ||
        ((wc & WC_MONTH) && k + 1 < r->se && T(r, k + 1)->kind == TK_NUM))
        return 0; /* "May" the modal is a function word too */
    if (!given_name(r, k - 1))
        return 0;
    int32_t a, t;
    int how, poss;
    return !pg_lexicon_in_set(r->lex, PG_WS_NO_SURNAME, r->an, k) && !people_word(r, k) &&
           !pg_lexicon_match_title(r->lex, r->an, k, r->se, &t) &&
           !pg_lexicon_match_actor(r->lex, r->an, k, r->se, &a, &how, &poss);
}

/* Token k, a capitalised word that can only be a name: no common or
 * function word, title, known actor or noun for people ("Gref" in "CEO
 * German Gref", not "Chancellor" in "German Chancellor"). */
static int plain_name(const rec_t *r, size_t k)
{
    int32_t a, t;
    int how, poss;
    return k < r->se && is_cap(r, k) && !(T(r, k)->flags & (TF_DIGIT | TF_ABBREV | TF_INITIAL | TF_ALLCAPS)) &&
           (T(r, k)->flags & TF_SPACE_BEFORE) && pg_tok_len(T(r, k)) >= 2 &&
           !(WC(r, k) & (WC_NONNAME | WC_FUNCTION)) && !people_word(r, k) &&
           !pg_lexicon_common_word(r->lex, pg_tok_text(r->an, T(r, k)), pg_tok_len(T(r, k))) &&
           !pg_lexicon_match_title(r->lex, r->an, k, r->se, &t) &&
           !pg_lexicon_match_actor(r->lex, r->an, k, r->se, &a, &how, &poss);
}

/* Is token i, alone, a surname met after a given name before ("Theresa
 * May ... May said"), with a relation verb after it or speech before it? */
static int verb_follows(const rec_t *r, size_t k);
static int speech_verb_before(const rec_t *r, size_t i);
static int odd_surname(const rec_t *r, size_t i)
{
    const pg_token *t = T(r, i);
    size_t n = pg_tok_base_len(t);
    if (i + 1 < r->se && is_cap(r, i + 1))
        return 0; /* part of a longer name: "May Day Committee" */
    for (unsigned k = 0; k < r->odd->n; k++) {
        const pg_token *s = T(r, r->odd->tok[k]);
        if (s != t && pg_tok_base_len(s) == n && memcmp(r->an->text + s->start, r->an->text + t->start, n) == 0)
            return verb_follows(r, i + 1) || speech_verb_before(r, i);
    }
    return 0;
}

/* A particle joined by a hyphen to a capitalised surname ("al-Assad",
 * "el-Sisi"): a part of a name after its first word. */
static int particle_joined(const rec_t *r, size_t k)
{
    size_t j = pg_tok_hyphen_surname(r->an, k);
    return j && (pg_lexicon_word_class_text(r->lex, r->an->text + T(r, k)->start, j) & WC_PARTICLE);
}

/* Are tokens [b, e) a name that many states' bodies share (`shared_body`
 * in words.tsv: "Central Bank", "Security Council")? */
static int shared_body_span(const rec_t *r, size_t b, size_t e)
{
    return pg_lexicon_in_set_text(r->lex, PG_WS_SHARED_BODY, r->an->text + T(r, b)->start,
                                  T(r, e - 1)->base_end - T(r, b)->start);
}

/* Are tokens [b, e), capitalised words after a state's name, a company's
 * or fund's name (a `state_firm` word among them; no title, known actor or
 * body many states have; not a public body's name: opened by a body's head
 * word or ended by a `public_head` word)? */
static int state_firm_span(const rec_t *r, size_t b, size_t e)
{
    int firm = 0;
    for (size_t k = b; k < e; k++) {
        int32_t t, a;
        int how, poss;
        if (pg_lexicon_match_title(r->lex, r->an, k, r->se, &t) ||
            pg_lexicon_match_actor(r->lex, r->an, k, r->se, &a, &how, &poss))
            return 0; /* "U.S. Energy Secretary", "the U.S. Securities and Exchange Commission" */
        firm |= is_cap(r, k) && pg_lexicon_in_set(r->lex, PG_WS_STATE_FIRM, r->an, k);
    }
    if (!firm || (WC(r, b) & WC_ORG_HEAD) || pg_lexicon_in_set(r->lex, PG_WS_PUBLIC_HEAD, r->an, e - 1))
        return 0; /* "the U.S. Department of Energy", "the U.S. Securities and Exchange Commission" */
    return !shared_body_span(r, b, e);
}

/* Does a title start, or a known given name stand, in tokens [b, e)?
 * Then they are no one body's name ("First Deputy Federation Council",
 * "Spanish Congress of Deputies Alfonso Rodriguez"). */
static int holds_title_or_given_name(const rec_t *r, size_t b, size_t e)
{
    for (size_t q = b; q < e; q++) {
        int32_t t;
        if (pg_lexicon_match_title(r->lex, r->an, q, e, &t) || given_name(r, q))
            return 1;
    }
    return 0;
}

/* End of the personal name starting at i (i itself when there is none). */
static size_t name_seq(const rec_t *r, size_t i)
{
    if (!name_word(r, i, 1))
        return i;
    size_t k = i, count = 0;
    while (k < r->se && count < 5) {
        if (count > 0) {
            const pg_token *t = T(r, k);
            if (!(t->flags & TF_SPACE_BEFORE) && !(T(r, k - 1)->flags & TF_INITIAL))
                break;
            if (T(r, k - 1)->flags & TF_POSS)
                break;
            if ((WC(r, k) & WC_PARTICLE) && is_lower_word(r, k)) {
                /* "van Beethoven", "von der Leyen", "bin Abdul": particles, then the name goes on */
                size_t j = k + 1;
                while (j < k + 3 && j < r->se && (WC(r, j) & WC_PARTICLE) && is_lower_word(r, j))
                    j++;
                if (name_word(r, j, 0)) {
                    k = j;
                    continue;
                }
            }
            if (particle_joined(r, k)) { /* "Bashar al-Assad" */
                k++;
                count++;
                continue;
            }
            if (!name_word(r, k, 0)) {
                if (!(count == 1 && surname_after_given(r, k)))
                    break;
                if (r->odd && r->odd->n < sizeof r->odd->tok / sizeof *r->odd->tok)
                    r->odd->tok[r->odd->n++] = (uint32_t)k;
            }
            /* a repeated word ("Rahmon Rahmon") ends the name */
            if (pg_tok_base_len(t) == pg_tok_base_len(T(r, k - 1)) &&
                memcmp(r->an->text + t->start, r->an->text + T(r, k - 1)->start, pg_tok_base_len(t)) == 0)
                break;
            int32_t a, tt;
            int how, poss;
            if (pg_lexicon_match_actor(r->lex, r->an, k, r->se, &a, &how, &poss))
                break;
            if (pg_lexicon_match_title(r->lex, r->an, k, r->se, &tt) && r->lex->titles[tt].kind != TITLE_ROLE)
                break;
        }
        k++;
        count++;
    }
    /* a name does not end with an initial, nor with particles whose name
     * turned out to be something else ("Miguel de la Madrid" stops before
     * the capital) */
    while (k > i && ((T(r, k - 1)->flags & TF_INITIAL) || ((WC(r, k - 1) & WC_PARTICLE) && is_lower_word(r, k - 1))))
        k--;
    /* a regnal number ends it: "Elizabeth II", "Pope Benedict XVI" */
    if (k > i && k < r->se && (T(r, k)->flags & TF_SPACE_BEFORE) && !(T(r, k - 1)->flags & TF_POSS) &&
        pg_tok_regnal(r->an, k))
        k++;
    return k;
}

/* "of Ukraine", "of the European Parliament": a known actor's name after
 * "of" [the] at token k. Returns the index after it (0 when there is none)
 * and the actor. */
static size_t of_actor(const rec_t *r, size_t k, int32_t *actor, size_t *begin)
{
    if (!is_tok(r, k, "of"))
        return 0;
    size_t m = k + 1;
    if (is_tok(r, m, "the"))
        m++;
    int how, poss;
    size_t n = pg_lexicon_match_actor(r->lex, r->an, m, r->se, actor, &how, &poss);
    if (!n || how != LA_NAME || *actor < 0)
        return 0;
    *begin = m;
    return m + n;
}

/* ---- organizations by the shape of their name ---- */

static int connector(const rec_t *r, size_t k)
{
    return is_tok(r, k, "of") || is_tok(r, k, "for") || is_tok(r, k, "the") || is_tok(r, k, "on") ||
           is_tok(r, k, "and") || is_tok(r, k, "de");
}

/* Whether tokens [b, e) look like a personal name: capitalised words that
 * are not organization words, generic nouns or acronyms. */
static int name_run(const rec_t *r, size_t b, size_t e)
{
    for (size_t k = b; k < e; k++) {
        const pg_token *t = T(r, k);
        if ((t->flags & TF_INITIAL) || ((t->flags & TF_ABBREV) && pg_tok_len(t) <= 4 && k + 1 < e))
            continue; /* "Adam B. Schiff", "P.S. Tam" */
        if (!is_cap(r, k) || (t->flags & (TF_ALLCAPS | TF_DIGIT | TF_POSS)) ||
            (WC(r, k) & (WC_ORG_SUFFIX | WC_ORG_HEAD | WC_NONNAME | WC_FUNCTION)))
            return 0;
        int32_t a;
        int how, poss;
        if (pg_lexicon_match_actor(r->lex, r->an, k, e, &a, &how, &poss))
            return 0; /* "Russian Academy of Sciences" */
    }
    return 1;
}

/* A capitalised plural noun for people ("Members", "Heads"): the people
 * set of words.tsv, whose words are all in nonnames.txt too, so that the
 * cached non-name class rules out most words before the set is asked. */
static int people_word(const rec_t *r, size_t k)
{
    return is_cap(r, k) && (WC(r, k) & WC_NONNAME) && pg_lexicon_in_set(r->lex, PG_WS_PEOPLE, r->an, k);
}

/* Is token i a day of the week (`weekday` in words.tsv)? Asked at every
 * capitalised word: only a word of six to nine letters ending in "day" is
 * looked up. */
static int weekday(const rec_t *r, size_t i)
{
    const pg_token *t = T(r, i);
    size_t n = pg_tok_len(t);
    const char *s = r->an->text + t->end - 3;
    return n >= 6 && n <= 9 && (s[0] | 0x20) == 'd' && (s[1] | 0x20) == 'a' && (s[2] | 0x20) == 'y' &&
           pg_lexicon_in_set(r->lex, PG_WS_WEEKDAY, r->an, i);
}

/* A capitalised noun of decorations and prizes ("Hero", "Order", "Prize"):
 * the award set of words.tsv, whose words are all in nonnames.txt too, so
 * that the cached non-name class rules out most words before the set is
 * asked. */
static int award_word(const rec_t *r, size_t k)
{
    return is_cap(r, k) && (WC(r, k) & WC_NONNAME) && pg_lexicon_in_set(r->lex, PG_WS_AWARD, r->an, k);
}

static size_t org_shape(const rec_t *r, size_t i);

/* The end of an organization's name found by its shape from token i ("Ministry
 * of Defence", "Cyacq Corp"), or i: org_shape, but no award ("Hero of the
 * Russian Federation", "State Prize", "Order For Services") and no event
 * or document (`event_head`); asked only of a name found, the rarer case. */
static size_t org_pattern(const rec_t *r, size_t i)
{
    size_t e = org_shape(r, i);
    if (e > i && (award_word(r, i) || award_word(r, i + 1) || (i > r->sb && award_word(r, i - 1))))
        return i;
    if (e > i + 2 && i > r->sb && (is_tok(r, i + 1, "of") || is_tok(r, i + 1, "for")) && people_word(r, i - 1))
        return i; /* "Member States of the Organization": people of a body, not a body (not "African
                     Leaders Malaria Alliance") */
    /* "Statement of the CSTO Collective Security Council", "Summit of the
     * African Union": an event's or a document's, the body after "of" */
    if (e > i + 2 && (is_tok(r, i + 1, "of") || is_tok(r, i + 1, "on") || is_tok(r, i + 1, "for") ||
                      is_tok(r, i + 1, "between")) &&
        pg_lexicon_in_set(r->lex, PG_WS_EVENT_HEAD, r->an, i))
        return i;
    /* "Happy Day of the Armed Forces of Ukraine!": a greeting before it */
    if (e > i + 3 && (WC(r, i) & WC_NONNAME) && is_tok(r, i + 2, "of") &&
        pg_lexicon_in_set(r->lex, PG_WS_EVENT_HEAD, r->an, i + 1))
        return i;
    return e;
}

static size_t org_shape(const rec_t *r, size_t i)
{
    if (!is_cap(r, i) || (T(r, i)->flags & TF_DIGIT))
        return i;
    unsigned wc0 = WC(r, i);
    if (wc0 & WC_MONTH)
        return i;
    if ((wc0 & (WC_FUNCTION | WC_PREP)) && !pg_lexicon_in_set(r->lex, PG_WS_ORG_OPENER, r->an, i))
        return i; /* "In", "For the European Union": no name opens so */
    int32_t tt;
    if ((wc0 & WC_FUNCTION) && pg_lexicon_match_title(r->lex, r->an, i + 1, r->se, &tt))
        return i; /* "First Secretary of the Communist Party": a title, not "First National Bank" */
    if (T(r, i)->flags & TF_POSS)
        return i; /* "Instrumentarium's Electronics Division": the possessor stands apart */
    if (weekday(r, i) && !(is_cap(r, i + 1) && (WC(r, i + 1) & WC_ORG_SUFFIX)))
        return i; /* "said Friday Cyacq Corp", "Monday for Storehouse PLC" (not "Sunday Times") */
    if (people_word(r, i))
        return i; /* "Members of the Security Council": people of a body, not a body */
    int32_t vt;
    if ((wc0 & WC_VOCATIVE) && i + 1 < r->se &&
        ((WC(r, i + 1) & WC_VOCATIVE) || pg_lexicon_match_title(r->lex, r->an, i + 1, r->se, &vt)))
        return i; /* "Dear Chairman of the Swiss Federal Assembly!": an address, no body (not "Mr.
                     Rooter Corp") */
    if (i == r->sb && is_tok(r, i + 1, "the") && (pg_tok_ends(r->an, i, "ing", 5) || pg_tok_ends(r->an, i, "ed", 5)))
        return i; /* "Using the Congressional Budget Office estimates", "Addressed the Parliament of
                     Iceland": a verb opening the sentence */
    {
        /* nor is what they are heads of: "Heads of State and Government"
         * (not "representatives of Symbion Inc": the noun is capitalised) */
        size_t k = i;
        while (k > r->sb + 2 && k + 4 > i && (is_cap(r, k - 1) || is_tok(r, k - 1, "and")))
            k--;
        if (k >= r->sb + 2 && is_tok(r, k - 1, "of") && people_word(r, k - 2))
            return i;
    }
    size_t k = i, words = 0, suffix_end = 0;
    int linked = 0; /* a connector ("of", "for", "and") seen */
    while (k < r->se && words < 9) {
        if (is_cap(r, k) && !(T(r, k)->flags & TF_DIGIT)) {
            if (k > i && !(T(r, k)->flags & TF_SPACE_BEFORE))
                break;
            if (k > i && !linked && people_word(r, k))
                return i; /* "Distinguished Heads of State": people, not a body ("Council of Defence
                             Ministers" is one) */
            /* a capitalised determiner right after the first word: a name
             * starts there ("Perhaps The New York Times") */
            if (k == i + 1 && (WC(r, k) & WC_DET))
                break;
            /* a known given name (not a state's demonym: "Association of
             * German Banks") and one more capital ending the run: a person
             * after the body's name ("... the State Commission for Arctic
             * Development Yury Trutnev:"), not a part of it */
            int32_t ga;
            int gh, gp;
            if (words >= 2 && given_name(r, k) && k + 1 < r->se && is_cap(r, k + 1) &&
                !pg_lexicon_match_actor(r->lex, r->an, k, r->se, &ga, &gh, &gp) &&
                (T(r, k + 1)->flags & TF_SPACE_BEFORE) && !(WC(r, k + 1) & (WC_ORG_SUFFIX | WC_ORG_HEAD)) &&
                !(k + 2 < r->se && is_cap(r, k + 2)))
                break;
            /* a title and a known given name after the body's name: who
             * heads it ("Bank of France Governor Jacques de Larosiere",
             * "the Government of President Nicolas Maduro") */
            int32_t ht;
            size_t tn = words >= 2 || linked ? pg_lexicon_match_title(r->lex, r->an, k, r->se, &ht) : 0;
            if (tn == 1 && given_name(r, k + 1)) {
                /* (one word: in "Department of Energy Secretary John
                 * Herrington" the title "Energy Secretary" holds the body's
                 * last word); "of the" before it is not the body's */
                while (k > i + 1 && (connector(r, k - 1) || is_tok(r, k - 1, "the")))
                    k--;
                break;
            }
            words++;
            if ((WC(r, k) & WC_ORG_SUFFIX) && words >= 2)
                suffix_end = k + 1;
            if ((T(r, k)->flags & TF_POSS) && (!is_cap(r, k + 1) || suffix_end == k + 1))
                break; /* "PepsiCo Inc's Pepsi-Cola USA": the owner's name ends at its possessive suffix */
            k++;
            continue;
        }
        if (is_tok(r, k, "and") && words == 1 && k == i + 1 && (T(r, i)->flags & TF_ALLCAPS) &&
            k + 1 < r->se && !(is_cap(r, k + 1) && pg_tok_len(T(r, k + 1)) <= 2) &&
            !pg_lexicon_in_set(r->lex, PG_WS_LEGAL_FORM, r->an, k + 1))
            return i; /* "CBOE and the Chicago Mercantile Exchange": two bodies (not "LL and E Royalty Trust", "HBO and Co") */
        if (connector(r, k) && words == 1 && k == i + 1 && !is_tok(r, k, "of") && !is_tok(r, k, "for") &&
            !is_tok(r, k, "and") && ing_form(r, i)) /* no possessive here: checked above */
            return i; /* "Trading on the New York Stock Exchange": a verb form, not a name */
        if (is_tok(r, k, "and") && (people_word(r, k + 1) || (k + 1 < r->se && (WC(r, k + 1) & WC_VOCATIVE))))
            break; /* "Friends and Heads of State ...": people, not a body's name; "the Government of
                      Moscow and Mr Sobyanin": a person after it */
        {
            /* "Emine Dzhaparova and Deputy Head of the Office": a name of
             * two or three words, then a title with "of" or a given name
             * after it: two people (not "Consolidated Marine and General
             * Insurance Co Ltd") */
            int32_t ht;
            size_t tn;
            if (is_tok(r, k, "and") && !suffix_end && k >= i + 2 && k <= i + 3 && name_run(r, i, k) &&
                (tn = pg_lexicon_match_title(r->lex, r->an, k + 1, r->se, &ht)) != 0 &&
                (is_tok(r, k + 1 + tn, "of") || given_name(r, k + 1 + tn)))
                return i;
        }
        if (connector(r, k) && is_cap(r, k + 1) && words > 0) {
            if (!suffix_end && is_tok(r, k, "of") && name_run(r, i, k) &&
                (words >= 2 || (i > r->sb && is_cap(r, i - 1) && (T(r, i - 1)->flags & (TF_INITIAL | TF_ABBREV)))))
                return i; /* "Susumu Taketomi of Industrial Bank of Japan": a person of an organization */
            if (suffix_end && !is_tok(r, k, "of") && !is_tok(r, k, "for"))
                break;
            if (is_tok(r, k, "and") && suffix_end)
                break;
            linked = 1;
            k++;
            continue;
        }
        if (connector(r, k) && is_tok(r, k + 1, "the") && is_cap(r, k + 2) && words > 0) {
            if (!suffix_end && is_tok(r, k, "of") && words >= 2 && name_run(r, i, k))
                return i; /* "Ivan Petrov of the Finance Ministry": a person of a body */
            if (is_tok(r, k, "and") && (suffix_end == k || !linked))
                break; /* "Westpac Banking Corp and the Melbourne Institute", "Rospotrebnadzor and the
                          Ministry of Health": two bodies (not "Commission for Latin America and the
                          Caribbean") */
            linked = 1;
            k += 2;
            continue;
        }
        if (is_tok(r, k, "(") && words > 0 && !suffix_end) {
            /* "Industrial Equity (Pacific) Ltd", "Sony (U.K.) Ltd": a
             * bracketed word or two right before the suffix that ends a
             * company's name (not an acronym: "Union of Industrialists
             * and Entrepreneurs (RSPP) Alexander Shokhin" is two actors) */
            size_t c = k + 1;
            int acronym = 0;
            while (c < r->se && c < k + 4 && is_cap(r, c)) {
                if ((T(r, c)->flags & TF_ALLCAPS) && !(T(r, c)->flags & TF_ABBREV))
                    acronym = 1;
                c++;
            }
            if (c > k + 1 && !acronym && is_tok(r, c, ")") && is_cap(r, c + 1) && (WC(r, c + 1) & WC_ORG_SUFFIX)) {
                k = c + 1;
                continue;
            }
        }
        break;
    }
    if (suffix_end) {
        /* a tail "of Ukraine" / "for Ukraine" belongs to the name */
        size_t end = suffix_end;
        if (k > suffix_end && (is_tok(r, suffix_end, "of") || is_tok(r, suffix_end, "for"))) {
            int32_t a;
            size_t b, e = of_actor(r, suffix_end, &a, &b);
            if (!e && is_tok(r, suffix_end, "for")) { /* "Conference for Ukraine" */
                size_t j = suffix_end + 1 + is_tok(r, suffix_end + 1, "the");
                int how, poss;
                size_t n = pg_lexicon_match_actor(r->lex, r->an, j, r->se, &a, &how, &poss);
                if (n && how == LA_NAME)
                    e = j + n;
            }
            if (e)
                end = e;
            else if (k > suffix_end + 1)
                end = k;
        }
        return end;
    }
    /* "Ministry of Defence", "Office of the Prosecutor General" */
    if ((wc0 & WC_ORG_HEAD) && k > i + 2 && is_tok(r, i + 1, "of"))
        return k;
    return i;
}

/* ---- verbs after a name ---- */

static int aux_word(const rec_t *r, size_t k)
{
    if (!is_lower_word(r, k))
        return 0;
    if (WC(r, k) & WC_PREVERB)
        return 1;
    size_t n = pg_tok_len(T(r, k));
    return n > 4 && memcmp(r->an->text + T(r, k)->end - 2, "ly", 2) == 0; /* adverbs */
}

/* Skips an appositive ", who ... ," or ", the EU's top diplomat," after a
 * name; returns the index after it (or k). */
static size_t skip_appositive(const rec_t *r, size_t k)
{
    if (!is_tok(r, k, ","))
        return k;
    for (size_t j = k + 1; j < r->se && j < k + 40; j++) {
        if (is_tok(r, j, ",") && j > k + 1)
            return j + 1;
        if (T(r, j)->kind == TK_QUOTE || is_tok(r, j, ".") || is_tok(r, j, ";"))
            return k;
    }
    return k;
}

/* A light verb at k and, a determiner or a word or two on, a noun cue:
 * "had a meeting with", "made a visit to", "had a phone conversation
 * with" (not one in capitals: a headline's). */
static int light_noun_cue(const rec_t *r, size_t k)
{
    if (!is_lower_word(r, k) || !(WC(r, k) & WC_LIGHT))
        return 0;
    for (size_t j = k + 1; j < r->se && j <= k + 3; j++) {
        if (!is_lower_word(r, j))
            return 0;
        int32_t cue;
        if (pg_lexicon_match_cue(r->lex, r->an, j, r->se, &cue) && r->lex->cues[cue].form == CUE_NOUN)
            return 1;
    }
    return 0;
}

/* Is there a relation verb right after token k (past auxiliaries)? Not a
 * verb of speech after a form of "be" with "that" after it: its subject
 * is what was said ("Hope was expressed that ...", "It was noted that"),
 * where "X was asked to", "X was denied" and "X is said to" name X. */
static int verb_follows(const rec_t *r, size_t k)
{
    k = skip_appositive(r, k);
    int be = 0; /* the word before is a form of "be" */
    for (int hops = 0; hops < 5 && k < r->se; hops++) {
        int32_t cue;
        size_t n = pg_lexicon_match_cue(r->lex, r->an, k, r->se, &cue);
        /* a capitalised verb belongs to a headline, not to a name
         * ("Small Island Developing States") */
        if (n && (T(r, k)->flags & TF_CAP) && !(r->an->sents[r->sent].flags & SF_TITLECASE))
            n = 0;
        if (n && r->lex->cues[cue].form != CUE_NOUN && r->lex->cues[cue].form != CUE_PREP)
            return !(be && r->lex->cues[cue].rel == REL_SPEECH && is_tok(r, k + n, "that"));
        if (light_noun_cue(r, k))
            return 1; /* "had a meeting with", "made a visit to" */
        if (!aux_word(r, k))
            return 0;
        be = pg_lexicon_in_set(r->lex, PG_WS_BE, r->an, k);
        k++;
    }
    return 0;
}

/* Speech before a name: `"...," said NAME`, `..., said NAME`, "according
 * to NAME", initials between ("said P.S. Tam"). */
static int speech_verb_before(const rec_t *r, size_t i)
{
    size_t k = i;
    while (k > r->sb && is_cap(r, k - 1) && (T(r, k - 1)->flags & (TF_INITIAL | TF_ABBREV)) && pg_tok_len(T(r, k - 1)) <= 4)
        k--;
    int32_t cue;
    /* "according to NAME" */
    if (k >= r->sb + 2 && pg_lexicon_match_cue(r->lex, r->an, k - 2, k, &cue) == 2 &&
        r->lex->cues[cue].form == CUE_PREP)
        return 1;
    if (k < r->sb + 2)
        return 0;
    size_t n = pg_lexicon_match_cue(r->lex, r->an, k - 1, k, &cue);
    if (n != 1 || r->lex->cues[cue].rel != REL_SPEECH || r->lex->cues[cue].form != CUE_VERB)
        return 0;
    const pg_token *b = T(r, k - 2);
    return pg_tok_is(r->an, k - 2, ",") || (b->kind == TK_QUOTE && (b->flags & TF_CLOSE));
}

/* "Federation of Economic Organisations (Keidanren)": the word in
 * parentheses right after an organization is its short name. Returns the
 * index after it (or e). */
static size_t org_alias(rec_t *r, size_t e)
{
    if (!(is_tok(r, e, "(") && is_cap(r, e + 1) && is_tok(r, e + 2, ")")))
        return e;
    size_t org = r->an->nments - 1;
    pg_mention *m = add_mention(r, MK_ACTOR, e + 1, e + 2, e + 1);
    m->flags |= MF_ALIAS | MF_ORG_PATTERN;
    m->aff = (int32_t)org;
    return e + 3;
}

/* Does a person's name of two words or more among the article's first
 * `upto` mentions end with the word of token k ("Sam Houston" before
 * "Houston")? */
static int full_name_ends_with(const rec_t *r, size_t k, size_t upto)
{
    const pg_analysis *an = r->an;
    size_t n = pg_tok_len(T(r, k));
    for (size_t q = 0; q < upto; q++) {
        const pg_mention *o = &an->ments[q];
        if (o->kind == MK_PERSON && o->tok_end - o->tok_begin >= 2 && pg_tok_len(T(r, o->tok_end - 1)) == n &&
            memcmp(an->text + T(r, o->tok_end - 1)->start, an->text + T(r, k)->start, n) == 0)
            return 1;
    }
    return 0;
}

/* Makes person mention p, taken for a person's name, the whole name of a
 * company found by pattern up to e. */
static void person_to_org(pg_mention *p, size_t e)
{
    p->kind = MK_ACTOR;
    p->full_begin = p->tok_begin;
    p->tok_end = (uint32_t)e;
    p->flags = MF_ORG_PATTERN;
    p->title = p->aff = p->actor = -1;
    p->gender = 0;
}

/* An organization found by the shape of its name, tokens [b, e), and its
 * short name in parentheses if one follows; returns the index after them. */
static size_t pattern_org(rec_t *r, size_t b, size_t e)
{
    pg_analysis *an = r->an;
    /* Legal forms that open the span belong to the company right before
     * them ("Morgan Stanley and Co Inc", "Standard and Poor's Corp. First
     * Boston Corp ..."): no company is named "Co Inc" or starts with "Corp"
     * -- unless it stands alone ("NV Homes LP") or the name goes on in
     * lowercase ("Swiss Corp for Microelectronics ...") */
    {
        size_t j = b, next = e;
        while (j < e && pg_lexicon_in_set(r->lex, PG_WS_LEGAL_FORM, an, j))
            j++;
        if (j > b && j < e) {
            /* the next company of a list: "... Inc and Life Science Research Ltd" */
            next = j;
            if (is_tok(r, next, "and"))
                next++;
            if (is_tok(r, next, "the"))
                next++;
            if (!(next < e && is_cap(r, next)))
                j = b;
        }
        size_t before = b > r->sb && is_tok(r, b - 1, "and") ? b - 1 : b;
        pg_mention *p = an->nments ? &an->ments[an->nments - 1] : NULL;
        if (j > b && p && p->sent == r->sent && p->tok_end == before &&
            p->kind == MK_ACTOR && (p->actor < 0 || r->lex->actors[p->actor].type == PG_ACTOR_ORGANIZATION))
            p->tok_end = (uint32_t)j;
        else if (j > b && p && p->sent == r->sent && p->tok_end == before && before < b && p->kind == MK_PERSON &&
                 p->tok_end - p->tok_begin <= 3)
            person_to_org(p, j); /* "said lead manager Morgan Stanley and Co Inc" */
        else if (j < e)
            j = b;
        if (j == e)
            return e; /* nothing but legal forms is no company */
        if (j > b)
            b = next;
    }
    /* "Goldman, Sachs and Co", "Kidder, Peabody and Co Inc": a firm named
     * with a comma, whose first word was taken for a person's name. The
     * shape: one word, a comma, one word and "and", a legal form at the
     * end; the first word no surname of someone named before ("Boesky,
     * Jefferies and Co" lists two) */
    if (an->nments && b >= r->sb + 2 && is_tok(r, b - 1, ",") && e > b + 2 && is_tok(r, b + 1, "and") &&
        pg_lexicon_in_set(r->lex, PG_WS_LEGAL_FORM, an, e - 1)) {
        pg_mention *p = &an->ments[an->nments - 1];
        int32_t a;
        int how, poss;
        int firm = p->kind == MK_PERSON && p->sent == r->sent && p->tok_end == b - 1 &&
                   p->tok_begin + 1 == p->tok_end && !(T(r, p->tok_begin)->flags & TF_ALLCAPS) &&
                   !pg_lexicon_match_actor(r->lex, an, b, r->se, &a, &how, &poss);
        if (firm && full_name_ends_with(r, p->tok_begin, an->nments - 1))
            firm = 0;
        if (firm) {
            person_to_org(p, e);
            return org_alias(r, e);
        }
    }
    /* "the United Nations Ocean Conference", "the NATO Summit": an event,
     * no actor (nor the body it opens with) */
    if (pg_lexicon_in_set(r->lex, PG_WS_EVENT_TAIL, an, e - 1) && is_cap(r, e - 1))
        return e;
    pg_mention *m = add_mention(r, MK_ACTOR, b, e, b);
    m->flags |= MF_ORG_PATTERN;
    return org_alias(r, e);
}

/* ---- appositives that give a title: "Kaja Kallas, the EU's top diplomat," ---- */

/* Returns the index after the appositive when one was taken, else k. */
static size_t appositive_title(rec_t *r, size_t person_idx, size_t k)
{
    if (!is_tok(r, k, ","))
        return k;
    size_t j = k + 1;
    if (is_tok_ci(r, j, "the") || is_tok_ci(r, j, "a") || is_tok_ci(r, j, "an"))
        j++;
    if (is_word(r, j) && (WC(r, j) & WC_FORMER))
        j++;
    int32_t aff_actor = -1, title = -1;
    size_t aff_b = 0, aff_e = 0;
    for (int guard = 0; guard < 4 && j < r->se; guard++) {
        int32_t a, t;
        int how, poss;
        size_t n = pg_lexicon_match_actor(r->lex, r->an, j, r->se, &a, &how, &poss);
        if (n && how != LA_IGNORE && a >= 0) {
            aff_actor = a;
            aff_b = j;
            aff_e = j + n;
            j += n;
            /* "Democrat of California": the party is the affiliation, the place
             * after it goes with it */
            if (is_tok(r, j, "of") && is_cap(r, j + 1)) {
                j++;
                while (is_cap(r, j))
                    j++;
            }
            continue;
        }
        n = pg_lexicon_match_title(r->lex, r->an, j, r->se, &t);
        if (n) {
            title = t;
            j += n;
            if (is_tok(r, j, "of") || is_tok(r, j, "for") || is_tok(r, j, "at")) {
                /* "senior economist for the Long-Term Credit Bank" */
                size_t m = j + 1 + is_tok_ci(r, j + 1, "the"), n2, b2 = m, e2 = 0; /* "of The Foothill Group Inc" */
                int how2, poss2;
                size_t na = pg_lexicon_match_actor(r->lex, r->an, m, r->se, &a, &how2, &poss2);
                if (na && how2 == LA_NAME && a >= 0)
                    e2 = m + na;
                if (e2) {
                    aff_actor = a;
                    aff_b = b2;
                    aff_e = e2;
                    j = e2;
                } else if ((n2 = org_pattern(r, m)) > m) {
                    /* "Chairman of the Federation of Economic Organisations" */
                    aff_actor = -2;
                    aff_b = m;
                    aff_e = n2;
                    j = n2;
                    if (is_tok(r, j, "(") && is_cap(r, j + 1) && is_tok(r, j + 2, ")"))
                        j += 3;
                }
            }
            continue;
        }
        /* ", a Hertz Corp spokesman,": a company by its shape, then a title */
        size_t oe = aff_actor == -1 && title < 0 ? org_pattern(r, j) : j;
        int32_t ot;
        if (oe > j && pg_lexicon_match_title(r->lex, r->an, oe, r->se, &ot)) {
            aff_actor = -2;
            aff_b = j;
            aff_e = oe;
            j = oe;
            continue;
        }
        break;
    }
    /* the appositive must end here: comma, sentence end, or "and" before a
     * second role ("Vice Chairman of Nikko Securities Co International Inc
     * and former staff director at the Fed") */
    int32_t t2;
    size_t d = j + 1 + (is_tok(r, j + 1, "a") || is_tok(r, j + 1, "an") || is_tok(r, j + 1, "the"));
    if (!(is_tok(r, j, ",") || j >= r->se || is_tok(r, j, ".") || is_tok(r, j, ";") ||
          (title >= 0 && is_tok(r, j, "and") && is_lower_word(r, d) &&
           ((WC(r, d) & WC_FORMER) || pg_lexicon_match_title(r->lex, r->an, d, r->se, &t2)))))
        return k;
    if (title < 0 && aff_actor == -1)
        return k;
    if (aff_actor >= 0 && r->lex->actors[aff_actor].type == PG_ACTOR_PERSON)
        return k;
    if (title < 0 && (aff_actor < 0 || r->lex->actors[aff_actor].org_kind != ORG_PARTY))
        return k; /* a bare place in commas is not an affiliation */
    pg_mention *p = &r->an->ments[person_idx];
    p->flags |= MF_CONFIRMED;
    if (title >= 0 && p->title < 0)
        p->title = title;
    if (aff_actor != -1 && p->aff < 0) {
        pg_mention *m = add_mention(r, MK_ACTOR, aff_b, aff_e, aff_b);
        m->actor = aff_actor >= 0 ? aff_actor : -1;
        m->flags |= MF_MODIFIER | (aff_actor == -2 ? MF_ORG_PATTERN : 0);
        r->an->ments[person_idx].aff = (int32_t)(r->an->nments - 1);
        if (aff_actor == -2)
            org_alias(r, aff_e);
    }
    return j;
}

/* ---- the phrase parser ---- */

typedef struct {
    int32_t actor;
    int how, poss;
    size_t b, e;
    int of_title; /* came as "TITLE of X" */
} mod_t;

static unsigned gender_of_title(const rec_t *r, int32_t t)
{
    char g = t >= 0 ? r->lex->titles[t].gender : 0;
    return (unsigned)(unsigned char)g;
}

/* Emits the modifiers as mentions; returns the index of the one that is the
 * affiliation, or -1. */
/* Is the country's name at m an American state's too ("Georgia", the
 * `us_namesake` set), in an article that names an American state
 * (`us_state`: "in southwest Georgia and north Florida") and not the
 * country by its demonym or capital ("Georgian", "Tbilisi")? Then it is
 * the American state: no actor. The article is read once, on the first
 * such name. */
static int american_namesake(rec_t *r, const mod_t *m)
{
    const pg_analysis *an = r->an;
    if (m->how != LA_NAME || m->e != m->b + 1 || r->lex->actors[m->actor].type != PG_ACTOR_COUNTRY ||
        !pg_lexicon_in_set(r->lex, PG_WS_US_NAMESAKE, an, m->b))
        return 0;
    if (r->us_doc < 0) {
        int us = 0, home = 0;
        for (size_t k = 0; k < an->ntoks && !home; k++) {
            if (an->toks[k].kind != TK_WORD || !(an->toks[k].flags & TF_CAP))
                continue;
            if (pg_lexicon_in_set(r->lex, PG_WS_US_STATE, an, k))
                us = 1;
            int32_t a;
            int how, poss;
            if (pg_lexicon_match_actor(r->lex, an, k, an->ntoks, &a, &how, &poss) && a == m->actor && how != LA_NAME)
                home = 1;
        }
        r->us_doc = us && !home;
    }
    return r->us_doc;
}

static int32_t emit_mods(rec_t *r, mod_t *mods, size_t nmods, int as_modifiers, int target_title)
{
    int32_t aff = -1;
    int and_joined = 0;
    for (size_t k = 0; k + 1 < nmods; k++)
        if (mods[k].e + 1 == mods[k + 1].b && is_tok(r, mods[k].e, "and"))
            and_joined = 1;
    for (size_t k = 0; k < nmods; k++) {
        mod_t *m = &mods[k];
        if (american_namesake(r, m))
            continue;
        unsigned kind = (m->how == LA_DEMONYM || m->how == LA_DEMONYM_PLURAL) ? MK_DEMONYM : MK_ACTOR;
        pg_mention *mm = add_mention(r, kind, m->b, m->e, m->b);
        mm->actor = m->actor;
        if (!m->poss)
            mm->flags &= ~(unsigned)MF_POSS; /* the name's own 's: "Moody's" */
        if (m->how == LA_SEAT) {
            mm->flags |= MF_SEAT;
            /* "talks in Ottawa", "a meeting at Geneva": a place, not the
             * state acting ("pressure from Moscow", "at Moscow's request" is) */
            if (!m->poss && m->b > r->sb && pg_lexicon_in_set(r->lex, PG_WS_PLACE_PREP, r->an, m->b - 1) &&
                !is_tok(r, m->b - 1, "from"))
                mm->flags |= MF_PLACE;
        }
        if (m->how == LA_DEMONYM_PLURAL)
            mm->flags |= MF_PLURAL;
        if (as_modifiers)
            mm->flags |= MF_MODIFIER;
        int may_aff = as_modifiers && !(target_title && !m->of_title && (and_joined || nmods > 1));
        if (target_title && !m->of_title && k == 0 && m->b > r->sb && (T(r, m->b - 1)->flags & TF_POSS))
            may_aff = 0; /* "Trump's Ukraine envoy" */
        if (may_aff && r->lex->actors[m->actor].type != PG_ACTOR_PERSON)
            aff = (int32_t)(r->an->nments - 1); /* the last one wins: "U.S. Senate Majority Leader" */
    }
    return aff;
}

static int determiner_before(const rec_t *r, size_t i)
{
    if (i <= r->sb)
        return 0;
    return is_tok_ci(r, i - 1, "the") || is_tok_ci(r, i - 1, "his") || is_tok_ci(r, i - 1, "her") ||
           is_tok_ci(r, i - 1, "its") || is_tok_ci(r, i - 1, "their") || is_tok_ci(r, i - 1, "our") ||
           is_tok_ci(r, i - 1, "your") || is_tok_ci(r, i - 1, "my");
}

/* Is the phrase at i the object of a preposition in the adjunct that opens
 * its sentence ("Before the meeting with the President of Ukraine, António
 * Guterres visited ...", "Handing it over to the President, ...")? Then
 * the comma after it ends the adjunct, and a name after the comma that a
 * verb follows is the subject of the clause, not the phrase's appositive. */
static int in_opening_adjunct(const rec_t *r, size_t i)
{
    size_t b = determiner_before(r, i) ? i - 1 : i;
    if (b <= r->sb + 1 || !(WC(r, b - 1) & WC_PREP))
        return 0;
    if (!(WC(r, r->sb) & WC_OPENER) && !(is_cap(r, r->sb) && ing_form(r, r->sb)))
        return 0;
    for (size_t q = r->sb; q < b; q++)
        if (is_tok(r, q, ","))
            return 0;
    return 1;
}

/* Seats used as modifiers: "Minsk agreements", "Moscow time", also
 * capitalised in a name ("the Paris Agreement", "the Minsk Agreements";
 * not a title: "Kyiv Mayor Vitali Klitschko"). */
static int seat_as_modifier(const rec_t *r, size_t e)
{
    int32_t t;
    return is_word(r, e) && !(T(r, e)->flags & TF_DIGIT) && (WC(r, e) & WC_SEAT_MODIFIER) &&
           (!(T(r, e)->flags & TF_CAP) || !pg_lexicon_match_title(r->lex, r->an, e, r->se, &t));
}

/* A seat opening a longer capitalised name ("the Helsinki Final Act",
 * "Georgetown Medical Clinic", "Istanbul University"): the name is of a
 * thing of its own, not the state. Not before a title ("Kyiv Mayor"), a
 * known actor, a day or a state's part ("Washington Monday"), nor in a
 * Title Case or capitals line, where every word has a capital. The caller
 * asks it of one-word seats: "White House Economic Policy Council" is the
 * state's. */
static int seat_opens_name(const rec_t *r, size_t e)
{
    if (r->titlecase || r->allcaps || !is_cap(r, e) || !(T(r, e)->flags & TF_SPACE_BEFORE) ||
        (T(r, e - 1)->flags & TF_POSS) || (T(r, e)->flags & (TF_DIGIT | TF_INITIAL | TF_ALLCAPS)))
        return 0;
    if (WC(r, e) & (WC_FUNCTION | WC_MONTH | WC_CUE_START))
        return 0;
    int32_t a, t;
    int how, poss;
    return !pg_lexicon_in_set(r->lex, PG_WS_STATE_MODIFIER, r->an, e) &&
           !pg_lexicon_match_title(r->lex, r->an, e, r->se, &t) &&
           !pg_lexicon_match_actor(r->lex, r->an, e, r->se, &a, &how, &poss);
}

/* Is the word at e a currency, so that the state's name or demonym before it
 * (found as `how`) names money, not the state: "the Australian dollar", "the
 * U.S. dollar", "the South Korean won" (but not "South Korea won"), or a
 * currency sign right after it ("US$123 billion")? */
static int currency_after(const rec_t *r, int how, size_t e)
{
    if (e < r->se && T(r, e)->kind == TK_PUNCT && !(T(r, e)->flags & TF_SPACE_BEFORE))
        return pg_lexicon_in_set_text(r->lex, PG_WS_CURRENCY, pg_tok_text(r->an, T(r, e)),
                                      pg_tok_len(T(r, e))); /* "US$123 billion" */
    if (!is_word(r, e) || (T(r, e)->flags & TF_DIGIT))
        return 0;
    return pg_lexicon_in_set(r->lex, PG_WS_CURRENCY, r->an, e) ||
           (how == LA_DEMONYM && pg_lexicon_in_set(r->lex, PG_WS_CURRENCY_DEMONYM, r->an, e));
}

/* Is the match of n tokens at k (actor a) a body's one-word name that is
 * also a plain word (`word_name` in words.tsv: "Labour", "Congress")? */
static int word_name_match(const rec_t *r, size_t k, size_t n, int32_t a)
{
    return n == 1 && a >= 0 && r->lex->actors[a].type == PG_ACTOR_ORGANIZATION &&
           pg_lexicon_in_set(r->lex, PG_WS_WORD_NAME, r->an, k);
}

/* Is such a name at k (word_name_match) the word itself: after a
 * capitalised word and "of" ("Hero of Labour"), before "of" and a
 * capitalised word ("Congress of Russian National Theatres"), before
 * "minister" ("Labour minister, Alfredo Franco") or opening a longer
 * capitalised name ("Labour Forum")? */
static int word_name_is_word(const rec_t *r, size_t k)
{
    if (!is_cap(r, k) || (T(r, k)->flags & (TF_ALLCAPS | TF_POSS)))
        return 0;
    if (k >= r->sb + 2 && is_tok(r, k - 1, "of") && is_cap(r, k - 2))
        return 1;
    if (is_tok(r, k + 1, "of") && is_cap(r, k + 2))
        return 1;
    if (k + 1 < r->se && (pg_tok_is_ci(r->an, k + 1, "minister") || pg_tok_is_ci(r->an, k + 1, "ministry")))
        return 1; /* "Labour minister, Alfredo Franco": a portfolio */
    if (!is_cap(r, k + 1) || !(T(r, k + 1)->flags & TF_SPACE_BEFORE))
        return 0;
    /* not before an acronym or its plural: "Labour MPs" are the party's */
    const char *nx = pg_tok_text(r->an, T(r, k + 1));
    return !(pg_tok_len(T(r, k + 1)) >= 2 && nx[1] >= 'A' && nx[1] <= 'Z');
}

/* Does a noun of people or firms outside the state follow within three
 * lowercase words ("U.S. grain exporters", "Tokyo dealers"), or, after a
 * state (`state`), of armed or opposition groups ("Chad rebel forces")?
 * Then the name before them only says whose they are. */
static int private_group_after(const rec_t *r, size_t e, int state)
{
    const unsigned stop = WC_FUNCTION | WC_PREP | WC_AUX | WC_MODAL | WC_LINKING | WC_DET | WC_CUE_START;
    for (size_t j = e; j < e + 3 && j < r->se && is_lower_word(r, j) && !(WC(r, j) & stop); j++)
        if (pg_lexicon_in_set(r->lex, PG_WS_PRIVATE, r->an, j) ||
            (state && pg_lexicon_in_set(r->lex, PG_WS_INSURGENT, r->an, j)))
            return 1;
    return 0;
}

static size_t parse_phrase(rec_t *r, size_t i);


/* Is token i a place by its context: a later word of a list of places
 * after a preposition of place, where an earlier word is a known state or
 * seat ("in Moscow and Sochi", "in Kosovo and Metohija")? ("A stake in
 * Moulinex" alone says nothing: companies and people stand there too.) */
static int place_context(const rec_t *r, size_t i)
{
    size_t k = i;
    int known = 0, listed = 0; /* an "and" makes it a list: "near Havana, Granma, the newspaper, said" is none */
    const pg_analysis *an = r->an;
    while (k >= r->sb + 2 && (is_tok(r, k - 1, "and") || is_tok(r, k - 1, ",")) && is_cap(r, k - 2)) {
        listed |= is_tok(r, k - 1, "and");
        k -= 2;
        for (size_t m = an->nments; m-- > 0 && an->ments[m].sent == r->sent;)
            if (an->ments[m].tok_begin == k && an->ments[m].tok_end == k + 1 && an->ments[m].kind == MK_ACTOR &&
                an->ments[m].actor >= 0 && r->lex->actors[an->ments[m].actor].type == PG_ACTOR_COUNTRY)
                known = 1;
    }
    return known && listed && k > r->sb && pg_lexicon_in_set(r->lex, PG_WS_PLACE_PREP, an, k - 1);
}

/* May token k (the first of the name when `first`) stand in the name of a
 * company or agency named after a state: a capitalised word, generic nouns
 * ("Air", "Health") included, but no function word, month, verb opening a
 * phrase, contraction, compound, initial, abbreviation, long acronym or
 * word of a state's part, regime or time (state_modifier: "Western",
 * "Nazi", "Sunday"). */
static int state_company_word(const rec_t *r, size_t k, int first)
{
    if (!is_cap(r, k))
        return 0;
    const pg_token *t = T(r, k);
    if ((t->flags & (TF_DIGIT | TF_POSS | TF_INITIAL | TF_ABBREV)) || pg_tok_len(t) < 2 ||
        ((t->flags & TF_ALLCAPS) && pg_tok_len(t) > 4))
        return 0;
    unsigned wc = WC(r, k);
    if ((wc & (WC_FUNCTION | WC_MONTH | WC_NEGATION)) || (first && (wc & WC_CUE_START)))
        return 0;
    for (uint32_t c = t->start; c < t->end; c++)
        if (r->an->text[c] == '-' || r->an->text[c] == '\'' || (unsigned char)r->an->text[c] == 0xE2)
            return 0; /* "Post-war Ukraine", "Doesn't Ukraine", curly apostrophes and dashes */
    int32_t a, tt;
    int how, poss;
    return !pg_lexicon_in_set(r->lex, PG_WS_STATE_MODIFIER, r->an, k) &&
           !pg_lexicon_match_actor(r->lex, r->an, k, r->se, &a, &how, &poss) &&
           !pg_lexicon_match_title(r->lex, r->an, k, r->se, &tt);
}

/* Has the article named a company or agency spelt as tokens [b, e) by a
 * state's name before (one of the first `cap` state_company found)? A
 * fixed list, so that an article of nothing but such names stays linear. */
static int named_company_before(const rec_t *r, size_t b, size_t e)
{
    const struct state_cos *sc = r->cos;
    size_t len = T(r, e - 1)->base_end - T(r, b)->start;
    for (unsigned k = 0; k < sc->n; k++)
        if (sc->len[k] == len && memcmp(r->an->text + sc->start[k], r->an->text + T(r, b)->start, len) == 0)
            return 1;
    return 0;
}

/* Remembers the company [b, e) named after a state (see above). */
static void note_state_company(const rec_t *r, size_t b, size_t e)
{
    struct state_cos *sc = r->cos;
    if (sc->n < sizeof sc->start / sizeof *sc->start && !named_company_before(r, b, e)) {
        sc->start[sc->n] = T(r, b)->start;
        sc->len[sc->n++] = T(r, e - 1)->base_end - T(r, b)->start;
    }
}

static size_t org_pattern(const rec_t *r, size_t i);

/* A capitalised word of a title's "for" part: a non-name ("Foreign
 * Affairs"), or, after an office (`portfolio`), a common word that is no
 * given name and opens no company's name ("Minister of State for Textiles
 * R.N. Mirdha"; not "Minister for Trade Mark Price", and never after a
 * role: "a spokesman for Manufacturers Hanover Trust Co" names his
 * employer). */
static int for_part_word(const rec_t *r, size_t m, int portfolio)
{
    if (WC(r, m) & WC_NONNAME)
        return 1;
    const pg_token *t = T(r, m);
    return portfolio && !(t->flags & (TF_ABBREV | TF_INITIAL | TF_DIGIT | TF_POSS)) &&
           pg_lexicon_common_word(r->lex, r->an->text + t->start, pg_tok_len(t)) &&
           !pg_lexicon_name_gender(r->lex, r->an->text + t->start, pg_tok_len(t)) && org_pattern(r, m) == m;
}

/* Is [b, e), after a title's "of", an office ("Minister of Transport
 * Vitaly Savelyev") and not a place or a name's start? No word of it opens
 * a state's, body's or region's name ("of South Ossetia Anatoly Bibilov")
 * nor is a determiner ("Chair of The Hague Code"), and a name of two words
 * follows, the second no preposition or function word ("Minister of
 * Energy and Mines Subroto said", "Minister of Energy Hisham al-Khatib";
 * not "of National Defence of the Portuguese Republic", "Director of
 * Environmental Sustainability at the Office"). */
static int of_portfolio(const rec_t *r, size_t b, size_t e)
{
    for (size_t m = b; m < e; m++) {
        int32_t a;
        int how, poss;
        if (!is_cap(r, m))
            continue; /* "and", a comma between parts */
        if (WC(r, m) & (WC_DET | WC_FUNCTION))
            return 0;
        if (pg_lexicon_match_actor(r->lex, r->an, m, r->se, &a, &how, &poss))
            return 0; /* a state, a body, or a region ("of South Ossetia") */
    }
    return is_cap(r, e) && e + 1 < r->se && is_word(r, e + 1) && !(WC(r, e + 1) & (WC_PREP | WC_FUNCTION | WC_DET));
}

/* "Chief of Staff of the Presidential Executive Office Anton Vaino",
 * "Chairman of the Central Bank Elvira Nabiullina": after a title's "of"
 * [the], a body known by the shape of its name, then a given name and
 * another capital: the body is the person's (unless many states have one
 * so named: shared_body_span), the name after it the person. Returns the
 * end of the body's name (0 when there is no such body) and its start. */
static size_t of_pattern_org(const rec_t *r, size_t k, size_t *begin)
{
    if (!is_tok(r, k, "of"))
        return 0;
    size_t m = k + 1 + is_tok(r, k + 1, "the");
    if (!is_cap(r, m))
        return 0;
    size_t e = org_pattern(r, m);
    if (e <= m || e + 1 >= r->se || !is_cap(r, e) || !is_cap(r, e + 1) || !given_name(r, e) ||
        holds_title_or_given_name(r, m, e))
        return 0;
    *begin = m;
    return e;
}

/* After a title's "of", one to three capitalised words that no lexicon
 * knows and that are no given name, then a given name and a surname:
 * "Governor of Sevastopol Mikhail Razvozhayev". The words are the place
 * of the title (a city, a province: no actor), not the start of the name.
 * Returns where the name starts, or b. */
static size_t of_place(const rec_t *r, size_t b)
{
    size_t p = b;
    for (; p < b + 3 && is_cap(r, p); p++) {
        const pg_token *t = T(r, p);
        int32_t a;
        int how, poss;
        if ((t->flags & (TF_POSS | TF_DIGIT | TF_INITIAL | TF_ABBREV)) || (WC(r, p) & (WC_DET | WC_FUNCTION)) ||
            given_name(r, p) || pg_lexicon_match_actor(r->lex, r->an, p, r->se, &a, &how, &poss))
            break;
    }
    if (p == b || p + 1 >= r->se || !is_cap(r, p) || !is_cap(r, p + 1) || !given_name(r, p))
        return b;
    return p;
}

/* "Air Canada said", "Amoco Canada president T. Don Stacy", "Investment
 * Canada said": one or two capitalised words, then a state's name and no
 * further capital, are a company or an agency named after the state, not
 * the state -- where a relation verb follows, or a lowercase title (not
 * after a possessive: "Given Kazakhstan's official appeal"), or where the
 * article has named that company so before (named_company_before). Not right after another
 * capital ("EU Member State Bulgaria"), after a preposition of place ("in
 * Lviv Ukraine"), after a word opening the sentence that is an adverb or a
 * verb form ("Ultimately Russia said", "Giving Ukraine candidate status"),
 * after "of the" ("Pact of the Future Kiribati applauds") or in a
 * headline. Returns the end of the name, or i. */
static size_t state_company(const rec_t *r, size_t i)
{
    if (r->titlecase || r->allcaps)
        return i;
    /* first the state's name one or two words on, which the lexicon's
     * phrase prefilter rules out for most words at once */
    int32_t a;
    int how, poss;
    size_t k = i + 1, n = 0;
    for (; k < i + 3 && is_cap(r, k); k++)
        if ((n = pg_lexicon_match_actor(r->lex, r->an, k, r->se, &a, &how, &poss)) != 0)
            break;
    if (!n || how != LA_NAME || a < 0 || r->lex->actors[a].type != PG_ACTOR_COUNTRY ||
        !(T(r, k)->flags & TF_SPACE_BEFORE))
        return i;
    size_t e = k + n;
    if (is_cap(r, e) || (T(r, e - 1)->flags & TF_ABBREV)) /* a longer name; "Air U.S." */
        return i;
    for (size_t q = i; q < k; q++)
        if (!state_company_word(r, q, q == i))
            return i;
    if (i > r->sb && (is_cap(r, i - 1) || pg_lexicon_in_set(r->lex, PG_WS_PLACE_PREP, r->an, i - 1)))
        return i;
    const pg_token *t0 = T(r, i);
    size_t n0 = pg_tok_base_len(t0);
    int opens = i == r->sb || T(r, i - 1)->kind == TK_QUOTE || is_tok(r, i - 1, "(");
    if (opens && (ing_form(r, i) || (n0 > 4 && memcmp(r->an->text + t0->start + n0 - 2, "ly", 2) == 0)))
        return i;
    if (i >= r->sb + 2 && is_tok(r, i - 1, "the") && is_tok(r, i - 2, "of"))
        return i; /* "Pact of the Future Kiribati applauds": the end of another name */
    int32_t tt;
    if (verb_follows(r, e) ||
        (!poss && e < r->se && !(T(r, e)->flags & TF_CAP) && pg_lexicon_match_title(r->lex, r->an, e, r->se, &tt))) {
        note_state_company(r, i, e);
        return e;
    }
    return named_company_before(r, i, e) ? e : i;
}

/* Does a relation verb end right before token i ("met", "spoke with"),
 * or before "with"/"to" there ("held talks with"), or a noun of a call,
 * meeting or visit ("a meeting with", "talks with")? */
static int object_of_cue(const rec_t *r, size_t i)
{
    /* the cue may hold the "with"/"to" ("spoke to", an address cue) or not */
    for (int back = 0; back < 2; back++) {
        size_t k = i;
        if (back) {
            if (!(k > r->sb && (is_tok(r, k - 1, "with") || is_tok(r, k - 1, "to"))))
                break;
            k--;
        }
        for (size_t b = k > r->sb + 4 ? k - 4 : r->sb; b < k; b++) {
            int32_t cue;
            size_t n = pg_lexicon_match_cue(r->lex, r->an, b, k, &cue);
            if (n && b + n == k && !(T(r, b)->flags & TF_CAP) &&
                (r->lex->cues[cue].form == CUE_VERB || r->lex->cues[cue].form == CUE_ADDRESS ||
                 (r->lex->cues[cue].form == CUE_NOUN && r->lex->cues[cue].rel != REL_SPEECH)))
                return 1;
        }
    }
    return 0;
}

/* Is [i, e) a state's government named by its office and the state ("the
 * Government of the United States", "the Federal Government of Somalia",
 * "the Royal Government of Cambodia")? Capitalised words ending in a state
 * noun (`state_noun` in words.tsv, not "Ministry", whose bodies have names
 * of their own), "of", and a state's name up to e: the state acting, as
 * "the Russian government" is. Returns the state's actor and where its name
 * begins in *b; -1 if not. */
static int32_t state_by_office(const rec_t *r, size_t i, size_t e, size_t *b)
{
    size_t k = i;
    while (k < e && is_cap(r, k) && !is_tok(r, k, "of"))
        k++;
    if (k == i || k >= e || !(WC(r, k - 1) & WC_STATE_NOUN) || pg_tok_is_ci(r->an, k - 1, "ministry"))
        return -1;
    int32_t a;
    size_t end = of_actor(r, k, &a, b);
    if (end != e || r->lex->actors[a].type != PG_ACTOR_COUNTRY)
        return -1;
    return a;
}

/* A capitalised word with no lexicon entry: an organization by shape, or a
 * personal name (cued or candidate). */
/* Does token k end "Atlanta-based", "U.K.-based": a compound of a place
 * and a `firm_tail` word, after which a name is a body's ("Atlanta-based
 * Delta")? Not where a common word comes first ("Gender-based Violence"). */
static int based_in_place(const rec_t *r, size_t k)
{
    if (!pg_lexicon_compound_tail(r->lex, PG_WS_FIRM_TAIL, r->an, k))
        return 0;
    const pg_token *t = T(r, k);
    if (!(t->flags & TF_HYPHEN))
        return 1; /* "U.K." "-" "based" */
    const char *s = r->an->text + t->start;
    const char *h = memchr(s, '-', t->end - t->start);
    return !h || !pg_lexicon_common_word(r->lex, s, (size_t)(h - s));
}

/* Is a word of tokens [b, e) a common word ("United Steelworkers",
 * "Lanson Champagne": a body's name, not a person's)? */
static int holds_common_word(const rec_t *r, size_t b, size_t e)
{
    for (size_t k = b; k < e; k++)
        if (pg_lexicon_common_word(r->lex, r->an->text + T(r, k)->start, pg_tok_base_len(T(r, k))))
            return 1;
    return 0;
}

/* "of Gazprom said", "of the Finance Ministry said": "of" [the] and a
 * body's name, known or by its shape, at token k, then a relation verb. */
static int verb_after_body(const rec_t *r, size_t k)
{
    int32_t a;
    size_t b, e = of_actor(r, k, &a, &b);
    if (!e && is_tok(r, k, "of")) {
        size_t j = k + 1 + is_tok(r, k + 1, "the");
        e = j < r->se ? org_pattern(r, j) : j;
        if (e == j)
            return 0;
    }
    return e && verb_follows(r, e);
}

static size_t parse_bare(rec_t *r, size_t i)
{
    size_t e = org_pattern(r, i);
    size_t sb;
    int32_t state = e > i ? state_by_office(r, i, e, &sb) : -1;
    if (state >= 0) {
        pg_mention *m = add_mention(r, MK_ACTOR, sb, e, i);
        m->actor = state;
        return e;
    }
    if (e > i + 1 && (WC(r, i) & WC_NONNAME)) {
        /* "the European Airbus Industrie consortium": a word that is no
         * name before a known company's full name is not part of it */
        int32_t a;
        int how, poss;
        if (pg_lexicon_match_actor(r->lex, r->an, i + 1, e, &a, &how, &poss) == e - i - 1 && a >= 0 &&
            r->lex->actors[a].org_kind == ORG_COMPANY)
            return i + 1;
    }
    if (e > i)
        return pattern_org(r, i, e);
    /* most words have no actor's phrase starting one or two capitals on
     * (the lexicon's prefilter, cached in the tokens): no state_company */
    if (is_cap(r, i + 1) && (pg_lexicon_actor_reach(r->lex, r->an, i + 1) ||
                             (is_cap(r, i + 2) && pg_lexicon_actor_reach(r->lex, r->an, i + 2))) &&
        (e = state_company(r, i)) > i)
        return pattern_org(r, i, e);
    e = name_seq(r, i);
    if (e == i)
        return i;
    if (e - i >= 3 && !given_name(r, i)) {
        /* "Presidential Aide Maxim Oreshkin", "Digital Transformation
         * Mykhailo Fedorov": common words before a known given name are
         * the end of a post, not the name */
        size_t k = i;
        while (k + 2 <= e && pg_lexicon_common_word(r->lex, r->an->text + T(r, k)->start, pg_tok_base_len(T(r, k))) &&
               !(T(r, k)->flags & (TF_ALLCAPS | TF_INITIAL | TF_ABBREV)) && !given_name(r, k))
            k++;
        if (k > i && k + 2 <= e && given_name(r, k))
            i = k;
    }
    if (i > r->sb && based_in_place(r, i - 1))
        return pattern_org(r, i, e);
    if (award_word(r, e))
        return e + 1; /* "your Executive Order", "the Shevchenko Prize": no one */
    pg_mention *m = add_mention(r, MK_PERSON, i, e, i);
    if (e == i + 1 && place_context(r, i))
        m->flags |= MF_PLACE; /* "in Moscow and Sochi": resolve decides */
    size_t idx = r->an->nments - 1;
    if (verb_follows(r, e) ||
        (speech_verb_before(r, i) && (e >= r->se || is_tok(r, e, ",") || is_tok(r, e, ".") || is_tok(r, e, "of") ||
                                      is_tok(r, e, "(") || T(r, e)->kind == TK_QUOTE)))
        m->flags |= MF_CONFIRMED; /* not "said Barclays economist Peter Morgan" */
    if (!(m->flags & MF_CONFIRMED) && e - i >= 2 && (given_name(r, i) || !holds_common_word(r, i, e)) &&
        verb_after_body(r, e))
        m->flags |= MF_CONFIRMED; /* "Anna Berg of Gazprom said", "Ivan Petrov of the Finance Ministry said" */
    /* "Vladimir Putin and Naftali Bennett expressed ...": two full names
     * joined by "and", then a verb -- both are the subject (the first
     * opening with a known given name: not "Peat Marwick and Arthur
     * Andersen said") */
    if (!(m->flags & MF_CONFIRMED) && e - i >= 2 && is_tok(r, e, "and") && given_name(r, i)) {
        size_t e2 = name_seq(r, e + 1);
        if (e2 >= e + 3 && verb_follows(r, e2))
            m->flags |= MF_CONFIRMED;
    }
    /* "met Angela Merkel", "criticised Viktor Orban": a known given name and
     * a surname as the object of a relation verb */
    if (!(m->flags & MF_CONFIRMED) && e - i >= 2 && object_of_cue(r, i) && given_name(r, i))
        m->flags |= MF_CONFIRMED;
    /* "Richard Blumenthal (@SenBlumenthal)" */
    if (is_tok(r, e, "(") && e + 1 < r->se && T(r, e + 1)->kind == TK_HANDLE) {
        m->flags |= MF_CONFIRMED;
        m->handle = (int32_t)(e + 1);
    }
    /* a country's possessive before the name: "Russia's Vladimir Putin" */
    if (i > r->sb && r->an->nments >= 2) {
        pg_mention *prev = &r->an->ments[idx - 1];
        if (prev->tok_end == i && prev->kind == MK_ACTOR && (prev->flags & MF_POSS) && !(prev->flags & MF_SEAT) &&
            e - i >= 2 && (verb_follows(r, e) || is_tok(r, e, ","))) {
            prev->flags |= MF_MODIFIER;
            r->an->ments[idx].aff = (int32_t)(idx - 1);
            r->an->ments[idx].full_begin = prev->tok_begin;
            r->an->ments[idx].flags |= MF_CONFIRMED;
        }
    }
    return appositive_title(r, idx, e);
}

/* Is the match of n tokens at k (actor a, matched as `how`) a body that
 * many states have, named as an international one's alias (`shared_body`
 * in words.tsv: "Security Council"), ending its noun phrase? Right after a
 * state ("Kazakhstan's Security Council", "the Russian Federation Security
 * Council") or before "of" and a state it is that state's body, not the
 * United Nations'. */
static int shared_intl_body(rec_t *r, size_t k, size_t n, int32_t a, int how)
{
    if (!n || how != LA_NAME || a < 0 || r->lex->actors[a].type != PG_ACTOR_ORGANIZATION ||
        r->lex->actors[a].country >= 0)
        return 0;
    if (!shared_body_span(r, k, k + n))
        return 0;
    /* the body's name ends the noun phrase: not "Albania's Security
     * Council bid", the United Nations' seat */
    size_t j = k + n;
    return !(is_lower_word(r, j) && !(WC(r, j) & (WC_FUNCTION | WC_PREP | WC_LINKING | WC_AUX)) && !verb_follows(r, j));
}

/* The same for the name at k, looked up: its length, or 0. */
static size_t state_body_at(rec_t *r, size_t k)
{
    int32_t a = -1;
    int how = 0, poss = 0;
    if (k >= r->se || !is_cap(r, k) || pg_lexicon_actor_reach(r->lex, r->an, k) < 2)
        return 0; /* most words start no actor's name of two words */
    size_t n = pg_lexicon_match_actor(r->lex, r->an, k, r->se, &a, &how, &poss);
    return shared_intl_body(r, k, n, a, how) ? n : 0;
}

/* Can the capitalised words [b, e) after a demonym be a body's own name,
 * so that "the Ukrainian World Congress", "the Japanese Red Cross Society"
 * and "the American Petroleum Institute" are bodies? Not the state's own
 * organs, which are the state acting as elsewhere ("Russian Armed Forces",
 * "Ukrainian Foreign Ministry": `shared_body`; "Russian Emergencies
 * Ministry", "Somali Federal Government": a state noun ends it; "Chinese
 * Ministry of Commerce"), nor a known actor's name, nor words holding a
 * title or a given name ("German Minister of Energy", "Spanish Congress
 * of Deputies Alfonso Rodriguez"). */
static int demonym_body(rec_t *r, size_t b, size_t e)
{
    int32_t a;
    int how, poss;
    if (shared_body_span(r, b, e) || (WC(r, e - 1) & WC_STATE_NOUN) ||
        ((WC(r, b) & WC_ORG_HEAD) && is_tok(r, b + 1, "of")))
        return 0;
    if (pg_lexicon_match_actor(r->lex, r->an, b, e, &a, &how, &poss) == e - b)
        return 0;
    return !holds_title_or_given_name(r, b, e);
}

/* "First" before a title of its own and "of" ("the First President of
 * Kazakhstan"): who held the office first, in the past, not who holds it
 * (not "First Vice President", a title of its own). */
static int first_holder(const rec_t *r, size_t k)
{
    int32_t t;
    size_t n;
    return is_tok(r, k, "First") && !pg_lexicon_match_title(r->lex, r->an, k, r->se, &t) &&
           (n = pg_lexicon_match_title(r->lex, r->an, k + 1, r->se, &t)) != 0 && is_tok(r, k + 1 + n, "of");
}

static size_t parse_phrase(rec_t *r, size_t i)
{
    size_t k = i;
    int former = 0;
    /* "the Government of Sweden" is Sweden */
    if ((is_tok(r, i, "Government") || is_tok(r, i, "government")) && is_tok(r, i + 1, "of")) {
        int32_t a;
        int how, poss;
        size_t n = pg_lexicon_match_actor(r->lex, r->an, i + 2, r->se, &a, &how, &poss);
        if (n && how == LA_NAME && a >= 0 && r->lex->actors[a].type == PG_ACTOR_COUNTRY) {
            pg_mention *m = add_mention(r, MK_ACTOR, i, i + 2 + n, i);
            m->actor = a;
            return i + 2 + n;
        }
    }
    if (is_word(r, k) && (WC(r, k) & WC_FORMER) && (is_cap(r, k + 1) || is_word(r, k + 1))) {
        former = 1;
        k++;
    } else if (first_holder(r, k)) {
        former = 1; /* "the First President of Kazakhstan" */
        k++;
    }
    mod_t mods[6];
    size_t nmods = 0;
    int32_t titles[4];
    size_t ntitles = 0;
    size_t title_b = 0;
    int32_t lex_person = -1;
    size_t lex_person_len = 0;
    size_t body_b = 0, body_e = 0; /* a body by its shape after a title's "of": of_pattern_org */
    size_t title_end = (size_t)-1;  /* where the last title read ends */
    for (int guard = 0; guard < 10 && k < r->se; guard++) {
        int32_t a, t;
        int how, poss;
        size_t n = pg_lexicon_match_actor(r->lex, r->an, k, r->se, &a, &how, &poss);
        if (n == 1 && r->allcaps &&
            ((WC(r, k) & (WC_FUNCTION | WC_LINKING | WC_PREP | WC_WE | WC_I | WC_THEY | WC_AUX)) ||
             pg_lexicon_common_word(r->lex, pg_tok_text(r->an, T(r, k)), pg_tok_len(T(r, k)))))
            n = 0; /* "DEAL IS CLOSE", "TELLS US", "JAPAN CAR EXPORTS": the word, not the acronym */
        if (how == LA_NAME && word_name_match(r, k, n, a) && word_name_is_word(r, k))
            n = 0; /* "Hero of Labour", "Labour Forum": the word, not the party */
        if (n == 1 && how == LA_DEMONYM && ntitles && k == title_end && given_name(r, k) && plain_name(r, k + 1))
            n = 0; /* "Sberbank CEO German Gref": a given name right after a title, not Germany */
        if (n && how == LA_NAME && a >= 0 && r->lex->actors[a].type == PG_ACTOR_ORGANIZATION && !ntitles &&
            ((k + n < r->se && is_word(r, k + n) && pg_lexicon_in_set(r->lex, PG_WS_PRODUCT, r->an, k + n) &&
              (T(r, k + n)->flags & TF_SPACE_BEFORE) && !is_tok(r, k + n, "v") && /* ("Texaco v Pennzoil") */
              !(T(r, k + n - 1)->flags & TF_POSS)) || /* ("the U.S. Army's light helicopter") */
             (k >= r->sb + 2 && is_tok(r, k - 1, "of") && pg_lexicon_in_set(r->lex, PG_WS_PRODUCT, r->an, k - 2))))
            return k + n; /* "the Sputnik V vaccine", "a third dose of Sputnik": a product named so */
        if (n && how != LA_IGNORE && a >= 0 && r->lex->actors[a].type == PG_ACTOR_PERSON) {
            /* a person from a user dictionary: the name itself */
            lex_person = a;
            lex_person_len = n;
            break;
        }
        if (n && k == i && !former && is_tok(r, k + n, "of") && shared_intl_body(r, k, n, a, how)) {
            /* "the Security Council of Kazakhstan" is Kazakhstan's */
            int32_t sa;
            int sh, sp;
            size_t sn = pg_lexicon_match_actor(r->lex, r->an, k + n + 1, r->se, &sa, &sh, &sp);
            if (sn && sh == LA_NAME && sa >= 0 && r->lex->actors[sa].type == PG_ACTOR_COUNTRY) {
                pg_mention *m = add_mention(r, MK_ACTOR, k, k + n + 1 + sn, k);
                m->actor = sa;
                if (sp)
                    m->flags |= MF_POSS;
                return k + n + 1 + sn;
            }
        }
        if (n) {
            if (how == LA_IGNORE) {
                if (ntitles || nmods)
                    return k;
                /* a region or an ignored name -- unless it starts an
                 * organization's name ("Arctic Council" by its shape) */
                size_t e = org_pattern(r, k);
                if (e > k + n) {
                    pg_mention *m = add_mention(r, MK_ACTOR, k, e, k);
                    m->flags |= MF_ORG_PATTERN;
                    return e;
                }
                return k + n;
            }
            if (!ntitles && !nmods && !poss && r->lex->actors[a].type == PG_ACTOR_ORGANIZATION && is_cap(r, k + n)) {
                /* "Merrill Lynch Canada": a known company and a state's
                 * name, no capital after it -- the company's unit there,
                 * not the state */
                if (r->lex->actors[a].org_kind == ORG_COMPANY && !(T(r, k + n - 1)->flags & TF_POSS)) {
                    int32_t sa;
                    int sh, sp;
                    size_t sn = pg_lexicon_match_actor(r->lex, r->an, k + n, r->se, &sa, &sh, &sp);
                    if (sn && sh == LA_NAME && sa >= 0 && r->lex->actors[sa].type == PG_ACTOR_COUNTRY && !sp &&
                        !is_cap(r, k + n + sn))
                        return pattern_org(r, k, k + n + sn);
                }
                /* "Labour Ministry", "Senate Budget Committee": a known
                 * organization's name opening a longer one */
                size_t e = org_pattern(r, k);
                /* "Boeing Co", "Nomura Securities Co Ltd.": the known
                 * company with its legal form, not a second one */
                size_t lf = k + n;
                while (lf < e && pg_lexicon_in_set(r->lex, PG_WS_LEGAL_FORM, r->an, lf))
                    lf++;
                if (lf == e && e > k + n)
                    n = e - k; /* (then no extension: e == k + n) */
                /* a short extension without titles ("State Duma Speaker
                 * Vyacheslav Volodin" is not one), not after an acronym
                 * ("CSTO Collective Security Council": two bodies) */
                size_t ext_words = 0; /* brackets do not count: "Philips Electrical (Ireland) Ltd" */
                for (size_t j = k + n; j < e; j++)
                    ext_words += T(r, j)->kind == TK_WORD;
                /* up to three words; up to six for a company's name that
                 * ends in a legal form ("Daiwa House Industry Co Ltd") */
                int firm = e > k + n && r->lex->actors[a].org_kind == ORG_COMPANY &&
                           pg_lexicon_in_set(r->lex, PG_WS_LEGAL_FORM, r->an, e - 1);
                int short_ext = e > k + n && ext_words <= (firm ? 6u : 3u);
                if (short_ext && (T(r, k)->flags & TF_ALLCAPS)) {
                    /* initials of a founder's name open a firm's longer
                     * name ("E.F. Hutton Insurance Group"); an acronym or a
                     * state ("U.S. Senate Agriculture Committee" is the
                     * Senate's committee) do not */
                    int32_t a0;
                    int h0, p0;
                    short_ext = n > 1 && !(pg_lexicon_match_actor(r->lex, r->an, k, k + 1, &a0, &h0, &p0) &&
                                           r->lex->actors[a0].type == PG_ACTOR_COUNTRY);
                }
                for (size_t j = k + n; short_ext && j < e; j++) {
                    int32_t tt;
                    if (pg_lexicon_match_title(r->lex, r->an, j, e, &tt))
                        short_ext = 0;
                }
                /* (an event named after the body, "the 12th WTO Ministerial
                 * Conference", "Opec Conference President Rilwanu Lukman",
                 * is no body of its own: the body is read on its own) */
                if (short_ext && (WC(r, e - 1) & WC_ORG_SUFFIX) &&
                    !pg_lexicon_in_set(r->lex, PG_WS_EVENT_TAIL, r->an, e - 1))
                    return pattern_org(r, k, e);
            }
            if (!ntitles && !nmods && !poss && r->lex->actors[a].type == PG_ACTOR_COUNTRY && is_cap(r, k + n)) {
                /* "American Express Co", "Japan Air Lines Co": a state or its
                 * demonym opening a company's name, which ends in a legal form */
                size_t e = org_pattern(r, k);
                if (e > k + n && pg_lexicon_in_set(r->lex, PG_WS_LEGAL_FORM, r->an, e - 1))
                    return pattern_org(r, k, e);
                /* "the Ukrainian World Congress", "the Japanese Red Cross
                 * Society": a demonym opening a body's name of two words or
                 * more (not a body many states have: "Russian Armed
                 * Forces", "Ukrainian Foreign Ministry" are the state) */
                if (how == LA_DEMONYM && e >= k + n + 2 && demonym_body(r, k + n, e))
                    return pattern_org(r, k, e);
                /* "China Daily said", "Tehran Radio", "Iraqi News Agency": a
                 * state, its seat or demonym opening a news outlet's name
                 * (up to three capitalised words, one of them a `media`
                 * word), which speaks, not the state */
                {
                    size_t j = k + n;
                    int media = 0;
                    int32_t tt, aa;
                    int hh, pp;
                    while (j < k + n + 3 && is_cap(r, j) && !(T(r, j)->flags & TF_DIGIT)) {
                        int m = pg_lexicon_in_set(r->lex, PG_WS_MEDIA, r->an, j);
                        /* a generic word ends the name only right after a
                         * media word ("News Agency"); an acronym after it is
                         * an apposition ("Kuwait News Agency KUNA") */
                        if (!m && ((T(r, j)->flags & TF_ALLCAPS) ||
                                   ((WC(r, j) & (WC_NONNAME | WC_FUNCTION)) &&
                                    !(j > k + n && pg_lexicon_in_set(r->lex, PG_WS_MEDIA, r->an, j - 1))) ||
                                   pg_lexicon_match_title(r->lex, r->an, j, r->se, &tt) ||
                                   pg_lexicon_match_actor(r->lex, r->an, j, r->se, &aa, &hh, &pp)))
                            break;
                        media |= m;
                        if (T(r, j++)->flags & TF_POSS)
                            break;
                    }
                    if (media && !is_cap(r, j))
                        return pattern_org(r, k, j);
                }
                /* "Japan Airlines", "Korea Fund", "Qatar Investment
                 * Authority", "Abu Dhabi Investment Authority": a state's
                 * name or seat opening a company's or fund's
                 * name (a `state_firm` word in it; not a body many states
                 * have: "Japan Finance Ministry" is Japan's) */
                if ((how == LA_NAME || how == LA_SEAT) && e > k + n && state_firm_span(r, k + n, e))
                    return pattern_org(r, k, e);
                /* "American Express said", "British Petroleum said": a
                 * demonym, one or two capitalised words that are neither a
                 * title nor a known actor, then a verb -- a company's name
                 * (no one writes "American Reagan said") */
                if (how == LA_DEMONYM) {
                    size_t j = k + n;
                    int32_t tt, aa;
                    int hh, pp;
                    while (j < k + n + 2 && is_cap(r, j) && !(T(r, j)->flags & (TF_DIGIT | TF_POSS | TF_ALLCAPS)) &&
                           !(WC(r, j) & (WC_NONNAME | WC_FUNCTION)) && !pg_lexicon_match_title(r->lex, r->an, j, r->se, &tt) &&
                           !pg_lexicon_match_actor(r->lex, r->an, j, r->se, &aa, &hh, &pp))
                        j++;
                    if (j > k + n && !is_cap(r, j) && verb_follows(r, j))
                        return pattern_org(r, k, j);
                }
            }
            int added = nmods < 6;
            if (added)
                mods[nmods++] = (mod_t){a, how, poss, k, k + n, 0};
            k += n;
            if (added && r->lex->actors[a].type == PG_ACTOR_COUNTRY && how != LA_SEAT) {
                size_t nb = state_body_at(r, k);
                if (nb) {
                    /* "Kazakhstan's Security Council said": the state acting */
                    mods[nmods - 1].e = k + nb;
                    mods[nmods - 1].poss = 0;
                    k += nb;
                    break;
                }
            }
            if (is_tok(r, k, "and") && k + 1 < r->se) {
                int32_t a2;
                int h2, p2;
                /* (not before a region: "in Moldova and Nagorno-Karabakh" keeps Moldova) */
                if (pg_lexicon_match_actor(r->lex, r->an, k + 1, r->se, &a2, &h2, &p2) && h2 != LA_IGNORE && !poss) {
                    k++;
                    continue;
                }
            }
            if (poss && ntitles == 0) {
                /* "the EU's top diplomat", "Russia's Vladimir Putin": go on only into a title */
                size_t j = k;
                int32_t tt;
                if (!pg_lexicon_match_title(r->lex, r->an, j, r->se, &tt))
                    break;
            }
            continue;
        }
        n = pg_lexicon_match_title(r->lex, r->an, k, r->se, &t);
        size_t portfolio_b = k;
        size_t mj = k; /* a "Minister" a few capitalised words on? */
        while (!n && mj < k + 6 && mj < r->se && (is_cap(r, mj) || is_tok(r, mj, "and")) && !is_tok(r, mj, "Minister"))
            mj++;
        if (!n && mj > k && is_tok(r, mj, "Minister")) {
            /* "Oil Minister", "Petroleum and Mineral Resources Minister":
             * capitalised common words right before "Minister" are its
             * portfolio (not a person "Oil") */
            size_t j = k, np = 0;
            int32_t tp = -1;
            while (j < k + 5 && j < r->se && is_cap(r, j) && !(WC(r, j) & (WC_FUNCTION | WC_DET)) &&
                   !(np = pg_lexicon_match_title(r->lex, r->an, j, r->se, &tp)) && for_part_word(r, j, 1)) {
                j++;
                if (is_tok(r, j, "and") && is_cap(r, j + 1))
                    j++;
            }
            if (j == k || is_tok(r, j - 1, "and"))
                np = 0;
            if (np && strcmp(r->lex->titles[tp].canonical, "Minister") == 0) {
                k = j;
                n = np;
                t = tp;
            }
        }
        if (n) {
            const pg_lex_title *lt = &r->lex->titles[t];
            /* a lowercase role noun only counts right before a name or "of" */
            if (lt->kind == TITLE_HONORIFIC && !(T(r, k)->flags & TF_CAP))
                break;
            if (!ntitles)
                title_b = portfolio_b;
            if (ntitles < 4)
                titles[ntitles++] = t;
            /* an organization inside the title: "President of the European Parliament" */
            for (size_t j = k; j < k + n && nmods < 6; j++) {
                int32_t a3;
                int h3, p3;
                size_t n3 = pg_lexicon_match_actor(r->lex, r->an, j, k + n, &a3, &h3, &p3);
                if (word_name_match(r, j, n3, a3))
                    n3 = 0; /* "Labour Minister": the portfolio, not the Labour Party */
                if (n3 && h3 == LA_NAME && a3 >= 0) {
                    mods[nmods++] = (mod_t){a3, h3, p3, j, j + n3, 1};
                    j += n3 - 1;
                }
            }
            k += n;
            int32_t a2;
            size_t b2, e2 = of_actor(r, k, &a2, &b2), e3;
            if (e2 && !body_e && r->lex->actors[a2].type == PG_ACTOR_COUNTRY && is_cap(r, e2) &&
                (e3 = org_pattern(r, b2)) > e2 && state_firm_span(r, e2, e3)) {
                /* "President of China Media Group Shen Haixiong": a company
                 * named after the state, not the state */
                body_b = b2;
                body_e = e3;
                k = e3;
            } else if (e2 && nmods < 6) {
                /* "Minister of Labour": the portfolio, part of the title,
                 * not the Labour Party */
                if (!word_name_match(r, b2, e2 - b2, a2))
                    mods[nmods++] = (mod_t){a2, LA_NAME, 0, b2, e2, 1};
                k = e2;
            } else if (!body_e && (e2 = of_pattern_org(r, k, &b2)) != 0) {
                body_b = b2;
                body_e = e2;
                k = e2;
            }
            /* "Secretary of State for Economic Affairs", "Minister for Foreign
             * Affairs", "Personal Envoy for Western Sahara", "Vice President
             * for Europe and Central Asia": capitalised words that are no
             * name, or a region, after "for" belong to the title; so do an
             * office's after "of" ("Minister of Transport Vitaly Savelyev";
             * a state after "of" is an affiliation, read above) */
            int of = is_tok(r, k, "of");
            if ((is_tok(r, k, "for") || (of && r->lex->titles[t].kind != TITLE_ROLE)) && is_cap(r, k + 1)) {
                /* one part, or up to four joined by "and" or commas ("Minister
                 * for Civil Defence, Emergencies and Natural Disaster Relief
                 * Alexander Chupriyan") */
                size_t m = k + 1, sep = 0; /* tokens of the last separator */
                for (int part = 0; part < 4; part++) {
                    int32_t ra;
                    int rhow, rposs;
                    size_t rn = pg_lexicon_match_actor(r->lex, r->an, m, r->se, &ra, &rhow, &rposs);
                    size_t m0 = m;
                    if (rn && rhow == LA_IGNORE)
                        m += rn;
                    else
                        while (is_cap(r, m) && for_part_word(r, m, r->lex->titles[t].kind != TITLE_ROLE))
                            m++;
                    if (m == m0) {
                        m -= sep; /* nothing after the separator: it is not the title's */
                        break;
                    }
                    sep = is_tok(r, m, "and") ? 1 : is_tok(r, m, ",") ? 1 + is_tok(r, m + 1, "and") : 0;
                    if (!sep || !is_cap(r, m + sep))
                        break;
                    m += sep;
                }
                if (of && m > k + 1 && !of_portfolio(r, k + 1, m))
                    m = k + 1; /* "President of South Ossetia Anatoly Bibilov", "Director of Environmental
                                  Sustainability at the Office" */
                if (of && m == k + 1)
                    m = of_place(r, k + 1);
                if (m > k + 1)
                    k = m;
            }
            title_end = k;
            continue;
        }
        break;
    }
    if (lex_person >= 0) {
        /* "President Vladimir Putin" with Putin in a user dictionary */
        int32_t title = ntitles ? titles[ntitles - 1] : -1;
        int32_t aff = emit_mods(r, mods, nmods, ntitles > 0, title >= 0 && r->lex->titles[title].target_mod);
        pg_mention *p = add_mention(r, MK_PERSON, k, k + lex_person_len, i);
        p->actor = lex_person;
        p->title = title;
        p->aff = ntitles ? aff : -1;
        p->gender = (uint8_t)gender_of_title(r, title);
        p->flags |= MF_CONFIRMED | (former ? MF_FORMER : 0);
        if (ntitles && r->lex->titles[titles[0]].kind == TITLE_HONORIFIC && is_tok(r, k + lex_person_len, ","))
            r->an->ments[r->an->nments - 1].flags |= MF_VOCATIVE;
        return appositive_title(r, r->an->nments - 1, k + lex_person_len);
    }
    if (!ntitles && !nmods) {
        if (former) {
            size_t e = parse_bare(r, i + 1);
            return e > i + 1 ? e : i + 1;
        }
        return parse_bare(r, i);
    }
    if (ntitles) {
        /* the main title: the last non-honorific one */
        int32_t title = titles[ntitles - 1];
        for (size_t q = ntitles; q-- > 0;)
            if (r->lex->titles[titles[q]].kind != TITLE_HONORIFIC) {
                title = titles[q];
                break;
            }
        const pg_lex_title *lt = &r->lex->titles[title];
        int only_roles = 1;
        for (size_t q = 0; q < ntitles; q++)
            if (r->lex->titles[titles[q]].kind != TITLE_ROLE)
                only_roles = 0;
        size_t e = name_seq(r, k);
        if (e > k && award_word(r, e))
            return e + 1; /* "the Sheikh Hamad Youth Empowerment Award": no one */
        /* "the Order of Princess Olga": a title inside the name of a thing
         * (not before a given name and a surname: "the Government of
         * President Nicolas Maduro" is his; nor after a state: "the Hero of
         * Ukraine Colonel Vadym Sukharevsky") */
        if (e > k && i >= r->sb + 2 && is_tok(r, i - 1, "of") && is_cap(r, i - 2) && (WC(r, i - 2) & WC_NONNAME) &&
            !nmods && !(e >= k + 2 && given_name(r, k)))
            return e;
        /* "General Motors Corp", "General Electric Co": a company whose name
         * starts with a title word */
        if (e > k && (WC(r, e - 1) & WC_ORG_SUFFIX) && title_b >= i) {
            /* a one-word title right before it is part of the name; a longer
             * one stands apart ("Director General of the Intervention Board") */
            size_t ob = k == title_b + 1 ? title_b : k, oe = org_pattern(r, ob);
            if (oe < e && ob != k) {
                /* "lead manager Commerzbank AG": a title in lower case
                 * describes the company, the name is the company's own */
                ob = k;
                oe = org_pattern(r, k);
            }
            if (oe >= e) {
                emit_mods(r, mods, nmods, 0, 0);
                return pattern_org(r, ob, oe);
            }
        }
        /* "Commodore International Ltd", "Admiral Corp": a one-word title
         * with no name after it, opening a company's name (which ends in a
         * legal form) */
        if (e == k && ntitles == 1 && !nmods && title_b >= i && k == title_b + 1 && is_cap(r, title_b)) {
            size_t oe = org_pattern(r, title_b);
            if (oe > k && pg_lexicon_in_set(r->lex, PG_WS_LEGAL_FORM, r->an, oe - 1))
                return pattern_org(r, title_b, oe);
        }
        if (e > k) {
            int32_t aff = emit_mods(r, mods, nmods, 1, lt->target_mod);
            if (body_e && !shared_body_span(r, body_b, body_e)) {
                pg_mention *o = add_mention(r, MK_ACTOR, body_b, body_e, body_b);
                o->flags |= MF_ORG_PATTERN | MF_MODIFIER;
                if (aff < 0)
                    aff = (int32_t)(r->an->nments - 1);
            }
            pg_mention *p = add_mention(r, MK_PERSON, k, e, i);
            p->title = title;
            p->aff = aff;
            p->flags |= MF_CONFIRMED | (former ? MF_FORMER : 0);
            for (size_t q = 0; q < ntitles; q++)
                if (!p->gender)
                    p->gender = (uint8_t)gender_of_title(r, titles[q]);
            size_t idx = r->an->nments - 1;
            /* "Texaco Inc chairman James Kinnear", "GM Canada president
             * George Peapples": a company found by its shape right before
             * the title is the person's (no comma between; not before
             * "Minister", where it is a portfolio; not a name that many
             * states' bodies share, `shared_body` in words.tsv: "Central
             * Bank governor Francisco Gros" in one article, another bank's
             * in the next, would make one node of them all) */
            if (aff < 0 && !nmods && title_b == i && lt->kind != TITLE_HONORIFIC && idx > 0 &&
                strcmp(lt->canonical, "Minister") != 0) { /* "Mines and Energy Minister": a portfolio */
                pg_mention *o = &r->an->ments[idx - 1];
                int plain = o->sent == r->sent && o->tok_end == i && o->kind == MK_ACTOR &&
                            (o->flags & MF_ORG_PATTERN) && o->actor < 0;
                /* no title or given name inside it: "First Deputy Federation
                 * Council", "National Defence Anita Anand and Canadian Space
                 * Agency" are no one company */
                if (plain && pg_lexicon_title_reach(r->lex, r->an, o->tok_begin) &&
                    !(o->tok_end == o->tok_begin + 2 && (WC(r, o->tok_begin + 1) & (WC_ORG_SUFFIX | WC_STATE_NOUN))))
                    plain = 0; /* it opens a title: "First Deputy ...", "Deputy Security Council Chairman"
                                  (a portfolio and its body are one: "Oil Ministry spokesman", "Budget
                                  Committee Chairman", though "Oil Minister" is a title) */
                if (plain && holds_title_or_given_name(r, o->tok_begin, o->tok_end))
                    plain = 0;
                if (plain) {
                    /* the name stands before the person's either way; only
                     * a body of its own is the affiliation ("Central Bank
                     * governor Francisco Gros": whose bank?) */
                    o->flags |= MF_MODIFIER;
                    r->an->ments[idx].full_begin = o->tok_begin;
                    if (!shared_body_span(r, o->tok_begin, o->tok_end))
                        r->an->ments[idx].aff = (int32_t)(idx - 1);
                }
            }
            if (is_tok(r, e, "(") && e + 1 < r->se && T(r, e + 1)->kind == TK_HANDLE)
                r->an->ments[idx].handle = (int32_t)(e + 1);
            if (r->lex->titles[titles[0]].kind == TITLE_HONORIFIC && is_tok(r, e, ",") &&
                (title_b == r->sb || is_tok(r, title_b - 1, ":") || is_tok(r, title_b - 1, ",")))
                r->an->ments[idx].flags |= MF_VOCATIVE;
            /* "Prime Minister Claude Tremblay of Canada": the state or body
             * after the name is the affiliation */
            int32_t oa;
            size_t ob, oe;
            if (lt->kind != TITLE_HONORIFIC && r->an->ments[idx].aff < 0 && (oe = of_actor(r, e, &oa, &ob)) &&
                r->lex->actors[oa].type != PG_ACTOR_PERSON &&
                (oe >= r->se || is_tok(r, oe, ",") || is_tok(r, oe, ".") || is_tok(r, oe, ";") ||
                 is_tok(r, oe, "and") || verb_follows(r, oe) || (is_word(r, oe) && (WC(r, oe) & WC_PREP)))) {
                pg_mention *am = add_mention(r, MK_ACTOR, ob, oe, ob);
                am->actor = oa;
                am->flags |= MF_MODIFIER;
                r->an->ments[idx].aff = (int32_t)(r->an->nments - 1);
                e = oe;
            }
            return appositive_title(r, idx, e);
        }
        /* "The EU's top diplomat, Pieter de Wolff, said": the name after a comma */
        /* ... also with a courtesy title or a rank: "the Prime Minister of
         * Dominica, Mr. Skerrit", "the President, General Ibrahim Babangida" */
        int32_t hon = -1;
        size_t hn = is_tok(r, k, ",") ? pg_lexicon_match_title(r->lex, r->an, k + 1, r->se, &hon) : 0;
        if (!hn)
            hon = -1;
        int32_t na, nt;
        int nhow, nposs;
        /* a title after the courtesy one is passed over ("the President of
         * the Togolese Republic, His Excellency President Faure Gnassingbe,"),
         * so that a title is never taken for a name ("Mr. President, Mr.
         * Secretary-General,": no one named) */
        size_t nb = k + 1 + hn;
        if (is_tok(r, k, ","))
            nb += pg_lexicon_match_title(r->lex, r->an, nb, r->se, &nt);
        /* not a state or body after the comma: "According to the Head of
         * the President's Office, Ukraine, with its struggle, ..." */
        if (lt->kind != TITLE_HONORIFIC && is_tok(r, k, ",") && name_word(r, nb, 1) &&
            !(pg_lexicon_match_actor(r->lex, r->an, nb, r->se, &na, &nhow, &nposs) &&
              (nhow == LA_NAME || nhow == LA_SEAT))) {
            size_t e2 = name_seq(r, nb);
            if (e2 > nb && (is_tok(r, e2, ",") || e2 >= r->se || (is_tok(r, e2, ".") && e2 + 1 >= r->se) ||
                            (verb_follows(r, e2) && !in_opening_adjunct(r, i)))) {
                int32_t aff = emit_mods(r, mods, nmods, 1, lt->target_mod);
                pg_mention *p = add_mention(r, MK_PERSON, nb, e2, i);
                p->title = title;
                p->aff = aff;
                p->gender = (uint8_t)gender_of_title(r, title);
                if (!p->gender && hon >= 0)
                    p->gender = (uint8_t)gender_of_title(r, hon);
                p->flags |= MF_CONFIRMED | (former ? MF_FORMER : 0);
                return e2;
            }
        }
        /* "Mr. President", "Madam Speaker": an address, not someone named */
        if (r->lex->titles[titles[0]].kind == TITLE_HONORIFIC) {
            emit_mods(r, mods, nmods, 0, 0);
            return k;
        }
        int has_of = 0, has_mod_before = 0;
        for (size_t q = 0; q < nmods; q++) {
            if (mods[q].of_title)
                has_of = 1;
            else if (mods[q].b < title_b)
                has_mod_before = 1;
        }
        int capital_title = T(r, title_b)->flags & TF_CAP;
        if (lt->kind != TITLE_HONORIFIC &&
            ((capital_title && (determiner_before(r, i) || has_of || has_mod_before || i == r->sb)) ||
             (!capital_title && determiner_before(r, i) && (has_of || has_mod_before)))) {
            int32_t aff = emit_mods(r, mods, nmods, 1, lt->target_mod);
            pg_mention *d = add_mention(r, MK_DESC, title_b, k, i);
            d->title = title;
            d->aff = aff;
            d->gender = (uint8_t)gender_of_title(r, title);
            if (former)
                d->flags |= MF_FORMER;
            (void)only_roles;
            return k;
        }
        /* a title with neither name nor determiner: the actors stand alone */
        emit_mods(r, mods, nmods, 0, 0);
        return k > i ? k : i + 1;
    }
    /* actors only */
    for (size_t q = 0; q < nmods; q++) {
        if (mods[q].how == LA_SEAT &&
            (seat_as_modifier(r, mods[q].e) || (mods[q].e == mods[q].b + 1 && seat_opens_name(r, mods[q].e))))
            continue;
        if (currency_after(r, mods[q].how, mods[q].e))
            continue; /* "the Swiss franc": money, not Switzerland */
        if ((mods[q].how == LA_NAME || mods[q].how == LA_SEAT) &&
            private_group_after(r, mods[q].e, r->lex->actors[mods[q].actor].type == PG_ACTOR_COUNTRY)) {
            emit_mods(r, &mods[q], 1, 1, 0); /* "U.S. grain exporters said": not the state */
            continue;
        }
        /* "the Russian side", "the Canadian foreign ministry", "Iran's foreign
         * ministry": the state acting */
        if (mods[q].how == LA_DEMONYM ||
            (mods[q].how == LA_NAME && mods[q].poss && r->lex->actors[mods[q].actor].type == PG_ACTOR_COUNTRY)) {
            size_t j = mods[q].e;
            if (is_lower_word(r, j) && !(WC(r, j) & WC_STATE_NOUN) && is_lower_word(r, j + 1) &&
                (WC(r, j + 1) & WC_STATE_NOUN))
                j++; /* "foreign ministry" */
            if (is_lower_word(r, j) && (WC(r, j) & WC_STATE_NOUN)) {
                pg_mention *m = add_mention(r, MK_ACTOR, mods[q].b, j + 1, mods[q].b);
                m->actor = mods[q].actor;
                k = j + 1;
                continue;
            }
        }
        emit_mods(r, &mods[q], 1, 0, 0);
    }
    /* "the Interstate Commerce Commission (ICC)": a known body's short name
     * in parentheses that the lexicon gives another body (the International
     * Criminal Court's) is this one's in the article */
    const pg_analysis *an = r->an;
    if (nmods && an->nments && is_tok(r, k, "(") && is_tok(r, k + 2, ")")) {
        const pg_mention *last = &an->ments[an->nments - 1];
        int32_t a;
        int how, poss;
        /* the initials of its capitalised words ("Council of the European
         * Union (EU)" is no alias) */
        if (last->kind == MK_ACTOR && last->tok_end == k && pg_tokens_initials(an, last->tok_begin, k, k + 1) &&
            last->actor >= 0 && r->lex->actors[last->actor].type == PG_ACTOR_ORGANIZATION &&
            pg_lexicon_match_actor(r->lex, an, k + 1, k + 2, &a, &how, &poss) == 1 && a >= 0 && a != last->actor)
            return org_alias(r, k);
    }
    return k;
}

/* "the two leaders", "both leaders", "the interlocutors" */
static size_t parse_group(rec_t *r, size_t i)
{
    if (!(is_tok_ci(r, i, "the") || is_tok_ci(r, i, "both")))
        return i;
    size_t k = i + 1;
    if (is_tok(r, k, "two") || is_tok(r, k, "three"))
        k++;
    if (is_lower_word(r, k) && (WC(r, k) & WC_GROUP) && (k > i + 1 || !is_tok(r, k, "parties"))) {
        add_mention(r, MK_GROUP, i, k + 1, i);
        return k + 1;
    }
    return i;
}

static int pronoun_class(unsigned wc)
{
    if (wc & WC_HE)
        return PR_HE;
    if (wc & WC_SHE)
        return PR_SHE;
    if (wc & WC_THEY)
        return PR_THEY;
    if (wc & WC_I)
        return PR_I;
    if (wc & WC_WE)
        return PR_WE;
    if (wc & WC_YOU)
        return PR_YOU;
    return 0;
}

/* ---- dates ---- */

static int num_value(const rec_t *r, size_t k, int *v)
{
    if (k >= r->se)
        return 0;
    const pg_token *t = T(r, k);
    if (!(t->flags & TF_DIGIT) && t->kind != TK_NUM)
        return 0;
    const char *s = r->an->text + t->start;
    size_t n = pg_tok_len(t), j = 0;
    int x = 0;
    while (j < n && s[j] >= '0' && s[j] <= '9' && j < 5)
        x = x * 10 + (s[j++] - '0');
    if (j == 0)
        return 0;
    /* "12th", "14-16" */
    *v = x;
    return 1;
}

static void add_date(rec_t *r, int y, int m, int d, size_t tok)
{
    pg_analysis *an = r->an;
    PG_GROW(an->dates, an->dates_cap, an->ndates + 1);
    an->dates[an->ndates++] = (pg_date){(uint16_t)y, (uint8_t)m, (uint8_t)d, (uint32_t)tok};
    if (an->sents[r->sent].date < 0)
        an->sents[r->sent].date = (int32_t)(an->ndates - 1);
}

static void find_dates(rec_t *r)
{
    for (size_t k = r->sb; k < r->se; k++) {
        /* a date starts with a month name or a day number */
        const pg_token *t = T(r, k);
        if (!(t->flags & (TF_CAP | TF_DIGIT)) || k + 1 >= r->se)
            continue;
        int mon = (t->flags & TF_CAP) ? pg_lexicon_month(r->lex, r->an, k) : 0, d, y = 0;
        if (mon && num_value(r, k + 1, &d) && d >= 1 && d <= 31) {
            size_t j = k + 2;
            if (is_tok(r, j, ","))
                j++;
            if (!(num_value(r, j, &y) && y >= 1800 && y <= 2200))
                y = 0;
            add_date(r, y, mon, d, k);
            continue;
        }
        if ((t->flags & TF_DIGIT) && num_value(r, k, &d) && d >= 1 && d <= 31) {
            mon = pg_lexicon_month(r->lex, r->an, k + 1);
            if (mon && num_value(r, k + 2, &y) && y >= 1800 && y <= 2200)
                add_date(r, y, mon, d, k);
        }
    }
}

/* ---- signatures and transcript turns ---- */

static void add_speech_span(pg_analysis *an, size_t b, size_t e, uint8_t kind, int32_t ment, int32_t date)
{
    if (b > e)
        return;
    PG_GROW(an->quotes, an->quotes_cap, an->nquotes + 1);
    pg_quote *q = &an->quotes[an->nquotes];
    q->open = (uint32_t)b;
    q->close = (uint32_t)e;
    q->kind = kind;
    q->address = 0;
    q->speaker_ment = ment;
    q->speaker = q->addressee = -1;
    q->signed_date = date;
    for (size_t i = b; i <= e; i++)
        if (an->toks[i].quote < 0 || kind == QK_POST)
            an->toks[i].quote = (int32_t)an->nquotes;
    an->nquotes++;
}

/* "— Name (@handle) Month D, YYYY" as a line of its own: the paragraph
 * before it is the person's post. */
static void signature(rec_t *r, size_t first_ment)
{
    pg_analysis *an = r->an;
    pg_sentence *s = &an->sents[r->sent];
    if (T(r, r->sb)->kind != TK_DASH || !(T(r, r->sb)->flags & TF_LINE_START))
        return;
    int has_handle = 0;
    for (size_t k = r->sb; k < r->se; k++)
        if (T(r, k)->kind == TK_HANDLE)
            has_handle = 1;
    int32_t person = -1;
    for (size_t m = first_ment; m < an->nments; m++)
        if (an->ments[m].kind == MK_PERSON && an->ments[m].tok_begin <= r->sb + 3) {
            person = (int32_t)m;
            break;
        }
    int has_date = an->ndates && an->dates[an->ndates - 1].tok >= r->sb;
    if (person < 0 || !(has_handle || has_date))
        return;
    s->flags |= SF_SIGNATURE;
    pg_mention *pm = &an->ments[person];
    pm->flags |= MF_CONFIRMED | MF_SIGNATURE;
    for (size_t k = pm->tok_end; k < r->se; k++)
        if (T(r, k)->kind == TK_HANDLE) {
            pm->handle = (int32_t)k;
            break;
        }
    /* the post: the paragraph just before */
    if (r->sent == 0)
        return;
    uint32_t para = an->sents[r->sent - 1].para;
    size_t first = r->sent - 1;
    while (first > 0 && an->sents[first - 1].para == para && !(an->sents[first - 1].flags & SF_SIGNATURE))
        first--;
    if (an->sents[r->sent - 1].flags & SF_SIGNATURE)
        return;
    add_speech_span(an, an->sents[first].tok_begin, an->sents[r->sent - 1].tok_end - 1, QK_POST, person,
                    has_date ? (int32_t)(an->ndates - 1) : -1);
}

/* "address by the President of Ukraine", "Speech by President Volodymyr
 * Zelenskyy", "General Debate statement by AFG" at token k of the
 * headline (an address_noun of words.tsv, "by", the person, title, state
 * or body): the speaker's mention, or -1. A state's ISO 3166 code there
 * ("AFG": `countries.tsv`) is the state. */
static int32_t address_by(rec_t *r, size_t first_ment, size_t k)
{
    pg_analysis *an = r->an;
    if (!(k + 2 < r->se && pg_lexicon_in_set(r->lex, PG_WS_ADDRESS_NOUN, an, k) && is_tok(r, k + 1, "by")))
        return -1;
    k += 2;
    if (is_tok(r, k, "the"))
        k++;
    if (k >= r->se)
        return -1; /* "Address by the" and nothing after */
    const pg_token *t = T(r, k);
    int32_t state = -1;
    if ((t->flags & TF_ALLCAPS) && (k + 1 == r->se || !is_cap(r, k + 1)))
        state = pg_lexicon_find_iso3(r->lex, an->text + t->start, pg_tok_len(t));
    for (size_t m = first_ment; m < an->nments; m++) {
        pg_mention *pm = &an->ments[m];
        if (pm->full_begin != k && pm->tok_begin != k)
            continue;
        if (state >= 0 && pm->tok_begin == k && pm->tok_end == k + 1) {
            /* "AFG" taken for a name: the state */
            pm->kind = MK_ACTOR;
            pm->actor = state;
            pm->title = pm->aff = -1;
            pm->flags = 0;
            return (int32_t)m;
        }
        if (pm->kind == MK_PERSON || pm->kind == MK_DESC || (pm->kind == MK_ACTOR && pm->actor >= 0)) {
            if (pm->kind == MK_PERSON && pm->tok_end - pm->tok_begin >= 2)
                pm->flags |= MF_CONFIRMED; /* "Article by Vladimir Putin" in a Title Case headline */
            return (int32_t)m;
        }
    }
    if (state >= 0) {
        /* mentions stay in text order: none of the headline's may begin
         * past the code */
        for (size_t m = first_ment; m < an->nments; m++)
            if (an->ments[m].tok_begin > k)
                return -1;
        pg_mention *pm = add_mention(r, MK_ACTOR, k, k + 1, k);
        pm->actor = state;
        return (int32_t)(an->nments - 1);
    }
    return -1;
}

/* "Ukraine insists on security guarantees - Mykhailo Podolyak", "... -
 * address by the President of Ukraine": a headline whose last dash is
 * followed by a person, or by an address or speech by one, gives that
 * person's words before the dash, like a signed post. */
static void headline_attribution(rec_t *r, size_t first_ment)
{
    pg_analysis *an = r->an;
    if (!(an->sents[r->sent].flags & SF_HEADLINE))
        return;
    int32_t by = -1;
    for (size_t k = r->sb; k + 2 < r->se && by < 0; k++)
        if (is_tok(r, k + 1, "by"))
            by = address_by(r, first_ment, k); /* "Address by ...", "General Debate statement by AFG" */
    if (by >= 0)
        r->address_ment = by;
    size_t dash = r->se;
    for (size_t k = r->se - 1; k > r->sb + 1; k--)
        if (T(r, k)->kind == TK_DASH) {
            dash = k;
            break;
        }
    if (dash + 1 >= r->se)
        return;
    size_t k = dash + 1;
    by = address_by(r, first_ment, k);
    if (by >= 0)
        r->address_ment = by;
    for (size_t q = r->sb; q < dash; q++)
        if (an->toks[q].quote >= 0)
            return; /* quoted words in the claim are somebody's already */
    if (by >= 0) {
        add_speech_span(an, r->sb, dash - 1, QK_POST, by, -1);
        return;
    }
    if (k < r->se && is_tok(r, k, "the"))
        k++;
    for (size_t m = first_ment; m < an->nments; m++) {
        const pg_mention *pm = &an->ments[m];
        if ((pm->full_begin == k || pm->tok_begin == k) && (pm->kind == MK_PERSON || pm->kind == MK_DESC)) {
            add_speech_span(an, r->sb, dash - 1, QK_POST, (int32_t)m, -1);
            return;
        }
    }
}

/* Does the document use token k's word in lowercase somewhere ("final",
 * "words" beside a heading "Final Words:")? A name is not used so. */
static int used_in_lowercase(const pg_analysis *an, size_t k)
{
    const pg_token *t = &an->toks[k];
    char low[64];
    size_t n = pg_tok_base_len(t);
    if (t->kind != TK_WORD || n >= sizeof low)
        return 0;
    for (size_t j = 0; j < n; j++) {
        char c = an->text[t->start + j];
        low[j] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    if (memcmp(low, an->text + t->start, n) == 0)
        return 1; /* written in lowercase here */
    const char *p = an->text, *end = an->text + an->len;
    while ((size_t)(end - p) >= n && (p = memchr(p, low[0], (size_t)(end - p) - n + 1)) != NULL) {
        unsigned char before = p > an->text ? (unsigned char)p[-1] : ' ';
        unsigned char after = p + n < end ? (unsigned char)p[n] : ' ';
        if (memcmp(p, low, n) == 0 && !isalnum(before) && before < 0x80 && !isalnum(after) && after < 0x80)
            return 1;
        p++;
    }
    return 0;
}

/* Can a name before a label's colon be the speaker?
 * - A title can ("President of Russia Vladimir Putin:").
 * - A name of two words or more can ("Pavel Zarubin:"), unless, before the
 *   document has had a turn, the document uses each of its words in
 *   lowercase: a heading ("Final Words:", "Youth Empowerment: ...").
 * - One bare word ("Introduction:", "Seven:", "Dominica's Experience:",
 *   "Excellencies:" -- headings and salutations in speeches) can only as
 *   the surname of a person the document named before by a full name or
 *   with a title ("Putin:" after "Vladimir Putin", "Gref:" after "Sberbank
 *   CEO German Gref"). */
static int label_speaker(const rec_t *r, const pg_mention *m, size_t first_ment, int in_transcript)
{
    if (m->kind != MK_PERSON || (m->flags & MF_CONFIRMED) || m->full_begin < m->tok_begin)
        return 1;
    const pg_analysis *an = r->an;
    if (m->tok_end - m->tok_begin > 1) {
        if (in_transcript)
            return 1;
        for (size_t k = m->tok_begin; k < m->tok_end; k++)
            if (!used_in_lowercase(an, k))
                return 1;
        return 0;
    }
    const pg_token *w = &an->toks[m->tok_begin];
    size_t n = pg_tok_base_len(w);
    for (size_t q = 0; q < first_ment; q++) {
        const pg_mention *p = &an->ments[q];
        if (p->kind != MK_PERSON ||
            !(p->tok_end - p->tok_begin >= 2 || (p->flags & MF_CONFIRMED) || p->full_begin < p->tok_begin))
            continue;
        const pg_token *l = &an->toks[p->tok_end - 1];
        if (pg_tok_base_len(l) == n && strncasecmp(an->text + l->start, an->text + w->start, n) == 0)
            return 1;
    }
    return 0;
}

/* "President of Russia Vladimir Putin: ..." at a sentence start: a turn.
 * Returns the colon's token, or -1. `in_transcript`: an earlier label of
 * the document was a turn. A label inside a quotation starts no turn but
 * still says its name is a person. */
static int32_t turn_label(rec_t *r, size_t first_ment, int in_transcript)
{
    pg_analysis *an = r->an;
    int quoted = T(r, r->sb)->quote >= 0 && an->quotes[T(r, r->sb)->quote].kind == QK_MARKS;
    size_t limit = r->sb + 16;
    for (size_t k = r->sb; k < r->se && k < limit; k++) {
        if (is_tok(r, k, ":")) {
            if (k + 1 >= r->se && !(k + 1 < an->ntoks))
                return -1;
            /* a label in the middle of a line ending there introduces a
             * quotation, no transcript: "... the first indigenous president
             * of Latin America. Benito Juarez:\n" (a transcript copied
             * without line breaks goes on after its labels: "* * *
             * Vladimir Putin: Colleagues, ...") */
            if (!in_transcript && !(T(r, r->sb)->flags & TF_LINE_START) && k + 1 < an->ntoks &&
                (an->toks[k + 1].flags & TF_LINE_START))
                return -1;
            /* nor is a colon glued to lowercase letters or a comma: "the
             * United Na:ons" and "Hai:," are letters a PDF lost, no labels
             * ("Vladimir Putin:…" and "Putin:(Addressing ...)" are) */
            if (k + 1 < an->ntoks && !(an->toks[k + 1].flags & (TF_SPACE_BEFORE | TF_LINE_START)) &&
                ((an->toks[k + 1].kind == TK_WORD && !(an->toks[k + 1].flags & TF_CAP)) ||
                 pg_tok_is(an, k + 1, ",") || pg_tok_is(an, k + 1, ".") || pg_tok_is(an, k + 1, ";")))
                return -1;
            /* the first name that can be a speaker; inside a transcript,
             * failing that, the first name at all ("German Gref:" where
             * "German" was read as a demonym) */
            int32_t person = -1, bare = -1;
            for (size_t m = first_ment; m < an->nments; m++) {
                pg_mention *pm = &an->ments[m];
                if (pm->tok_begin >= k)
                    break;
                if (pm->kind != MK_PERSON && pm->kind != MK_DESC)
                    continue;
                if (bare < 0)
                    bare = (int32_t)m;
                if (label_speaker(r, pm, first_ment, in_transcript)) {
                    person = (int32_t)m;
                    break;
                }
            }
            if (person < 0 && in_transcript)
                person = bare;
            if (person < 0)
                return -1;
            if (an->ments[person].kind == MK_PERSON && an->ments[person].full_begin == an->ments[person].tok_begin &&
                !(an->ments[person].flags & MF_CONFIRMED)) {
                /* "Accounts Chamber Chairman Alexei Kudrin:": a titled name
                 * ending the label speaks, not capitals before it */
                for (size_t m = (size_t)person + 1; m < an->nments && an->ments[m].tok_begin < k; m++) {
                    const pg_mention *pm = &an->ments[m];
                    size_t j = pm->tok_end;
                    while (j < k && (T(r, j)->flags & TF_SKIP))
                        j++; /* "Alexei Kudrin Kudrin AlexeiChairman of the Accounts Chamber:" (skip_name_echo) */
                    if (pm->kind == MK_PERSON && pm->full_begin < pm->tok_begin &&
                        (j == k || (is_tok(r, j, "(") && is_tok(r, k - 1, ")")))) {
                        person = (int32_t)m;
                        break;
                    }
                }
            }
            an->ments[person].flags |= MF_CONFIRMED;
            if (quoted)
                return -1;
            an->ments[person].flags |= MF_TURN;
            return (int32_t)k;
        }
        /* a remark in parentheses: "Alberto Fernandez (retranslated):" */
        if (is_tok(r, k, "(")) {
            size_t j = k + 1;
            while (j < r->se && j < k + 6 && !is_tok(r, j, ")"))
                j++;
            if (j < r->se && is_tok(r, j, ")")) {
                k = j;
                continue;
            }
        }
        /* a full name, a comma and the speaker's post: "Anna Popova, Head
         * of the Federal Service for ... (Rospotrebnadzor):", "Yevgeny
         * Trofimenko, Umatex R&D Centre, Rosatom State Corporation:" (the
         * name opens the sentence, with no title before it: not "Mr
         * President, here is my question:") */
        if (is_tok(r, k, ",") && limit == r->sb + 16 && first_ment < an->nments) {
            const pg_mention *pm = &an->ments[first_ment];
            if (pm->kind == MK_PERSON && pm->tok_begin == r->sb && pm->full_begin == pm->tok_begin &&
                pm->tok_end == k && k - r->sb >= 2 && !(pm->flags & MF_VOCATIVE)) {
                limit = r->sb + 28;
                continue;
            }
        }
        if (limit > r->sb + 16 && (is_tok(r, k, ",") || is_tok(r, k, "&") || is_tok(r, k, "for")))
            continue;
        /* only names with their particles, titles, "of", "the" and actors
         * in a label; "and" inside a title ("Patriarch of Moscow and All
         * Russia", "Prime Minister of Antigua and Barbuda") */
        if (!(is_cap(r, k) || is_tok(r, k, "of") || is_tok(r, k, "the") || (T(r, k)->flags & TF_SKIP) ||
              (is_tok(r, k, "and") && k > r->sb && is_cap(r, k + 1)) ||
              (is_word(r, k) && (WC(r, k) & WC_PARTICLE))))
            return -1;
    }
    return -1;
}

/* A word a label of several titles may hold: capitals, "of", "the", "for",
 * "to", "and", "in", "on", "at", commas, dashes and brackets. */
static int label_word(const rec_t *r, size_t k)
{
    static const char *const small[] = {"of", "the", "for", "to", "and", "in", "on", "at", ",", "(", ")", "&"};
    if (is_cap(r, k) || T(r, k)->kind == TK_DASH)
        return 1;
    for (size_t i = 0; i < sizeof small / sizeof *small; i++)
        if (is_tok(r, k, small[i]))
            return 1;
    return 0;
}

/* A label glued to the heading before it, with no stop between them:
 * "Address by the President of Russia at the military parade President of
 * Russia Vladimir Putin: Fellow Russian citizens, ...", "... and Rosatom *
 * * * President of Russia Vladimir Putin: ...", or with a title longer than
 * turn_label reads. A titled full name (inside a transcript, also a known
 * speaker's full name: "Thank you Vladimir Putin: ...") right before a
 * colon and a capital, at the sentence start or after a "*" or a word that
 * does not govern it (not "to", "with", "and" ...). Returns the colon's
 * token and sets *label to the label's first token, or returns -1. */
static int32_t glued_turn_label(rec_t *r, size_t first_ment, int in_transcript, size_t *label)
{
    pg_analysis *an = r->an;
    if (T(r, r->sb)->quote >= 0 && an->quotes[T(r, r->sb)->quote].kind == QK_MARKS)
        return -1;
    for (size_t m = first_ment; m < an->nments; m++) {
        pg_mention *pm = &an->ments[m];
        size_t k = pm->tok_end, b = pm->full_begin;
        if (pm->kind != MK_PERSON || b < r->sb || pm->tok_end - pm->tok_begin < 2 || !is_tok(r, k, ":") ||
            k + 1 >= r->se || !is_cap(r, k + 1) || T(r, k)->quote >= 0)
            continue;
        if (!(b < pm->tok_begin || (in_transcript && label_speaker(r, pm, first_ment, in_transcript))))
            continue;
        /* what comes before: nothing (a title too long for turn_label's
         * window), a section break's "*", or a word that does not govern
         * the name */
        if (b > r->sb && !is_tok(r, b - 1, "*") &&
            (T(r, b - 1)->kind != TK_WORD || (WC(r, b - 1) & (WC_PREP | WC_DET)) || is_tok(r, b - 1, "and") ||
             is_tok(r, b - 1, "or"))) {
            /* a label of several titles, each with its own words: "Deputy
             * Prime Minister – Presidential Envoy to the Far Eastern Federal
             * District, Chairman of the State Commission ... Yury Trutnev:"
             * -- what stands before the titled name is titles' words back to
             * the sentence start */
            size_t j = b;
            while (j > r->sb && b - j < 48 && label_word(r, j - 1))
                j--;
            if (j != r->sb)
                continue;
            b = r->sb;
        }
        pm->flags |= MF_CONFIRMED | MF_TURN;
        *label = b;
        return (int32_t)k;
    }
    return -1;
}

/* "Question: ..." in a transcript (a turn_word of words.tsv and a colon
 * opening the sentence): a turn by someone unnamed, which ends the turn
 * before it, or by the name that follows ("Question: Ksenia Golovanova,
 * Interfax news agency."). Returns the token after which the turn's words
 * begin (the colon, or the end of such an introduction: it is not what
 * they said), or -1. */
static int32_t unnamed_turn(rec_t *r, size_t first_ment)
{
    pg_analysis *an = r->an;
    size_t k = r->sb;
    if (!is_cap(r, k) || !is_tok(r, k + 1, ":") || !pg_lexicon_in_set(r->lex, PG_WS_TURN_WORD, an, k))
        return -1;
    if (T(r, k)->quote >= 0 && an->quotes[T(r, k)->quote].kind == QK_MARKS)
        return -1;
    for (size_t m = first_ment; m < an->nments; m++) {
        pg_mention *pm = &an->ments[m];
        if (pm->full_begin < k + 2)
            continue;
        if (pm->full_begin == k + 2 && pm->kind == MK_PERSON && is_tok(r, pm->tok_end, ",")) {
            pm->flags |= MF_CONFIRMED | MF_TURN;
            return (int32_t)(r->se - 1);
        }
        break;
    }
    return (int32_t)(k + 1);
}

/* Does a courtesy title that opens with a possessive start at i, with a
 * name after it ("Your Excellency Tomas Varga", "His Majesty King Abdullah
 * II")? Then the possessive is part of the title, not a pronoun. */
static int titled_name_at(const rec_t *r, size_t i)
{
    int32_t title;
    size_t n = (T(r, i)->flags & TF_CAP) ? pg_lexicon_match_title(r->lex, r->an, i, r->se, &title) : 0;
    return n > 1 && name_word(r, i + n, 1);
}

/* An article whose headline is an address or speech by a person, and whose
 * text has no transcript turns, is that address: its text is one turn of
 * the person's ("Address by President Volodymyr Zelenskyy to the
 * community of ...", "... - address by the President of Ukraine"), from
 * the first sentence after the headline to the end -- if it says "I"
 * somewhere outside quotation marks, as addresses do (a report about an
 * address speaks of "the President" and "he", and a press office's "we"
 * is its own). */
static void address_text(rec_t *r)
{
    pg_analysis *an = r->an;
    size_t s = 0;
    while (s < an->nsents && (an->sents[s].flags & SF_HEADLINE))
        s++;
    if (s == 0 || s >= an->nsents)
        return;
    size_t b = an->sents[s].tok_begin;
    int first_person = 0;
    for (size_t m = 0; m < an->nments && !first_person; m++) {
        const pg_mention *pm = &an->ments[m];
        if (pm->kind == MK_PRONOUN && pm->pronoun == PR_I && pm->tok_begin >= b && an->toks[pm->tok_begin].quote < 0)
            first_person = 1;
    }
    if (first_person && b < an->ntoks) {
        add_speech_span(an, b, an->ntoks - 1, QK_TURN, r->address_ment, -1);
        an->quotes[an->nquotes - 1].address = 1;
    }
}

/* ---- driver ---- */

void pg_recognise(pg_analysis *an, const pg_lexicon *lex)
{
    struct odd_surnames odd = {.n = 0};
    struct state_cos cos = {.n = 0};
    rec_t r = {.an = an, .lex = lex, .odd = &odd, .cos = &cos, .address_ment = -1, .us_doc = -1};
    int32_t turn_colon = -1, turn_ment = -1;
    pg_lexicon_fill_words(lex, an); /* nearly every word is asked: one pass is cheaper */
    for (size_t s = 0; s < an->nsents; s++) {
        pg_sentence *sent = &an->sents[s];
        r.sb = sent->tok_begin;
        r.se = sent->tok_end;
        r.sent = (uint32_t)s;
        if (sent->flags & SF_URL_ONLY)
            continue;
        size_t first_ment = an->nments;
        size_t per_sentence_cap = first_ment + PG_MAX_MENTIONS_PER_SENTENCE;
        {
            /* Title Case: most words of four letters or more capitalised */
            size_t words = 0, caps = 0, letters = 0, shout = 0;
            for (size_t k = r.sb; k < r.se; k++) {
                if (an->toks[k].kind == TK_WORD && pg_tok_len(&an->toks[k]) >= 4) {
                    words++;
                    if (an->toks[k].flags & TF_CAP)
                        caps++;
                }
                if (an->toks[k].kind == TK_WORD && !(an->toks[k].flags & TF_DIGIT) && pg_tok_len(&an->toks[k]) >= 2) {
                    letters++;
                    if (an->toks[k].flags & TF_ALLCAPS)
                        shout++;
                }
            }
            r.titlecase = words >= 3 && caps * 10 >= words * 8;
            /* ALL CAPS: a wire headline */
            r.allcaps = letters >= 3 && shout == letters;
            if (r.titlecase || r.allcaps)
                sent->flags |= SF_TITLECASE;
        }
        find_dates(&r);
        size_t i = r.sb;
        while (i < r.se) {
            if (an->nments >= per_sentence_cap) {
                if (!(an->limit_warnings & 2)) {
                    an->limit_warnings |= 2;
                    const char *part;
                    uint32_t at = pg_analysis_byte(an, an->toks[i].start, &part);
                    pg_warn(an->warn, an->warn_ctx, "%s: more than %d actor mentions in a sentence; the rest ignored (%sbyte %u)",
                            an->doc_id, PG_MAX_MENTIONS_PER_SENTENCE, part, at);
                }
                break;
            }
            const pg_token *t = &an->toks[i];
            if (t->kind != TK_WORD || (t->flags & TF_SKIP)) {
                i++;
                continue;
            }
            unsigned wc = pg_lexicon_word_class(lex, an, i);
            if (odd.n && (t->flags & TF_CAP) && (wc & WC_NONNAME) && odd_surname(&r, i)) {
                pg_mention *m = add_mention(&r, MK_PERSON, i, i + 1, i); /* "May said" after "Theresa May" */
                m->flags |= MF_CONFIRMED;
                i++;
                continue;
            }
            /* most words: lowercase, or a capitalised function word that
             * opens no organization ("In", "But"; not "A." of a name), of
             * no class that matters here, starting no phrase -- at most a
             * group ("the two leaders", "Both sides") */
            if (!(wc & (WC_HE | WC_SHE | WC_THEY | WC_I | WC_WE | WC_YOU | WC_KIN | WC_FORMER)) &&
                !(t->first & TOK_FIRST_LENS) &&
                (!(t->flags & TF_CAP) || ((wc & WC_FUNCTION) && !(t->flags & TF_INITIAL) &&
                                          !pg_lexicon_in_set(lex, PG_WS_ORG_OPENER, an, i)))) {
                size_t g = (wc & WC_DET) ? parse_group(&r, i) : i;
                i = g > i ? g : i + 1;
                continue;
            }
            int pr = pronoun_class(wc);
            if (pr && (!(t->flags & TF_CAP) || i == r.sb || pg_tok_is(an, i, "I") ||
                       (pr == PR_I && an->text[t->start] == 'I') || /* "For decades, I've been warning" */
                       (i > r.sb && an->toks[i - 1].kind == TK_QUOTE)) &&
                !titled_name_at(&r, i)) {
                pg_mention *m = add_mention(&r, MK_PRONOUN, i, i + 1, i);
                m->pronoun = (uint8_t)pr;
                i++;
                continue;
            }
            size_t g = parse_group(&r, i);
            if (g > i) {
                i = g;
                continue;
            }
            int32_t kt; /* "my brother President Abdel Fattah al Sisi": the title's */
            int32_t ka; /* "the sister Bolivarian Republic of Venezuela": a state's */
            int khow, kposs;
            if ((wc & WC_KIN) && !(t->flags & TF_CAP) && name_word(&r, i + 1, 1) &&
                !pg_lexicon_match_title(lex, an, i + 1, r.se, &kt) &&
                !pg_lexicon_match_actor(lex, an, i + 1, r.se, &ka, &khow, &kposs)) {
                size_t e = name_seq(&r, i + 1);
                pg_mention *m = add_mention(&r, MK_PERSON, i + 1, e, i);
                m->flags |= MF_CONFIRMED;
                i = e;
                continue;
            }
            size_t e = parse_phrase(&r, i);
            i = e > i ? e : i + 1;
        }
        signature(&r, first_ment);
        headline_attribution(&r, first_ment);
        int32_t colon = turn_label(&r, first_ment, turn_colon >= 0);
        size_t label = r.sb;
        if (colon < 0 && turn_colon >= 0)
            colon = unnamed_turn(&r, first_ment);
        if (colon < 0)
            colon = glued_turn_label(&r, first_ment, turn_colon >= 0, &label);
        if (colon >= 0) {
            if (turn_colon >= 0 && label > (size_t)turn_colon + 1)
                add_speech_span(an, (size_t)turn_colon + 1, label - 1, QK_TURN, turn_ment, -1);
            turn_colon = colon;
            turn_ment = -1;
            for (size_t m = first_ment; m < an->nments; m++)
                if (an->ments[m].flags & MF_TURN) {
                    turn_ment = (int32_t)m;
                    break;
                }
            if ((sent->flags & SF_HEADLINE) && (size_t)colon + 1 < r.se) {
                /* "Head of State: Sanctions will be lifted ...": the
                 * headline quotes the person; the report under it is no
                 * turn of theirs */
                add_speech_span(an, (size_t)colon + 1, r.se - 1, QK_TURN, turn_ment, -1);
                turn_colon = -1;
            }
        }
    }
    if (turn_colon >= 0 && (size_t)turn_colon + 1 < an->ntoks)
        add_speech_span(an, (size_t)turn_colon + 1, an->ntoks - 1, QK_TURN, turn_ment, -1);
    else if (turn_colon < 0 && r.address_ment >= 0)
        address_text(&r);

    /* an article without a date is dated by the latest full date it gives
     * (a post signature, a dateline); dates without a year take its year */
    if (!an->doc_date[0]) {
        int best = -1;
        for (size_t d = 0; d < an->ndates; d++) {
            const pg_date *x = &an->dates[d];
            if (x->year && (best < 0 || x->year * 400 + x->month * 32 + x->day >
                                            an->dates[best].year * 400 + an->dates[best].month * 32 + an->dates[best].day))
                best = (int)d;
        }
        if (best >= 0)
            snprintf(an->doc_date, sizeof an->doc_date, "%04u-%02u-%02u", an->dates[best].year % 10000u,
                     an->dates[best].month % 100u, an->dates[best].day % 100u);
    }
    int year = an->doc_date[0] ? atoi(an->doc_date) : 0;
    for (size_t d = 0; d < an->ndates; d++)
        if (!an->dates[d].year)
            an->dates[d].year = (uint16_t)year;
}
