/* analysis.c — the per-document working set: lifetime and small helpers. */
#include "analysis.h"

#include <stdlib.h>
#include <string.h>

#include "hashmap.h"
#include "mem.h"

void pg_analysis_init(pg_analysis *an)
{
    memset(an, 0, sizeof *an);
    an->principal = -1;
    an->author = -1;
}

/* Entity strings are freed; their string-set buffers are emptied and kept
 * in the slot for the next document's entity there (up to 16 KB each), or
 * freed with `all`. */
static void free_entities(pg_analysis *an, int all)
{
    for (size_t i = 0; i < an->nents; i++) {
        pg_entity *e = &an->ents[i];
        free(e->label);
        free(e->last);
        free(e->first);
    }
    /* slots past nents were emptied when their document ended */
    for (size_t i = 0, n = all ? an->ents_ready : an->nents; i < n; i++) {
        pg_entity *e = &an->ents[i];
        pg_buf *sets[] = {&e->aliases, &e->titles, &e->handles};
        for (int k = 0; k < 3; k++) {
            if (all)
                pg_buf_free(sets[k]);
            else
                pg_buf_trim(sets[k], 16 * 1024); /* emptied, or freed past 16 KB */
        }
    }
    if (all)
        an->ents_ready = 0;
    an->nents = 0;
}

void pg_analysis_reset(pg_analysis *an)
{
    /* the slots go too when the array does (one outsized document) */
    free_entities(an, an->ents_cap * sizeof *an->ents > PG_KEEP_BYTES);
    an->ntoks = an->nsents = an->nquotes = an->ndates = an->nments = an->nrels = an->ncues = 0;
    an->head = 0;
    PG_TRIM(an->toks, an->toks_cap, PG_KEEP_BYTES);
    PG_TRIM(an->sents, an->sents_cap, PG_KEEP_BYTES);
    PG_TRIM(an->quotes, an->quotes_cap, PG_KEEP_BYTES);
    PG_TRIM(an->dates, an->dates_cap, PG_KEEP_BYTES);
    PG_TRIM(an->ments, an->ments_cap, PG_KEEP_BYTES);
    PG_TRIM(an->ents, an->ents_cap, PG_KEEP_BYTES);
    PG_TRIM(an->rels, an->rels_cap, PG_KEEP_BYTES);
    PG_TRIM(an->cues, an->cues_cap, PG_KEEP_BYTES);
    pg_buf_trim(&an->scratch, PG_KEEP_BYTES);
    pg_buf_trim(&an->work, PG_KEEP_BYTES);
    an->text = NULL;
    an->len = 0;
    an->doc_id = NULL;
    an->doc_date[0] = '\0';
    an->principal = -1;
    an->author = -1;
    an->limit_warnings = 0;
}

void pg_analysis_free(pg_analysis *an)
{
    free_entities(an, 1);
    free(an->toks);
    free(an->sents);
    free(an->quotes);
    free(an->dates);
    free(an->ments);
    free(an->ents);
    free(an->rels);
    free(an->cues);
    pg_buf_free(&an->scratch);
    pg_buf_free(&an->work);
    pg_strmap_free(an->res.pattern_orgs);
    pg_strmap_free(an->res.roles);
    pg_strmap_free(an->res.by_last);
    pg_strmap_free(an->res.by_first);
    pg_strmap_free(an->res.short_orgs);
    free(an->res.actor_ent);
    pg_buf_free(&an->res.tmp);
    pg_buf_free(&an->res.key);
    free(an->res.last_subject);
    free(an->res.next_last);
    free(an->res.next_first);
    free(an->word_cache);
    memset(an, 0, sizeof *an);
}

void pg_span_text(const pg_analysis *an, size_t b, size_t e, int base_last, pg_buf *out)
{
    pg_span_text_max(an, b, e, base_last, out, (size_t)-1);
}

void pg_span_text_max(const pg_analysis *an, size_t b, size_t e, int base_last, pg_buf *out, size_t max)
{
    /* Tokens that follow each other in the text with nothing or one plain
     * space between are copied as one run of the text. */
    int first = 1;
    size_t written = 0;           /* bytes added so far, the pending run included */
    size_t run_b = 0, run_e = 0;  /* the pending run of text */
    for (size_t i = b; i < e && written <= max; i++) {
        const pg_token *t = &an->toks[i];
        if ((t->flags & TF_SKIP) || t->kind == TK_URL)
            continue;
        size_t end = (base_last && i + 1 == e) ? t->base_end : t->end;
        int space = !first && (t->flags & TF_SPACE_BEFORE);
        if (!first && t->start == run_e + (size_t)space && (!space || an->text[run_e] == ' ')) {
            run_e = end; /* goes on the run */
        } else {
            pg_buf_add(out, an->text + run_b, run_e - run_b);
            if (space)
                pg_buf_addc(out, ' ');
            run_b = t->start;
            run_e = end;
        }
        written += (size_t)space + (end - t->start);
        first = 0;
    }
    pg_buf_add(out, an->text + run_b, run_e - run_b);
}

size_t pg_analysis_add_entity(pg_analysis *an, pg_actor_type type, const char *label)
{
    PG_GROW(an->ents, an->ents_cap, an->nents + 1);
    pg_entity *e = &an->ents[an->nents];
    pg_buf aliases = {0}, titles = {0}, handles = {0};
    if (an->nents < an->ents_ready) { /* emptied buffers left in the slot */
        aliases = e->aliases;
        titles = e->titles;
        handles = e->handles;
    } else {
        an->ents_ready = an->nents + 1;
    }
    memset(e, 0, sizeof *e);
    e->aliases = aliases;
    e->titles = titles;
    e->handles = handles;
    e->type = type;
    e->actor = -1;
    e->label = pg_xstrdup(label);
    e->aff = -1;
    e->aff_sent = -1;
    e->merged_into = -1;
    return an->nents++;
}

int32_t pg_entity_root(const pg_analysis *an, int32_t e)
{
    while (e >= 0 && an->ents[e].merged_into >= 0)
        e = an->ents[e].merged_into;
    return e;
}

int pg_tokens_initials(const pg_analysis *an, size_t b, size_t e, size_t acr)
{
    const pg_token *a = &an->toks[acr];
    const char *s = pg_tok_text(an, a);
    size_t n = pg_tok_len(a), k = 0;
    for (size_t i = b; i < e; i++) {
        const pg_token *t = &an->toks[i];
        if (t->kind != TK_WORD || !(t->flags & TF_CAP))
            continue;
        if (k >= n || an->text[t->start] != s[k])
            return 0;
        k++;
    }
    return k == n && n >= 2;
}

void pg_strset_add(pg_buf *set, const char *s, size_t n)
{
    if (!n)
        return;
    size_t i = 0;
    while (i < set->len) {
        size_t l = strlen(set->p + i);
        if (l == n && memcmp(set->p + i, s, n) == 0)
            return;
        i += l + 1;
    }
    pg_buf_add(set, s, n);
    pg_buf_addc(set, '\0');
}
