/* resolve.c — entities from mentions (see resolve.h). */
#include "resolve.h"

#include <stdlib.h>
#include <string.h>

#include "hashmap.h"
#include "mem.h"

#define MAX_ALIASES 24
/* Namesake pairs noted per article: a real one has one or two; past this
 * many, the rest are not noted (the names resolve as if they were not). */
#define MAX_NAMESAKES 16

/* A person's name: the given name (NULL for a name of one word) and the
 * surname, pointing into the text. */
typedef struct name_t {
    const char *first, *last;
    size_t first_len, last_len;
    size_t words; /* tokens that are not initials */
} name_t;

typedef struct {
    pg_analysis *an;
    const pg_lexicon *lex;
    struct pg_resolve_kept *k; /* the maps and arrays kept in the analysis (analysis.h) */
    size_t nlast, swept; /* entities with a last_subject entry; mentions swept into it */
    size_t short_orgs_done; /* entities indexed in k->short_orgs so far */
    uint64_t *by_mention;  /* people by first mention (built when there are too many to scan) */
    uint8_t *titled;       /* entity -> TITLED_*: how titles name it, for descriptions */
    int32_t *was_of;       /* entity -> the entity of the office it is named as having held, or -1 */
    size_t ntitled;        /* entities in it (those before the descriptions' roles) */
    size_t nby_mention;
    /* full names a surname alone was coordinated with ("Reagan and Nancy
     * Reagan"): see find_namesakes */
    struct name_t namesakes[MAX_NAMESAKES];
    size_t nnamesakes;
} res_t;

int pg_is_preposition(const pg_lexicon *lex, const pg_analysis *an, size_t tok)
{
    return pg_lexicon_word_class(lex, an, tok) & WC_PREP;
}

static void add_alias(pg_entity *e, const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < e->aliases.len; i += strlen(e->aliases.p + i) + 1)
        count++;
    if (count < MAX_ALIASES)
        pg_strset_add(&e->aliases, s, n);
}

static void alias_from_span(res_t *R, pg_entity *e, size_t b, size_t tend)
{
    pg_buf_reset(&R->k->tmp);
    pg_span_text(R->an, b, tend, 1, &R->k->tmp);
    add_alias(e, R->k->tmp.p ? R->k->tmp.p : "", R->k->tmp.len);
}

/* Whether sentence `s` is written in capitals (a wire headline): most of
 * its words of two letters or more are. */
static int sentence_shouts(const pg_analysis *an, uint32_t s)
{
    size_t words = 0, caps = 0;
    for (size_t k = an->sents[s].tok_begin; k < an->sents[s].tok_end; k++) {
        const pg_token *t = &an->toks[k];
        if (t->kind != TK_WORD || (t->flags & TF_DIGIT) || pg_tok_len(t) < 2)
            continue;
        words++;
        caps += (t->flags & TF_ALLCAPS) != 0;
    }
    return words >= 3 && caps * 4 >= words * 3;
}

/* ---- countries and organizations ---- */

/* Lexicon actor `actor`'s entity in this article, made when first asked
 * (mention m being the first that stands for it). */
static int32_t lexicon_entity(res_t *R, int32_t actor, const pg_mention *m)
{
    pg_analysis *an = R->an;
    int32_t *slot = &R->k->actor_ent[actor];
    if (*slot < 0) {
        const pg_lex_actor *la = &R->lex->actors[actor];
        *slot = (int32_t)pg_analysis_add_entity(an, la->type, la->label);
        an->ents[*slot].actor = actor;
        an->ents[*slot].first_mention = (uint32_t)(m - an->ments);
    }
    return *slot;
}

static int32_t actor_entity(res_t *R, pg_mention *m)
{
    pg_analysis *an = R->an;
    if (m->actor >= 0)
        return lexicon_entity(R, m->actor, m);
    pg_buf_reset(&R->k->tmp);
    pg_span_text(an, m->tok_begin, m->tok_end, 1, &R->k->tmp);
    int inserted;
    size_t *v = pg_strmap_put(R->k->pattern_orgs, R->k->tmp.p, R->k->tmp.len, &inserted);
    if (inserted) {
        *v = pg_analysis_add_entity(an, PG_ACTOR_ORGANIZATION, R->k->tmp.p);
        an->ents[*v].first_mention = (uint32_t)(m - an->ments);
    }
    return (int32_t)*v;
}

/* The organization by its shape that mention m names, when one such has
 * the same words in this article already; else -1. */
static int32_t pattern_org_named(res_t *R, const pg_mention *m)
{
    pg_buf_reset(&R->k->tmp);
    pg_span_text(R->an, m->tok_begin, m->tok_end, 1, &R->k->tmp);
    const size_t *v = pg_strmap_get(R->k->pattern_orgs, R->k->tmp.p, R->k->tmp.len);
    return v ? (int32_t)*v : -1;
}

/* The entity of a body many states have, named for its state (MF_NATIONAL):
 * the state's first demonym and the body's name ("Japanese Finance
 * Ministry"), or the state's name where that demonym is a noun in -er or
 * there is none ("New Zealand Reserve Bank"); affiliated with
 * the state. One per name and article, like other pattern organizations. */
static int32_t national_entity(res_t *R, pg_mention *m)
{
    pg_analysis *an = R->an;
    const pg_lex_actor *state = &R->lex->actors[m->owner];
    pg_buf *label = &R->k->tmp;
    pg_buf_reset(label);
    const char *forms = state->forms ? state->forms : "";
    for (const char *p = forms; *p && !label->len;) {
        size_t n = strcspn(p, "|");
        size_t *v = pg_strmap_get(R->lex->actor_phrases, p, n);
        if (v && ((*v & 15) == LA_DEMONYM) && (int32_t)(*v >> 4) == m->owner) {
            if (n > 2 && memcmp(p + n - 2, "er", 2) == 0)
                break; /* a people noun ("New Zealander"): the state's name */
            pg_buf_add(label, p, n);
        }
        p += n;
        if (*p)
            p++;
    }
    if (!label->len)
        pg_buf_adds(label, state->label);
    pg_buf_addc(label, ' ');
    pg_span_text(an, m->tok_begin, m->tok_end, 1, label);
    int inserted;
    size_t *v = pg_strmap_put(R->k->pattern_orgs, label->p, label->len, &inserted);
    if (inserted) {
        *v = pg_analysis_add_entity(an, PG_ACTOR_ORGANIZATION, label->p);
        an->ents[*v].first_mention = (uint32_t)(m - an->ments);
        /* the state: the entity its mentions have, or a new one */
        an->ents[*v].aff = lexicon_entity(R, m->owner, m);
    }
    return (int32_t)*v;
}

/* ---- short names that states share ---- */

/* The entity for the mentions of an ambiguous short name: no one (is_role
 * 2), one per name and article. */
static int32_t ambiguous_entity(res_t *R, const pg_mention *m)
{
    pg_analysis *an = R->an;
    const char *name = R->lex->actors[m->actor].short_name;
    /* kept with the pattern organizations, under a key no text has */
    pg_buf *key = &R->k->tmp;
    pg_buf_reset(key);
    pg_buf_addc(key, '\001');
    pg_buf_adds(key, name);
    int inserted;
    size_t *v = pg_strmap_put(R->k->pattern_orgs, key->p, key->len, &inserted);
    if (inserted) {
        *v = pg_analysis_add_entity(an, PG_ACTOR_COUNTRY, name);
        an->ents[*v].is_role = 2;
        an->ents[*v].first_mention = (uint32_t)(m - an->ments);
    }
    return (int32_t)*v;
}

/* Is mention m a state's short name ("Korea"), spelt as the lexicon has it? */
static int is_short_name(const res_t *R, const pg_mention *m)
{
    if (m->kind != MK_ACTOR || m->actor < 0 || m->tok_end != m->tok_begin + 1)
        return 0;
    const char *s = R->lex->actors[m->actor].short_name;
    const pg_token *t = &R->an->toks[m->tok_begin];
    size_t n = t->base_end - t->start;
    return s && strlen(s) == n && memcmp(R->an->text + t->start, s, n) == 0;
}

/* Does the document name state c, by name, demonym or seat, or one of its
 * bodies other than `body` ("the U.S. Treasury")? A state's short name
 * ("Korea") counts only with `short_too`. */
static int state_named(const res_t *R, int32_t c, int32_t body, int short_too)
{
    for (size_t i = 0; i < R->an->nments; i++) {
        const pg_mention *m = &R->an->ments[i];
        if ((m->kind == MK_ACTOR || m->kind == MK_DEMONYM) && m->actor >= 0 && m->actor != body &&
            (m->actor == c || R->lex->actors[m->actor].country == c) && (short_too || !is_short_name(R, m)))
            return 1;
    }
    return 0;
}

/* A state's short name ("Korea", countries.tsv's `short` column) is the
 * state's where the article names it in full ("the Republic of Korea ...
 * Korea will") or does not name the other state that shares the name (a
 * 1987 trade story's "Korea"). Where the article names only the other
 * ("North Korea", "the DPRK"), it is ambiguous ("a unified Korea") and
 * stands for no one. Asked once per state and article (a scan of the
 * mentions each time would make an article of many "Korea"s quadratic). */
static void short_names(res_t *R)
{
    struct {
        int32_t actor;
        int ambiguous;
    } asked[8];
    size_t nasked = 0;
    for (size_t i = 0; i < R->an->nments; i++) {
        pg_mention *m = &R->an->ments[i];
        if (!is_short_name(R, m))
            continue;
        size_t q = 0;
        while (q < nasked && asked[q].actor != m->actor)
            q++;
        int ambiguous;
        if (q < nasked) {
            ambiguous = asked[q].ambiguous;
        } else {
            ambiguous = !state_named(R, m->actor, -1, 0) && state_named(R, R->lex->actors[m->actor].short_rival, -1, 0);
            if (nasked < sizeof asked / sizeof *asked) {
                asked[nasked].actor = m->actor;
                asked[nasked].ambiguous = ambiguous;
                nasked++;
            }
        }
        if (ambiguous)
            m->flags |= MF_AMBIGUOUS;
    }
}

/* ---- bodies that many states have ---- */

/* The state the document names (by name, demonym or seat) most, and how
 * often it and the runner-up are named (*top, *second), a name in the
 * narrator's words counting twice one inside a quotation; with `bodies`,
 * the state's institutions by a name of their own count as its name ("State
 * Duma", "Federal Security Service": a Kremlin list of those present names
 * Russia so). -1 if it names none. Ties go to the one named first. */
#define PG_SHARED_STATES 32
static int shared_span(const res_t *R, const pg_mention *m);

static int32_t doc_state(const res_t *R, int bodies, unsigned *top, unsigned *second)
{
    const pg_analysis *an = R->an;
    int32_t c[PG_SHARED_STATES];
    unsigned count[PG_SHARED_STATES];
    size_t nc = 0;
    for (size_t i = 0; i < an->nments; i++) {
        const pg_mention *m = &an->ments[i];
        if ((m->kind != MK_ACTOR && m->kind != MK_DEMONYM) || m->actor < 0)
            continue;
        int32_t state = m->actor;
        if (R->lex->actors[state].type != PG_ACTOR_COUNTRY) {
            if (!bodies || R->lex->actors[state].org_kind != ORG_INSTITUTION || m->kind != MK_ACTOR ||
                shared_span(R, m))
                continue; /* not parties: "Christian Democrats" of Italy read as the CDU */
            state = R->lex->actors[state].country;
            if (state < 0)
                continue;
        }
        size_t j = 0;
        while (j < nc && c[j] != state)
            j++;
        if (j == nc) {
            if (nc == PG_SHARED_STATES)
                continue;
            c[nc] = state;
            count[nc++] = 0;
        }
        count[j] += an->toks[m->tok_begin].quote < 0 ? 2 : 1;
    }
    int32_t best = -1;
    *top = *second = 0;
    for (size_t j = 0; j < nc; j++) {
        if (count[j] > *top) {
            *second = *top;
            *top = count[j];
            best = c[j];
        } else if (count[j] > *second) {
            *second = count[j];
        }
    }
    return best;
}

/* The lexicon's body of state `state` called `name` after one of the
 * state's names or demonyms, or before "of" or "of the" and one of them
 * ("Russian Armed Forces", "Security Council of Russia", "Armed Forces
 * of the Russian Federation"); -1 if it has none. */
static int32_t national_body(res_t *R, const pg_buf *name, int32_t state)
{
    const char *forms = R->lex->actors[state].forms;
    if (!forms)
        forms = R->lex->actors[state].label;
    for (const char *p = forms; *p;) {
        size_t n = strcspn(p, "|");
        for (int shape = 0; shape < 3; shape++) {
            pg_buf *key = &R->k->tmp;
            pg_buf_reset(key);
            if (shape == 0) {
                pg_buf_add(key, p, n);
                pg_buf_addc(key, ' ');
                pg_buf_add(key, name->p, name->len);
            } else {
                pg_buf_add(key, name->p, name->len);
                pg_buf_adds(key, shape == 1 ? " of " : " of the ");
                pg_buf_add(key, p, n);
            }
            size_t *v = pg_strmap_get(R->lex->actor_phrases, key->p, key->len);
            if (!v || (*v & 15) != LA_NAME)
                continue;
            int32_t a = (int32_t)(*v >> 4);
            if (R->lex->actors[a].type == PG_ACTOR_ORGANIZATION && R->lex->actors[a].country == state)
                return a;
        }
        p += n;
        if (*p)
            p++;
    }
    return -1;
}

/* The lexicon actors the document names (`named`) and those it names by a
 * name that many states' bodies do not share (`full`), each sorted; built
 * when first asked. */
typedef struct {
    int32_t *named, *full;
    size_t nnamed, nfull;
    int built;
} named_t;

static int cmp_i32(const void *pa, const void *pb)
{
    int32_t a = *(const int32_t *)pa, b = *(const int32_t *)pb;
    return (a > b) - (a < b);
}

static int shared_span(const res_t *R, const pg_mention *m)
{
    const pg_analysis *an = R->an;
    const pg_token *b = &an->toks[m->tok_begin], *e = &an->toks[m->tok_end - 1];
    return pg_lexicon_in_set_text(R->lex, PG_WS_SHARED_BODY, an->text + b->start, e->base_end - b->start);
}

static void named_build(const res_t *R, named_t *n)
{
    const pg_analysis *an = R->an;
    n->built = 1;
    n->named = pg_xmalloc((an->nments ? an->nments : 1) * sizeof *n->named);
    n->full = pg_xmalloc((an->nments ? an->nments : 1) * sizeof *n->full);
    for (size_t i = 0; i < an->nments; i++) {
        const pg_mention *m = &an->ments[i];
        if (m->kind != MK_ACTOR || m->actor < 0 || m->tok_end <= m->tok_begin)
            continue;
        n->named[n->nnamed++] = m->actor;
        if (!shared_span(R, m))
            n->full[n->nfull++] = m->actor;
    }
    pg_qsort(n->named, n->nnamed, sizeof *n->named, cmp_i32);
    pg_qsort(n->full, n->nfull, sizeof *n->full, cmp_i32);
}

static int named_has(const int32_t *v, size_t n, int32_t a)
{
    return bsearch(&a, v, n, sizeof *v, cmp_i32) != NULL;
}

/* Does the document name actor `a` by a name that many states' bodies do
 * not share ("UN Security Council"), or its parent body: an actor whose
 * name begins its label ("UN" of "UN Security Council": the United
 * Nations)? */
static int parent_named(const res_t *R, named_t *n, int32_t a)
{
    if (!n->built)
        named_build(R, n);
    if (named_has(n->full, n->nfull, a))
        return 1;
    const char *label = R->lex->actors[a].label;
    for (const char *sp = strchr(label, ' '); sp; sp = strchr(sp + 1, ' ')) {
        size_t *v = pg_strmap_get(R->lex->actor_phrases, label, (size_t)(sp - label));
        if (v && (*v & 15) == LA_NAME && named_has(n->named, n->nnamed, (int32_t)(*v >> 4)))
            return 1;
    }
    return 0;
}

/* The state whose seat, of one or two words, stands right before token k
 * in its sentence as a modifier ("the Tokyo Stock Exchange", "the Kuala
 * Lumpur Stock Exchange": recognise dropped the seat as a mention); -1 if
 * none does. */
static int32_t seat_before(const res_t *R, size_t k, uint32_t sent)
{
    const pg_analysis *an = R->an;
    size_t sb = an->sents[sent].tok_begin;
    for (size_t n = 1; n <= 2 && k >= sb + n; n++) {
        const pg_token *p = &an->toks[k - n];
        if (p->kind != TK_WORD || (p->flags & (TF_CAP | TF_POSS)) != TF_CAP)
            return -1;
        int32_t a;
        int how, poss;
        if (pg_lexicon_match_actor(R->lex, an, k - n, k, &a, &how, &poss) == n && how == LA_SEAT && a >= 0 &&
            R->lex->actors[a].type == PG_ACTOR_COUNTRY)
            return a;
    }
    return -1;
}

/* A body's name that many states share (`shared_body` in words.tsv), read
 * as an international body's alias ("the Security Council": the United
 * Nations') or as a body of its own ("the Central Bank", "the Armed
 * Forces"), is the body of the state the document is about where the
 * lexicon has one: "Secretary of the Security Council Nikolai Patrushev"
 * in a Kremlin text is of the Security Council of Russia, "the Armed
 * Forces" in a Ukrainian presidency text the Armed Forces of Ukraine. A
 * state right before the name ("the Italian Foreign Ministry", "Japan's
 * Foreign Ministry") makes it that state's, or leaves it as it is. An
 * international body's alias stays its where the document names the
 * body in full or its parent ("UN Security Council", "the United
 * Nations"). */
static void shared_bodies(res_t *R)
{
    pg_analysis *an = R->an;
    int32_t state = -2, state_i = -2; /* not yet asked */
    unsigned top = 0, second = 0, top_i = 0, second_i = 0;
    named_t named = {0};
    typedef struct {
        int32_t body;
        int named; /* state_named(its state, body) */
    } home_t;
    home_t asked[16];
    size_t nasked = 0;
    for (size_t i = 0; i < an->nments; i++) {
        pg_mention *m = &an->ments[i];
        if (m->kind != MK_ACTOR || (m->flags & MF_ALIAS) || m->tok_end <= m->tok_begin)
            continue;
        if (m->actor >= 0 && R->lex->actors[m->actor].type != PG_ACTOR_ORGANIZATION)
            continue;
        /* the body the name stands for by default: an international one
         * ("Security Council"), one state's ("Supreme Court": the United
         * States'), or none ("Central Bank") */
        int32_t home = m->actor >= 0 ? R->lex->actors[m->actor].country : -1;
        int intl = m->actor >= 0 && home < 0;
        if (!shared_span(R, m) || (intl && parent_named(R, &named, m->actor)))
            continue;
        if (!pg_lexicon_key(an, m->tok_begin, m->tok_end, 1, 0, &R->k->key))
            continue;
        int32_t owner = -1;
        if (i > 0 && an->ments[i - 1].tok_end == m->tok_begin && an->ments[i - 1].actor >= 0 &&
            (an->ments[i - 1].kind == MK_ACTOR || an->ments[i - 1].kind == MK_DEMONYM) &&
            R->lex->actors[an->ments[i - 1].actor].type == PG_ACTOR_COUNTRY) {
            /* a state right before it ("the Italian Foreign Ministry",
             * "Japan's Foreign Ministry", "the Philippine Senate") */
            owner = an->ments[i - 1].actor;
        } else if ((owner = seat_before(R, m->tok_begin, m->sent)) >= 0) {
            /* its seat before it: "the Tokyo Stock Exchange" */
        } else {
            if (home >= 0) {
                /* one state's by default: it stays so where the document
                 * names the body in full ("the U.S. Supreme Court ... the
                 * Supreme Court") or its state at all (American news leaves
                 * the United States unsaid but seldom unnamed) */
                if (!named.built)
                    named_build(R, &named);
                if (named_has(named.full, named.nfull, m->actor))
                    continue;
                /* asked once per body: a scan of the mentions each time
                 * would make an article of many "Senate"s quadratic */
                size_t q = 0;
                while (q < nasked && asked[q].body != m->actor)
                    q++;
                if (q == nasked && nasked < sizeof asked / sizeof *asked)
                    asked[nasked++] = (home_t){m->actor, state_named(R, home, m->actor, 1)};
                if (q == sizeof asked / sizeof *asked ? state_named(R, home, m->actor, 1) : asked[q].named)
                    continue;
            }
            /* an international body's alias asks with the states' bodies
             * (a Kremlin list of those present, then the President on
             * Ukraine: "Secretary of the Security Council Nikolai
             * Patrushev" is Russia's); a body of its own without them (a
             * wire story on Brazil's "Finance Ministry" names the Fed) */
            if (intl ? state_i == -2 : state == -2) {
                if (intl)
                    state_i = doc_state(R, 1, &top_i, &second_i);
                else
                    state = doc_state(R, 0, &top, &second);
            }
            unsigned t = intl ? top_i : top, t2 = intl ? second_i : second;
            /* the state must lead: for an international body's alias,
             * named more than any other state (the document never ties the
             * name to the international body); otherwise at least twice and
             * twice as often (in war news, the enemy state is named more
             * than the one whose "Armed Forces" are meant) */
            int leads = intl ? t > t2 : (t >= 2 && t >= 2 * t2) || (t == 1 && t2 == 0);
            if (leads)
                owner = intl ? state_i : state;
        }
        if (owner < 0 || owner == home)
            continue;
        int32_t found = national_body(R, &R->k->key, owner);
        if (found >= 0) {
            m->actor = found;
            m->flags &= (uint16_t)~MF_ORG_PATTERN;
        } else if (!intl) {
            /* a body the lexicon does not know: the state's own, not the
             * default state's ("the Supreme Court" in a Kremlin text is not
             * the U.S. Supreme Court) nor every state's ("Japan's Finance
             * Ministry" and "Brazil's Finance Ministry" are two bodies) */
            m->actor = -1;
            m->flags |= MF_ORG_PATTERN | MF_NATIONAL;
            m->owner = owner;
        }
    }
    free(named.named);
    free(named.full);
}

/* ---- people ---- */

static void name_parts(const pg_analysis *an, const pg_mention *m, name_t *n)
{
    memset(n, 0, sizeof *n);
    for (size_t i = m->tok_begin; i < m->tok_end; i++) {
        const pg_token *t = &an->toks[i];
        if (i > m->tok_begin && !(t->flags & TF_CAP) && t->kind == TK_WORD) {
            /* "al-Assad", "el-Sisi" (recognise took them in a name only so):
             * the surname is what follows the hyphen ("Assad said") */
            size_t h = pg_tok_hyphen_surname(an, i);
            if (h) {
                n->last = an->text + t->start + h + 1;
                n->last_len = pg_tok_base_len(t) - h - 1;
                n->words++;
            }
            continue;
        }
        if ((t->flags & TF_INITIAL) || !(t->flags & TF_CAP) || (i > m->tok_begin && pg_tok_regnal(an, i)))
            continue; /* initials and regnal numbers ("Elizabeth II" is Elizabeth) */
        if (!n->words && i + 1 < m->tok_end && (t->first & TOK_FIRST_DONE) && (t->word & WC_PARTICLE))
            continue; /* "Von der Leyen", "De Clercq": the surname's particle, capitalised, is no first name */
        if (!n->first) {
            n->first = an->text + t->start;
            n->first_len = pg_tok_base_len(t);
        }
        n->last = an->text + t->start;
        n->last_len = pg_tok_base_len(t);
        n->words++;
    }
    if (n->words < 2) {
        n->first = NULL;
        n->first_len = 0;
    }
}

static inline unsigned char ascii_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }

/* Names compare without ASCII case: "ABE SAYS" in a headline is Abe. Are
 * a[0..na) and b[0..nb) the same so? */
static int same_text(const char *a, size_t na, const char *b, size_t nb)
{
    if (na != nb)
        return 0;
    for (size_t i = 0; i < na; i++)
        if (ascii_lower((unsigned char)a[i]) != ascii_lower((unsigned char)b[i]))
            return 0;
    return 1;
}

/* The same for a NUL-terminated b (NULL: no name, never the same). */
static int same(const char *a, size_t an_, const char *b) { return b && same_text(a, an_, b, strlen(b)); }

/* The key of a name in the by_last / by_first maps: ASCII-lowercased into
 * `buf` (valid until its next use). */
static const char *name_key(pg_buf *buf, const char *name, size_t len)
{
    pg_buf_reset(buf);
    for (size_t i = 0; i < len; i++)
        pg_buf_addc(buf, (char)ascii_lower((unsigned char)name[i]));
    pg_buf_addc(buf, '\0');
    return buf->p;
}

/* Whether s has letters and all of them are capitals (ASCII). */
static int all_caps(const char *s)
{
    int upper = 0;
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z')
            return 0;
        upper |= *s >= 'A' && *s <= 'Z';
    }
    return upper;
}

/* Adds entity e to the chain of `name` in `map`. */
static void chain_add(pg_strmap *map, pg_buf *keybuf, int32_t **next, size_t *cap, const char *name, size_t len,
                      int32_t e)
{
    pg_xgrow((void **)next, cap, (size_t)e + 1, sizeof **next);
    size_t *head = pg_strmap_put(map, name_key(keybuf, name, len), len, NULL);
    (*next)[e] = (int32_t)*head - 1;
    *head = (size_t)e + 1;
}

static void index_last(res_t *R, int32_t e)
{
    const char *s = R->an->ents[e].last;
    chain_add(R->k->by_last, &R->k->key, &R->k->next_last, &R->k->next_last_cap, s, strlen(s), e);
}

static void index_first(res_t *R, int32_t e)
{
    const char *s = R->an->ents[e].first;
    chain_add(R->k->by_first, &R->k->key, &R->k->next_first, &R->k->next_first_cap, s, strlen(s), e);
}

/* In the short-name index: the entry is a leading part of the name, which
 * any other kind of short name replaces ("General Motors" of "General Motors
 * Acceptance Corp" gives way to that of "General Motors Corp"); one that two
 * organizations share stands for neither (SHORT_ORG_NONE). */
#define SHORT_ORG_LEAD ((size_t)1 << 40)
#define SHORT_ORG_NONE SHORT_ORG_LEAD

static void short_org_add(res_t *R, const char *s, size_t n, size_t e)
{
    int inserted;
    size_t *v = pg_strmap_put(R->k->short_orgs, s, n, &inserted);
    if (inserted || (*v & SHORT_ORG_LEAD))
        *v = e + 1;
}

/* Adds a leading part of entity e's name. */
static void short_org_add_lead(res_t *R, const char *s, size_t n, size_t e)
{
    int inserted;
    size_t *v = pg_strmap_put(R->k->short_orgs, s, n, &inserted);
    if (inserted)
        *v = (e + 1) | SHORT_ORG_LEAD;
    else if ((*v & SHORT_ORG_LEAD) && *v != ((e + 1) | SHORT_ORG_LEAD))
        *v = SHORT_ORG_NONE;
}

/* An organization found by pattern that this name shortens (the first
 * such entity): the first word of its name ("Resource" for "Resource
 * Exploration Inc"), a company's name without its legal form ("Eastman
 * Kodak" for "Eastman Kodak Co", "Merrill Lynch" for "Merrill Lynch and
 * Co Inc") and the last word of that ("Kodak"), its initials ("ASA" for
 * "American Soybean Association"). The index is built on
 * first use and takes in the organizations found since (by their capitals,
 * as acronyms) on each later one. */
static int32_t short_org_text(res_t *R, const char *s, size_t len);

static int32_t short_org(res_t *R, const name_t *n)
{
    return n->first ? short_org_text(R, n->first, (size_t)(n->last + n->last_len - n->first))
                    : short_org_text(R, n->last, n->last_len);
}

/* The initials of the capitalised words of `label` into ini[] (at most
 * LABEL_INITIALS_MAX: a longer run fills it, which callers take as too
 * long to be an acronym); their count, and in *named how many of them lie
 * before byte `end` (the name without its legal forms). */
#define LABEL_INITIALS_MAX 9
static size_t label_initials(const char *label, size_t end, char *ini, size_t *named)
{
    size_t ni = 0;
    *named = 0;
    for (const char *p = label; *p && ni < LABEL_INITIALS_MAX; p++)
        if ((p == label || p[-1] == ' ') && *p >= 'A' && *p <= 'Z') {
            ini[ni++] = *p;
            if ((size_t)(p - label) < end)
                *named = ni;
        }
    return ni;
}

/* short_org for a text: the index lookup itself. */
static int32_t short_org_text(res_t *R, const char *s, size_t len)
{
    pg_analysis *an = R->an;
    for (size_t e = R->short_orgs_done; e < an->nents; e++) {
        const pg_entity *en = &an->ents[e];
        if (en->type != PG_ACTOR_ORGANIZATION)
            continue;
        if (en->actor >= 0) {
            /* a known body: its initials ("NRC" after "the Nuclear
             * Regulatory Commission"), and a company's first and last word
             * ("Hutton said" after "E.F. Hutton and Co", "Phelps" of
             * "Phelps Dodge"); the lexicon gives its other names */
            char ini[LABEL_INITIALS_MAX];
            size_t named, ni = label_initials(en->label, 0, ini, &named);
            if (ni >= 2 && ni < sizeof ini)
                short_org_add_lead(R, ini, ni, e);
            const char *sp = strchr(en->label, ' '), *last = strrchr(en->label, ' ');
            if (R->lex->actors[en->actor].org_kind == ORG_COMPANY && sp) {
                short_org_add_lead(R, en->label, (size_t)(sp - en->label), e);
                short_org_add_lead(R, last + 1, strlen(last + 1), e);
            }
            continue;
        }
        const char *sp = strchr(en->label, ' ');
        if (sp && sp > en->label) {
            short_org_add(R, en->label, (size_t)(sp - en->label), e);
            /* after an opener that no name takes: "(First) Toronto" for
             * "First Toronto Capital Corp" */
            const char *sp2 = strchr(sp + 1, ' ');
            if (sp2 && pg_lexicon_in_set_text(R->lex, PG_WS_ORG_OPENER, en->label, (size_t)(sp - en->label)))
                short_org_add(R, sp + 1, (size_t)(sp2 - sp - 1), e);
        }
        /* the name without its legal forms (and an "and" before them) */
        size_t end = strlen(en->label), forms = 0;
        for (;;) {
            size_t b = end;
            while (b > 0 && en->label[b - 1] != ' ')
                b--;
            if (b == 0)
                break;
            int form = pg_lexicon_in_set_text(R->lex, PG_WS_LEGAL_FORM, en->label + b, end - b);
            if (!form && !(forms && end - b == 3 && memcmp(en->label + b, "and", 3) == 0))
                break;
            forms += form;
            end = b - 1;
        }
        if (forms && sp && (size_t)(sp - en->label) < end) { /* two words or more are left */
            short_org_add(R, en->label, end, e); /* "Eastman Kodak" */
            size_t b = end;
            while (b > 0 && en->label[b - 1] != ' ')
                b--;
            short_org_add(R, en->label + b, end - b, e); /* "Kodak" */
            /* and its leading words, two or more: "Ovonic Imaging" for
             * "Ovonic Imaging Systems Inc" */
            for (const char *p = strchr(sp + 1, ' '); p && (size_t)(p - en->label) < end; p = strchr(p + 1, ' '))
                short_org_add_lead(R, en->label, (size_t)(p - en->label), e);
        }
        /* or its short name given in parentheses */
        for (size_t i = 0; i < en->aliases.len; i += strlen(en->aliases.p + i) + 1)
            short_org_add(R, en->aliases.p + i, strlen(en->aliases.p + i), e);
        /* or the initials of its capitalised words ("ASA" for "American
         * Soybean Association", "RHS" for "Russian Historical Society") */
        char ini[LABEL_INITIALS_MAX];
        size_t ni_named, ni = label_initials(en->label, end, ini, &ni_named);
        if (ni >= 2 && ni < sizeof ini)
            short_org_add(R, ini, ni, e);
        /* and of its name without the legal forms: "GM" for "General
         * Motors Corp", "TWA" for "Trans World Airlines Inc" */
        if (forms && ni_named >= 2 && ni_named < ni && ni < sizeof ini)
            short_org_add(R, ini, ni_named, e);
    }
    R->short_orgs_done = an->nents;
    size_t *v = pg_strmap_get(R->k->short_orgs, s, len);
    return v && *v != SHORT_ORG_NONE ? (int32_t)(*v & ~SHORT_ORG_LEAD) - 1 : -1;
}

/* Does `label` end in a company's legal form ("American Security Corp")? */
static int company_label(const res_t *R, const char *label)
{
    const char *sp = strrchr(label, ' ');
    return sp && pg_lexicon_in_set_text(R->lex, PG_WS_LEGAL_FORM, sp + 1, strlen(sp + 1));
}

/* Does name mention m hold a word shaped like a company's name
 * (pg_lexicon_company_word), or one of a firm's words when no known given
 * name opens it (pg_lexicon_firm_word: "Mediobanca said"; not "Thomas E.
 * Swithenbank")? */
static int company_name(const res_t *R, const pg_mention *m)
{
    const pg_analysis *an = R->an;
    const pg_token *t0 = &an->toks[m->tok_begin];
    int given = pg_lexicon_name_gender(R->lex, an->text + t0->start, pg_tok_base_len(t0)) != 0;
    for (size_t k = m->tok_begin; k < m->tok_end; k++)
        if (pg_lexicon_company_word(R->lex, an, k) || (!given && pg_lexicon_firm_word(R->lex, an, k)))
            return 1;
    return 0;
}

/* Is name mention m one common word opening its sentence before a
 * lowercase word that is no verb, auxiliary, adverb or function word: a
 * plain word capitalised by its place ("Global terrorism", "Climate change
 * is", "Investment in hydrocarbons"), not a company's short name ("Dome
 * earlier said", "Dresser is expected", "Rosewood, which")? */
static int plain_word_opens(const res_t *R, const pg_mention *m)
{
    const pg_analysis *an = R->an;
    size_t k = m->tok_end;
    if (m->tok_end != m->tok_begin + 1 || m->tok_begin != an->sents[m->sent].tok_begin ||
        k >= an->sents[m->sent].tok_end)
        return 0;
    const pg_token *t = &an->toks[k];
    if (t->kind != TK_WORD || (t->flags & (TF_CAP | TF_DIGIT)))
        return 0;
    const pg_token *w = &an->toks[m->tok_begin];
    if ((w->flags & TF_ALLCAPS) || !pg_lexicon_common_word(R->lex, an->text + w->start, pg_tok_base_len(w)))
        return 0; /* "GM sales": an acronym */
    unsigned wc = pg_lexicon_word_class(R->lex, an, k);
    if (wc & (WC_FUNCTION | WC_AUX | WC_MODAL | WC_LINKING | WC_PREVERB | WC_LIGHT | WC_CONTROL | WC_NEGATION |
              WC_GROUP))
        return 0; /* (and "Greyhound officials told") */
    if (pg_lexicon_in_set(R->lex, PG_WS_LEGAL_FORM, an, k) || pg_tok_is_ci(an, k, "corp"))
        return 0; /* "Greyhound corp said" */
    if (pg_tok_ends(an, k, "ly", 4) || pg_tok_ends(an, k, "ed", 4))
        return 0; /* "Dome recently", "Quarto produced" */
    int32_t cue;
    return !pg_lexicon_match_cue(R->lex, an, k, an->sents[m->sent].tok_end, &cue);
}

/* Is the one-word name `m`, matching nobody, a body's short name because
 * the article "the" stands before it and a verb follows ("The Post said",
 * "the Amex has reported", "The Journal, citing ..., said")? People take no
 * article; a title or a given name keeps the word a person's, a common
 * word is nobody's ("the Panel said") and a plural a family's. */
static int the_one_word_speaker(const res_t *R, const pg_mention *m, const name_t *n)
{
    const pg_analysis *an = R->an;
    const pg_sentence *s = &an->sents[m->sent];
    size_t b = m->tok_begin, k = m->tok_end;
    if (n->words != 1 || n->first || m->title >= 0 || m->full_begin < b || k != b + 1 || b == s->tok_begin ||
        k >= s->tok_end || !pg_tok_is_ci(an, b - 1, "the"))
        return 0;
    if (pg_lexicon_name_gender(R->lex, n->last, n->last_len) || pg_lexicon_common_word(R->lex, n->last, n->last_len))
        return 0; /* "the Panel said", "the Prophet said": no name */
    if (n->last_len > 2 && n->last[n->last_len - 1] == 's' && n->last[n->last_len - 2] >= 'a' &&
        n->last[n->last_len - 2] <= 'z')
        return 0; /* "the Tavoulareases said": a family */
    const pg_token *t = &an->toks[k];
    if (t->kind == TK_PUNCT)
        return pg_tok_is(an, k, ",");
    if (t->kind != TK_WORD || (t->flags & (TF_CAP | TF_DIGIT)))
        return 0;
    if (pg_tok_ends(an, k, "ing", 5))
        return 0; /* "the Amerindian saying" */
    int32_t cue;
    return pg_lexicon_match_cue(R->lex, an, k, s->tok_end, &cue) != 0;
}

/* The label of a name: its words without middle initials. */
static void name_label(res_t *R, const pg_mention *m)
{
    pg_analysis *an = R->an;
    pg_buf_reset(&R->k->tmp);
    for (size_t i = m->tok_begin; i < m->tok_end; i++) {
        const pg_token *t = &an->toks[i];
        if ((t->flags & TF_INITIAL) && i > m->tok_begin && i + 1 < m->tok_end)
            continue;
        if (R->k->tmp.len)
            pg_buf_addc(&R->k->tmp, ' ');
        pg_buf_add(&R->k->tmp, an->text + t->start, (i + 1 == m->tok_end ? t->base_end : t->end) - t->start);
    }
}

/* Notes the namesakes of the article: a person's surname alone joined by
 * "and", "or" or "&" to a full name that ends with it, in either order
 * ("Reagan and Nancy Reagan"). The surname alone is then somebody else than
 * the full name, all through the article (see namesakes_apart). */
static void find_namesakes(res_t *R)
{
    pg_analysis *an = R->an;
    R->nnamesakes = 0;
    for (size_t i = 0; i + 1 < an->nments && R->nnamesakes < MAX_NAMESAKES; i++) {
        const pg_mention *m = &an->ments[i];
        if (m->kind != MK_PERSON)
            continue;
        /* mentions lie nearly in text order: the next few are looked at */
        for (size_t k = i + 1; k < an->nments && k <= i + 3; k++) {
            const pg_mention *o = &an->ments[k];
            if (o->kind != MK_PERSON || o->sent != m->sent)
                continue;
            const pg_mention *a = m, *b = o;
            if (b->tok_end + 1 == a->full_begin) {
                a = o;
                b = m;
            }
            if (a->tok_end + 1 != b->full_begin || !(pg_tok_is(an, a->tok_end, "and") ||
                                                     pg_tok_is(an, a->tok_end, "or") || pg_tok_is(an, a->tok_end, "&")))
                continue;
            name_t na, nb;
            name_parts(an, a, &na);
            name_parts(an, b, &nb);
            const name_t *bare = !na.first && nb.first ? &na : !nb.first && na.first ? &nb : NULL;
            const name_t *full = bare == &na ? &nb : &na;
            if (!bare || !bare->words || !same_text(bare->last, bare->last_len, full->last, full->last_len))
                continue;
            R->namesakes[R->nnamesakes++] = *full;
            break;
        }
    }
}

/* Must name n and person entity en be two people, by the article's
 * namesakes? A surname alone is not the full name it was joined to ("Reagan"
 * is not Nancy Reagan), and that full name is not the person known by the
 * surname alone. */
static int namesakes_apart(const res_t *R, const name_t *n, const pg_entity *en)
{
    for (size_t k = 0; k < R->nnamesakes; k++) {
        const name_t *s = &R->namesakes[k];
        if (!same_text(s->last, s->last_len, n->last, n->last_len))
            continue;
        if (!n->first && en->first && same(s->first, s->first_len, en->first))
            return 1;
        if (n->first && !en->first && same_text(s->first, s->first_len, n->first, n->first_len))
            return 1;
    }
    return 0;
}

/* How many sentences ahead a first name alone finds its full name first
 * ("Go ahead, Dmitry." before "Dmitry Guberniyev, Match TV"). */
#define FIRST_NAME_AHEAD 3

/* The order among people whose first name a single name at mention `at` is,
 * larger first: one introduced right after it (FIRST_NAME_AHEAD), then the
 * most recent before it ("Anastasia, I will talk to ..." after "Anastasia
 * Petrova: ...", not an Anastasia introduced pages later), then the
 * nearest one introduced later ("my friend Andrzej!" opening a speech
 * that names Andrzej Duda further on). */
static int64_t first_name_rank(const pg_analysis *an, const pg_entity *en, size_t at)
{
    int64_t fm = en->first_mention;
    if (fm < (int64_t)at)
        return (int64_t)1 << 40 | fm;
    if (an->ments[fm].sent <= an->ments[at].sent + FIRST_NAME_AHEAD)
        return ((int64_t)2 << 40) - fm;
    return ((int64_t)1 << 40) - fm - 1 - (int64_t)an->nments;
}

/* Scores person e as the referent of name n, mention number `at` (see
 * match_person). */
static void consider_person(res_t *R, const name_t *n, int allow_first_name, size_t at, int32_t e,
                            int32_t *best, int *best_score)
{
    pg_analysis *an = R->an;
    pg_entity *en = &an->ents[e];
    if (en->type != PG_ACTOR_PERSON || en->is_role || en->merged_into >= 0 || !en->last)
        return;
    if (R->nnamesakes && namesakes_apart(R, n, en))
        return;
    int score = 0;
    if (same(n->last, n->last_len, en->last)) {
        if (n->first && en->first && !same(n->first, n->first_len, en->first))
            return; /* Andrzej Duda vs Agata Duda */
        score = (n->first && en->first) ? 3 : 2;
    } else if (allow_first_name && !n->first && same(n->last, n->last_len, en->first)) {
        score = 1;
    }
    if (!score)
        return;
    /* prefer the better match, then the most recently mentioned (for a
     * first name, first_name_rank), then the later entity (the order does
     * not depend on the chains' order) */
    const pg_entity *b = *best >= 0 ? &an->ents[*best] : NULL;
    int64_t rank = score == 1 ? first_name_rank(an, en, at) : (int64_t)en->first_mention;
    int64_t best_rank = !b ? 0 : *best_score == 1 ? first_name_rank(an, b, at) : (int64_t)b->first_mention;
    if (score > *best_score || (score == *best_score && (rank > best_rank || (rank == best_rank && e > *best)))) {
        *best = e;
        *best_score = score;
    }
}

/* The documented limit on candidates (PG_MAX_CANDIDATES) was reached at
 * mention m: one warning per document. */
static void candidates_capped(res_t *R, const pg_mention *m)
{
    pg_analysis *an = R->an;
    if (an->limit_warnings & 8)
        return;
    an->limit_warnings |= 8;
    const char *part;
    uint32_t at = pg_analysis_byte(an, an->toks[m->tok_begin].start, &part);
    pg_warn(an->warn, an->warn_ctx,
            "%s: more than %d candidates for a name or description; only the %d most recent are compared (%sbyte %u)",
            an->doc_id, PG_MAX_CANDIDATES, PG_MAX_CANDIDATES, part, at);
}

/* The person entity a name refers to, or -1: one with the same last name
 * (and no other first name), or with allow_first_name one whose first name
 * this single name is. The chains run from the most recent person; at
 * most PG_MAX_CANDIDATES of each are compared. */
static int32_t match_person(res_t *R, const pg_mention *m, const name_t *n, int allow_first_name)
{
    int32_t best = -1;
    int best_score = 0;
    size_t *h = pg_strmap_get(R->k->by_last, name_key(&R->k->key, n->last, n->last_len), n->last_len);
    int k = 0;
    for (int32_t e = h ? (int32_t)*h - 1 : -1; e >= 0; e = R->k->next_last[e], k++) {
        if (k == PG_MAX_CANDIDATES) {
            candidates_capped(R, m);
            break;
        }
        consider_person(R, n, allow_first_name, (size_t)(m - R->an->ments), e, &best, &best_score);
    }
    if (allow_first_name && !n->first) {
        h = pg_strmap_get(R->k->by_first, name_key(&R->k->key, n->last, n->last_len), n->last_len);
        k = 0;
        for (int32_t e = h ? (int32_t)*h - 1 : -1; e >= 0; e = R->k->next_first[e], k++) {
            if (k == PG_MAX_CANDIDATES) {
                candidates_capped(R, m);
                break;
            }
            consider_person(R, n, allow_first_name, (size_t)(m - R->an->ments), e, &best, &best_score);
        }
    }
    return best;
}

static void person_update(res_t *R, int32_t e, pg_mention *m, const name_t *n)
{
    pg_analysis *an = R->an;
    pg_entity *en = &an->ents[e];
    if (n->first && !en->first) {
        en->first = pg_xstrndup(n->first, n->first_len);
        index_first(R, e);
        name_label(R, m);
        if (strlen(R->k->tmp.p) > strlen(en->label)) {
            free(en->label);
            en->label = pg_xstrdup(R->k->tmp.p);
        }
    } else if (n->words) {
        name_label(R, m);
        if (R->k->tmp.p && same(n->last, n->last_len, en->last) &&
            (strlen(R->k->tmp.p) > strlen(en->label) ||
             (strlen(R->k->tmp.p) == strlen(en->label) && all_caps(en->label) && !all_caps(R->k->tmp.p)))) {
            free(en->label);
            en->label = pg_xstrdup(R->k->tmp.p);
        }
    }
    alias_from_span(R, en, m->tok_begin, m->tok_end);
    if (m->full_begin < m->tok_begin)
        alias_from_span(R, &an->ents[e], m->full_begin, m->tok_end);
    if (!en->gender && m->gender)
        en->gender = m->gender;
}

static int32_t new_person(res_t *R, pg_mention *m, const name_t *n)
{
    pg_analysis *an = R->an;
    name_label(R, m);
    int32_t e = (int32_t)pg_analysis_add_entity(an, PG_ACTOR_PERSON, R->k->tmp.p ? R->k->tmp.p : "");
    pg_entity *en = &an->ents[e];
    en->last = pg_xstrndup(n->last, n->last_len);
    index_last(R, e);
    if (n->first) {
        en->first = pg_xstrndup(n->first, n->first_len);
        index_first(R, e);
    }
    en->first_mention = (uint32_t)(m - an->ments);
    return e;
}

/* Adds a title unless a fuller one ends with it ("Minister" after "Foreign
 * Minister"); a fuller one replaces the shorter ones it ends with. */
static void add_title(pg_buf *set, const char *title)
{
    size_t n = strlen(title);
    pg_buf kept = {0};
    int covered = 0;
    for (size_t i = 0; i < set->len; i += strlen(set->p + i) + 1) {
        const char *t = set->p + i;
        size_t l = strlen(t);
        if (l >= n && strcmp(t + l - n, title) == 0 && (l == n || t[l - n - 1] == ' '))
            covered = 1;
        if (l < n && strcmp(title + n - l, t) == 0 && title[n - l - 1] == ' ')
            continue; /* dropped: the new title is fuller */
        pg_buf_add(&kept, t, l + 1);
    }
    if (!covered)
        pg_buf_add(&kept, title, n + 1);
    pg_buf_free(set);
    *set = kept;
}

/* Adds the mention's title (and affiliation) to the entity. */
static void take_title(res_t *R, int32_t e, const pg_mention *m)
{
    pg_analysis *an = R->an;
    pg_entity *en = &an->ents[e];
    if (m->title >= 0) {
        const pg_lex_title *t = &R->lex->titles[m->title];
        if (t->kind != TITLE_HONORIFIC)
            add_title(&en->titles, t->canonical);
        if (!en->gender && t->gender)
            en->gender = (uint8_t)t->gender;
    }
    if (m->aff >= 0 && an->ments[m->aff].entity >= 0 && en->aff < 0 && !(m->flags & MF_FORMER))
        en->aff = an->ments[m->aff].entity;
}

static int has_title(const pg_entity *e, const char *canonical)
{
    for (size_t i = 0; i < e->titles.len; i += strlen(e->titles.p + i) + 1)
        if (strcmp(e->titles.p + i, canonical) == 0)
            return 1;
    return 0;
}

static int title_is_head(const pg_lexicon *lex, const char *canonical)
{
    for (size_t i = 0; i < lex->ntitles; i++)
        if (lex->titles[i].kind == TITLE_HEAD && strcmp(lex->titles[i].canonical, canonical) == 0)
            return 1;
    return 0;
}

static int has_head_title(const pg_lexicon *lex, const pg_entity *e)
{
    for (size_t i = 0; i < e->titles.len; i += strlen(e->titles.p + i) + 1)
        if (title_is_head(lex, e->titles.p + i))
            return 1;
    return 0;
}

/* Is a head title one that names no office ("the leader", "the Head of
 * State")? */
static int office_free(const char *canonical)
{
    return strcmp(canonical, "leader") == 0 || strcmp(canonical, "Head of State") == 0 ||
           strcmp(canonical, "Head of Government") == 0;
}

/* Does entity e hold a head title of an office other than `canonical`'s
 * ("Prime Minister" for "President"; not "Acting President", nor the
 * office-free "leader" and "Head of State")? A state's president and its
 * prime minister are two people. */
static int other_head_office(const pg_lexicon *lex, const pg_entity *e, const char *canonical)
{
    for (size_t i = 0; i < e->titles.len; i += strlen(e->titles.p + i) + 1) {
        const char *t = e->titles.p + i;
        if (!title_is_head(lex, t) || office_free(t))
            continue;
        if (!strstr(t, canonical) && !strstr(canonical, t))
            return 1;
    }
    return 0;
}

static void mark_subjects(res_t *R);

/* ---- descriptions ---- */

/* Brings last_subject up to the mentions before `upto` (in text order;
 * the entities of those mentions do not change while descriptions are
 * resolved). */
static void sweep_subjects(res_t *R, size_t upto)
{
    pg_analysis *an = R->an;
    if (R->nlast < an->nents) {
        PG_GROW(R->k->last_subject, R->k->last_cap, an->nents);
        for (size_t e = R->nlast; e < an->nents; e++)
            R->k->last_subject[e] = -1;
        R->nlast = an->nents;
    }
    for (; R->swept < upto; R->swept++) {
        const pg_mention *c = &an->ments[R->swept];
        int32_t r = pg_entity_root(an, c->entity);
        if ((c->flags & MF_SUBJECT) && r >= 0)
            R->k->last_subject[r] = (long)c->sent;
    }
}

/* Does the lexicon name `label` have the capitalised words of mention m,
 * compared by their first four letters ("Food and Agriculture
 * Organisation" is the lexicon's "Food and Agriculture Organization";
 * "Interstate Commerce Commission" is not "International Criminal
 * Court")? */
static int same_words(const pg_analysis *an, const pg_mention *m, const char *label)
{
    const char *p = label;
    for (size_t i = m->tok_begin; i < m->tok_end; i++) {
        const pg_token *t = &an->toks[i];
        if (t->kind != TK_WORD || !(t->flags & TF_CAP))
            continue;
        while (*p && !(*p >= 'A' && *p <= 'Z')) /* the label's next capitalised word */
            while (*p && *p++ != ' ')
                ;
        if (!*p)
            return 0;
        size_t n = pg_tok_len(t) < 4 ? pg_tok_len(t) : 4;
        for (size_t k = 0; k < n; k++)
            if ((an->text[t->start + k] | 0x20) != (p[k] | 0x20))
                return 0;
        while (*p && *p != ' ')
            p++;
    }
    while (*p && !(*p >= 'A' && *p <= 'Z'))
        while (*p && *p++ != ' ')
            ;
    return !*p;
}

/* res_t.titled: an entity named with a title as someone who held it
 * ("the late President Robert Mugabe", "former Prime Minister X"), and as
 * someone who holds one */
enum { TITLED_FORMER = 1, TITLED_NOW = 2 };

static int cmp_u64(const void *pa, const void *pb)
{
    uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;
    return (a > b) - (a < b);
}

/* The named people (no roles), ordered by first mention, then index: each
 * as first_mention << 32 | entity. */
static void sort_by_mention(res_t *R)
{
    pg_analysis *an = R->an;
    R->by_mention = pg_xmalloc((an->nents ? an->nents : 1) * sizeof *R->by_mention);
    R->nby_mention = 0;
    for (size_t e = 0; e < an->nents; e++)
        if (an->ents[e].type == PG_ACTOR_PERSON && !an->ents[e].is_role && an->ents[e].merged_into < 0)
            R->by_mention[R->nby_mention++] = (uint64_t)an->ents[e].first_mention << 32 | (uint32_t)e;
    pg_qsort(R->by_mention, R->nby_mention, sizeof *R->by_mention, cmp_u64);
}

/* Is entity `inst` a national institution of the country entity
 * `country` ("Office of the President of Ukraine" of Ukraine)? */
static int national_of(const res_t *R, int32_t inst, int32_t country)
{
    if (inst < 0 || country < 0)
        return 0;
    int32_t a = R->an->ents[inst].actor, c = R->an->ents[country].actor;
    return a >= 0 && c >= 0 && R->lex->actors[a].country == c;
}

/* The named person a description stands for: one with its title (or any
 * head title for a head-of-state description) and a compatible
 * affiliation, the same or the country of the office; -1 if none. */
static int32_t match_description(res_t *R, size_t mi)
{
    pg_analysis *an = R->an;
    pg_mention *m = &an->ments[mi];
    const pg_lex_title *t = &R->lex->titles[m->title];
    int32_t aff = m->aff >= 0 ? an->ments[m->aff].entity : -1;
    int head = t->kind == TITLE_HEAD || (t->kind == TITLE_ROLE && strcmp(t->canonical, "leader") == 0);
    /* any head of state or government answers to another head title only
     * with the description's state ("the Kenyan President" for the Kenyan
     * leader) or a title that names no office ("the leader", "the Head of
     * State"): a bare "the Prime Minister" is not the President */
    int any_head = head && (aff >= 0 || t->kind == TITLE_ROLE || strcmp(t->canonical, "Head of State") == 0 ||
                            strcmp(t->canonical, "Head of Government") == 0);
    int32_t best = -1;
    int best_score = 0;
    long best_recent = -1;
    /* every entity; in a text with too many, the PG_MAX_CANDIDATES people
     * first mentioned last before this description */
    size_t from = 0, to = an->nents;
    const uint64_t *order = NULL;
    if (an->nents > PG_MAX_CANDIDATES) {
        if (!R->by_mention)
            sort_by_mention(R);
        size_t lo = 0, hi = R->nby_mention; /* first person mentioned after mi */
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if ((R->by_mention[mid] >> 32) <= mi)
                lo = mid + 1;
            else
                hi = mid;
        }
        to = lo;
        from = to > PG_MAX_CANDIDATES ? to - PG_MAX_CANDIDATES : 0;
        order = R->by_mention;
        if (from > 0)
            candidates_capped(R, m);
    }
    for (size_t k = from; k < to; k++) {
        size_t e = order ? (size_t)(uint32_t)order[k] : k;
        pg_entity *en = &an->ents[e];
        if (en->type != PG_ACTOR_PERSON || en->is_role || en->merged_into >= 0)
            continue;
        /* "the President" is no one the article names only as having been
         * one ("the late President Robert Mugabe of Zimbabwe") */
        if (!(m->flags & MF_FORMER) && e < R->ntitled && R->titled[e] == TITLED_FORMER)
            continue;
        /* who was named as having been one keeps no affiliation from it:
         * the former office's state or body is matched as his ("the
         * former President of Kazakhstan", "the First President of
         * Kazakhstan") */
        int was = (m->flags & MF_FORMER) && e < R->ntitled && (R->titled[e] & TITLED_FORMER) && aff >= 0 &&
                  R->was_of[e] == pg_entity_root(an, aff);
        int same_aff = aff >= 0 && (en->aff == aff || was);
        if (aff >= 0 && !same_aff && !national_of(R, aff, en->aff) && !national_of(R, en->aff, aff))
            continue;
        int score = 0;
        if (has_title(en, t->canonical))
            score = 3;
        else if ((any_head && has_head_title(R->lex, en) &&
                  (t->kind == TITLE_ROLE || office_free(t->canonical) ||
                   !other_head_office(R->lex, en, t->canonical))) ||
                 (head && same_aff && has_title(en, "leader")))
            score = 2; /* "Kenyan leader Daniel arap Moi ... The Kenyan President" (of the same state) */
        if (!score)
            continue;
        if (same_aff)
            score += 2;
        else if (aff >= 0)
            score += 1; /* the office's state, or the state's office */
        if (was)
            score += 1; /* who was named as having been one, before who is one */
        /* among equals, the one most recently the subject of a sentence
         * (kept up to date by sweep_subjects: a scan back from each
         * description made long texts quadratic) */
        long recent = e < R->nlast ? R->k->last_subject[e] : -1;
        if (score > best_score || (score == best_score && recent > best_recent) ||
            (score == best_score && recent == best_recent && en->mentions > an->ents[best].mentions)) {
            best = (int32_t)e;
            best_score = score;
            best_recent = recent;
        }
    }
    return best;
}

static int32_t role_entity(res_t *R, size_t mi)
{
    pg_analysis *an = R->an;
    pg_mention *m = &an->ments[mi];
    const pg_lex_title *t = &R->lex->titles[m->title];
    int32_t aff = m->aff >= 0 ? an->ments[m->aff].entity : -1;
    pg_buf_reset(&R->k->tmp);
    pg_buf_printf(&R->k->tmp, "%s\x1f%d", t->canonical, aff);
    int inserted;
    size_t *v = pg_strmap_put(R->k->roles, R->k->tmp.p, R->k->tmp.len, &inserted);
    if (inserted) {
        pg_buf_reset(&R->k->tmp);
        pg_span_text(an, m->tok_begin, m->tok_end, 1, &R->k->tmp);
        *v = pg_analysis_add_entity(an, PG_ACTOR_PERSON, R->k->tmp.p ? R->k->tmp.p : "");
        pg_entity *en = &an->ents[*v];
        en->is_role = 1;
        en->aff = aff;
        en->first_mention = (uint32_t)mi;
        pg_strset_add(&en->titles, t->canonical, strlen(t->canonical));
    }
    return (int32_t)*v;
}

/* Can mentions a and b of one sentence be one person: the later one no
 * object (no lowercase word right before it), or nothing between them but
 * capitalised words, punctuation and function words ("Mr. Patrice Talon,
 * President of the Republic, Head of State and Head of Government of the
 * Republic of Benin")? Not "Vladimir Putin told the President of
 * Azerbaijan", nor "The President of Russia told Mr Michel". */
static int apposed(const pg_analysis *an, const pg_mention *a, const pg_mention *b)
{
    if (a->tok_begin < b->tok_begin ? a->tok_end > b->tok_begin : b->tok_end > a->tok_begin)
        return 1; /* overlapping */
    size_t lo = a->tok_begin < b->tok_begin ? a->tok_end : b->tok_end;
    size_t hi = a->tok_begin < b->tok_begin ? b->tok_begin : a->tok_begin;
    /* the later one is no object: no lowercase word right before it (past
     * a "the"), as in "... Vladimir Putin expressed confidence ...,' the
     * President of Russia stressed" */
    const pg_mention *later = a->tok_begin < b->tok_begin ? b : a;
    size_t p = later->full_begin;
    if (p <= lo)
        return 1; /* its title reaches back to the other one */
    if (p > lo + 1 && pg_tok_is_ci(an, p - 1, "the"))
        p--;
    const pg_token *before = &an->toks[p - 1];
    if (!(before->kind == TK_WORD && !(before->flags & TF_CAP)))
        return 1;
    if (hi - lo > 24)
        return 0;
    for (size_t k = lo; k < hi; k++) {
        const pg_token *t = &an->toks[k];
        if (t->kind == TK_WORD && !(t->flags & TF_CAP) && !(t->word & (WC_FUNCTION | WC_PREP | WC_DET)))
            return 0;
    }
    return 1;
}

/* A role a readout uses for its main person ("The President of Russia
 * noted ...") joins the one named person it can be: a head-of-state or
 * government title with a country, and a named person with no affiliation
 * (the most mentioned such person). */
static void merge_roles(res_t *R)
{
    pg_analysis *an = R->an;
    /* a speech ("I" outside quotations, or in the address a headline
     * names) names its own speaker's office
     * without the name ("As President of Cyprus, I ..."), and the people
     * it names are others ("the first American President" is not the
     * John McEnroe of a joke further on): no role joins them */
    size_t first_person = 0;
    for (size_t i = 0; i < an->nments; i++) {
        const pg_mention *m = &an->ments[i];
        int32_t q = an->toks[m->tok_begin].quote;
        if (m->kind == MK_PRONOUN && pg_tok_is(an, m->tok_begin, "I") && (q < 0 || an->quotes[q].address))
            first_person++;
    }
    if (first_person >= 2)
        return;
    /* who is ever the subject of a sentence: a role stands for someone who
     * acts in the text, not for someone thanked or congratulated. A name
     * that a period follows does nothing there: it ends a list of thanks
     * ("... to his predecessor. Mr. Csaba Korosi. who presided ...", a
     * transcript's periods for commas) */
    uint8_t *acts = pg_xcalloc(an->nents ? an->nents : 1, 1);
    for (size_t i = 0; i < an->nments; i++) {
        const pg_mention *m = &an->ments[i];
        int32_t e = pg_entity_root(an, m->entity);
        int32_t q = an->toks[m->tok_begin].quote;
        if (e >= 0 && (m->flags & MF_SUBJECT) && m->tok_end < an->sents[m->sent].tok_end &&
            !pg_tok_is(an, m->tok_end, ".") && (q < 0 || an->quotes[q].kind != QK_MARKS))
            acts[e] = 1; /* in the text, not in someone's quoted words ("Today he is one of the leaders of
                            Europe," said of Macron is no act of a President of Russia) */
    }
    /* the roles that may join someone: a head of state's or government's
     * title and an affiliation; not a role in someone's words, which is
     * someone else ("I spoke with the President of France") */
    uint8_t *eligible = pg_xcalloc(an->nents ? an->nents : 1, 1);
    size_t nroles = 0;
    for (size_t r = 0; r < an->nents; r++) {
        const pg_entity *role = &an->ents[r];
        if (role->is_role && role->aff >= 0 && an->toks[an->ments[role->first_mention].tok_begin].quote < 0 &&
            has_head_title(R->lex, role)) {
            eligible[r] = 1;
            nroles++;
        }
    }
    /* nor is a role anyone named in a sentence with it: "The President of
     * Russia extended warm wishes to Naftali Bennett" is two people. One
     * pass over the sentences' mentions (the first 8 of a role's in each)
     * pairs each role with the people named beside it, role << 32 | person,
     * sorted for the lookups below */
    uint64_t *pairs = NULL;
    size_t npairs = 0, pairs_cap = 0;
    for (size_t i = 0; nroles && i < an->nments;) {
        size_t j = i;
        while (j < an->nments && an->ments[j].sent == an->ments[i].sent)
            j++;
        size_t rm[8], nrm = 0; /* the roles' mentions here, and their roles */
        int32_t rr[8];
        for (size_t k = i; k < j && nrm < 8; k++) {
            int32_t e = pg_entity_root(an, an->ments[k].entity);
            if (e >= 0 && eligible[e]) {
                rr[nrm] = e;
                rm[nrm++] = k;
            }
        }
        for (size_t k = i; nrm && k < j; k++) {
            int32_t e = pg_entity_root(an, an->ments[k].entity);
            if (e < 0 || an->ents[e].type != PG_ACTOR_PERSON || an->ents[e].is_role)
                continue;
            for (size_t q = 0; q < nrm; q++) {
                int seen = 0; /* each role once */
                for (size_t q0 = 0; q0 < q && !seen; q0++)
                    seen = rr[q0] == rr[q];
                if (seen)
                    continue;
                /* not the name a post stands beside: "Mr. Patrice Talon,
                 * President of the Republic, ..." (next to any of that
                 * role's mentions) */
                int beside = 0;
                for (size_t q2 = q; q2 < nrm && !beside; q2++)
                    beside = rr[q2] == rr[q] && apposed(an, &an->ments[k], &an->ments[rm[q2]]);
                if (!beside) {
                    PG_GROW(pairs, pairs_cap, npairs + 1);
                    pairs[npairs++] = (uint64_t)(uint32_t)rr[q] << 32 | (uint32_t)e;
                }
            }
        }
        i = j;
    }
    pg_qsort(pairs, npairs, sizeof *pairs, cmp_u64);
    for (size_t r = 0; nroles && r < an->nents; r++) {
        pg_entity *role = &an->ents[r];
        if (!eligible[r])
            continue;
        /* the candidates: named people with no affiliation and no title of
         * their own (a titled person is someone else), who act, named in
         * full: a readout names its main person so ("Vladimir Putin"), and
         * a lone capitalised word may be no one ("Hope was expressed") */
        int32_t best = -1;
        uint32_t second = 0; /* mentions of the runner-up: a tie names nobody */
        for (size_t e = 0; e < an->nents; e++) {
            pg_entity *en = &an->ents[e];
            if (en->type != PG_ACTOR_PERSON || en->is_role || en->merged_into >= 0 || en->aff >= 0 ||
                en->titles.len || !acts[e] || !en->first)
                continue;
            uint64_t key = (uint64_t)(uint32_t)r << 32 | (uint32_t)e;
            if (npairs && bsearch(&key, pairs, npairs, sizeof *pairs, cmp_u64))
                continue;
            if (best < 0 || en->mentions > an->ents[best].mentions) {
                if (best >= 0)
                    second = an->ents[best].mentions;
                best = (int32_t)e;
            } else if (en->mentions > second) {
                second = en->mentions;
            }
        }
        if (best < 0 || an->ents[best].mentions == second)
            continue;
        pg_entity *p = &an->ents[best];
        role->merged_into = best;
        p->aff = role->aff;
        for (size_t i = 0; i < role->titles.len; i += strlen(role->titles.p + i) + 1)
            add_title(&p->titles, role->titles.p + i);
    }
    free(pairs);
    free(eligible);
    free(acts);
}

/* ---- subjects and pronouns ---- */

static int agent_kind(const pg_mention *m)
{
    return (m->kind == MK_PERSON || m->kind == MK_DESC || m->kind == MK_PRONOUN || m->kind == MK_ACTOR) &&
           !(m->flags & MF_MODIFIER);
}

/* Marks the subject of each sentence: its first agent mention that is not
 * the object of a preposition nor a possessive pronoun. */
static void mark_subjects(res_t *R)
{
    pg_analysis *an = R->an;
    int32_t seen_sent = -1;
    for (size_t i = 0; i < an->nments; i++) {
        pg_mention *m = &an->ments[i];
        if ((int32_t)m->sent == seen_sent || !agent_kind(m))
            continue;
        if (m->full_begin > an->sents[m->sent].tok_begin && pg_is_preposition(R->lex, an, m->full_begin - 1))
            continue;
        if (m->kind == MK_PRONOUN && (pg_tok_is_ci(an, m->tok_begin, "his") || pg_tok_is_ci(an, m->tok_begin, "her") ||
                                      pg_tok_is_ci(an, m->tok_begin, "its") || pg_tok_is_ci(an, m->tok_begin, "their") ||
                                      pg_tok_is_ci(an, m->tok_begin, "him") || pg_tok_is_ci(an, m->tok_begin, "them")))
            continue;
        if (an->toks[m->tok_begin].quote >= 0 && an->quotes[an->toks[m->tok_begin].quote].kind == QK_MARKS &&
            an->toks[an->sents[m->sent].tok_begin].quote != an->toks[m->tok_begin].quote)
            continue;
        m->flags |= MF_SUBJECT;
        seen_sent = (int32_t)m->sent;
    }
}

static int gender_ok(const pg_entity *e, int pr)
{
    if (!e->gender)
        return 1;
    return (pr == PR_HE && e->gender == 'm') || (pr == PR_SHE && e->gender == 'f');
}

static int32_t person_of(const pg_analysis *an, const pg_mention *m)
{
    int32_t e = pg_entity_root(an, m->entity);
    if (e < 0 || an->ents[e].type != PG_ACTOR_PERSON || an->ents[e].is_role)
        return -1;
    return e;
}

/* Does mention m stand for a role without a name ("the Prime Minister of
 * Luxembourg" nobody named)? */
static int unnamed_role(const pg_analysis *an, const pg_mention *m)
{
    int32_t e = pg_entity_root(an, m->entity);
    return e >= 0 && an->ents[e].type == PG_ACTOR_PERSON && an->ents[e].is_role;
}

/* Is mention m a clause's subject by its shape: a lowercase word, its
 * verb, follows it before `limit` -- not a preposition, nor a list's "and"
 * or "or" ("..., and Baker in the room, said he")? */
static int verb_follows_mention(const res_t *R, const pg_mention *m, size_t limit)
{
    const pg_analysis *an = R->an;
    size_t v = m->tok_end;
    return v < limit && an->toks[v].kind == TK_WORD && !(an->toks[v].flags & TF_CAP) &&
           !pg_is_preposition(R->lex, an, v) && !pg_tok_is(an, v, "and") && !pg_tok_is(an, v, "or");
}

/* Is mention mi "his" or "her" right after "for" or "on"? */
static int for_possessive(const pg_analysis *an, size_t mi)
{
    const pg_mention *m = &an->ments[mi];
    return m->tok_begin >= 2 && (pg_tok_is_ci(an, m->tok_begin, "his") || pg_tok_is_ci(an, m->tok_begin, "her")) &&
           (pg_tok_is(an, m->tok_begin - 1, "for") || pg_tok_is(an, m->tok_begin - 1, "on"));
}

/* The person right before such a possessive's preposition, or -1. */
static int32_t for_possessive_owner(const pg_analysis *an, size_t mi)
{
    if (mi == 0)
        return -1;
    const pg_mention *m = &an->ments[mi], *c = &an->ments[mi - 1];
    int32_t e = person_of(an, c);
    if (e < 0 || c->tok_end != m->tok_begin - 1 || c->sent != m->sent || (c->flags & MF_MODIFIER) ||
        an->toks[c->tok_begin].quote != an->toks[m->tok_begin].quote)
        return -1;
    return e;
}

/* Are tokens [b, fb) a determiner and at most five plain words before a
 * name ("The", "the official Iraqi news agency"), or nothing? */
static int plain_lead(const res_t *R, size_t b, size_t fb)
{
    const pg_analysis *an = R->an;
    if (fb == b)
        return 1;
    if (fb - b > 6 || !(pg_lexicon_word_class(R->lex, an, b) & WC_DET))
        return 0;
    for (size_t k = b + 1; k < fb; k++)
        if (an->toks[k].kind != TK_WORD ||
            (pg_lexicon_word_class(R->lex, an, k) & (WC_CUE_START | WC_AUX | WC_MODAL | WC_LINKING | WC_DET)))
            return 0;
    return 1;
}

/* Does mention c end its sentence as the speaker: after a comma (and
 * plain_lead), followed by a verb of speech (after "has" or "had") and a
 * tail of at most nine words ("..., the official Iraqi news agency INA
 * reported.", "..., the OECD said in its latest annual review of the
 * Australian economy.")? */
static int trailing_speaker(const res_t *R, const pg_mention *c)
{
    const pg_analysis *an = R->an;
    size_t sb = an->sents[c->sent].tok_begin, se = an->sents[c->sent].tok_end, k = c->full_begin;
    if (!agent_kind(c) || an->toks[c->tok_begin].quote >= 0)
        return 0;
    while (k > sb && !pg_tok_is(an, k - 1, ","))
        k--;
    if (k == sb || !plain_lead(R, k, c->full_begin))
        return 0;
    k = c->tok_end;
    while (k < se && k < c->tok_end + 2 && (pg_lexicon_word_class(R->lex, an, k) & WC_AUX))
        k++;
    int32_t cue;
    size_t n = pg_lexicon_match_cue(R->lex, an, k, se, &cue);
    if (!n || R->lex->cues[cue].rel != REL_SPEECH || R->lex->cues[cue].form != CUE_VERB)
        return 0;
    k += n;
    if (k + 10 < se)
        return 0;
    for (; k < se; k++)
        if (an->toks[k].kind != TK_WORD && !(k + 1 == se && an->toks[k].kind == TK_PUNCT))
            return 0;
    return 1;
}

/* Does mention c open its sentence, or its clause after an adjunct ("Last
 * week, Iowa Beef said"), perhaps after a determiner and a few plain words
 * ("The EIU said", "The Iranian news agency IRNA said")? Not in "The
 * company said London United will share ...", whose subject is no
 * mention. */
static int opens_clause(const res_t *R, const pg_mention *c)
{
    size_t sb = R->an->sents[c->sent].tok_begin, fb = c->full_begin;
    return plain_lead(R, sb, fb) || (fb > sb && pg_tok_is(R->an, fb - 1, ","));
}

/* The antecedent of "It" opening sentence m: walking back up to three
 * sentences, the speaker that ends one ("..., INA reported. It quoted
 * ...") or else its subject, when that is a country or an organization
 * ("Home Shopping Network Inc said it is not the target of an SEC
 * investigation. It said the SEC ...": Home Shopping, not the SEC); a
 * sentence with no subject mention ("The independent research organisation
 * cut its forecasts") is passed over. -1 when a person is the subject, or
 * nothing is found. */
static int32_t it_antecedent(res_t *R, size_t mi)
{
    const pg_analysis *an = R->an;
    uint32_t sent = an->ments[mi].sent;
    size_t j = mi;
    for (uint32_t back = 1; back <= 3 && sent >= back; back++) {
        uint32_t s = sent - back;
        int32_t subject = -1, speaker = -1;
        int has_subject = 0;
        for (; j > 0 && an->ments[j - 1].sent >= s; j--) {
            const pg_mention *c = &an->ments[j - 1];
            if (c->sent != s)
                continue;
            if (speaker < 0 && c->kind != MK_PRONOUN && trailing_speaker(R, c))
                speaker = pg_entity_root(an, c->entity);
            /* a subject that opens the sentence, or its clause after an
             * adjunct ("Last week, Iowa Beef said"); in "The company said
             * London United will share ..." the subject is no mention */
            if ((c->flags & MF_SUBJECT) && opens_clause(R, c)) {
                has_subject = 1;
                subject = pg_entity_root(an, c->entity);
            }
        }
        int32_t e = speaker >= 0 ? speaker : subject;
        if (e >= 0)
            return an->ents[e].type != PG_ACTOR_PERSON ? e : -1;
        if (has_subject)
            return -1; /* a subject that names no one we know */
    }
    return -1;
}

static void resolve_pronoun(res_t *R, size_t mi)
{
    pg_analysis *an = R->an;
    pg_mention *m = &an->ments[mi];
    int pr = m->pronoun;
    int32_t qctx = an->toks[m->tok_begin].quote;
    if (pr == PR_HE || pr == PR_SHE) {
        int strong = 0;
        /* "thanked Karl Nehammer for his visit ... and for his support",
         * "congratulated the Prime Minister on her election": a possessive
         * after "for" or "on" right after a person is that person's, and so
         * is the next such possessive of the sentence */
        if (for_possessive(an, mi)) {
            int32_t e = for_possessive_owner(an, mi);
            for (size_t j = mi; e < 0 && j-- > 0 && an->ments[j].sent == m->sent;)
                if (an->ments[j].kind == MK_PRONOUN && for_possessive(an, j)) {
                    e = for_possessive_owner(an, j);
                    break;
                }
            if (e >= 0 && gender_ok(&an->ents[e], pr)) {
                m->entity = e;
                return;
            }
        }
        /* after a clause break (", and", ", but", ";", "that"), the first
         * person of that clause: "Tremblay criticised the plan, and Delgado
         * said she would meet him", "Zelenskyy noted that Guterres had
         * discussed it during his visit to Russia" */
        size_t sb = an->sents[m->sent].tok_begin, brk = 0;
        for (size_t k = m->tok_begin; k > sb + 1; k--)
            if (pg_tok_is(an, k - 1, ";") || pg_tok_is(an, k - 1, "that") ||
                (pg_tok_is(an, k - 2, ",") && (pg_tok_is(an, k - 1, "and") || pg_tok_is(an, k - 1, "but")))) {
                brk = k;
                break;
            }
        /* a possessive in an adjunct that opens the sentence is the person
         * right after the adjunct: "During his visit to Brussels, Volodymyr
         * Zelenskyy will hold ..." (nobody when that is a role without a
         * name). Not after "said that": in "Guterres said that during his
         * visit to Moscow, Putin agreed" the visit is the speaker's. */
        if (m->tok_begin == sb + 1 && pg_is_preposition(R->lex, an, sb) &&
            (pg_tok_is_ci(an, m->tok_begin, "his") || pg_tok_is_ci(an, m->tok_begin, "her"))) {
            size_t se = an->sents[m->sent].tok_end, comma = 0;
            for (size_t k = m->tok_end; k < se && k < m->tok_end + 16; k++) {
                if (pg_tok_is(an, k, ",")) {
                    comma = k;
                    break;
                }
            }
            for (size_t j = mi + 1; comma && j < an->nments && an->ments[j].sent == m->sent; j++) {
                const pg_mention *c = &an->ments[j];
                if (c->tok_begin < comma) {
                    if (person_of(an, c) >= 0)
                        break; /* a person inside the adjunct: no saying */
                    continue;
                }
                if (c->full_begin != comma + 1 || (c->flags & MF_MODIFIER))
                    continue;
                if (!verb_follows_mention(R, c, se))
                    break;
                if (unnamed_role(an, c))
                    return; /* a role nobody named: the pronoun names nobody either */
                int32_t e = person_of(an, c);
                if (e >= 0 && gender_ok(&an->ents[e], pr)) {
                    m->entity = e;
                    return;
                }
                break;
            }
        }
        int32_t clause = -1;
        int role_subject = 0; /* the clause's subject is a role without a name */
        for (size_t j = mi; brk && j-- > 0 && an->ments[j].sent == m->sent && an->ments[j].tok_begin >= brk;) {
            pg_mention *c = &an->ments[j];
            int32_t e = person_of(an, c);
            /* a role right after the break ("that the Prime Minister of
             * Luxembourg began his visit") */
            int role = e < 0 && unnamed_role(an, c) && c->full_begin <= brk + 1;
            if ((e < 0 && !role) || an->toks[c->tok_begin].quote != qctx || (c->flags & MF_MODIFIER) ||
                (c->full_begin > sb && pg_is_preposition(R->lex, an, c->full_begin - 1)))
                continue;
            if (!verb_follows_mention(R, c, m->tok_begin))
                continue;
            /* the earliest such person of the clause */
            clause = !role && gender_ok(&an->ents[e], pr) ? e : -1;
            role_subject = role;
        }
        if (role_subject && m->entity < 0)
            return; /* "noted that the Prime Minister of Luxembourg began his visit": his, not the speaker's */
        if (clause >= 0 && m->entity < 0) {
            m->entity = clause;
            if (!an->ents[m->entity].gender)
                an->ents[m->entity].gender = pr == PR_HE ? 'm' : 'f';
            return;
        }
        /* the subject earlier in the same sentence, else the nearest person there */
        int32_t nearest = -1;
        for (size_t j = mi; j-- > 0 && an->ments[j].sent == m->sent;) {
            pg_mention *c = &an->ments[j];
            int32_t e = person_of(an, c);
            if (e < 0 || an->toks[c->tok_begin].quote != qctx || !gender_ok(&an->ents[e], pr))
                continue;
            if (c->flags & MF_SUBJECT) {
                m->entity = e;
                strong = 1;
                break;
            }
            if (nearest < 0 && !(c->flags & MF_MODIFIER))
                nearest = e;
        }
        if (m->entity < 0 && nearest >= 0)
            m->entity = nearest;
        /* the subject of a recent sentence, else its last person; words
         * inside someone else's quotation are not antecedents */
        for (uint32_t back = 1; m->entity < 0 && back <= 3 && m->sent >= back; back++) {
            uint32_t s = m->sent - back;
            int32_t subject = -1, last = -1;
            for (size_t j = mi; j-- > 0;) {
                pg_mention *c = &an->ments[j];
                if (c->sent < s)
                    break;
                if (c->sent != s)
                    continue;
                int32_t cq = an->toks[c->tok_begin].quote;
                if (cq >= 0 && cq != qctx && an->quotes[cq].kind == QK_MARKS)
                    continue;
                int32_t e = person_of(an, c);
                if (e < 0 || !gender_ok(&an->ents[e], pr))
                    continue;
                if (last < 0)
                    last = e;
                if (c->flags & MF_SUBJECT)
                    subject = e;
            }
            m->entity = subject >= 0 ? subject : last;
            strong = subject >= 0;
        }
        if (strong && m->entity >= 0 && !an->ents[m->entity].gender)
            an->ents[m->entity].gender = pr == PR_HE ? 'm' : 'f';
        return;
    }
    if (pr == PR_THEY && pg_tok_is_ci(an, m->tok_begin, "it") && m->tok_end < an->ntoks) {
        /* "It was emphasised that ...", "it is unrealistic to ...": no referent */
        if (pg_lexicon_word_class(R->lex, an, m->tok_end) & (WC_LINKING | WC_MODAL))
            return;
    }
    if (pr == PR_THEY && (pg_tok_is_ci(an, m->tok_begin, "it") || pg_tok_is_ci(an, m->tok_begin, "its"))) {
        /* "It" opening a sentence goes on with the country or organization
         * that sentences before spoke of (it_antecedent) */
        if (m->tok_begin == an->sents[m->sent].tok_begin && pg_tok_is_ci(an, m->tok_begin, "it")) {
            int32_t e = it_antecedent(R, mi);
            if (e >= 0) {
                m->entity = e;
                return;
            }
        }
        /* it/its: the last country or organization of this or the previous sentence */
        for (size_t j = mi; j-- > 0;) {
            pg_mention *c = &an->ments[j];
            if (c->sent + 1 < m->sent)
                break;
            int32_t e = pg_entity_root(an, c->entity);
            if (c->kind == MK_ACTOR && e >= 0 && !(c->flags & MF_MODIFIER)) {
                m->entity = e;
                break;
            }
        }
    }
}

/* ---- the voice of a speech ---- */

/* A speech names the state it speaks for: "My country, the Republic of
 * Ghana, ...", "on behalf of the Government of Chile", "my country,
 * Chile". Then I and we outside quotations are that state. */
static void find_author(res_t *R)
{
    pg_analysis *an = R->an;
    for (size_t i = 0; i < an->nments; i++) {
        pg_mention *m = &an->ments[i];
        int32_t e = pg_entity_root(an, m->entity);
        if (m->kind != MK_ACTOR || e < 0 || an->ents[e].type != PG_ACTOR_COUNTRY ||
            an->toks[m->tok_begin].quote >= 0)
            continue;
        size_t b = m->full_begin, sb = an->sents[m->sent].tok_begin;
        while (b > sb && (pg_tok_is_ci(an, b - 1, "the") || pg_tok_is(an, b - 1, ",")))
            b--;
        int found = 0;
        if (b >= sb + 2 && pg_tok_is_ci(an, b - 2, "my") &&
            (pg_tok_is(an, b - 1, "country") || pg_tok_is(an, b - 1, "nation")))
            found = 1;
        if (b >= sb + 2 && pg_tok_is(an, b - 2, "behalf") && pg_tok_is(an, b - 1, "of"))
            found = 1;
        if (found) {
            an->author = e;
            return;
        }
    }
}

/* ---- driver ---- */

void pg_resolve(pg_analysis *an, const pg_lexicon *lex)
{
    res_t R = {.an = an, .lex = lex};
    /* the maps and arrays kept in the analysis from the document before */
    struct pg_resolve_kept *k = R.k = &an->res;
    struct pg_strmap **maps[] = {&k->pattern_orgs, &k->roles, &k->by_last, &k->by_first, &k->short_orgs};
    for (size_t i = 0; i < sizeof maps / sizeof *maps; i++) {
        if (*maps[i])
            pg_strmap_clear(*maps[i]);
        else
            *maps[i] = pg_strmap_new_pooled();
    }
    PG_GROW(k->actor_ent, k->actor_ent_cap, lex->nactors ? lex->nactors : 1);
    /* a seat means the state that held it on the document's date ("Moscow"
     * in 1987 is the Soviet Union) */
    if (an->doc_date[0])
        for (size_t i = 0; i < an->nments; i++)
            if (an->ments[i].flags & MF_SEAT)
                an->ments[i].actor = pg_lexicon_seat_actor(lex, an->ments[i].actor, an->doc_date);
    short_names(&R);
    shared_bodies(&R);
    /* only the mentions' actors and national bodies' states (a seat
     * before the name may be no mention) are ever looked up: clear just
     * those */
    for (size_t i = 0; i < an->nments; i++) {
        if (an->ments[i].actor >= 0)
            R.k->actor_ent[an->ments[i].actor] = -1;
        if (an->ments[i].flags & MF_NATIONAL)
            R.k->actor_ent[an->ments[i].owner] = -1;
    }

    /* countries and organizations; a short name the article gave in
     * brackets ("Ceylon Petroleum Corp (CPC)") is that body's from then on,
     * even where the lexicon knows it as another's (the Chinese Communist
     * Party's "CPC"): the first DEFINED_MAX such names are remembered */
    enum { DEFINED_MAX = 32 };
    size_t defined[DEFINED_MAX], ndefined = 0;
    for (size_t i = 0; i < an->nments; i++) {
        pg_mention *m = &an->ments[i];
        if (m->kind != MK_ACTOR && m->kind != MK_DEMONYM)
            continue;
        int32_t own = -1;
        if (m->kind == MK_ACTOR && m->actor >= 0 && m->tok_end == m->tok_begin + 1)
            for (size_t d = 0; d < ndefined && own < 0; d++) {
                const pg_mention *dm = &an->ments[defined[d]];
                if (pg_tok_len(&an->toks[dm->tok_begin]) == pg_tok_len(&an->toks[m->tok_begin]) &&
                    memcmp(pg_tok_text(an, &an->toks[dm->tok_begin]), pg_tok_text(an, &an->toks[m->tok_begin]),
                           pg_tok_len(&an->toks[m->tok_begin])) == 0 &&
                    !same_words(an, &an->ments[dm->aff], R.lex->actors[m->actor].label))
                    own = dm->entity; /* not the lexicon's body spelled another way ("Organisation") */
            }
        if ((m->flags & MF_ALIAS) && m->aff >= 0 && an->ments[m->aff].entity >= 0) {
            m->entity = an->ments[m->aff].entity; /* "(Keidanren)" */
            if (ndefined < DEFINED_MAX &&
                pg_tokens_initials(an, an->ments[m->aff].tok_begin, an->ments[m->aff].tok_end, m->tok_begin))
                defined[ndefined++] = i;
        } else if (own >= 0) {
            m->entity = own; /* "CPC officials said" after "Ceylon Petroleum Corp (CPC)" */
            m->actor = -1;   /* as the bracketed name: no lexicon body */
            m->flags |= MF_ORG_PATTERN;
        }
        else if (m->kind == MK_DEMONYM && m->tok_end == m->tok_begin + 1 &&
                 (an->toks[m->tok_begin].flags & TF_POSS) &&
                 (own = short_org_text(&R, pg_tok_text(an, &an->toks[m->tok_begin]),
                                       an->toks[m->tok_begin].base_end - an->toks[m->tok_begin].start)) >= 0 &&
                 company_label(&R, an->ents[own].label)) {
            m->kind = MK_ACTOR; /* "American's shares" after "American Security Corp" */
            m->actor = -1;
            m->entity = own;
        }
        else if (m->flags & MF_AMBIGUOUS)
            m->entity = ambiguous_entity(&R, m);
        else if (m->flags & MF_NATIONAL)
            m->entity = national_entity(&R, m);
        else
            m->entity = actor_entity(&R, m);
        pg_entity *e = &an->ents[m->entity];
        if (m->kind == MK_ACTOR)
            alias_from_span(&R, e, m->tok_begin, m->tok_end);
    }

    /* people from a user dictionary: by their entry */
    for (size_t i = 0; i < an->nments; i++) {
        pg_mention *m = &an->ments[i];
        if (m->kind != MK_PERSON || m->actor < 0)
            continue;
        int fresh = R.k->actor_ent[m->actor] < 0;
        m->entity = actor_entity(&R, m);
        pg_entity *e = &an->ents[m->entity];
        if (fresh) {
            /* first and last name, so that other mentions find them */
            const char *label = e->label, *sp = strrchr(label, ' ');
            e->last = pg_xstrdup(sp ? sp + 1 : label);
            index_last(&R, m->entity);
            if (sp) {
                e->first = pg_xstrndup(label, strcspn(label, " "));
                index_first(&R, m->entity);
            }
        }
        alias_from_span(&R, e, m->tok_begin, m->tok_end);
        if (m->full_begin < m->tok_begin)
            alias_from_span(&R, e, m->full_begin, m->tok_end);
        if (!e->gender && m->gender)
            e->gender = m->gender;
    }

    /* people: cued full names, cued single names, then candidates */
    find_namesakes(&R);
    for (int pass = 0; pass < 3; pass++) {
        for (size_t i = 0; i < an->nments; i++) {
            pg_mention *m = &an->ments[i];
            if (m->kind != MK_PERSON || m->entity >= 0)
                continue;
            name_t n;
            name_parts(an, m, &n);
            if (!n.words)
                continue;
            int confirmed = (m->flags & MF_CONFIRMED) != 0;
            if ((pass == 0 && !(confirmed && n.words >= 2)) || (pass == 1 && !confirmed))
                continue;
            int32_t e = match_person(&R, m, &n, pass == 2);
            if (e < 0 && pass == 1 && n.words == 1 &&
                (m->title >= 0 || pg_lexicon_name_gender(R.lex, n.last, n.last_len) || short_org(&R, &n) < 0)) {
                /* "Chairman Kim", "President Xi": a title before the family
                 * name that comes first ("Kim Jong Un", "Xi Jinping"); a
                 * known given name with a cue ("Today Boris arrived" after
                 * "Boris Johnson", "Ali said" after "Ali al-Khalifa
                 * al-Sabah"); or such a name with a cue that shortens no
                 * company's ("Deng said" after "Deng Xiaoping"; not
                 * "Honeywell said" after "Honeywell Inc") */
                e = match_person(&R, m, &n, 1);
                if (e >= 0 && !same(n.last, n.last_len, an->ents[e].first))
                    e = -1;
            }
            if (e < 0 && n.words <= 2 && !(pass == 2 && n.words == 1 && plain_word_opens(&R, m))) {
                /* "Resource said" after "Resource Exploration Inc", "Kodak
                 * said" after "Eastman Kodak Co": the organization; with a
                 * title only when the title word is the name's own
                 * ("General Acquisition" for "General Acquisition Co", not
                 * "President Trump" after "the Trump Administration"); a
                 * common word opening a sentence before a noun is no one
                 * (plain_word_opens) */
                int32_t org;
                if (m->title < 0 || !(an->toks[m->full_begin].flags & TF_CAP)) {
                    org = short_org(&R, &n); /* also after a role in lower case: "official FDA" */
                } else {
                    pg_buf_reset(&R.k->tmp);
                    pg_span_text(an, m->full_begin, m->tok_end, 1, &R.k->tmp);
                    org = R.k->tmp.len ? short_org_text(&R, R.k->tmp.p, R.k->tmp.len) : -1;
                }
                if (org >= 0) {
                    m->kind = MK_ACTOR;
                    m->entity = org;
                    alias_from_span(&R, &an->ents[org], m->tok_begin, m->tok_end);
                    continue;
                }
            }
            int32_t named = e < 0 && pass == 2 && m->title < 0 ? pattern_org_named(&R, m) : -1;
            if (e < 0 && m->title < 0 && (pass < 2 || named >= 0) &&
                (company_name(&R, m) ||
                 (n.words == 1 && m->tok_end == m->tok_begin + 1 && (an->toks[m->tok_begin].flags & TF_ALLCAPS) &&
                  !sentence_shouts(an, m->sent)))) {
                /* "GenCorp said", "Colonial BancGroup said", "Mediobanca
                 * said": a company by the capitals inside its name or its
                 * firm's word; "TWA said", "the EC said": an acronym that
                 * matches nobody (in a headline in capitals, "ABE" is
                 * Shintaro Abe when the article names him). Uncued, such a
                 * name is the body only when a cue named it before ("a
                 * Citicorp spokesman", "Citicorp can afford it") */
                int32_t org = pass == 2 ? named : actor_entity(&R, m);
                if (org >= 0) {
                    m->kind = MK_ACTOR;
                    m->entity = org;
                    alias_from_span(&R, &an->ents[org], m->tok_begin, m->tok_end);
                }
                continue;
            }
            if (e < 0 && pass < 2 && the_one_word_speaker(&R, m, &n)) {
                /* "The Post said", "the Amex reported": a word after the
                 * article is no one's name */
                m->kind = MK_ACTOR;
                m->entity = actor_entity(&R, m);
                alias_from_span(&R, &an->ents[m->entity], m->tok_begin, m->tok_end);
                continue;
            }
            if (e < 0 && pass == 2)
                continue; /* an uncued name matching nobody: not an actor */
            if (e < 0)
                e = new_person(&R, m, &n);
            else if (pass == 2 && !n.first && an->ents[e].first && same(n.last, n.last_len, an->ents[e].first) &&
                     !same(n.last, n.last_len, an->ents[e].last))
                m->flags |= MF_FIRST_NAME;
            m->entity = e;
            person_update(&R, e, m, &n);
        }
    }
    /* titles and affiliations of the named */
    for (size_t i = 0; i < an->nments; i++) {
        pg_mention *m = &an->ments[i];
        if (m->kind == MK_PERSON && m->entity >= 0)
            take_title(&R, m->entity, m);
    }
    /* a person known only by one word is no one when the word is a common
     * one ("Further said", "Accountability must ...") or stands for a
     * place somewhere in the article ("in Moscow and Sochi ... Sochi has")
     * or anywhere (`place_name` in words.tsv: "Texas said", "a conference
     * in Frankfurt"; a body's short name, "First Chicago", or a person
     * named so, "Sam Houston ... Houston", resolved to them above) */
    uint8_t *place = pg_xcalloc(an->nents ? an->nents : 1, 1);
    for (size_t i = 0; i < an->nments; i++)
        if ((an->ments[i].flags & MF_PLACE) && an->ments[i].entity >= 0)
            place[an->ments[i].entity] = 1;
    for (size_t e = 0; e < an->nents; e++) {
        pg_entity *en = &an->ents[e];
        if (en->type != PG_ACTOR_PERSON || en->actor >= 0 || en->is_role || en->merged_into >= 0 ||
            en->handles.len || !en->label)
            continue;
        if (!en->first && !strchr(en->label, ' ') &&
            (place[e] || pg_lexicon_in_set_text(R.lex, PG_WS_PLACE_NAME, en->label, strlen(en->label)))) {
            en->is_role = 2;
            continue;
        }
        /* a name of common words only, also after a title: "Further said",
         * "the General Debate", "Climate Change", "High-Level", "Digital
         * Equipment" (a given name is no common word) */
        int common = 1;
        for (const char *w = en->label; common && *w;) {
            size_t n = strcspn(w, " -");
            common = pg_lexicon_common_word(R.lex, w, n);
            w += n + (w[n] != '\0');
        }
        if (common)
            en->is_role = 2;
    }
    free(place);
    /* mention counts so far (they order the candidates below) */
    for (size_t i = 0; i < an->nments; i++)
        if (an->ments[i].entity >= 0)
            an->ents[an->ments[i].entity].mentions++;

    mark_subjects(&R);
    R.ntitled = an->nents;
    R.titled = pg_xcalloc(an->nents ? an->nents : 1, 1);
    R.was_of = pg_xmalloc((an->nents ? an->nents : 1) * sizeof *R.was_of);
    for (size_t e = 0; e < an->nents; e++)
        R.was_of[e] = -1;
    for (size_t i = 0; i < an->nments; i++) {
        const pg_mention *m = &an->ments[i];
        if (m->kind == MK_PERSON && m->title >= 0 && m->entity >= 0) {
            int32_t root = pg_entity_root(an, m->entity);
            R.titled[root] |= (m->flags & MF_FORMER) ? TITLED_FORMER : TITLED_NOW;
            if ((m->flags & MF_FORMER) && m->aff >= 0 && an->ments[m->aff].entity >= 0)
                R.was_of[root] = pg_entity_root(an, an->ments[m->aff].entity);
        }
    }
    /* descriptions, in text order */
    for (size_t i = 0; i < an->nments; i++) {
        pg_mention *m = &an->ments[i];
        if (m->kind != MK_DESC || m->title < 0)
            continue;
        sweep_subjects(&R, i);
        int32_t e = match_description(&R, i);
        if (e < 0)
            e = role_entity(&R, i);
        m->entity = e;
        an->ents[e].mentions++;
        pg_buf_reset(&R.k->tmp);
        pg_span_text(an, m->full_begin, m->tok_end, 1, &R.k->tmp);
        add_alias(&an->ents[e], R.k->tmp.p ? R.k->tmp.p : "", R.k->tmp.len);
    }
    free(R.titled);
    R.titled = NULL;
    free(R.was_of);
    R.was_of = NULL;
    merge_roles(&R);
    for (size_t i = 0; i < an->nments; i++)
        if (an->ments[i].entity >= 0)
            an->ments[i].entity = pg_entity_root(an, an->ments[i].entity);

    /* a person no title gave a gender has the given name's: "her visit"
     * after "Zelenskyy met Zuzana Caputova" is hers */
    for (size_t e = 0; e < an->nents; e++) {
        pg_entity *en = &an->ents[e];
        if (en->type == PG_ACTOR_PERSON && !en->gender && en->first && en->merged_into < 0)
            en->gender = (uint8_t)pg_lexicon_name_gender(R.lex, en->first, strlen(en->first));
    }

    /* pronouns */
    for (size_t i = 0; i < an->nments; i++)
        if (an->ments[i].kind == MK_PRONOUN)
            resolve_pronoun(&R, i);

    find_author(&R);

    /* unmerged roles name nobody: their mentions stand for no entity */
    for (size_t i = 0; i < an->nments; i++) {
        int32_t e = an->ments[i].entity;
        if (e >= 0 && an->ents[e].is_role)
            an->ments[i].entity = -1;
    }

    /* kept for the next document: arrays trimmed now (a map is emptied when
     * the next document starts) */
    pg_buf_trim(&k->tmp, PG_KEEP_BYTES); /* emptied, or freed past the limit */
    pg_buf_trim(&k->key, PG_KEEP_BYTES);
    PG_TRIM(k->last_subject, k->last_cap, PG_KEEP_BYTES);
    PG_TRIM(k->next_last, k->next_last_cap, PG_KEEP_BYTES);
    PG_TRIM(k->next_first, k->next_first_cap, PG_KEEP_BYTES);
    free(R.by_mention);
}
