/* link.c — resolution across articles (see link.h): a person named by the
 * surname alone in some articles joins the full name of others, a full
 * name with a nickname joins the formal one, a first and last name join
 * the same name with middle names or a second surname, and spellings that
 * differ in doubled letters join. */
#include "polgraph/link.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "graph_internal.h"
#include "hashmap.h"
#include "lexicon.h"
#include "mem.h"

/* How many times the mentions of all other full names with the surname
 * the chosen one needs. */
#define LINK_DOMINANCE 3
/* Full names read as one by their nicknames: a real one has a few ("Bob",
 * "Bobby", "Rob", "Robert"); a made-up graph with hundreds would make the
 * joining below quadratic, and is left alone. */
#define NICK_GROUP_MAX 16
/* Middle names a full name may have for its short form to join it
 * ("Patrice Athanase Guillaume Talon" and "Patrice Talon"). */
#define MIDDLE_MAX 2

/* A person node under the key it is grouped by, in two parts that point
 * into the label or the lexicon (nothing is copied): the last word of the
 * label (surnames; no second part), or the first name read as the formal
 * one and the rest of the label ("Joseph" and " Biden" for "Joe Biden"). */
typedef struct {
    const char *key, *rest;
    size_t len, rest_len;
    uint64_t mentions;
    const char *id;
    size_t node;
} keyed_t;

/* Orders keys by bytes, a shorter before its extensions. */
static int word_cmp(const char *a, size_t na, const char *b, size_t nb)
{
    int c = memcmp(a, b, na < nb ? na : nb);
    return c ? c : (na > nb) - (na < nb);
}

/* Groups by key; in a group, the most mentioned first, then by id (a total
 * order: ids are unique). */
static int keyed_cmp(const void *pa, const void *pb)
{
    const keyed_t *a = pa, *b = pb;
    int c = word_cmp(a->key, a->len, b->key, b->len);
    if (c || (c = word_cmp(a->rest, a->rest_len, b->rest, b->rest_len)))
        return c;
    if (a->mentions != b->mentions)
        return a->mentions > b->mentions ? -1 : 1;
    return strcmp(a->id, b->id);
}

/* The identity map of n nodes, for pg_graph_fold_nodes. */
static size_t *identity(size_t n)
{
    size_t *into = pg_xmalloc((n ? n : 1) * sizeof *into);
    for (size_t k = 0; k < n; k++)
        into[k] = k;
    return into;
}

/* The first of the n sorted keys f[] that equals key[0..len), or n. */
static size_t find_key(const keyed_t *f, size_t n, const char *key, size_t len)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (word_cmp(f[mid].key, f[mid].len, key, len) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && !word_cmp(f[lo].key, f[lo].len, key, len) ? lo : n;
}

/* Folds by `into` when a step linked anything, and frees it (NULL: no
 * map was made); how many nodes went. */
static size_t fold_linked(pg_graph *g, size_t *into, int linked)
{
    size_t n = linked ? pg_graph_fold_nodes(g, into) : 0;
    free(into);
    return n;
}

/* Can the first word w[0..n) of a full name be a given name? Not a common
 * English word ("Mines Subroto"), not a hyphenated modifier
 * ("Atlanta-based Delta"), no digit, and not an acronym ("GTE Sprint");
 * initials ("E.", "J.R.") are. */
static int given_name_shape(const pg_lexicon *lex, const char *w, size_t n)
{
    if (pg_lexicon_common_word(lex, w, n))
        return 0;
    size_t caps = 0, lower = 0;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)w[k];
        if (c == '-' || (c >= '0' && c <= '9'))
            return 0;
        caps += c >= 'A' && c <= 'Z';
        lower += c >= 'a' && c <= 'z';
        if (c == '.' || c >= 0x80)
            lower++; /* initials, and letters this test cannot read, pass */
    }
    return !(caps >= 2 && !lower);
}

/* Do the two nodes share a title, ignoring ASCII case? Titles are short
 * and few: a plain double loop. */
static int share_title(const pg_node *a, const pg_node *b)
{
    for (size_t i = 0; i < a->n_titles; i++)
        for (size_t j = 0; j < b->n_titles; j++)
            if (strcasecmp(a->titles[i], b->titles[j]) == 0)
                return 1;
    return 0;
}

/* Do the two nodes share an affiliation or a title? */
static int share_role(const pg_node *a, const pg_node *b)
{
    return (a->affiliation && b->affiliation && strcmp(a->affiliation, b->affiliation) == 0) || share_title(a, b);
}

size_t pg_link_nicknames(pg_graph *g, const pg_lexicon *lex)
{
    size_t nn = pg_graph_node_count(g), nf = 0;
    keyed_t *f = NULL;
    size_t cap = 0;
    int any = 0; /* a full name beginning with a nickname */
    for (size_t i = 0; i < nn; i++) {
        const pg_node *n = pg_graph_node(g, i);
        const char *sp = n->type == PG_ACTOR_PERSON ? strchr(n->label, ' ') : NULL;
        if (!sp || !sp[1])
            continue;
        const char *formal = pg_lexicon_formal_name(lex, n->label, (size_t)(sp - n->label));
        any |= formal != NULL;
        PG_GROW(f, cap, nf + 1);
        f[nf++] = (keyed_t){formal ? formal : n->label, sp, formal ? strlen(formal) : (size_t)(sp - n->label),
                            strlen(sp), n->mentions, n->id, i};
    }
    size_t *into = NULL;
    int linked = 0;
    if (any) {
        pg_qsort(f, nf, sizeof *f, keyed_cmp);
        for (size_t a = 0, b; a < nf; a = b) {
            for (b = a + 1; b < nf && !word_cmp(f[b].key, f[b].len, f[a].key, f[a].len) &&
                            !word_cmp(f[b].rest, f[b].rest_len, f[a].rest, f[a].rest_len);
                 b++)
                ;
            if (b - a < 2 || b - a > NICK_GROUP_MAX)
                continue;
            if (!into)
                into = identity(nn);
            /* a member joins when it shares a role with the most mentioned
             * or with one that joined: what the joined ones become is
             * what a second run would compare with, so it finds no more */
            for (int grew = 1; grew;) {
                grew = 0;
                for (size_t m = a + 1; m < b; m++) {
                    if (into[f[m].node] != f[m].node)
                        continue;
                    const pg_node *mn = pg_graph_node(g, f[m].node);
                    for (size_t j = a; j < b; j++) {
                        if (j == m || (j != a && into[f[j].node] == f[j].node))
                            continue; /* only the top and those that joined */
                        if (share_role(mn, pg_graph_node(g, f[j].node))) {
                            into[f[m].node] = f[a].node;
                            linked = grew = 1;
                            break;
                        }
                    }
                }
            }
        }
    }
    free(f);
    return fold_linked(g, into, linked);
}

/* Has the node a title or an affiliation? */
static int has_role(const pg_node *n) { return n->n_titles || n->affiliation; }

/* Can w[0..n) be a middle name? An initial or initials ("S.R."), a given
 * name, or a capitalised word that is not a common English word
 * ("Rolihlahla", "Von"; not "Youth" or "Empowerment" of "Hamad Youth
 * Empowerment Award"). */
static int middle_name_shape(const pg_lexicon *lex, const char *w, size_t n)
{
    unsigned char c = (unsigned char)w[0];
    if (!((c >= 'A' && c <= 'Z') || c >= 0x80))
        return 0;
    if (w[n - 1] == '.' || pg_lexicon_name_gender(lex, w, n))
        return 1;
    return !pg_lexicon_common_word(lex, w, n);
}

/* The short form "First Last" of a person's label with one or two middle
 * names, written into buf (NUL-terminated); 0 when the label has no such
 * shape. */
static int short_form(const pg_lexicon *lex, const char *label, char *buf, size_t cap)
{
    const char *sp1 = strchr(label, ' '), *spn = strrchr(label, ' ');
    if (!sp1 || sp1 == spn || !spn[1])
        return 0;
    size_t words = 2;
    for (const char *w = sp1 + 1; w < spn;) {
        const char *e = strchr(w, ' ');
        if (e == w || ++words > MIDDLE_MAX + 2 || !middle_name_shape(lex, w, (size_t)(e - w)))
            return 0;
        w = e + 1;
    }
    size_t nf = (size_t)(sp1 - label), nl = strlen(spn);
    if (!given_name_shape(lex, label, nf) || nf + nl + 1 > cap)
        return 0;
    memcpy(buf, label, nf);
    memcpy(buf + nf, spn, nl + 1);
    return 1;
}

/* The short form "First Second" of a three-word label whose last word is
 * a second surname or a suffix ("Daniel Ortega Saavedra", "Salva Kiir
 * Mayardit", "Oscar Wyatt Jr"): a given name's shape first, and a last
 * word that can be a name (not "Decade" of "Nelson Mandela Decade").
 * Written into buf; 0 when the label has no such shape. */
static int first_two(const pg_lexicon *lex, const char *label, char *buf, size_t cap)
{
    const char *sp1 = strchr(label, ' '), *sp2 = sp1 ? strchr(sp1 + 1, ' ') : NULL;
    if (!sp2 || sp2 == sp1 + 1 || !sp2[1] || strchr(sp2 + 1, ' '))
        return 0;
    size_t nf = (size_t)(sp1 - label), n2 = (size_t)(sp2 - label);
    const char *last = sp2 + 1;
    if (!given_name_shape(lex, label, nf) || sp2[-1] == '.' ||
        !middle_name_shape(lex, last, strlen(last)) || n2 + 1 > cap)
        return 0;
    memcpy(buf, label, n2);
    buf[n2] = '\0';
    return 1;
}

/* A full name with middle names, and the short form's node it joins. */
typedef struct {
    size_t full, shortn;
} middle_t;

static int middle_cmp(const void *pa, const void *pb)
{
    const middle_t *a = pa, *b = pb;
    if (a->shortn != b->shortn)
        return a->shortn < b->shortn ? -1 : 1;
    return (a->full > b->full) - (a->full < b->full);
}

/* Joins full names to their short forms: shape 0, "First Middle Last" ->
 * "First Last"; shape 1, "First Second Third" -> "First Second". */
static size_t link_short_forms(pg_graph *g, const pg_lexicon *lex, int shape);

size_t pg_link_middle_names(pg_graph *g, const pg_lexicon *lex) { return link_short_forms(g, lex, 0); }

size_t pg_link_second_surnames(pg_graph *g, const pg_lexicon *lex) { return link_short_forms(g, lex, 1); }

static size_t link_short_forms(pg_graph *g, const pg_lexicon *lex, int shape)
{
    /* the two-word person names, sorted by label */
    size_t nn = pg_graph_node_count(g), ns = 0, np = 0, cap = 0;
    keyed_t *sf = pg_xmalloc((nn ? nn : 1) * sizeof *sf);
    for (size_t i = 0; i < nn; i++) {
        const pg_node *n = pg_graph_node(g, i);
        const char *sp = n->type == PG_ACTOR_PERSON ? strchr(n->label, ' ') : NULL;
        if (sp && sp[1] && !strchr(sp + 1, ' '))
            sf[ns++] = (keyed_t){n->label, "", strlen(n->label), 0, n->mentions, n->id, i};
    }
    pg_qsort(sf, ns, sizeof *sf, keyed_cmp);
    middle_t *v = NULL;
    char key[256];
    for (size_t i = 0; i < nn && ns; i++) {
        const pg_node *n = pg_graph_node(g, i);
        if (n->type != PG_ACTOR_PERSON ||
            !(shape == 0 ? short_form(lex, n->label, key, sizeof key) : first_two(lex, n->label, key, sizeof key)))
            continue;
        size_t len = strlen(key), lo = find_key(sf, ns, key, len);
        if (lo == ns || (lo + 1 < ns && !word_cmp(sf[lo + 1].key, sf[lo + 1].len, key, len)))
            continue; /* no node of that name, or two */
        PG_GROW(v, cap, np + 1);
        v[np++] = (middle_t){i, sf[lo].node};
    }
    free(sf);
    size_t *into = NULL;
    int linked = 0;
    /* sorted by the short form, then by node: the pairs do not depend on
     * the order the nodes are in, only their indices do */
    pg_qsort(v, np, sizeof *v, middle_cmp);
    for (size_t a = 0, b; a < np; a = b) {
        for (b = a + 1; b < np && v[b].shortn == v[a].shortn; b++)
            ;
        if (b - a != 1)
            continue; /* two full names for one short form: either could be meant */
        const pg_node *f = pg_graph_node(g, v[a].full), *sn = pg_graph_node(g, v[a].shortn);
        if (has_role(f) && has_role(sn) && !share_role(f, sn))
            continue;
        if (!into)
            into = identity(nn);
        /* the more mentioned keeps its id, the full name on a tie */
        if (sn->mentions > f->mentions)
            into[v[a].full] = v[a].shortn;
        else
            into[v[a].shortn] = v[a].full;
        linked = 1;
    }
    free(v);
    return fold_linked(g, into, linked);
}

/* The spelling key of a label: ASCII letters lowercased, a run of one
 * letter written once, a hyphen read as a space ("Tijani Muhammad-Bande"
 * and "Tijjani Muhammad Bande"); NUL-terminated in out[cap] (cap > 0). 0
 * when the label is one word or too long. */
static int spelling_key(const char *label, char *out, size_t cap)
{
    size_t n = 0;
    char prev = 0;
    int words = 1;
    for (const char *p = label; *p; p++) {
        char c = *p == '-' ? ' ' : *p;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        words += c == ' ';
        if (c == prev && c >= 'a' && c <= 'z')
            continue;
        if (n + 1 >= cap)
            return 0;
        out[n++] = c;
        prev = c;
    }
    out[n] = 0;
    return words >= 2;
}

size_t pg_link_spellings(pg_graph *g, const pg_lexicon *lex)
{
    (void)lex;
    size_t nn = pg_graph_node_count(g), nk = 0;
    keyed_t *f = pg_xmalloc((nn ? nn : 1) * sizeof *f);
    pg_buf keys = {0};
    size_t *at = pg_xmalloc((nn ? nn : 1) * sizeof *at); /* key offsets, by entry */
    char key[256];
    for (size_t i = 0; i < nn; i++) {
        const pg_node *n = pg_graph_node(g, i);
        if (n->type != PG_ACTOR_PERSON || !spelling_key(n->label, key, sizeof key))
            continue;
        at[nk] = keys.len;
        pg_buf_add(&keys, key, strlen(key) + 1);
        f[nk++] = (keyed_t){NULL, "", strlen(key), 0, n->mentions, n->id, i};
    }
    for (size_t k = 0; k < nk; k++)
        f[k].key = keys.p + at[k]; /* the buffer is complete: no more moves */
    free(at);
    pg_qsort(f, nk, sizeof *f, keyed_cmp);
    size_t *into = NULL;
    int linked = 0;
    for (size_t a = 0, b; a < nk; a = b) {
        for (b = a + 1; b < nk && !word_cmp(f[b].key, f[b].len, f[a].key, f[a].len); b++)
            ;
        const pg_node *top = pg_graph_node(g, f[a].node); /* the most mentioned: first */
        for (size_t k = a + 1; k < b; k++) {
            const pg_node *o = pg_graph_node(g, f[k].node);
            if (has_role(top) && has_role(o) && !share_role(top, o))
                continue;
            if (!into)
                into = identity(nn);
            into[f[k].node] = f[a].node;
            linked = 1;
        }
    }
    free(f);
    pg_buf_free(&keys);
    return fold_linked(g, into, linked);
}

size_t pg_link_names(pg_graph *g, const pg_lexicon *lex)
{
    /* nicknames first: "Biden" then has one full name less to choose from.
     * What one step folds can open a fold to the other (a surname's title
     * now shared by two spellings of the full name), so the two run again
     * until neither finds anything: a second pg_link_names links nothing.
     * Each round folds a node away, and a fold only reopens names with the
     * same surname: on real corpora the second round is the last. */
    size_t total = 0, n;
    do {
        n = pg_link_spellings(g, lex);
        n += pg_link_middle_names(g, lex);
        n += pg_link_nicknames(g, lex);
        n += pg_link_surnames(g, lex);
        n += pg_link_family_names(g, lex);
        /* after the surnames: "Kiir" joins "Salva Kiir" first, which then
         * joins "Salva Kiir Mayardit" (a surname alone is the first) */
        n += pg_link_second_surnames(g, lex);
        n += pg_link_company_names(g, lex);
        total += n;
    } while (n);
    return total;
}

/* The person nodes of more than one word, keyed by their last word (or,
 * with `first`, their first), sorted; their count in *nf. The caller
 * frees the array (NULL when there are none). */
static keyed_t *person_words(const pg_graph *g, int first, size_t *nf)
{
    size_t nn = pg_graph_node_count(g), k = 0;
    keyed_t *f = NULL;
    size_t cap = 0;
    for (size_t i = 0; i < nn; i++) {
        const pg_node *n = pg_graph_node(g, i);
        const char *sp = n->type == PG_ACTOR_PERSON ? (first ? strchr(n->label, ' ') : strrchr(n->label, ' ')) : NULL;
        if (!sp || !sp[1] || sp == n->label)
            continue;
        PG_GROW(f, cap, k + 1);
        f[k++] = first ? (keyed_t){n->label, "", (size_t)(sp - n->label), 0, n->mentions, n->id, i}
                       : (keyed_t){sp + 1, "", strlen(sp + 1), 0, n->mentions, n->id, i};
    }
    if (k)
        pg_qsort(f, k, sizeof *f, keyed_cmp);
    *nf = k;
    return f;
}

/* The spelling key of a surname w[0..n) into out (n bytes at most): "y"
 * read as "i" and runs of "i" as one, as pg_graph_fold_variants reads ids
 * ("Zelenskyy", "Zelensky" and "Zelenskyi" are one). Returns its length. */
static size_t surname_key(const char *w, size_t n, char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char c = w[i] == 'y' ? 'i' : w[i];
        if (c == 'i' && k && out[k - 1] == 'i')
            continue;
        out[k++] = c;
    }
    return k;
}

/* The full names of f[0..nf) keyed instead by their surnames' spelling
 * keys, written into one buffer (returned, for the caller to free) and
 * sorted again. */
static char *spelling_keys(keyed_t *f, size_t nf)
{
    size_t total = 0;
    for (size_t k = 0; k < nf; k++)
        total += f[k].len;
    char *keys = pg_xmalloc(total + 1), *kp = keys;
    for (size_t k = 0; k < nf; k++) {
        size_t n = surname_key(f[k].key, f[k].len, kp);
        f[k].key = kp;
        f[k].len = n;
        kp += n;
    }
    pg_qsort(f, nf, sizeof *f, keyed_cmp);
    return keys;
}

/* The full name of f[0..nf) that surname node s (its key w[0..len)) can
 * only mean, or nf: the group's most mentioned, dominant over the others,
 * whose first word can be a given name, mentioned at least as often as the
 * surname or sharing a role with it (always, with `role`). */
static size_t surname_target(const pg_graph *g, const pg_lexicon *lex, const keyed_t *f, size_t nf, const pg_node *s,
                             const char *w, size_t len, int role)
{
    size_t lo = find_key(f, nf, w, len);
    if (lo == nf)
        return nf;
    const pg_node *top = pg_graph_node(g, f[lo].node);
    uint64_t others = 0;
    for (size_t k = lo + 1; k < nf && !word_cmp(f[k].key, f[k].len, w, len); k++)
        others += f[k].mentions;
    if (top->mentions < LINK_DOMINANCE * others)
        return nf;
    const char *sp = strchr(top->label, ' ');
    if (!given_name_shape(lex, top->label, (size_t)(sp - top->label)))
        return nf;
    if ((role || top->mentions < s->mentions) && !share_role(s, top))
        return nf;
    return lo;
}

size_t pg_link_surnames(pg_graph *g, const pg_lexicon *lex)
{
    size_t nn = pg_graph_node_count(g), nf, nv;
    keyed_t *f = person_words(g, 0, &nf);
    if (!nf)
        return 0;
    /* the same full names keyed by their surnames' spellings ("Zelenskyy"
     * for "Zelensky"), asked when the surname as written finds none */
    keyed_t *v = person_words(g, 0, &nv);
    char *keys = spelling_keys(v, nv);

    size_t *into = NULL;
    int linked = 0;
    char *word = NULL;
    size_t word_cap = 0;
    for (size_t i = 0; i < nn; i++) {
        const pg_node *s = pg_graph_node(g, i);
        size_t len = strlen(s->label);
        if (s->type != PG_ACTOR_PERSON || !len || strchr(s->label, ' ') || pg_lexicon_name_gender(lex, s->label, len))
            continue;
        /* the group of full names ending with the label: its first; or,
         * spelt another way, where the two share a title or an affiliation
         * ("Byrd" is no "Bird") */
        size_t node;
        size_t lo = find_key(f, nf, s->label, len);
        if (lo != nf) {
            lo = surname_target(g, lex, f, nf, s, s->label, len, 0);
            if (lo == nf)
                continue;
            node = f[lo].node;
        } else {
            PG_GROW(word, word_cap, len);
            size_t wl = surname_key(s->label, len, word);
            lo = surname_target(g, lex, v, nv, s, word, wl, 1);
            if (lo == nv)
                continue;
            node = v[lo].node;
        }
        if (!into)
            into = identity(nn);
        into[i] = node;
        linked = 1;
    }
    free(word);
    free(keys);
    free(v);
    free(f);
    return fold_linked(g, into, linked);
}

size_t pg_link_family_names(pg_graph *g, const pg_lexicon *lex)
{
    /* the full names by their first word (the node, or AMBIGUOUS for two
     * or more) and the set of their last words: hash maps, not sorted
     * arrays, since an article of distinct names makes tens of thousands */
    const size_t AMBIGUOUS = (size_t)-1;
    size_t nn = pg_graph_node_count(g);
    pg_strmap *first = pg_strmap_new_pooled(), *last = pg_strmap_new_pooled();
    for (size_t i = 0; i < nn; i++) {
        const pg_node *n = pg_graph_node(g, i);
        const char *sp = n->type == PG_ACTOR_PERSON ? strchr(n->label, ' ') : NULL;
        if (!sp || sp == n->label || !sp[1])
            continue;
        int inserted;
        size_t *v = pg_strmap_put(first, n->label, (size_t)(sp - n->label), &inserted);
        *v = inserted ? i : AMBIGUOUS;
        const char *lw = strrchr(n->label, ' ') + 1;
        pg_strmap_put(last, lw, strlen(lw), NULL);
    }
    size_t *into = NULL;
    int linked = 0;
    for (size_t i = 0; i < nn && pg_strmap_count(first); i++) {
        const pg_node *s = pg_graph_node(g, i);
        size_t len = strlen(s->label);
        if (s->type != PG_ACTOR_PERSON || !len || strchr(s->label, ' ') || pg_lexicon_name_gender(lex, s->label, len) ||
            pg_lexicon_common_word(lex, s->label, len))
            continue;
        /* one full name opens with the word, none ends with it (that is a
         * surname's: pg_link_surnames) */
        const size_t *v = pg_strmap_get(first, s->label, len);
        if (!v || *v == AMBIGUOUS || pg_strmap_get(last, s->label, len))
            continue;
        if (!share_role(s, pg_graph_node(g, *v)))
            continue;
        if (!into)
            into = identity(nn);
        into[i] = *v;
        linked = 1;
    }
    pg_strmap_free(first);
    pg_strmap_free(last);
    return fold_linked(g, into, linked);
}

/* One word of a person node that is a company: the only organization named
 * that word and a legal form ("Toshiba" and "Toshiba Corp", "Santos" and
 * "Santos Ltd"), named so at least as often as the word alone. Not a given
 * name, nor a node with a title in capitals (a President Carter is a person
 * whatever "Carter Inc" is). */
/* The length of label s without the legal forms that end it ("Toshiba
 * Corp" → "Toshiba", "Nissan Motor Co Ltd" → "Nissan Motor"), or 0 when
 * none ends it or nothing would be left. */
static size_t company_stem(const pg_lexicon *lex, const char *s)
{
    size_t n = strlen(s), stem = n;
    for (;;) {
        const char *sp = NULL;
        for (size_t k = stem; k-- > 0;)
            if (s[k] == ' ') {
                sp = s + k;
                break;
            }
        if (!sp || sp == s || !pg_lexicon_in_set_text(lex, PG_WS_LEGAL_FORM, sp + 1, (size_t)(s + stem - sp - 1)))
            break;
        stem = (size_t)(sp - s);
    }
    return stem < n ? stem : 0;
}

size_t pg_link_company_names(pg_graph *g, const pg_lexicon *lex)
{
    size_t nn = pg_graph_node_count(g), nc = 0;
    keyed_t *co = pg_xmalloc((nn ? nn : 1) * sizeof *co);
    for (size_t i = 0; i < nn; i++) {
        const pg_node *n = pg_graph_node(g, i);
        if (n->type != PG_ACTOR_ORGANIZATION)
            continue;
        /* a company: its label, or a spelling folded into it ("Toshiba"
         * with "Toshiba Corp"), ends with a legal form */
        size_t stem = company_stem(lex, n->label);
        int company = stem != 0;
        for (size_t a = 0; !company && a < n->n_aliases; a++) {
            size_t as = company_stem(lex, n->aliases[a]);
            company = as && as == strlen(n->label) && memcmp(n->aliases[a], n->label, as) == 0;
        }
        if (company)
            co[nc++] = (keyed_t){n->label, "", stem ? stem : strlen(n->label), 0, n->mentions, n->id, i};
    }
    pg_qsort(co, nc, sizeof *co, keyed_cmp);
    size_t *into = NULL;
    int linked = 0;
    for (size_t i = 0; i < nn && nc; i++) {
        const pg_node *n = pg_graph_node(g, i);
        size_t len = strlen(n->label);
        if (n->type != PG_ACTOR_PERSON || !len)
            continue;
        /* one word, or up to four whose first is no given name ("Advanced
         * Micro Devices"; not "David Jones") */
        size_t words = 1, first = strcspn(n->label, " ");
        for (size_t k = 0; k < len; k++)
            words += n->label[k] == ' ';
        if (words > 4 || pg_lexicon_name_gender(lex, n->label, first))
            continue;
        int titled = 0;
        for (size_t t = 0; t < n->n_titles; t++)
            if (n->titles[t][0] >= 'A' && n->titles[t][0] <= 'Z')
                titled = 1;
        if (titled)
            continue;
        size_t lo = find_key(co, nc, n->label, len);
        if (lo == nc || (lo + 1 < nc && !word_cmp(co[lo + 1].key, co[lo + 1].len, n->label, len)))
            continue; /* no such company, or two */
        if (co[lo].mentions < n->mentions)
            continue; /* the company named in full less often than the word: a person's surname, a place */
        if (!into)
            into = identity(nn);
        into[i] = co[lo].node;
        linked = 1;
    }
    free(co);
    return fold_linked(g, into, linked);
}
