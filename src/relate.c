/* relate.c — relations between entities from cues, quotations, signatures
 * and titles (see relate.h). */
#include "relate.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "hashmap.h"
#include "mem.h"
#include "resolve.h"

typedef struct {
    uint32_t c, ce;   /* cue tokens [c, ce) */
    uint32_t sent;
    int32_t cue;      /* lexicon cue id */
    int32_t subject;  /* mention index, or -1 */
    int32_t speaker_obj; /* prep cues: the mention after "according to" */
    uint8_t inverted; /* ", said X" */
    uint8_t negated;
    uint8_t skip;     /* not a usable cue here (infinitive without control, gerund) */
    uint8_t passive;  /* a verb in the passive with its agent after "by": "was visited by X" */
    uint8_t this_prev; /* "This was stated by X", "X said this during ...": what was said is the sentence before */
} cue_t;

typedef struct {
    pg_analysis *an;
    const pg_lexicon *lex;
    int32_t *cover;     /* token -> outermost mention covering it, or -1 */
    int32_t *start_at;  /* token -> mention starting (full_begin) there, or -1 */
    uint32_t *order;    /* mention indices by (sentence, token) */
    uint32_t *sent_m0;  /* sentence -> first position in order (size nsents + 1) */
    cue_t *cues;
    size_t ncues, cues_cap;
    pg_u64map *seen;
    /* the verb cue being related: its subject's entity and the entities
     * coordinated before it ("Vendrell and Brandt criticised"), which take
     * every relation the subject takes (see co_subjects) */
    int32_t subj;
    int32_t co[4];
    size_t nco;
} rl_t;

/* ---- helpers ---- */

static inline __attribute__((always_inline)) const pg_token *TK(const rl_t *R, size_t i) { return &R->an->toks[i]; }

static inline __attribute__((always_inline)) unsigned WC(const rl_t *R, size_t i) { return pg_lexicon_word_class(R->lex, R->an, i); }

static inline __attribute__((always_inline)) int tok_is(const rl_t *R, size_t i, const char *s) { return i < R->an->ntoks && pg_tok_is(R->an, i, s); }

/* Does token i start with `prefix` ("receive" of "received")? */
static int tok_starts(const rl_t *R, size_t i, const char *prefix)
{
    size_t n = strlen(prefix);
    return i < R->an->ntoks && pg_tok_len(TK(R, i)) >= n && memcmp(R->an->text + TK(R, i)->start, prefix, n) == 0;
}

static int tok_in(const rl_t *R, size_t i, const char *const *words)
{
    for (int k = 0; words[k]; k++)
        if (tok_is(R, i, words[k]))
            return 1;
    return 0;
}

static int is_possessive_pronoun(const rl_t *R, const pg_mention *m)
{
    return m->kind == MK_PRONOUN && (WC(R, m->tok_begin) & WC_POSSESSIVE);
}

/* The entity a mention stands for where it is: I/we are the speaker of the
 * quotation around them, you the addressee. */
static int32_t ment_entity(const rl_t *R, const pg_mention *m)
{
    const pg_analysis *an = R->an;
    if (m->kind == MK_GROUP)
        return -1;
    if (m->kind == MK_PRONOUN) {
        int32_t q = an->toks[m->tok_begin].quote;
        if (m->pronoun == PR_I || m->pronoun == PR_WE)
            return q >= 0 ? pg_entity_root(an, an->quotes[q].speaker) : an->author;
        if (m->pronoun == PR_YOU)
            return q >= 0 ? pg_entity_root(an, an->quotes[q].addressee) : -1;
    }
    return pg_entity_root(an, m->entity);
}

static int is_agent(const pg_mention *m)
{
    if (m->kind == MK_PERSON && m->entity < 0)
        return 0; /* a name candidate nobody confirmed */
    return (m->kind == MK_PERSON || m->kind == MK_DESC || m->kind == MK_ACTOR || m->kind == MK_PRONOUN ||
            m->kind == MK_GROUP) &&
           !(m->flags & MF_MODIFIER);
}

/* Is mention m glued to a modifier's tail ("U.S.-backed forces said"):
 * an adjective's part, not a subject? */
static int compound_part(const rl_t *R, const pg_mention *m)
{
    return m->tok_end + 1 < R->an->ntoks && tok_is(R, m->tok_end, "-") &&
           pg_lexicon_compound_tail(R->lex, PG_WS_HYPHEN_TAIL, R->an, m->tok_end + 1);
}

/* Where the noun phrase of mention m starts: before its articles,
 * possessives and a demonym ("the Russian Red Cross Society", where
 * "Russian" is a mention of its own). */
static size_t phrase_start(const rl_t *R, const pg_mention *m, unsigned skip)
{
    const pg_analysis *an = R->an;
    size_t sb = an->sents[m->sent].tok_begin, k = m->full_begin;
    for (;;) {
        while (k > sb && (WC(R, k - 1) & skip))
            k--;
        int32_t d = k > sb ? R->cover[k - 1] : -1;
        if (d < 0 || an->ments[d].kind != MK_DEMONYM || an->ments[d].tok_end != k)
            return k;
        k = an->ments[d].full_begin;
    }
}

/* Does mention m follow a preposition ("As for the Russian Red Cross
 * Society")? */
static int after_preposition(const rl_t *R, const pg_mention *m)
{
    size_t sb = R->an->sents[m->sent].tok_begin, k = phrase_start(R, m, WC_DET | WC_POSSESSIVE);
    return k > sb && pg_is_preposition(R->lex, R->an, k - 1);
}

/* "a spokeswoman for Pacifico Foods", "an official of the ministry",
 * "sources close to the Italian Foreign Ministry": an actor after
 * for/of/at/close to that follows a noun of unnamed speakers (words.tsv)
 * speaks through them. `*start` (if not NULL) is set to where that phrase
 * starts ("a"). */
static int spoken_for(const rl_t *R, const pg_mention *m, size_t *start)
{
    size_t sb = R->an->sents[m->sent].tok_begin, k = phrase_start(R, m, WC_DET);
    if (k > sb + 2 && tok_is(R, k - 1, "to") && tok_is(R, k - 2, "close"))
        k--; /* "close to" as one preposition */
    if (!(k > sb + 1 && (tok_is(R, k - 1, "for") || tok_is(R, k - 1, "of") || tok_is(R, k - 1, "at") ||
                         tok_is(R, k - 1, "close")) &&
          pg_lexicon_in_set(R->lex, PG_WS_UNNAMED, R->an, k - 2)))
        return 0;
    k -= 2;
    while (k > sb && (WC(R, k - 1) & WC_DET))
        k--;
    if (start)
        *start = k;
    return 1;
}

static void prepare(rl_t *R)
{
    pg_analysis *an = R->an;
    /* the indexes are slices of the analysis's work buffer, which is kept
     * across documents: no allocation per document */
    size_t nt = an->ntoks ? an->ntoks : 1, nm = an->nments ? an->nments : 1, ns = an->nsents + 1;
    pg_buf_reset(&an->work);
    pg_buf_reserve(&an->work, (2 * nt + nm + 2 * ns) * sizeof(uint32_t));
    uint32_t *slice = (uint32_t *)(void *)an->work.p;
    R->cover = (int32_t *)slice;
    R->start_at = (int32_t *)slice + nt;
    R->order = slice + 2 * nt;
    R->sent_m0 = slice + 2 * nt + nm;
    uint32_t *fill = R->sent_m0 + ns;
    memset(R->cover, 0xFF, 2 * nt * sizeof *R->cover);
    memset(R->sent_m0, 0, ns * sizeof *R->sent_m0);
    /* counting sort by sentence, then insertion sort by token within */
    for (size_t i = 0; i < an->nments; i++)
        R->sent_m0[an->ments[i].sent + 1]++;
    for (size_t s = 0; s < an->nsents; s++)
        R->sent_m0[s + 1] += R->sent_m0[s];
    memcpy(fill, R->sent_m0, ns * sizeof *fill);
    for (size_t i = 0; i < an->nments; i++)
        R->order[fill[an->ments[i].sent]++] = (uint32_t)i;
    for (size_t s = 0; s < an->nsents; s++)
        for (uint32_t a = R->sent_m0[s] + 1; a < R->sent_m0[s + 1]; a++) {
            uint32_t v = R->order[a], b = a;
            while (b > R->sent_m0[s] && an->ments[R->order[b - 1]].tok_begin > an->ments[v].tok_begin) {
                R->order[b] = R->order[b - 1];
                b--;
            }
            R->order[b] = v;
        }
    for (size_t i = 0; i < an->nments; i++) {
        pg_mention *m = &an->ments[i];
        if (m->flags & MF_MODIFIER)
            continue;
        if (m->kind == MK_PERSON && m->entity < 0)
            continue; /* a name candidate nobody confirmed: plain words */
        if (R->start_at[m->full_begin] < 0)
            R->start_at[m->full_begin] = (int32_t)i;
        for (size_t t = m->full_begin; t < m->tok_end; t++)
            if (R->cover[t] < 0 || an->ments[R->cover[t]].full_begin > m->full_begin)
                R->cover[t] = (int32_t)i;
    }
    R->seen = pg_u64map_new();
}

static void emit_one(rl_t *R, int32_t src, int32_t tgt, pg_rel_type type, uint32_t sent, int32_t quote)
{
    pg_analysis *an = R->an;
    src = pg_entity_root(an, src);
    tgt = pg_entity_root(an, tgt);
    if (src < 0 || tgt < 0 || src == tgt || an->ents[src].is_role || an->ents[tgt].is_role)
        return;
    if (type == PG_REL_VISIT && an->ents[tgt].type == PG_ACTOR_PERSON)
        return;
    if (type == PG_REL_AFFILIATION &&
        (an->ents[src].type != PG_ACTOR_PERSON || an->ents[tgt].type == PG_ACTOR_PERSON))
        return;
    uint64_t key = ((uint64_t)(uint32_t)src << 40) ^ ((uint64_t)(uint32_t)tgt << 16) ^ ((uint64_t)type << 60) ^
                   (uint64_t)sent * 0x9E3779B1u;
    int inserted;
    pg_u64map_put(R->seen, key, &inserted);
    if (!inserted)
        return;
    PG_GROW(an->rels, an->rels_cap, an->nrels + 1);
    pg_relation *r = &an->rels[an->nrels++];
    r->source = src;
    r->target = tgt;
    r->type = type;
    r->sent = sent;
    r->quote = quote;
    r->date = an->sents[sent].date;
    if (quote >= 0 && an->quotes[quote].signed_date >= 0)
        r->date = an->quotes[quote].signed_date;
}

/* A relation from src to tgt; when src is the subject of the verb being
 * related, from each entity coordinated with it too. */
static void emit(rl_t *R, int32_t src, int32_t tgt, pg_rel_type type, uint32_t sent, int32_t quote)
{
    emit_one(R, src, tgt, type, sent, quote);
    if (R->nco && src >= 0 && pg_entity_root(R->an, src) == R->subj)
        for (size_t k = 0; k < R->nco; k++)
            emit_one(R, R->co[k], tgt, type, sent, quote);
}

/* ---- subjects and objects ---- */

/* Token j - 1 closes a short bracket ("(AFBF)", "<MMWG.F>"): the index of
 * its opening token (`open` or `alt`) within five tokens back, or j when
 * there is none. */
static size_t bracket_open(const rl_t *R, size_t sb, size_t j, const char *open, const char *alt)
{
    for (size_t o = j - 1; o > sb && o + 6 > j; o--)
        if (tok_is(R, o - 1, open) || tok_is(R, o - 1, alt))
            return o - 1;
    return j;
}

/* A verb's subject named by the noun right before it (token k - 1, after
 * auxiliaries and adverbs): nobody for a group of people or firms outside
 * the state ("..., traders said", "U.S. grain exporters said") or for
 * speakers the text does not name ("..., officials said"), the state or
 * body they speak for when one stands right before them ("U.S. officials
 * said", "a Kremlin spokesman said", "a company spokesman" for the company
 * named before). Returns a mention, -1 for nobody, or NOUN_NONE when the
 * word is no such noun and the usual search applies. */
#define NOUN_NONE (-3)
static int32_t noun_subject(const rl_t *R, size_t s, size_t k, int32_t qc)
{
    const pg_analysis *an = R->an;
    size_t sb = an->sents[s].tok_begin;
    /* "officials in Mariupol said", "traders in New York said": where they
     * are (a place, no actor) comes between them and the verb */
    {
        size_t j = k;
        while (j > sb && j + 4 > k && TK(R, j - 1)->kind == TK_WORD && (TK(R, j - 1)->flags & TF_CAP) &&
               R->cover[j - 1] < 0)
            j--;
        if (j < k && j > sb + 1 && (tok_is(R, j - 1, "in") || tok_is(R, j - 1, "at") || tok_is(R, j - 1, "from")) &&
            TK(R, j - 2)->kind == TK_WORD && !(TK(R, j - 2)->flags & TF_CAP) && R->cover[j - 2] < 0 &&
            (pg_lexicon_in_set(R->lex, PG_WS_UNNAMED, an, j - 2) || pg_lexicon_in_set(R->lex, PG_WS_PRIVATE, an, j - 2)))
            k = j - 1;
    }
    /* "..., traders said", "U.S. grain exporters said": the subject is a
     * group of people or firms outside the state, not an actor before it */
    if (k > sb && TK(R, k - 1)->kind == TK_WORD && !(TK(R, k - 1)->flags & TF_CAP) && R->cover[k - 1] < 0) {
        if (pg_lexicon_in_set(R->lex, PG_WS_PRIVATE, an, k - 1))
            return -1;
        /* "..., officials said", "Western diplomats said": speakers the
         * text does not name; "U.S. officials said", "a Kremlin
         * spokesman said": the state or body right before them speaks */
        if (pg_lexicon_in_set(R->lex, PG_WS_UNNAMED, an, k - 1)) {
            size_t j = k - 1;
            int body = 0;  /* "a company spokesman", "a ministry official" */
            int state = 0; /* ... a state's body: "a finance ministry spokesman" */
            while (j > sb && j + 3 > k && TK(R, j - 1)->kind == TK_WORD && R->cover[j - 1] < 0 &&
                   !(WC(R, j - 1) & (WC_FUNCTION | WC_PREP | WC_DET | WC_AUX | WC_LINKING))) {
                int b = pg_lexicon_in_set(R->lex, PG_WS_BODY, an, j - 1);
                if ((TK(R, j - 1)->flags & TF_CAP) && !b)
                    break; /* "U.S. Embassy official" goes on */
                body |= b;
                state |= b && (WC(R, j - 1) & WC_STATE_NOUN);
                j--; /* "senior", "trade" */
            }
            /* "An American Farm Bureau Federation (AFBF) official" */
            if (j > sb + 2 && tok_is(R, j - 1, ")"))
                j = bracket_open(R, sb, j, "(", "(");
            /* a ticker after the name, as wire copy writes them: "A
             * Mannesmann AG <MMWG.F> spokesman" (also with the angle
             * bracket as an entity), or glued: "AGMMWG.F" */
            if (j > sb + 2 && tok_is(R, j - 1, ">"))
                j = bracket_open(R, sb, j, "<", "&lt;");
            else if (j > sb + 3 && tok_is(R, j - 2, ".") && !(TK(R, j - 2)->flags & TF_SPACE_BEFORE) &&
                !(TK(R, j - 1)->flags & TF_SPACE_BEFORE) && pg_tok_len(TK(R, j - 1)) <= 2 &&
                (TK(R, j - 1)->flags & TF_CAP) && (TK(R, j - 3)->flags & TF_ALLCAPS) && R->cover[j - 3] < 0)
                j -= 3;
            else if (j > sb + 1 && (TK(R, j - 1)->flags & TF_ALLCAPS) && R->cover[j - 1] < 0 &&
                     !(TK(R, j - 1)->flags & TF_SPACE_BEFORE))
                j--;
            int32_t owner = j > sb ? R->cover[j - 1] : -1;
            if (body && !(owner >= 0 && an->ments[owner].tok_end == j)) {
                /* the body named last before, as a subject: "Merrill
                 * Lynch is holding talks, a company spokesman told
                 * Reuters"; a state's for a ministry or an embassy */
                for (uint32_t a = R->sent_m0[s + 1]; a-- > R->sent_m0[s];) {
                    const pg_mention *m = &an->ments[R->order[a]];
                    if (m->tok_end > j || an->toks[m->tok_begin].quote != qc || !is_agent(m) ||
                        m->kind == MK_PRONOUN || m->kind == MK_GROUP || after_preposition(R, m) ||
                        ((m->flags & MF_POSS) && !state))
                        continue;
                    int32_t e = ment_entity(R, m);
                    if (e >= 0 && (an->ents[e].type == PG_ACTOR_ORGANIZATION ||
                                   (state && an->ents[e].type == PG_ACTOR_COUNTRY)))
                        return (int32_t)R->order[a];
                }
                return -1;
            }
            if (owner >= 0 && an->ments[owner].tok_end == j && is_agent(&an->ments[owner]) &&
                an->ments[owner].kind != MK_PRONOUN && an->toks[an->ments[owner].tok_begin].quote == qc) {
                /* one speaker needs a determiner or a possessive:
                 * "a Kremlin spokesman", "Boeing's spokesman", not
                 * "the EAEU observer states" */
                const pg_mention *om = &an->ments[owner];
                const pg_token *noun = TK(R, k - 1);
                int plural = an->text[noun->end - 1] == 's' || an->text[noun->end - 1] == 'S' ||
                             pg_tok_is_ci(an, k - 1, "people") || pg_tok_is_ci(an, k - 1, "spokesmen") ||
                             pg_tok_is_ci(an, k - 1, "spokeswomen") || pg_tok_is_ci(an, k - 1, "spokespeople");
                int det = om->full_begin > sb && (WC(R, om->full_begin - 1) & WC_DET);
                if ((!plural && !det && !(om->flags & MF_POSS) && !(TK(R, j - 1)->flags & TF_POSS)) ||
                    after_preposition(R, om))
                    owner = -2; /* not a speaker's phrase ("heads of the EAEU observer states"): the usual search */
                else if (ment_entity(R, om) >= 0)
                    return owner; /* also a person's: "a Trump spokesman" */
            }
            if (owner != -2)
                return -1;
        }
    }
    return NOUN_NONE;
}

/* The nearest agent left of token c in sentence s (see relate.h). Returns
 * a mention index, -1 for none, -2 when the subject is an unnamed group. */
/* "..., Melvin Sims, USDA general sales manager, said": a body opening an
 * apposition of plain words between commas right before the verb at c is
 * the person's before it, who is the speaker; that person's mention, or
 * -1. (A title there makes the body part of the person's mention
 * already: "Pentagon spokesman".) */
static int32_t apposed_person(const rl_t *R, const pg_mention *m, size_t c)
{
    const pg_analysis *an = R->an;
    size_t fb = m->full_begin;
    if (m->kind != MK_ACTOR || fb < an->sents[m->sent].tok_begin + 2 || !tok_is(R, fb - 1, ",") ||
        !tok_is(R, c - 1, ",") || m->tok_end + 1 >= c)
        return -1;
    int32_t p = R->cover[fb - 2];
    if (p < 0 || an->ments[p].kind != MK_PERSON || an->ments[p].tok_end != fb - 1)
        return -1;
    for (size_t t = m->tok_end; t + 1 < c; t++)
        if (TK(R, t)->kind != TK_WORD || (TK(R, t)->flags & TF_CAP))
            return -1;
    return p;
}

static int32_t find_subject(const rl_t *R, size_t s, size_t c, int noun_form)
{
    const pg_analysis *an = R->an;
    int32_t qc = an->toks[c].quote;
    /* "Reagan, who backed the Uruguay round, has said ...": a relative
     * clause that ends right before the verb is passed over whole */
    {
        size_t sb = an->sents[s].tok_begin, k = c;
        while (k > sb && (WC(R, k - 1) & (WC_AUX | WC_PREVERB)) && !(TK(R, k - 1)->flags & TF_CAP))
            k--;
        if (k > sb + 3 && tok_is(R, k - 1, ","))
            for (size_t w = k - 2; w > sb + 1; w--) {
                if (tok_is(R, w, ",") || tok_is(R, w, ";") || TK(R, w)->kind == TK_QUOTE)
                    break;
                if ((tok_is(R, w, "who") || tok_is(R, w, "which")) && tok_is(R, w - 1, ",")) {
                    c = w - 1;
                    break;
                }
            }
        int32_t ns = noun_subject(R, s, k, qc);
        if (ns != NOUN_NONE)
            return ns;
    }
    for (uint32_t a = R->sent_m0[s + 1]; a-- > R->sent_m0[s];) {
        const pg_mention *m = &an->ments[R->order[a]];
        if (m->tok_end > c || m->full_begin >= c)
            continue;
        if (an->toks[m->tok_begin].quote != qc)
            continue; /* inside and outside a quotation are different voices */
        if (!is_agent(m))
            continue;
        for (size_t t = m->tok_end; t < c; t++)
            if (tok_is(R, t, ";"))
                return -1;
        if (m->kind == MK_GROUP)
            return -2;
        if (m->tok_end == c && spoken_for(R, m, NULL))
            return (int32_t)R->order[a]; /* ", a spokeswoman for Pacifico Foods said" */
        if (after_preposition(R, m) || is_possessive_pronoun(R, m) || compound_part(R, m))
            continue;
        if ((m->flags & MF_POSS) && !noun_form)
            continue;
        if (m->kind == MK_PRONOUN && (pg_tok_is_ci(an, m->tok_begin, "it") || pg_tok_is_ci(an, m->tok_begin, "its")) &&
            m->entity < 0)
            continue;
        int32_t p = apposed_person(R, m, c);
        return p >= 0 ? p : (int32_t)R->order[a];
    }
    return -1;
}

/* The subject of the sentence's main clause, seen from token c. */
static int32_t sentence_subject(const rl_t *R, size_t s, size_t c)
{
    const pg_analysis *an = R->an;
    int32_t qc = an->toks[c].quote;
    for (uint32_t a = R->sent_m0[s]; a < R->sent_m0[s + 1]; a++) {
        const pg_mention *m = &an->ments[R->order[a]];
        if (m->full_begin >= c)
            break;
        if (an->toks[m->tok_begin].quote != qc)
            continue;
        if (!is_agent(m) || after_preposition(R, m) || is_possessive_pronoun(R, m) || compound_part(R, m))
            continue;
        if (m->kind == MK_GROUP)
            return -2;
        if (m->flags & MF_POSS)
            continue;
        /* "Venezuelan Central Bank President Hernan Anzola": the bank is
         * part of the person's mention, which is the subject */
        int32_t cov = R->cover[m->tok_begin];
        if (cov >= 0 && cov != (int32_t)R->order[a] && an->ments[cov].full_begin <= m->tok_begin &&
            is_agent(&an->ments[cov]))
            return cov;
        return (int32_t)R->order[a];
    }
    return -1;
}

/* Words passed over between a cue and its object: articles, possessives,
 * "with", "to", adverbs (words.tsv). Not "that", which opens a clause. */
static int object_skip(const rl_t *R, size_t k)
{
    return TK(R, k)->kind == TK_WORD && !(TK(R, k)->flags & TF_CAP) &&
           (WC(R, k) & (WC_POSSESSIVE | WC_OBJECT_SKIP));
}

static int object_ok(const rl_t *R, const pg_mention *m)
{
    if (!is_agent(m) || m->kind == MK_GROUP)
        return 0;
    if (m->kind == MK_PRONOUN) {
        static const char *const w[] = {"you", "him", "her", "them", "us", "me", "You", NULL};
        if (!tok_in(R, m->tok_begin, w))
            return 0;
        /* "her" as a possessive determiner is not an object */
        if (tok_is(R, m->tok_begin, "her") && m->tok_end < R->an->ntoks && TK(R, m->tok_end)->kind == TK_WORD &&
            !(TK(R, m->tok_end)->flags & TF_CAP) && !(WC(R, m->tok_end) & (WC_PREP)))
            return 0;
    }
    return 1;
}

/* The actors right after token k (coordination included), into out[]. */
/* After "the people of", "the Government and the people of" (`nation_noun`
 * in words.tsv) at k: the index of the state or body named after "of",
 * or k when the words are not there or no actor follows. */
static size_t past_nation_nouns(const rl_t *R, size_t k, size_t se)
{
    const pg_analysis *an = R->an;
    size_t j = k;
    for (int nouns = 0; nouns < 2; nouns++) {
        if (j < se && pg_tok_is_ci(an, j, "the"))
            j++;
        if (!(j < se && pg_lexicon_in_set(R->lex, PG_WS_NATION_NOUN, an, j)))
            return k;
        j++;
        if (!(j < se && tok_is(R, j, "and")))
            break;
        j++;
    }
    if (!(j < se && tok_is(R, j, "of")))
        return k;
    j++;
    if (j < se && tok_is(R, j, "the"))
        j++;
    return j < se && R->start_at[j] >= 0 && an->ments[R->start_at[j]].kind == MK_ACTOR ? j : k;
}

static size_t find_objects(const rl_t *R, size_t k, size_t se, int apposition, int32_t *out, size_t max)
{
    const pg_analysis *an = R->an;
    size_t n = 0;
    for (int hops = 0; hops < 4 && k < se && object_skip(R, k) &&
                       (R->start_at[k] < 0 || an->ments[R->start_at[k]].kind == MK_PRONOUN);
         hops++)
        k++;
    k = past_nation_nouns(R, k, se);
    if (apposition && k < se && R->start_at[k] < 0) {
        /* "called our enemy, Russia" */
        size_t j = k;
        while (j < se && j < k + 4 && TK(R, j)->kind == TK_WORD && !(TK(R, j)->flags & TF_CAP))
            j++;
        if (j > k && tok_is(R, j, ",") && j + 1 < se && R->start_at[j + 1] >= 0)
            k = j + 1;
    }
    /* items joined by a comma alone count only when an "and" (or "or", "as
     * well as") closes the list: "with A, B and C", not "with A, B said" */
    size_t committed = 0;
    while (k < se && n < max) {
        int32_t mi = R->start_at[k];
        if (mi < 0 || !object_ok(R, &an->ments[mi]))
            break;
        if (an->ments[mi].kind == MK_ACTOR && an->ments[mi].tok_end < se) {
            /* "Meeting with Aeroflot CEO Mikhail Poluboyarinov", "praised
             * Federal Reserve Board chairman-designate Alan Greenspan's
             * calls": the body is the titled person's affiliation, the
             * person is the object */
            int32_t p = R->start_at[an->ments[mi].tok_end];
            if (p >= 0 && an->ments[p].kind == MK_PERSON && an->ments[p].full_begin < an->ments[p].tok_begin &&
                is_agent(&an->ments[p]))
                mi = p;
        }
        out[n++] = mi;
        if (n == 1)
            committed = 1;
        k = an->ments[mi].tok_end;
        /* coordination: ", ", "and", "as well as", then determiners */
        size_t j = k;
        int joined = 0, conj = 0;
        for (int hops = 0; hops < 5 && j < se; hops++) {
            if (tok_is(R, j, ",")) {
                j++;
                joined = 1;
            } else if (tok_is(R, j, "and") || tok_is(R, j, "or")) {
                j++;
                joined = conj = 1;
            } else if (tok_is(R, j, "as") && tok_is(R, j + 1, "well") && tok_is(R, j + 2, "as")) {
                j += 3;
                joined = conj = 1;
            } else if (joined && object_skip(R, j) &&
                       (R->start_at[j] < 0 || an->ments[R->start_at[j]].kind == MK_PRONOUN)) {
                j++;
            } else {
                break;
            }
        }
        if (!joined || j >= se || R->start_at[j] < 0) {
            if (conj && n >= 2)
                committed = n; /* "A, B, C and as many others as possible" */
            break;
        }
        if (conj)
            committed = n + 1; /* everything so far, and the next one */
        k = j;
    }
    return committed < n ? committed : n;
}

/* ---- cue analysis ---- */

static int is_aux(const rl_t *R, size_t i)
{
    return (WC(R, i) & WC_LINKING) && !tok_is(R, i, "has") && !tok_is(R, i, "had") && !(TK(R, i)->flags & TF_CAP);
}

static int ends_with_ing(const rl_t *R, size_t i)
{
    return pg_tok_ends(R->an, i, "ing", 5);
}

/* Is token i a lowercase word in -ly that no actor covers (an adverb:
 * "repeatedly", "strongly")? */
static int ly_adverb(const rl_t *R, size_t i)
{
    const pg_token *t = TK(R, i);
    return t->kind == TK_WORD && !(t->flags & TF_CAP) && pg_tok_len(t) > 4 &&
           memcmp(R->an->text + t->end - 2, "ly", 2) == 0;
}

/* Is the word before the verb at token c (past auxiliaries and adverbs)
 * one that no actor covers and that cannot stand between a subject and
 * its verb: a lowercase noun ("the company notes", "companies have
 * supported"), a verb ("will issue notes"), or with `prep`, a preposition
 * ("dlrs of notes")? Then the verb's subject, if it has one, names no
 * actor. Pronouns, state nouns ("the Russian side"), group nouns ("the
 * two leaders") and the before_verb words of words.tsv ("and", "who",
 * "both") can stand there; determiners, ordinals and the like cannot
 * ("the next hosts", "as hosts to"). */
static int before_verb_no_actor(const rl_t *R, size_t sb, size_t c, int prep)
{
    size_t p = c;
    while (p > sb && TK(R, p - 1)->kind == TK_WORD && !(TK(R, p - 1)->flags & TF_CAP) && R->cover[p - 1] < 0 &&
           ((WC(R, p - 1) & (WC_AUX | WC_PREVERB)) || ly_adverb(R, p - 1)))
        p--;
    if (p == sb)
        return 0;
    const pg_token *pt = TK(R, p - 1);
    unsigned wc = WC(R, p - 1);
    if (pt->kind != TK_WORD || (pt->flags & TF_CAP) || R->cover[p - 1] >= 0)
        return 0;
    if (wc & WC_PREP)
        return prep;
    return !(wc & (WC_STATE_NOUN | WC_GROUP | WC_HE | WC_SHE | WC_THEY | WC_I | WC_WE | WC_YOU)) &&
           !pg_lexicon_in_set(R->lex, PG_WS_BEFORE_VERB, R->an, p - 1);
}

/* Is the verb at token c a participle after a form of "be" (adverbs
 * between): "was told", "has been criticised", "were also visited"? Not a
 * progressive ("was visiting") nor an adjective ("was grateful"). */
static int passive_at(const rl_t *R, size_t sb, size_t c)
{
    const pg_token *t = TK(R, c);
    size_t n = pg_tok_len(t);
    if (!((n > 3 && memcmp(R->an->text + t->end - 2, "ed", 2) == 0) ||
          pg_lexicon_in_set(R->lex, PG_WS_PARTICIPLE, R->an, c)))
        return 0;
    size_t k = c;
    while (k > sb && TK(R, k - 1)->kind == TK_WORD && !(TK(R, k - 1)->flags & TF_CAP) && (WC(R, k - 1) & WC_AUX) &&
           !pg_lexicon_in_set(R->lex, PG_WS_BE, R->an, k - 1))
        k--; /* "was also", "were later" */
    return k > sb && !(TK(R, k - 1)->flags & TF_CAP) && pg_lexicon_in_set(R->lex, PG_WS_BE, R->an, k - 1);
}

/* The subject of a passive verb cue: the mention right before its form of
 * "be" ("Ukraine was attacked by"), or before the relative pronoun that
 * stands for it ("the pact, which is backed by"); -1 if none. */
static int32_t passive_subject(const rl_t *R, const cue_t *q)
{
    size_t sb = R->an->sents[q->sent].tok_begin, k = q->c;
    while (k > sb && TK(R, k - 1)->kind == TK_WORD && !(TK(R, k - 1)->flags & TF_CAP) &&
           ((WC(R, k - 1) & WC_AUX) || pg_lexicon_in_set(R->lex, PG_WS_BE, R->an, k - 1)))
        k--; /* "has also been", "is being" */
    if (k > sb + 1 && (tok_is(R, k - 1, "which") || tok_is(R, k - 1, "who") || tok_is(R, k - 1, "that")))
        k -= tok_is(R, k - 2, ",") ? 2 : 1;
    if (k <= sb)
        return -1;
    int32_t mi = R->cover[k - 1];
    if (mi < 0 || R->an->ments[mi].tok_end != k || !is_agent(&R->an->ments[mi]))
        return -1;
    return mi;
}

/* Is the cue at token c negated: a negation at most three words before it
 * ("did not call"), or up to eight when an intent word follows the negation
 * ("has no immediate plans to start talks with"). Punctuation stops the
 * search. */
static int negated(const rl_t *R, size_t sb, size_t c)
{
    for (size_t k = c; k-- > sb && k + 9 > c;) {
        if (TK(R, k)->kind != TK_WORD)
            return 0;
        if (!(WC(R, k) & WC_NEGATION))
            continue;
        if (k + 4 > c)
            return 1;
        for (size_t j = k + 1; j < c && j <= k + 2; j++)
            if (pg_lexicon_in_set(R->lex, PG_WS_INTENT, R->an, j))
                return 1;
        return 0;
    }
    return 0;
}

/* Does mention m open its sentence, sb, past at most a determiner and a
 * compound modifier of up to three words ("The Atlanta-based Halversen",
 * "The New York-based Halversen", "The state-run Xinhua")? */
static int opens_sentence(const rl_t *R, size_t sb, const pg_mention *m)
{
    size_t k = sb;
    if (k < m->full_begin && (WC(R, k) & WC_DET))
        k++;
    for (size_t mods = 0; k < m->full_begin && mods < 3; k++, mods++) {
        /* a compound ("state-run", "Atlanta-based", which the lexicon
         * lowered) or a capitalised word the lexicon lowered with it ("New"
         * of "New York-based") */
        const pg_token *t = TK(R, k);
        unsigned char c = (unsigned char)R->an->text[t->start];
        if (t->kind != TK_WORD || (t->flags & TF_CAP) || R->cover[k] >= 0 ||
            !((t->flags & TF_HYPHEN) || (c >= 'A' && c <= 'Z')))
            return 0;
    }
    return k == m->full_begin;
}

/* Is the word before verb token c (past auxiliaries and adverbs, a modal
 * or a form of "be" or "have" among them) a lowercase common noun that no
 * mention covers and that names no speaker, firm or body (those are
 * noun_subject's)? Adverbs in -ly and verb forms in -ed or -ing are none. */
static int thing_before_verb(const rl_t *R, size_t sb, size_t c)
{
    const pg_analysis *an = R->an;
    size_t k = c;
    int verb = 0; /* an auxiliary or modal makes the cue a verb ("thanks" after "my sincere" is a noun) */
    while (k > sb && (WC(R, k - 1) & (WC_AUX | WC_PREVERB | WC_MODAL)) && !(TK(R, k - 1)->flags & TF_CAP)) {
        verb |= (WC(R, k - 1) & WC_MODAL) || pg_lexicon_in_set(R->lex, PG_WS_BE, an, k - 1) ||
                pg_tok_is(an, k - 1, "has") || pg_tok_is(an, k - 1, "have") || pg_tok_is(an, k - 1, "had");
        k--;
    }
    if (!verb || k < sb + 2)
        return 0;
    const pg_token *t = TK(R, k - 1);
    if (t->kind != TK_WORD || (t->flags & (TF_CAP | TF_DIGIT)) || R->cover[k - 1] >= 0)
        return 0;
    const unsigned not_noun = WC_FUNCTION | WC_PREP | WC_DET | WC_AUX | WC_LINKING | WC_MODAL | WC_PREVERB |
                              WC_NEGATION | WC_POSSESSIVE | WC_HE | WC_SHE | WC_THEY | WC_I | WC_WE | WC_YOU |
                              WC_CONTROL | WC_GROUP | WC_STATE_NOUN;
    if (WC(R, k - 1) & not_noun)
        return 0;
    if (pg_tok_len(t) < 4 || pg_tok_ends(an, k - 1, "ly", 0) || pg_tok_ends(an, k - 1, "ed", 0) ||
        ends_with_ing(R, k - 1))
        return 0;
    if (!pg_lexicon_common_word(R->lex, an->text + t->start, pg_tok_base_len(t)) ||
        pg_lexicon_in_set(R->lex, PG_WS_UNNAMED, an, k - 1) || pg_lexicon_in_set(R->lex, PG_WS_PRIVATE, an, k - 1) ||
        pg_lexicon_in_set(R->lex, PG_WS_BODY, an, k - 1) || pg_lexicon_in_set(R->lex, PG_WS_COLLECTIVE, an, k - 1) ||
        pg_lexicon_in_set(R->lex, PG_WS_STATE_WORD, an, k - 1))
        return 0;
    /* a determiner or possessive opens its phrase within three words */
    for (size_t j = k - 1; j > sb && j + 4 > k; j--) {
        unsigned wc = WC(R, j - 1);
        if (wc & (WC_DET | WC_POSSESSIVE))
            return 1;
        if (TK(R, j - 1)->kind != TK_WORD || R->cover[j - 1] >= 0 || (wc & (WC_FUNCTION | WC_PREP)))
            return 0;
    }
    return 0;
}

/* Is the subject right before verb token c (past auxiliaries and
 * adverbs) a share of people ("only 18 pct supported", "most percent") or
 * a plural noun for states or groups that no actor's name opens ("the
 * Latin and Caribbean nations backed", not "EU countries backed")? */
static int people_before_verb(const rl_t *R, size_t sb, size_t c)
{
    const pg_analysis *an = R->an;
    size_t k = c;
    while (k > sb && (((WC(R, k - 1) & (WC_AUX | WC_PREVERB | WC_MODAL)) && !(TK(R, k - 1)->flags & TF_CAP)) ||
                      ly_adverb(R, k - 1)))
        k--;
    if (k < sb + 2 || R->cover[k - 1] >= 0 || TK(R, k - 1)->kind != TK_WORD || (TK(R, k - 1)->flags & TF_CAP))
        return 0;
    if (pg_tok_is(an, k - 1, "pct") || pg_tok_is(an, k - 1, "percent") ||
        (pg_tok_is(an, k - 1, "cent") && pg_tok_is(an, k - 2, "per")))
        return 1;
    if (!pg_lexicon_in_set(R->lex, PG_WS_COLLECTIVE, an, k - 1))
        return 0;
    for (size_t j = k - 1; j > sb && j + 6 > k; j--) {
        if (R->cover[j - 1] >= 0 || tok_is(R, j - 1, "other") || tok_is(R, j - 1, "both") ||
            TK(R, j - 1)->kind == TK_NUM || pg_lexicon_in_set(R->lex, PG_WS_NUMBER_WORD, an, j - 1))
            return 0; /* "EU countries", "Sweden, Finland and other countries", "the two states" (named before) */
        if (tok_is(R, j - 1, ",") || tok_is(R, j - 1, ";") || (WC(R, j - 1) & (WC_PREP | WC_DET)))
            break;
    }
    return 1;
}

/* Fills in subject and flags of a cue. */
static void analyse_cue(rl_t *R, cue_t *q, int32_t prev_subject)
{
    pg_analysis *an = R->an;
    const pg_lex_cue *lc = &R->lex->cues[q->cue];
    size_t sb = an->sents[q->sent].tok_begin, se = an->sents[q->sent].tok_end;
    size_t c = q->c;
    q->subject = -1;
    q->speaker_obj = -1;
    q->negated = (uint8_t)negated(R, sb, c);
    if (lc->form == CUE_PREP) {
        /* "according to the U.S. Agriculture Department's latest report":
         * the owner of what is cited */
        size_t ob = q->ce < se && tok_is(R, q->ce, "the") ? q->ce + 1 : q->ce;
        int32_t own = ob < se ? R->cover[ob] : -1;
        if (own >= 0 && an->ments[own].tok_begin == ob && (an->ments[own].flags & MF_POSS) &&
            an->ments[own].kind == MK_ACTOR) {
            q->speaker_obj = own;
            return;
        }
        int32_t objs[1];
        if (find_objects(R, q->ce, se, 0, objs, 1)) {
            /* "according to the U.S. system", "according to Russian law":
             * an actor that modifies a noun is no speaker; "according to
             * a Bank of Portugal forecast" (source_noun), "according to
             * U.S. officials" (the unnamed speak for it) still are */
            size_t k = an->ments[objs[0]].tok_end;
            int modifier = k < se && TK(R, k)->kind == TK_WORD && !(TK(R, k)->flags & TF_CAP) &&
                           R->cover[k] < 0 && !(WC(R, k) & (WC_FUNCTION | WC_PREP)) &&
                           !pg_lexicon_in_set(R->lex, PG_WS_SOURCE_NOUN, an, k) &&
                           !pg_lexicon_in_set(R->lex, PG_WS_UNNAMED, an, k) && !pg_lexicon_in_set(R->lex, PG_WS_BODY, an, k);
            if (!modifier)
                q->speaker_obj = objs[0];
        }
        return;
    }
    if (lc->form == CUE_NOUN || lc->form == CUE_PASSIVE)
        return; /* agents are found when relating */
    /* "to VERB" counts only after plans/expected/wants... */
    if (c > sb && tok_is(R, c - 1, "to")) {
        if (!(c >= sb + 2 && (WC(R, c - 2) & WC_CONTROL))) {
            q->skip = 1;
            return;
        }
    }
    /* "Smith was told that ...", "Hope was expressed", "Kyiv was visited by
     * Macron": in the passive the subject did not act. An agent after "by"
     * did, except in speech ("the remarks were made by ..." says nothing
     * of whom about) */
    if (passive_at(R, sb, c)) {
        int32_t agent[1];
        if (lc->rel != REL_SPEECH && tok_is(R, q->ce, "by")) {
            q->passive = 1;
        } else if (lc->rel == REL_SPEECH && c == sb + 2 && tok_is(R, sb, "This") && tok_is(R, q->ce, "by") &&
                   find_objects(R, q->ce + 1, se, 0, agent, 1)) {
            /* "This was stated by President of Ukraine Volodymyr Zelenskyy
             * in an interview": the agent said the sentence before */
            q->subject = agent[0];
            q->this_prev = 1;
        } else {
            q->skip = 1;
        }
        return;
    }
    /* "a new subsidiary called Seven Oaks Direct Inc", "a group called
     * ...", "a test for strep throat infections, called AccuPoint":
     * "called" right after a lowercase noun that names no actor (no
     * auxiliary, adverb or function word), or after it and a comma, names,
     * it is no call */
    size_t nc = c > sb + 2 && tok_is(R, c - 1, ",") ? c - 2 : c - 1; /* the noun */
    if (lc->form == CUE_ADDRESS && c > sb + 1 && nc > sb && tok_is(R, c, "called") && TK(R, nc)->kind == TK_WORD &&
        !(TK(R, nc)->flags & (TF_CAP | TF_DIGIT)) && R->cover[nc] < 0 &&
        !(WC(R, nc) & (WC_FUNCTION | WC_AUX | WC_PREVERB | WC_PREP | WC_MODAL | WC_LINKING)) && !ly_adverb(R, nc) &&
        (WC(R, nc - 1) & WC_DET || TK(R, nc - 1)->kind == TK_WORD)) {
        q->skip = 1;
        return;
    }
    /* "He may rest assured of our support": an idiom, no relation */
    if (c > sb && pg_lexicon_in_set(R->lex, PG_WS_CUE_IDIOM, an, c - 1)) {
        q->skip = 1;
        return;
    }
    /* "the so- called Islamic State", "an organization aptly called the
     * United Nations": a name follows */
    if (lc->form == CUE_ADDRESS && tok_is(R, c, "called") && c > sb) {
        size_t a = c - 1;
        if (a > sb && tok_is(R, a, "-") && !(TK(R, a)->flags & TF_SPACE_BEFORE))
            a--; /* "so- called" */
        if (pg_lexicon_in_set(R->lex, PG_WS_NAMING_ADVERB, an, a)) {
            q->skip = 1;
            return;
        }
    }
    /* after "with" or "without" a verb's form is a noun and tells how
     * something was done: in "Norway, with support from Sweden, hosted the
     * talks" Norway supports no one (while "we received a great deal of
     * support from the United Nations" thanks it) */
    if (lc->form == CUE_VERB && c > sb && (tok_is(R, c - 1, "with") || tok_is(R, c - 1, "without"))) {
        q->skip = 1;
        return;
    }
    /* after a determiner or a possessive the word is a noun: "Russia's demands" */
    if (c > sb) {
        /* not a name whose 's is its own ("Moody's said") */
        int32_t owner = R->cover[c - 1];
        int poss = (TK(R, c - 1)->flags & TF_POSS) &&
                   !(owner >= 0 && an->ments[owner].tok_end == c && !(an->ments[owner].flags & MF_POSS));
        if (((WC(R, c - 1) & (WC_DET | WC_POSSESSIVE)) && !tok_is(R, c - 1, "both") && !tok_is(R, c - 1, "all")) ||
            poss) {
            q->skip = 1;
            return;
        }
    }
    /* "the Gulf states", "the Baltic states": capitalised words that name no
     * actor between a determiner and the word make it a noun */
    if (c > sb && TK(R, c - 1)->kind == TK_WORD && (TK(R, c - 1)->flags & TF_CAP) && R->cover[c - 1] < 0 &&
        !(WC(R, c - 1) & WC_DET)) {
        size_t k = c - 1;
        while (k > sb && TK(R, k - 1)->kind == TK_WORD && R->cover[k - 1] < 0 && !(WC(R, k - 1) & WC_DET) &&
               (TK(R, k - 1)->flags & TF_CAP))
            k--;
        if (k > sb && TK(R, k - 1)->kind == TK_WORD && R->cover[k - 1] < 0 && (WC(R, k - 1) & WC_DET) &&
            !tok_is(R, k - 1, "both") && !tok_is(R, k - 1, "all")) {
            q->skip = 1;
            return;
        }
    }
    /* "EU states must ...": a noun before a modal */
    {
        if (q->ce < se && (WC(R, q->ce) & WC_MODAL)) {
            q->skip = 1;
            return;
        }
    }
    size_t prev = c;
    while (prev > sb && ly_adverb(R, prev - 1))
        prev--; /* adverbs */
    /* "Metsola who arrived in Kyiv", "Blumenthal, who has made six visits",
     * "Baker who had publicly criticised" */
    {
        size_t k = c;
        while (k > sb && (((WC(R, k - 1) & WC_AUX) && !(TK(R, k - 1)->flags & TF_CAP)) || ly_adverb(R, k - 1)))
            k--;
        if (k > sb + 1 && (tok_is(R, k - 1, "who") || tok_is(R, k - 1, "which"))) {
            size_t ante = k - 2;
            if (tok_is(R, ante, ",") && ante > sb)
                ante--;
            if (R->cover[ante] >= 0 && is_agent(&an->ments[R->cover[ante]])) {
                q->subject = R->cover[ante];
                return;
            }
            /* "Ukrainians who arrived in Portugal", "local economists who
             * said": people no actor stands for ("those who support
             * Ukraine" are the actor named before; "which" may stand for a
             * body described: "an alliance which has supported Iraq") */
            int first_person = 0; /* "I am among the few leaders who has had calls", "as a man who visited" */
            for (size_t j = sb; j < ante && !first_person; j++)
                first_person = (WC(R, j) & (WC_I | WC_WE)) && !(WC(R, j) & WC_POSSESSIVE);
            if (tok_is(R, k - 1, "who") && TK(R, ante)->kind == TK_WORD && !tok_is(R, k - 2, ",") &&
                !pg_tok_is_ci(an, ante, "those") && !first_person &&
                (R->cover[ante] < 0 ? !(TK(R, ante)->flags & TF_CAP)
                                    : an->ments[R->cover[ante]].kind == MK_DEMONYM)) {
                q->skip = 1;
                return;
            }
        }
        /* "the embargo that has condemned the people of Cuba": a thing
         * that acts (not "said that": the word before is no cue; not "two
         * countries that have supported Ukraine": a plural stands for the
         * actors named) */
        if (k > sb + 1 && tok_is(R, k - 1, "that") && TK(R, k - 2)->kind == TK_WORD && R->cover[k - 2] < 0 &&
            !(TK(R, k - 2)->flags & TF_CAP) && !pg_tok_ends(an, k - 2, "s", 2) &&
            !(WC(R, k - 2) & (WC_CUE_START | WC_FUNCTION | WC_PREP | WC_AUX))) {
            q->skip = 1;
            return;
        }
    }
    if (prev > sb && (tok_is(R, prev - 1, "and") || tok_is(R, prev - 1, "but") || tok_is(R, prev - 1, "or")) &&
        prev_subject >= 0) {
        q->subject = prev_subject;
        return;
    }
    /* "Spain supports Ukraine in defending its values, strongly condemns
     * Russia's actions": a verb right after a comma that no name ends has
     * the subject of the verb before it ("..., Andrzej Duda, condemned"
     * has its own; ", said X" names its speaker after it) */
    if (prev > sb + 1 && tok_is(R, prev - 1, ",") && prev_subject >= 0 && lc->rel != REL_SPEECH &&
        R->cover[prev - 2] < 0 && TK(R, prev - 2)->kind == TK_WORD && !(TK(R, prev - 2)->flags & TF_CAP)) {
        q->subject = prev_subject;
        return;
    }
    /* "we have consulted with the EU and the United Kingdom, and proposed
     * ...": a coordinated verb with no cue before it has the main clause's
     * subject, not the last actor of the first verb's objects (after a
     * comma only: "stands ready to assist and support him" keeps its own) */
    if (prev > sb + 2 && (tok_is(R, prev - 1, "and") || tok_is(R, prev - 1, "but")) && tok_is(R, prev - 2, ",")) {
        int32_t s = sentence_subject(R, q->sent, c);
        if (s >= 0) {
            q->subject = s;
            return;
        }
    }
    /* "to issue notes", "member states", "pay claims": a verb form that a
     * plural noun shares (cues.tsv) right after a lowercase word that no
     * actor covers and that cannot stand between a subject and its verb
     * (as an adverb, auxiliary, pronoun, conjunction or "who" can) is the
     * noun, or a verb whose subject names no actor ("the company notes") */
    /* "Small states such as Ireland depend": a plural verb form of speech
     * right after a one-word name opening the sentence, before a lowercase
     * word other than "that", is a noun (not "Signaal claims Contraves
     * included ...") */
    if (lc->plural && lc->rel == REL_SPEECH && c == sb + 1 && R->cover[sb] >= 0 &&
        an->ments[R->cover[sb]].kind == MK_PERSON && an->ments[R->cover[sb]].full_begin == sb &&
        an->ments[R->cover[sb]].tok_end == sb + 1 &&
        q->ce < se && TK(R, q->ce)->kind == TK_WORD && !(TK(R, q->ce)->flags & TF_CAP) && !tok_is(R, q->ce, "that")) {
        q->skip = 1;
        return;
    }
    if (lc->plural && before_verb_no_actor(R, sb, c, 1)) {
        q->skip = 1;
        return;
    }
    if (c > sb && tok_is(R, c - 1, "of") && lc->form == CUE_VERB && !tok_is(R, q->ce, "to")) {
        q->skip = 1; /* "a symbolic step of support from ...": a noun (but "a note of thanks to X" thanks X) */
        return;
    }
    if (ends_with_ing(R, c)) {
        if (c > sb && R->cover[c - 1] < 0 && !(TK(R, c - 1)->flags & TF_CAP) &&
            (pg_lexicon_in_set(R->lex, PG_WS_COLLECTIVE, an, c - 1) ||
             pg_lexicon_in_set(R->lex, PG_WS_UNNAMED, an, c - 1) || pg_lexicon_in_set(R->lex, PG_WS_PRIVATE, an, c - 1))) {
            q->skip = 1; /* "countries supporting Israel", "officials criticising": unnamed */
            return;
        }
        if (c > sb && pg_is_preposition(R->lex, an, c - 1) && !tok_is(R, c - 1, "by")) {
            q->skip = 1; /* "in supporting Ukraine's bid": a noun, not a clause */
            return;
        }
        if (c == sb || !is_aux(R, c - 1)) {
            q->subject = sentence_subject(R, q->sent, c);
            if (q->subject >= 0 || q->subject == -2)
                return;
        }
    }
    /* "The President, Omar Bello, said ...", "Senator Adam Schiff, Democrat
     * of California, said ...": the sentence opens with the speaker and an
     * apposition; not an inverted ", said X" */
    if (c >= sb + 2 && tok_is(R, c - 1, ",") && R->sent_m0[q->sent] < R->sent_m0[q->sent + 1]) {
        int32_t mi = (int32_t)R->order[R->sent_m0[q->sent]];
        if (R->cover[an->ments[mi].tok_begin] >= 0)
            mi = R->cover[an->ments[mi].tok_begin];
        const pg_mention *m = &an->ments[mi];
        /* no verb of its own between (outside a relative clause): "Southern
         * Railway Co, a unit of Norfolk Southern Corp, is raising ..., said
         * lead manager Morgan Stanley" (not "Richard Bolin, director of the
         * Flagstaff Institute, which studies trade, said") */
        int clause = 0, rel = 0;
        for (size_t k = m->tok_end; k + 1 < c && !clause; k++) {
            if (tok_is(R, k, ","))
                rel = 0;
            else if (tok_is(R, k, "who") || tok_is(R, k, "which") || tok_is(R, k, "that") || tok_is(R, k, "whose") ||
                     tok_is(R, k, "whom"))
                rel = 1;
            else if (!rel && TK(R, k)->kind == TK_WORD && !(TK(R, k)->flags & TF_CAP) &&
                     (pg_lexicon_in_set(R->lex, PG_WS_BE, an, k) || tok_is(R, k, "has") || tok_is(R, k, "have")))
                clause = 1;
        }
        if (is_agent(m) && opens_sentence(R, sb, m) && !clause &&
            tok_is(R, m->tok_end, ",") && (m->tok_end < c - 1 || (m->full_begin < m->tok_begin && m->tok_end == c - 1))) {
            q->subject = mi;
            return;
        }
    }
    /* ", said X" / "\" said X" (not ", told Reuters": who is told comes
     * after a verb of telling) */
    if (lc->rel == REL_SPEECH && c > sb && !pg_lexicon_in_set(R->lex, PG_WS_TELL_VERB, an, c) &&
        (tok_is(R, c - 1, ",") || (TK(R, c - 1)->kind == TK_QUOTE && (TK(R, c - 1)->flags & TF_CLOSE)))) {
        size_t k = q->ce;
        if (tok_is(R, k, "the"))
            k++;
        /* the speaker after the verb: the first actor of the noun phrase, or
         * the person it qualifies ("said PaineWebber analyst Stephen Smith",
         * "said Barclays economist Peter Morgan") */
        int32_t found = -1;
        const unsigned stop = WC_MODAL | WC_AUX | WC_LINKING | WC_PREVERB | WC_FUNCTION | WC_PREP;
        /* a common noun right after the verb: a role before the name ("said
         * lead manager Smith Barney"), or the speaker itself ("said the
         * company", "said officials at ...") */
        int noun = k < se && TK(R, k)->kind == TK_WORD && !(TK(R, k)->flags & (TF_CAP | TF_DIGIT)) &&
                   !(WC(R, k) & (stop | WC_HE | WC_SHE | WC_THEY | WC_I | WC_WE | WC_YOU)) && !ends_with_ing(R, k);
        int closed = 0; /* the words after the verb end the clause: ", said the company." */
        for (size_t j = k;; j++) {
            if (j >= se || (j > k && (tok_is(R, j, ",") || tok_is(R, j, ".") || TK(R, j)->kind == TK_QUOTE))) {
                closed = 1;
                break;
            }
            if (j >= k + 8)
                break;
            int32_t p = R->start_at[j];
            if (p < 0 || !is_agent(&an->ments[p])) {
                if (!(TK(R, j)->flags & TF_CAP) && (j == k ? !noun : (WC(R, j) & stop) != 0))
                    break; /* ", said that ...", "said Barclays would ...": not a speaker's name */
                continue;
            }
            found = p;
            if (an->ments[p].kind != MK_PERSON) {
                /* an organization qualifying the person right after it */
                size_t after = an->ments[p].tok_end;
                int32_t next = after < se ? R->start_at[after] : -1;
                if (next >= 0 && an->ments[next].kind == MK_PERSON && is_agent(&an->ments[next]))
                    found = next;
            }
            break;
        }
        if (found >= 0) {
            q->subject = found;
            q->inverted = 1;
            return;
        }
        if (noun && closed) {
            q->subject = -1; /* ", said the company": a speaker the text does not name */
            return;
        }
    }
    /* "our helplessness will condemn us", "the decision by the UN will
     * support them": a common noun right before a verb that is no speech
     * is its subject, a thing, not an actor further back */
    if (lc->rel != REL_SPEECH && lc->form == CUE_VERB && thing_before_verb(R, sb, c)) {
        q->subject = -1;
        return;
    }
    if (lc->form == CUE_VERB && people_before_verb(R, sb, c)) {
        q->skip = 1;
        return;
    }
    q->subject = find_subject(R, q->sent, c, 0);
}

/* The quotation a speech cue introduces or follows, or -1. */
static int32_t adjacent_quote(const rl_t *R, const cue_t *q, int after)
{
    const pg_analysis *an = R->an;
    size_t se = an->sents[q->sent].tok_end, sb = an->sents[q->sent].tok_begin;
    if (after) {
        for (size_t k = q->ce; k < an->ntoks && k < q->ce + 8; k++) {
            const pg_token *t = TK(R, k);
            if (t->kind == TK_QUOTE && (t->flags & TF_OPEN) && t->quote >= 0)
                return t->quote;
            if (k >= se && !(k == se && tok_is(R, k - 1, ":")))
                return -1;
            if (tok_is(R, k, ".") || tok_is(R, k, ";"))
                return -1;
        }
        return -1;
    }
    size_t b = q->c;
    if (!q->inverted && q->subject >= 0)
        b = an->ments[q->subject].full_begin;
    for (int hops = 0; hops < 3 && b > sb; hops++) {
        const pg_token *t = TK(R, b - 1);
        if (t->kind == TK_QUOTE && (t->flags & TF_CLOSE) && t->quote >= 0)
            return t->quote;
        if (!(tok_is(R, b - 1, ",") || tok_is(R, b - 1, "the") || tok_is(R, b - 1, "The")))
            return -1;
        b--;
    }
    return -1;
}

/* ---- the passes ---- */

/* Does token i open its sentence or a clause of it: only punctuation,
 * quotation marks and dashes before it, or a colon ("Putin: Thank you")? */
static int clause_start(const rl_t *R, const pg_sentence *st, size_t i)
{
    if (i > st->tok_begin && pg_tok_is(R->an, i - 1, ":"))
        return 1;
    for (size_t k = st->tok_begin; k < i; k++)
        if (TK(R, k)->kind == TK_WORD || TK(R, k)->kind == TK_NUM)
            return 0;
    return 1;
}

static void collect_cues(rl_t *R)
{
    pg_analysis *an = R->an;
    for (size_t s = 0; s < an->nsents; s++) {
        pg_sentence *st = &an->sents[s];
        if (st->flags & (SF_URL_ONLY | SF_SIGNATURE))
            continue;
        int32_t prev_subject = -1;
        for (size_t i = st->tok_begin; i < st->tok_end;) {
            const pg_token *t = TK(R, i);
            if (!(WC(R, i) & WC_CUE_START)) {
                i++; /* most words start no cue (and other tokens none) */
                continue;
            }
            if (t->kind != TK_WORD || (t->flags & (TF_SKIP | TF_CAP)) || R->cover[i] >= 0) {
                /* a capitalised cue word where a sentence or a headline
                 * capitalises it: "Thank you", "Putin Meets Xi"; not inside
                 * a name ("Small Island Developing States") */
                if (!(t->kind == TK_WORD && (t->flags & TF_CAP) && R->cover[i] < 0 &&
                      ((st->flags & SF_TITLECASE) || clause_start(R, st, i)))) {
                    i++;
                    continue;
                }
            }
            int32_t cue;
            size_t n = pg_lexicon_match_cue(R->lex, an, i, st->tok_end, &cue);
            if (!n) {
                i++;
                continue;
            }
            PG_GROW(R->cues, R->cues_cap, R->ncues + 1);
            cue_t *q = &R->cues[R->ncues++];
            memset(q, 0, sizeof *q);
            q->c = (uint32_t)i;
            q->ce = (uint32_t)(i + n);
            q->sent = (uint32_t)s;
            q->cue = cue;
            analyse_cue(R, q, prev_subject);
            if (q->subject >= 0)
                prev_subject = q->subject;
            i += n;
        }
    }
}

static void attribute_quotes(rl_t *R)
{
    pg_analysis *an = R->an;
    /* posts and turns: their signer or speaker */
    for (size_t q = 0; q < an->nquotes; q++) {
        if (an->quotes[q].speaker_ment >= 0)
            an->quotes[q].speaker = pg_entity_root(an, an->ments[an->quotes[q].speaker_ment].entity);
        /* an address by an office, not a name ("address by the President
         * of Ukraine"): a press office's host gave it; without one, the
         * person the office finds in the article, if the office has a state
         * (a bare "the President" finds the president the speech greets) */
        if (an->quotes[q].address && an->quotes[q].speaker_ment >= 0 &&
            an->ments[an->quotes[q].speaker_ment].kind == MK_DESC) {
            if (an->host)
                an->quotes[q].speaker = an->principal;
            else if (an->ments[an->quotes[q].speaker_ment].aff < 0)
                an->quotes[q].speaker = -1;
        }
    }
    /* quotations next to a speech cue */
    for (size_t k = 0; k < R->ncues; k++) {
        cue_t *q = &R->cues[k];
        const pg_lex_cue *lc = &R->lex->cues[q->cue];
        int naming = lc->rel == PG_REL_CALL && lc->form == CUE_ADDRESS; /* calling it "a betrayal" */
        if ((lc->rel != REL_SPEECH && !naming) || q->negated || q->skip)
            continue;
        int32_t spk_ment = lc->form == CUE_PREP ? q->speaker_obj : q->subject;
        int32_t spk = spk_ment >= 0 ? ment_entity(R, &an->ments[spk_ment]) : -1;
        /* "The message reads, in part: ..." on a press office's site: the
         * host's words */
        if (spk_ment < 0 && an->host && an->principal >= 0 && lc->rel == REL_SPEECH &&
            q->c >= an->sents[q->sent].tok_begin + 2 && pg_lexicon_in_set(R->lex, PG_WS_MESSAGE_NOUN, an, q->c - 1) &&
            (WC(R, q->c - 2) & WC_DET))
            spk = an->principal;
        if (spk < 0)
            continue;
        int32_t qa = adjacent_quote(R, q, 1), qb = naming ? -1 : adjacent_quote(R, q, 0);
        if (naming && qa >= 0 && an->toks[an->quotes[qa].open].sent != q->sent)
            qa = -1;
        if (qa >= 0 && an->quotes[qa].speaker < 0)
            an->quotes[qa].speaker = spk;
        if (qb >= 0 && an->quotes[qb].speaker < 0)
            an->quotes[qb].speaker = spk;
        /* "told X: ..." -- X is spoken to */
        int32_t objs[1];
        if (lc->form == CUE_VERB && !q->inverted &&
            find_objects(R, q->ce, an->sents[q->sent].tok_end, 0, objs, 1) == 1) {
            int32_t to = ment_entity(R, &an->ments[objs[0]]);
            if (qa >= 0 && an->quotes[qa].addressee < 0 && to != spk)
                an->quotes[qa].addressee = to;
        }
    }
}

/* "X," she said. "Y." -- a quotation that follows an attributed one in the
 * same paragraph, with only the attribution between, has the same speaker. */
static void continued_quotes(rl_t *R)
{
    pg_analysis *an = R->an;
    for (size_t q = 1; q < an->nquotes; q++) {
        pg_quote *cur = &an->quotes[q], *prev = &an->quotes[q - 1];
        if (cur->kind != QK_MARKS || prev->kind != QK_MARKS || cur->speaker >= 0 || prev->speaker < 0)
            continue;
        if (an->sents[an->toks[cur->open].sent].para != an->sents[an->toks[prev->close].sent].para)
            continue;
        if (cur->open < prev->close || cur->open - prev->close > 12)
            continue;
        cur->speaker = prev->speaker;
        cur->addressee = prev->addressee;
    }
}

/* Vocatives and the other speaker of a transcript. */
static void find_addressees(rl_t *R)
{
    pg_analysis *an = R->an;
    int32_t turn_speakers[2] = {-1, -1};
    int distinct = 0;
    for (size_t q = 0; q < an->nquotes; q++) {
        pg_quote *qq = &an->quotes[q];
        if (qq->kind != QK_TURN || qq->speaker < 0)
            continue;
        if (distinct < 2 && qq->speaker != turn_speakers[0]) {
            turn_speakers[distinct++] = qq->speaker;
        } else if (qq->speaker != turn_speakers[0] && qq->speaker != turn_speakers[1]) {
            distinct = 3;
        }
    }
    for (size_t i = 0; i < an->nments; i++) {
        pg_mention *m = &an->ments[i];
        int32_t q = an->toks[m->tok_begin].quote;
        if (q < 0 || m->kind != MK_PERSON || m->entity < 0)
            continue;
        int voc = (m->flags & MF_VOCATIVE) != 0;
        if (!voc && an->quotes[q].kind != QK_POST) {
            /* ", Roberta," inside the words */
            size_t b = m->full_begin, e = m->tok_end;
            voc = b > 0 && tok_is(R, b - 1, ",") && e < an->ntoks && (tok_is(R, e, ",") || tok_is(R, e, "!"));
            /* "Thank you, Mr Savelyev." -- a courtesy title makes a name
             * that ends the sentence after a comma one spoken to too */
            if (!voc && b > 0 && tok_is(R, b - 1, ",") && e < an->ntoks && (tok_is(R, e, ".") || tok_is(R, e, "?")) &&
                m->title >= 0 && R->lex->titles[m->title].kind == TITLE_HONORIFIC)
                voc = 1;
            if (!voc && b > 0 && TK(R, b - 1)->kind == TK_PUNCT && tok_is(R, b - 1, ":") && tok_is(R, e, ","))
                voc = 1;
        }
        if (voc && an->quotes[q].addressee < 0 && m->entity != an->quotes[q].speaker)
            an->quotes[q].addressee = m->entity;
    }
    if (distinct == 2)
        for (size_t q = 0; q < an->nquotes; q++) {
            pg_quote *qq = &an->quotes[q];
            if (qq->kind == QK_TURN && qq->addressee < 0 && qq->speaker >= 0)
                qq->addressee = qq->speaker == turn_speakers[0] ? turn_speakers[1] : turn_speakers[0];
        }
}

/* The host's entity (pg_extract_opts.host): the person labelled with the
 * host's name, or with its last word ("Putin", then labelled with the full
 * name), the full name first; a new entity, with no mention, if the
 * article names neither. */
static int32_t host_entity(pg_analysis *an)
{
    const char *host = an->host, *sp = strrchr(host, ' ');
    const char *last = sp ? sp + 1 : host;
    int32_t by_last = -1;
    for (size_t e = 0; e < an->nents; e++) {
        const pg_entity *en = &an->ents[e];
        if (en->type != PG_ACTOR_PERSON || en->is_role || en->merged_into >= 0)
            continue;
        if (strcasecmp(host, en->label) == 0)
            return (int32_t)e;
        if (by_last < 0 && strcasecmp(last, en->label) == 0)
            by_last = (int32_t)e;
    }
    if (by_last < 0)
        return (int32_t)pg_analysis_add_entity(an, PG_ACTOR_PERSON, host);
    pg_entity *en = &an->ents[by_last];
    free(en->label);
    en->label = pg_xstrdup(host);
    return by_last;
}

/* The person a readout is about: the host, when the texts have one; else
 * the most mentioned person that is not an object of the headline. */
static void find_principal(rl_t *R)
{
    pg_analysis *an = R->an;
    if (an->host) {
        an->principal = host_entity(an);
        return;
    }
    uint32_t *count = pg_xcalloc(an->nents ? an->nents : 1, sizeof *count);
    uint8_t *excluded = pg_xcalloc(an->nents ? an->nents : 1, 1);
    for (size_t i = 0; i < an->nments; i++) {
        pg_mention *m = &an->ments[i];
        int32_t e = pg_entity_root(an, m->entity);
        if (e < 0 || an->ents[e].type != PG_ACTOR_PERSON)
            continue;
        count[e]++;
        if (an->nsents && (an->sents[m->sent].flags & SF_HEADLINE))
            excluded[e] = 1;
    }
    int32_t best = -1;
    for (size_t e = 0; e < an->nents; e++)
        if (!excluded[e] && count[e] && (best < 0 || count[e] > count[best]))
            best = (int32_t)e;
    an->principal = best;
    free(count);
    free(excluded);
}

static int content_target_ok(const pg_mention *m)
{
    if (m->flags & MF_MODIFIER)
        return 0;
    if ((m->flags & (MF_SEAT | MF_PLACE)) == (MF_SEAT | MF_PLACE))
        return 0; /* "agreed in Paris": a place is no actor said anything about */
    if (m->kind == MK_PERSON || m->kind == MK_DESC || m->kind == MK_ACTOR)
        return 1;
    if (m->kind == MK_DEMONYM)
        return 1; /* "the Russian aggressor", "Ukrainians' courage": the country is named */
    return 0;
}

/* Is mention m a news outlet the speech is given to, right after its verb
 * (`tell_verb` in words.tsv, ending at ce; at most a determiner between):
 * "told Reuters", "told the BBC"? The outlet is the platform, not what was
 * said about (GUIDELINES.md); "said CBS Inc is stronger" is about CBS. */
static int platform_at(const rl_t *R, const pg_mention *m, size_t ce)
{
    if (m->kind != MK_ACTOR || m->actor < 0 || R->lex->actors[m->actor].type != PG_ACTOR_ORGANIZATION ||
        R->lex->actors[m->actor].org_kind != ORG_MEDIA)
        return 0;
    size_t b = m->full_begin;
    return ce > 0 && (b == ce || (b == ce + 1 && (WC(R, ce) & WC_DET))) &&
           pg_lexicon_in_set(R->lex, PG_WS_TELL_VERB, R->an, ce - 1);
}

/* Statements from reported speech: the speaker to each actor after the cue
 * (up to the next cue with its own subject). */
static void reported_content(rl_t *R, const cue_t *q, int32_t spk, size_t end_tok, int32_t quote, int after_speaker)
{
    pg_analysis *an = R->an;
    /* after an inverted speaker (", said X, economist at Y, ..."), X's own
     * words and affiliation are not what was said */
    int32_t own_aff = after_speaker ? pg_entity_root(an, an->ents[spk].aff) : -1;
    size_t own_end = after_speaker && q->subject >= 0 ? an->ments[q->subject].tok_end : 0;
    /* "told reporters in Brussels that ...": what was said starts after "that" */
    size_t begin = q->ce;
    for (size_t k = q->ce; k < end_tok && k < q->ce + 12; k++) {
        if (tok_is(R, k, ".") || tok_is(R, k, ";") || tok_is(R, k, ":") || TK(R, k)->kind == TK_QUOTE)
            break;
        if (tok_is(R, k, "that") && R->cover[k] < 0) {
            begin = k + 1;
            break;
        }
    }
    /* "... during his telephone conversations with X": not what was said */
    for (size_t k = q->ce; k < end_tok; k++)
        if (R->cover[k] < 0 && (tok_is(R, k, "during") || tok_is(R, k, "while"))) {
            end_tok = k;
            break;
        }
    for (uint32_t a = R->sent_m0[q->sent]; a < R->sent_m0[q->sent + 1]; a++) {
        const pg_mention *m = &an->ments[R->order[a]];
        if (m->tok_begin < begin || m->tok_begin >= end_tok)
            continue;
        if (q->subject >= 0 && R->order[a] == (uint32_t)q->subject)
            continue;
        if (!content_target_ok(m) || platform_at(R, m, q->ce))
            continue;
        if (after_speaker && (m->tok_begin < own_end || (own_aff >= 0 && pg_entity_root(an, m->entity) == own_aff)))
            continue;
        emit(R, spk, m->entity, PG_REL_STATEMENT, q->sent, quote);
    }
}

/* Statements from a clause said before its speaker: the speaker to each
 * actor of sentence s before token `limit` (SIZE_MAX: the whole sentence,
 * "This was stated by X" for the sentence before); with skip_aff, not to
 * the speaker's own affiliation. The evidence is sentence s. */
static void content_before(rl_t *R, uint32_t s, int32_t spk, size_t limit, int32_t quote, int skip_aff)
{
    pg_analysis *an = R->an;
    int32_t aff = skip_aff ? pg_entity_root(an, an->ents[spk].aff) : -1;
    for (uint32_t a = R->sent_m0[s]; a < R->sent_m0[s + 1]; a++) {
        const pg_mention *m = &an->ments[R->order[a]];
        if (m->tok_begin >= limit || !content_target_ok(m))
            continue;
        if (aff >= 0 && pg_entity_root(an, m->entity) == aff)
            continue;
        emit(R, spk, m->entity, PG_REL_STATEMENT, s, quote);
    }
}

/* Does cue q say that its speaker said the sentence before: "This was
 * stated by President of Ukraine Volodymyr Zelenskyy during ...", or the
 * cue's "this" as its object before a preposition or the end ("Mykhailo
 * Podolyak emphasized this during an online briefing")? Not after a
 * headline, nor when the sentence before has a speech cue of its own or
 * is in another voice (a quotation or turn the cue is not in). */
static int said_before(const rl_t *R, const cue_t *q)
{
    const pg_analysis *an = R->an;
    if (q->sent == 0 || (an->sents[q->sent - 1].flags & SF_HEADLINE))
        return 0;
    const pg_sentence *prev = &an->sents[q->sent - 1];
    if (prev->tok_end <= prev->tok_begin || an->toks[prev->tok_end - 1].quote != an->toks[q->c].quote)
        return 0; /* in one voice: not another speaker's turn before */
    if (!q->this_prev) {
        /* a verb in the past ("said this", "emphasized this"; not "I want
         * to say this to all of you: ...", which points ahead) */
        size_t se = an->sents[q->sent].tok_end, k = q->ce;
        if (!(tok_is(R, k, "this") && (k + 1 >= se || (WC(R, k + 1) & WC_PREP) || TK(R, k + 1)->kind == TK_PUNCT)) ||
            !(pg_tok_ends(an, q->c, "ed", 4) || pg_tok_is(an, q->c, "said")))
            return 0;
        for (size_t j = k; j < se; j++)
            if (tok_is(R, j, ":"))
                return 0;
    }
    /* the cues are in text order: those of the sentence before are just
     * before q's own (a walk back, not a scan of all: an article of many
     * "X said this." stays linear) */
    for (size_t j = (size_t)(q - R->cues); j-- > 0 && R->cues[j].sent + 1 >= q->sent;)
        if (R->cues[j].sent + 1 == q->sent && R->lex->cues[R->cues[j].cue].rel == REL_SPEECH && !R->cues[j].skip)
            return 0;
    return 1;
}


/* The agent of a noun cue: its possessor, else the clause subject; -2
 * when its possessor is no actor ("the world's support for"). */
static int32_t noun_agent(const rl_t *R, const cue_t *q)
{
    const pg_analysis *an = R->an;
    size_t sb = an->sents[q->sent].tok_begin;
    size_t k = q->c;
    for (int hops = 0; hops < 3 && k > sb; hops++) {
        const pg_token *t = TK(R, k - 1);
        if (R->cover[k - 1] >= 0)
            break;
        if (t->kind != TK_WORD || (t->flags & TF_CAP) || (WC(R, k - 1) & (WC_PREP)) || tok_is(R, k - 1, "the") ||
            tok_is(R, k - 1, "a") || tok_is(R, k - 1, "an"))
            break;
        if ((t->flags & TF_POSS) && !(WC(R, k - 1) & WC_POSSESSIVE) &&
            !pg_lexicon_in_set_text(R->lex, PG_WS_TIME_NOUN, an->text + t->start, pg_tok_base_len(t)) &&
            !(k >= sb + 2 && (WC(R, k - 2) & WC_POSSESSIVE)))
            return -2; /* "the international community's continued support": no actor's (but "my country's
                          support", "his last week's visit") */
        k--;
    }
    if (k > sb && R->cover[k - 1] >= 0) {
        const pg_mention *m = &an->ments[R->cover[k - 1]];
        if (m->tok_end == k && ((m->flags & MF_POSS) || is_possessive_pronoun(R, m)))
            return R->cover[k - 1];
    }
    /* "Zelenskyy after the meeting with Duda", "Yermak at a meeting with
     * ...": an actor right before the preposition that opens the noun's
     * phrase */
    if (k > sb && (WC(R, k - 1) & WC_DET))
        k--;
    if (k > sb + 1 && pg_lexicon_in_set(R->lex, PG_WS_EVENT_PREP, an, k - 1) && R->cover[k - 2] >= 0) {
        const pg_mention *m = &an->ments[R->cover[k - 2]];
        if (m->tok_end == k - 1 && is_agent(m) && m->kind != MK_GROUP && !(m->flags & MF_POSS) &&
            !is_possessive_pronoun(R, m))
            return R->cover[k - 2];
    }
    /* "support for Ukraine from the United States" */
    size_t se = an->sents[q->sent].tok_end;
    for (size_t j = q->ce; j + 1 < se && j < q->ce + 12; j++) {
        if (tok_is(R, j, ".") || tok_is(R, j, ";") || tok_is(R, j, ","))
            break;
        if (!(TK(R, j)->flags & TF_CAP) && pg_lexicon_in_set(R->lex, PG_WS_EVENT_PREP, an, j))
            break; /* "a meeting with Nakasone soon after returning from a U.S. visit": another event */
        int32_t from[1];
        if (tok_is(R, j, "from") && find_objects(R, j + 1, se, 0, from, 1))
            return from[0];
    }
    /* the subject of a light verb: "X held phone calls with", "X made six visits to" */
    for (size_t j = q->c; j > sb && j + 5 > q->c; j--)
        if (WC(R, j - 1) & WC_LIGHT)
            return find_subject(R, q->sent, j - 1, 0);
    return -1;
}

/* "In a phone call with X, Y said ...", "During a meeting with X, Y ...":
 * the noun opens the sentence, and its agent is the main clause's subject,
 * after the comma. Returns a mention index or -1. */
static int32_t fronted_agent(const rl_t *R, const cue_t *q, int32_t last_obj)
{
    const pg_analysis *an = R->an;
    size_t sb = an->sents[q->sent].tok_begin, se = an->sents[q->sent].tok_end;
    if (q->c > sb + 4 || !(WC(R, sb) & WC_OPENER))
        return -1;
    size_t k = an->ments[last_obj].tok_end;
    while (k < se && !tok_is(R, k, ","))
        k++;
    for (uint32_t a = R->sent_m0[q->sent]; a < R->sent_m0[q->sent + 1]; a++) {
        const pg_mention *m = &an->ments[R->order[a]];
        if (m->full_begin <= k || !is_agent(m) || m->kind == MK_GROUP || after_preposition(R, m) ||
            is_possessive_pronoun(R, m) || (m->flags & MF_POSS))
            continue;
        return (int32_t)R->order[a];
    }
    return -1;
}

/* Does sentence s say "I" or "we" inside quotation `quote`? Then a
 * subjectless visit there ("Having made six visits to Ukraine, I ...") is
 * the speaker's; an imperative ("Do not be afraid and come to Ukraine")
 * or a thing's movement ("when investments come to Ukraine") is not.
 * (Other subjectless cues in a quotation stay the speaker's: "Thank you,
 * Mr President".) */
static int first_person_in(const rl_t *R, uint32_t s, int32_t quote)
{
    const pg_analysis *an = R->an;
    for (uint32_t a = R->sent_m0[s]; a < R->sent_m0[s + 1]; a++) {
        const pg_mention *m = &an->ments[R->order[a]];
        if (m->kind == MK_PRONOUN && (m->pronoun == PR_I || m->pronoun == PR_WE) &&
            an->toks[m->tok_begin].quote == quote)
            return 1;
    }
    return 0;
}

/* The actors noun cue q is about, into out[] (at most `max`): after its
 * own last word when that is a preposition ("visit to", "support for"),
 * else after "with", "to" or "between" right after it, fillers passed over
 * ("talks took place with"). *between says the cue joins the actors it
 * names ("talks between A and B"). */
static size_t noun_cue_objects(const rl_t *R, const cue_t *q, size_t se, int32_t *out, size_t max, int *between)
{
    size_t k = q->ce;
    while (k < se && (WC(R, k) & WC_FILLER))
        k++;
    size_t last = q->ce - 1;
    int has_prep = tok_is(R, last, "to") || tok_is(R, last, "of") || tok_is(R, last, "for") ||
                   tok_is(R, last, "with") || tok_is(R, last, "between");
    *between = tok_is(R, last, "between");
    if (!has_prep) {
        if (tok_is(R, k, "with") || tok_is(R, k, "to"))
            k++;
        else if (tok_is(R, k, "between")) {
            *between = 1;
            k++;
        } else
            return 0;
    }
    return find_objects(R, k, se, 0, out, max);
}

/* Is cue q a verb of armed force (`force_verb` in words.tsv: "attacked")
 * whose target, mention m, is a state itself or a place of it ("Russia
 * attacked Ukraine", "Ukraine was attacked by Russia", "attacked Iran's
 * Sirri Island", "attacked the Syrian army")? That is war, not criticism;
 * a state's policy or words ("attacked Japan's fiscal policy") are. */
static int armed_attack(const rl_t *R, const cue_t *q, const pg_mention *m)
{
    const pg_analysis *an = R->an;
    if (!pg_lexicon_in_set(R->lex, PG_WS_FORCE_VERB, an, q->c))
        return 0;
    int32_t e = ment_entity(R, m);
    if (e < 0 || an->ents[e].type != PG_ACTOR_COUNTRY)
        return 0;
    return !(m->flags & MF_POSS) || (m->tok_end < an->ntoks && (an->toks[m->tok_end].flags & TF_CAP));
}

/* Does an `attainment` word of words.tsv ("target", "standards") follow
 * at k, past at most three numbers, "percent" or "per cent" and hyphens?
 * Then the actor before it names what was met, not someone met. */
static int names_attainment(const rl_t *R, size_t k, size_t se)
{
    for (size_t j = k; j < se && j < k + 4; j++) {
        const pg_token *t = TK(R, j);
        if (pg_lexicon_in_set(R->lex, PG_WS_ATTAINMENT, R->an, j))
            return 1;
        if (!(t->kind == TK_NUM || tok_is(R, j, "percent") || tok_is(R, j, "per") || tok_is(R, j, "cent") ||
              tok_is(R, j, "%") || tok_is(R, j, "-")))
            return 0;
    }
    return 0;
}

/* The entities coordinated before subject mention sm that open the clause
 * with it, right before the verb at token c: "Vendrell and Brandt
 * criticised Russia", "Spain, France and Italy have jointly condemned",
 * "said that A and B would meet". Into R->co, with R->subj the subject's.
 * None unless the list starts the sentence (after opening quotation marks)
 * or follows "that" (in "Putin met Macron and Scholz criticised Russia",
 * Macron is the object of "met"), and unless at most four lowercase words
 * stand between it and the verb ("could", "last week"; not ", which have
 * no relations,"). An organization known by its shape alone counts when
 * its name ends with a legal form ("Allied-Signal Inc and Schlumberger
 * Ltd said"): "Gulf Resources and Chemical Corp said" is one company. */
static void co_subjects(rl_t *R, const pg_mention *sm, int32_t subj, size_t c)
{
    pg_analysis *an = R->an;
    size_t sb = an->sents[sm->sent].tok_begin, b = sm->full_begin;
    int32_t co[4];
    size_t n = 0;
    R->nco = 0;
    if ((sm->flags & MF_POSS) || c < sm->tok_end || c > sm->tok_end + 4)
        return;
    for (size_t k = sm->tok_end; k < c; k++)
        if (TK(R, k)->kind != TK_WORD || (TK(R, k)->flags & TF_CAP))
            return;
    if (b > sb && (tok_is(R, b - 1, "the") || tok_is(R, b - 1, "The")))
        b--; /* "the United States and the European Union support" */
    while (n < 4 && b >= sb + 2) {
        size_t sep = b - 1, e = sep; /* the separator, and where the mention before it ends */
        if (n == 0) {
            if (!tok_is(R, sep, "and"))
                return; /* "Vendrell, the prime minister, said": an apposition */
            if (tok_is(R, sep - 1, ","))
                e = sep - 1; /* "A, B, and C" */
        } else if (!tok_is(R, sep, ",")) {
            break;
        }
        if (e <= sb || R->cover[e - 1] < 0)
            return;
        const pg_mention *x = &an->ments[R->cover[e - 1]];
        if (x->tok_end != e || !is_agent(x) || (x->flags & MF_POSS) || x->kind == MK_GROUP)
            return;
        if (x->kind == MK_ACTOR && x->actor < 0 && !pg_lexicon_in_set(R->lex, PG_WS_LEGAL_FORM, an, x->tok_end - 1))
            return;
        int32_t ent = ment_entity(R, x);
        if (ent < 0)
            return;
        co[n++] = ent;
        b = x->full_begin;
        if (b > sb && (tok_is(R, b - 1, "the") || tok_is(R, b - 1, "The")))
            b--;
    }
    while (b > sb && TK(R, b - 1)->kind == TK_QUOTE)
        b--;
    if (b != sb && !tok_is(R, b - 1, "that"))
        return;
    R->subj = pg_entity_root(an, subj);
    for (size_t k = 0; k < n; k++) {
        int32_t r = pg_entity_root(an, co[k]);
        if (r >= 0 && r != R->subj)
            R->co[R->nco++] = r;
    }
}

/* Is support cue q a courtesy: "Thank you." opening its sentence (or a
 * transcript turn) with nothing after it but "you", names, titles,
 * punctuation and `courtesy` words ("Thank you very much, Mr President.",
 * "Thanks again, colleagues!"), or "I thank you." closing a speech? A
 * reason ("Thank you for the invitation") or someone named as thanked ("I
 * thank Mr Putin") makes it support. GUIDELINES.md leaves such courtesies
 * optional. */
static int courtesy_thanks(const rl_t *R, const cue_t *q, size_t se)
{
    const pg_analysis *an = R->an;
    size_t c = q->c, sb = an->sents[q->sent].tok_begin;
    if (!pg_lexicon_in_set(R->lex, PG_WS_THANKS, an, c))
        return 0;
    /* "I thank you.", "We thank you all": a first-person subject, then "you" */
    int subject = c == sb + 1 && (WC(R, sb) & (WC_I | WC_WE)) && q->ce < se && (WC(R, q->ce) & WC_YOU);
    if (c > sb && !subject && !tok_is(R, c - 1, ":") &&
        !(TK(R, c - 1)->kind == TK_QUOTE && (TK(R, c - 1)->flags & TF_OPEN)))
        return 0;
    for (size_t k = q->ce; k < se; k++) {
        const pg_token *t = TK(R, k);
        if (t->kind != TK_WORD || R->cover[k] >= 0 || (t->flags & TF_CAP) || (WC(R, k) & (WC_YOU | WC_VOCATIVE)) ||
            pg_lexicon_in_set(R->lex, PG_WS_COURTESY, an, k))
            continue;
        return 0;
    }
    return 1;
}

static void relate_cue(rl_t *R, cue_t *q, size_t content_end)
{
    pg_analysis *an = R->an;
    const pg_lex_cue *lc = &R->lex->cues[q->cue];
    size_t se = an->sents[q->sent].tok_end;
    int32_t quote = TK(R, q->c)->quote;
    if (q->negated || q->skip)
        return;
    int32_t objs[8];
    size_t nobj;

    if (lc->form == CUE_PREP) { /* according to X, ... */
        if (q->speaker_obj < 0)
            return;
        int32_t spk = ment_entity(R, &an->ments[q->speaker_obj]);
        for (uint32_t a = R->sent_m0[q->sent]; a < R->sent_m0[q->sent + 1]; a++) {
            const pg_mention *m = &an->ments[R->order[a]];
            if (R->order[a] != (uint32_t)q->speaker_obj && content_target_ok(m))
                emit(R, spk, m->entity, PG_REL_STATEMENT, q->sent, quote);
        }
        return;
    }

    if (q->passive) { /* Y was visited by X */
        int32_t y = passive_subject(R, q);
        if (y >= 0 && lc->rel == PG_REL_CRITICISM && armed_attack(R, q, &an->ments[y]))
            return; /* "Ukraine was attacked by Russia" */
        nobj = y >= 0 ? find_objects(R, q->ce + 1, se, 0, objs, 8) : 0;
        for (size_t k = 0; k < nobj; k++)
            emit(R, ment_entity(R, &an->ments[objs[k]]), ment_entity(R, &an->ments[y]), (pg_rel_type)lc->rel,
                 q->sent, quote);
        return;
    }

    if (lc->form == CUE_PASSIVE) { /* Y's remarks drew criticism from X */
        nobj = find_objects(R, q->ce, se, 0, objs, 8);
        size_t sb = an->sents[q->sent].tok_begin;
        for (uint32_t a = R->sent_m0[q->sent]; a < R->sent_m0[q->sent + 1]; a++) {
            const pg_mention *m = &an->ments[R->order[a]];
            if (m->tok_end > q->c || m->tok_begin < sb || !is_agent(m) || m->kind == MK_GROUP)
                continue;
            if (after_preposition(R, m))
                continue;
            for (size_t k = 0; k < nobj; k++)
                emit(R, ment_entity(R, &an->ments[objs[k]]), ment_entity(R, m), (pg_rel_type)lc->rel, q->sent,
                     quote);
        }
        return;
    }

    if (lc->form == CUE_NOUN) {
        int between;
        nobj = noun_cue_objects(R, q, se, objs, 8, &between);
        if (!nobj)
            return;
        if (between) {
            if (nobj >= 2)
                emit(R, ment_entity(R, &an->ments[objs[0]]), ment_entity(R, &an->ments[objs[1]]),
                     (pg_rel_type)lc->rel, q->sent, quote);
            return;
        }
        int32_t agent_m = noun_agent(R, q);
        if (agent_m == -1)
            agent_m = fronted_agent(R, q, objs[nobj - 1]);
        int32_t agent = agent_m >= 0 ? ment_entity(R, &an->ments[agent_m]) : -1;
        /* a readout's headline names the event the main person took part
         * in ("Telephone conversation with X", "Visit to Y"); a stance
         * ("support for Ukraine") it names is not theirs for that */
        if (agent < 0 && agent_m == -1 && (an->sents[q->sent].flags & SF_HEADLINE) &&
            (lc->rel == PG_REL_CALL || lc->rel == PG_REL_MEETING || lc->rel == PG_REL_VISIT))
            agent = an->principal;
        for (size_t j = 0; j < nobj; j++)
            emit(R, agent, ment_entity(R, &an->ments[objs[j]]), (pg_rel_type)lc->rel, q->sent, quote);
        return;
    }

    /* verbs */
    int32_t subj = q->subject >= 0 ? ment_entity(R, &an->ments[q->subject]) : -1;
    if (subj >= 0 && !q->inverted)
        co_subjects(R, &an->ments[q->subject], subj, q->c);
    if (q->subject == -1 && quote >= 0 && lc->rel != REL_SPEECH &&
        (lc->rel != PG_REL_VISIT || first_person_in(R, q->sent, quote)) &&
        !before_verb_no_actor(R, an->sents[q->sent].tok_begin, q->c, 0))
        subj = pg_entity_root(an, an->quotes[quote].speaker); /* "Having made 6 visits to Ukraine, I ..." */
    if (subj < 0)
        return;
    nobj = q->inverted ? 0 : find_objects(R, q->ce, se, lc->form == CUE_ADDRESS, objs, 8);
    if (nobj && lc->rel == PG_REL_CALL) {
        /* "spoke to the people of Israel": an address, no call */
        size_t k = q->ce;
        while (k < se && object_skip(R, k) && R->start_at[k] < 0)
            k++;
        if (past_nation_nouns(R, k, se) != k)
            return;
    }
    /* "blamed the crisis on Russia", "blamed Autolatina's losses on
     * Brazil's price controls": who is blamed comes after "on"; what is
     * blamed is no one criticised */
    if (!q->inverted && lc->rel == PG_REL_CRITICISM && pg_lexicon_in_set(R->lex, PG_WS_BLAME_VERB, an, q->c)) {
        for (size_t k = q->ce; k < se && k < q->ce + 16; k++) {
            if (tok_is(R, k, ",") || tok_is(R, k, ";") || tok_is(R, k, "that") || TK(R, k)->kind == TK_QUOTE)
                break;
            if (!tok_is(R, k, "on"))
                continue;
            nobj = find_objects(R, k + 1, se, 0, objs, 8);
            break;
        }
    }
    /* "condemns Russian aggression", "supported Ukrainian sovereignty": a
     * state's demonym before a noun right after the verb names the state
     * (a criticism or a support; not "the Ukrainians", people) */
    if (!nobj && !q->inverted && (lc->rel == PG_REL_CRITICISM || lc->rel == PG_REL_SUPPORT)) {
        size_t k = q->ce;
        for (int hops = 0; hops < 3 && k < se && object_skip(R, k) && R->start_at[k] < 0; hops++)
            k++;
        int32_t mi = k < se ? R->start_at[k] : -1;
        size_t after = mi >= 0 ? an->ments[mi].tok_end : se;
        if (mi >= 0 && an->ments[mi].kind == MK_DEMONYM && !(an->ments[mi].flags & (MF_PLURAL | MF_MODIFIER)) &&
            after < se && TK(R, after)->kind == TK_WORD && !(TK(R, after)->flags & TF_CAP) &&
            !pg_lexicon_in_set(R->lex, PG_WS_PRIVATE, an, after) &&
            !pg_lexicon_in_set(R->lex, PG_WS_INSURGENT, an, after))
            objs[nobj++] = mi; /* (not "the Finnish companies", "Syrian rebels": people outside the state) */
    }

    if (lc->rel == REL_SPEECH) {
        int32_t qa = adjacent_quote(R, q, 1), qb = adjacent_quote(R, q, 0);
        /* "told Reuters": the outlet is no one spoken about, and the clause
         * before the speaker is still what was said */
        size_t platform_end = q->ce, kept = 0;
        for (size_t j = 0; j < nobj; j++) {
            if (platform_at(R, &an->ments[objs[j]], q->ce))
                platform_end = an->ments[objs[j]].tok_end;
            else
                objs[kept++] = objs[j];
        }
        nobj = kept;
        for (size_t j = 0; j < nobj; j++)
            emit(R, subj, ment_entity(R, &an->ments[objs[j]]), PG_REL_STATEMENT, q->sent, quote);
        if (said_before(R, q)) {
            content_before(R, q->sent - 1, subj, SIZE_MAX, quote, 0);
            return;
        }
        if (q->inverted) {
            /* ", said X, an economist at Y": what follows is the speaker and
             * the apposition; what was said is the clause before, unless a
             * quotation (attributed on its own) is */
            size_t sb = an->sents[q->sent].tok_begin;
            const pg_mention *sm = &an->ments[q->subject];
            if (qb < 0 && quote < 0 && q->c > sb + 1 && tok_is(R, q->c - 1, ",") &&
                ((sm->kind == MK_PERSON && an->ents[subj].type == PG_ACTOR_PERSON) ||
                 (sm->kind == MK_ACTOR && an->ents[subj].type == PG_ACTOR_ORGANIZATION)) &&
                (sm->tok_end >= se || tok_is(R, sm->tok_end, ",") || tok_is(R, sm->tok_end, ".")))
                content_before(R, q->sent, subj, q->c - 1, quote, 0);
            /* and what follows the speaker: ", addressing Boris Johnson" */
            reported_content(R, q, subj, content_end, qa >= 0 ? qa : quote, 1);
            return;
        }
        reported_content(R, q, subj, content_end, qa >= 0 ? qa : quote, 0);
        /* "Japan was ready to act, Prime Minister Yasuhiro Nakasone said.":
         * the speaker after a comma and nothing said after the verb; what
         * was said is the clause before the comma */
        if (q->subject >= 0 && qb < 0 && quote < 0 && !nobj) {
            const pg_mention *sm = &an->ments[q->subject];
            size_t sb = an->sents[q->sent].tok_begin, b = sm->full_begin;
            spoken_for(R, sm, &b); /* ", a spokeswoman for Pacifico Foods said": from "a" */
            if (b > sb && R->cover[b - 1] >= 0 && an->ments[R->cover[b - 1]].tok_end == b &&
                an->ments[R->cover[b - 1]].kind == MK_ACTOR)
                b = an->ments[R->cover[b - 1]].full_begin; /* ", Nova chairman Bob Blair said": from "Nova" */
            /* the speaker after a comma, not "..., it said" ("it" is too often
             * something the clause names) */
            int preposed = b > sb + 1 && tok_is(R, b - 1, ",") && sm->tok_end <= q->c &&
                           !(sm->kind == MK_PRONOUN && pg_tok_is_ci(an, sm->tok_begin, "it"));
            /* after the verb at most a short tail ("on Tuesday", "told a press
             * conference") naming nobody */
            if (se - q->ce > 6)
                preposed = 0;
            for (size_t k = platform_end; k < se && preposed; k++)
                if (R->cover[k] >= 0 || tok_is(R, k, "that") || tok_is(R, k, ",") || TK(R, k)->kind == TK_QUOTE)
                    preposed = 0;
            /* the speaker right before the verb: "Nakasone said", "Mueller has
             * said", "Paul Low, an IBM executive, said" */
            if (preposed && sm->tok_end < q->c) {
                size_t k = sm->tok_end;
                if (tok_is(R, k, ","))
                    preposed = tok_is(R, q->c - 1, ",");
                else
                    for (; k < q->c && preposed; k++)
                        if (TK(R, k)->kind != TK_WORD || (TK(R, k)->flags & TF_CAP) || k >= sm->tok_end + 3)
                            preposed = 0;
            }
            /* and no speech of its own in the clause ("X said that ..., aides said") */
            for (size_t j = (size_t)(q - R->cues); j-- > 0 && R->cues[j].sent == q->sent && preposed;)
                if (R->cues[j].c < b && R->lex->cues[R->cues[j].cue].rel == REL_SPEECH && !R->cues[j].skip)
                    preposed = 0; /* (a cue read as no verb is none: "Small states such as ...") */
            if (preposed)
                content_before(R, q->sent, subj, b - 1, quote, 1);
        }
        return;
    }
    if (lc->form == CUE_ADDRESS) {
        if (!nobj)
            return;
        const pg_mention *o = &an->ments[objs[0]];
        size_t after = o->tok_end;
        int naming = after < se && (tok_is(R, after, "a") || tok_is(R, after, "an") || tok_is(R, after, "the") ||
                                    (TK(R, after)->kind == TK_WORD && !(TK(R, after)->flags & TF_CAP) &&
                                     !(WC(R, after) & WC_PREP) && !tok_is(R, after, "and")));
        if (o->flags & MF_POSS) {
            /* "called X's message a betrayal"; "called X's support
             * extremely important" (a word of praise before the clause
             * ends) is support */
            if (lc->rel == PG_REL_CALL && naming) {
                pg_rel_type t = PG_REL_CRITICISM;
                for (size_t k = after; k < se && k < after + 10; k++) {
                    if (TK(R, k)->kind != TK_WORD)
                        break;
                    if (pg_lexicon_in_set(R->lex, PG_WS_PRAISE, an, k)) {
                        t = PG_REL_SUPPORT;
                        break;
                    }
                }
                emit(R, subj, ment_entity(R, o), t, q->sent, quote);
            }
            return;
        }
        if (naming && lc->rel == PG_REL_CALL &&
            (an->ments[objs[0]].kind != MK_PRONOUN || tok_is(R, after, "a") || tok_is(R, after, "an")))
            return; /* "called Russia a threat", "he called us a gas station country" (not "called
                       him today") */
        if (lc->rel == PG_REL_CALL && o->kind == MK_ACTOR) {
            /* "a venture called Thai Peroxide Co Ltd": a body found by
             * its name's shape after "called" is being named */
            if (o->actor < 0)
                return;
            /* "called the U.S. Attacks an escalation", "called U.S. and
             * EC export subsidies nonsensical": a state that more words
             * follow is part of what is named ("called Russia on Monday",
             * "called Russia." are calls) */
            if (R->lex->actors[o->actor].type == PG_ACTOR_COUNTRY && after < se && TK(R, after)->kind == TK_WORD &&
                !(WC(R, after) & WC_PREP))
                return;
        }
    }
    if (!nobj && (lc->rel == PG_REL_CALL || lc->rel == PG_REL_MEETING) && q->subject >= 0) {
        /* "A and B met", "you and I spoke on the telephone" */
        const pg_mention *sm = &an->ments[q->subject];
        if (sm->kind == MK_PRONOUN && sm->pronoun == PR_WE && quote >= 0 && an->quotes[quote].addressee >= 0) {
            /* "We last spoke by phone in March", "we met less than three
             * months ago" said to the other party (not "we were able to
             * meet all our obligations", "we received three thousand
             * requests": a determiner or a number opens a thing met) */
            size_t nx = q->ce;
            int objectless = nx >= se || (TK(R, nx)->kind != TK_WORD && TK(R, nx)->kind != TK_NUM) ||
                             (TK(R, nx)->kind == TK_WORD && !(WC(R, nx) & (WC_DET | WC_POSSESSIVE)) &&
                              !(TK(R, nx)->flags & TF_CAP) && /* "we received Sputnik Light": a thing named */
                              !pg_lexicon_in_set(R->lex, PG_WS_NUMBER_WORD, an, nx));
            for (size_t k = nx; k < se && k < nx + 4 && !objectless; k++)
                objectless = tok_is(R, k, "ago"); /* "we first met 13 years ago" */
            if (objectless && nx + 1 < se && TK(R, nx)->kind == TK_WORD && TK(R, nx + 1)->kind == TK_NUM)
                objectless = 0; /* "we have received over 3,000 appeals" */
            size_t wb = sm->full_begin;
            if (wb > an->sents[q->sent].tok_begin &&
                (tok_is(R, wb - 1, "which") ||
                 (tok_is(R, wb - 1, "that") && tok_starts(R, q->c, "receive"))))
                objectless = 0; /* what was received comes before: "the presents, which we have received",
                                   "the statistics that we received today" (not "so busy that we could meet") */
            if (tok_starts(R, q->c, "host"))
                objectless = 0; /* one hosts something: "we have hosted key African Union missions" */
            if (!objectless)
                return;
            emit(R, subj, an->quotes[quote].addressee, (pg_rel_type)lc->rel, q->sent, quote);
            return;
        }
        /* "A and B met with journalists": the two met someone the text
         * does not name, not each other ("met with each other" they did) */
        if (tok_is(R, q->ce - 1, "with") && q->ce < se && TK(R, q->ce)->kind == TK_WORD &&
            !tok_is(R, q->ce, "each") && !tok_is(R, q->ce, "one"))
            return;
        size_t b = sm->full_begin;
        if (R->nco) {
            /* a list that opens the clause ("Vendrell, Brandt and Lind
             * met"): every two of it, once */
            int32_t all[1 + sizeof R->co / sizeof *R->co];
            size_t n = 0;
            all[n++] = R->subj;
            for (size_t k = 0; k < R->nco; k++)
                all[n++] = R->co[k];
            for (size_t i = 0; i < n; i++)
                for (size_t j = i + 1; j < n; j++)
                    emit_one(R, all[j], all[i], (pg_rel_type)lc->rel, q->sent, quote);
        } else if (b >= 2 && tok_is(R, b - 1, "and") && R->cover[b - 2] >= 0) {
            const pg_mention *other = &an->ments[R->cover[b - 2]];
            if (object_ok(R, other) || other->kind == MK_PRONOUN)
                emit(R, subj, ment_entity(R, other), (pg_rel_type)lc->rel, q->sent, quote);
        }
        return;
    }
    if (nobj == 1 && (lc->rel == PG_REL_SUPPORT || lc->rel == PG_REL_CRITICISM) &&
        (an->ments[objs[0]].flags & MF_POSS) && pg_lexicon_in_set(R->lex, PG_WS_RESTATE, an, q->c)) {
        /* "reaffirmed the United States' unwavering support for Ukraine":
         * after a verb restating a stance, a noun cue of the same relation
         * after the possessive is the possessor's own (related on its
         * own); the verb's target is what that noun is for ("praised New
         * Zealand's support for Ukraine" stays support for New Zealand) */
        size_t after = an->ments[objs[0]].tok_end;
        for (size_t j = (size_t)(q - R->cues) + 1; j < R->ncues && R->cues[j].sent == q->sent; j++) {
            const cue_t *nq = &R->cues[j];
            const pg_lex_cue *nc = &R->lex->cues[nq->cue];
            if (nq->c < after)
                continue;
            if (nq->c > after + 3)
                break; /* the cues come in text order */
            if (nc->form != CUE_NOUN || nc->rel != lc->rel)
                break;
            int32_t later[8];
            int between;
            size_t nlater = noun_cue_objects(R, nq, se, later, 8, &between);
            if (!between) {
                /* none: "reaffirmed Russia's support for the efforts of
                 * ..." supports no one, least of all Russia */
                memcpy(objs, later, nlater * sizeof *objs);
                nobj = nlater;
            }
            break;
        }
    }
    if (!nobj && lc->rel == PG_REL_SUPPORT) {
        /* "appreciate the significant support ... from the United States" */
        for (size_t k = q->ce; k + 1 < se && k < q->ce + 16; k++) {
            if (tok_is(R, k, ".") || tok_is(R, k, ";") || tok_is(R, k, ","))
                break; /* "Thanks to the contest, I made friends from everywhere across Russia" */
            if (k >= q->ce + 2 && tok_is(R, k, "that") && tok_is(R, k - 2, "and") && TK(R, k - 1)->kind == TK_WORD &&
                !(TK(R, k - 1)->flags & TF_CAP))
                break; /* a verb of its own and its clause: "support our country and note that Ukraine
                          does not give in to provocations from Russia" */
            if (tok_is(R, k, "from"))
                nobj = find_objects(R, k + 1, se, 0, objs, 8);
            if (nobj)
                break;
        }
    }
    if (lc->rel == PG_REL_SUPPORT && nobj && courtesy_thanks(R, q, se))
        return; /* "Thank you very much, Mr President." */
    for (size_t j = 0; j < nobj; j++) {
        const pg_mention *o = &an->ments[objs[j]];
        int32_t tgt = ment_entity(R, o);
        if (tgt < 0)
            continue;
        if ((lc->rel == PG_REL_MEETING) && an->ents[tgt].type != PG_ACTOR_PERSON &&
            (tok_is(R, q->c, "received") || tok_is(R, q->c, "receives") || tok_is(R, q->c, "hosted") ||
             tok_is(R, q->c, "hosts")))
            continue;
        if (lc->rel == PG_REL_MEETING && names_attainment(R, o->tok_end, se))
            continue; /* "met the United Nations target", "meet NATO's 2 percent target" */
        if (lc->rel == PG_REL_CRITICISM && armed_attack(R, q, o))
            continue; /* "Russia attacked Ukraine" */
        emit(R, subj, tgt, (pg_rel_type)lc->rel, q->sent, quote);
    }
}

static void relate_cues(rl_t *R)
{
    pg_analysis *an = R->an;
    for (size_t k = 0; k < R->ncues; k++) {
        cue_t *q = &R->cues[k];
        size_t end = an->sents[q->sent].tok_end;
        /* reported speech runs to the next cue that has a subject of its own */
        for (size_t j = k + 1; j < R->ncues && R->cues[j].sent == q->sent; j++) {
            int32_t s2 = R->cues[j].subject;
            if (s2 >= 0 && s2 != q->subject && an->ments[s2].tok_begin >= q->ce &&
                R->lex->cues[R->cues[j].cue].rel == REL_SPEECH) {
                end = an->ments[s2].full_begin;
                break;
            }
        }
        relate_cue(R, q, end);
        R->nco = 0; /* co-subjects are the cue's only */
        PG_GROW(an->cues, an->cues_cap, an->ncues + 1);
        pg_cue_hit *h = &an->cues[an->ncues++];
        h->tok = q->c;
        h->ntoks = q->ce - q->c;
        h->cue = q->cue;
        h->subject = q->subject >= 0 ? ment_entity(R, &an->ments[q->subject]) : -1;
        h->status = q->negated ? 1 : q->skip ? 2 : 0;
    }
}

/* Everything a quotation names is the speaker's statement about it. */
static void quote_statements(rl_t *R)
{
    pg_analysis *an = R->an;
    for (size_t i = 0; i < an->nments; i++) {
        pg_mention *m = &an->ments[i];
        int32_t q = an->toks[m->tok_begin].quote;
        if (q < 0 || an->quotes[q].speaker < 0 || !content_target_ok(m))
            continue;
        if ((int32_t)i == an->quotes[q].speaker_ment)
            continue;
        emit(R, an->quotes[q].speaker, m->entity, PG_REL_STATEMENT, m->sent, q);
    }
}

static void affiliations(rl_t *R)
{
    pg_analysis *an = R->an;
    for (size_t i = 0; i < an->nments; i++) {
        pg_mention *m = &an->ments[i];
        if ((m->kind != MK_PERSON && m->kind != MK_DESC) || m->aff < 0)
            continue;
        emit(R, m->entity, an->ments[m->aff].entity, PG_REL_AFFILIATION, m->sent, -1);
    }
}

void pg_relate(pg_analysis *an, const pg_lexicon *lex)
{
    rl_t R = {.an = an, .lex = lex};
    prepare(&R);
    find_principal(&R);
    collect_cues(&R);
    attribute_quotes(&R);
    continued_quotes(&R);
    find_addressees(&R);
    relate_cues(&R);
    quote_statements(&R);
    affiliations(&R);
    free(R.cues);
    pg_u64map_free(R.seen);
}
