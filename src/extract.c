/* extract.c — one article through segment, recognise, resolve and relate,
 * then into the graph (see extract.h). */
#include "polgraph/extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "buf.h"
#include "graph_internal.h"
#include "hashmap.h"
#include "lexicon.h"
#include "mem.h"
#include "recognise.h"
#include "relate.h"
#include "resolve.h"
#include "segment.h"

#define MAX_EVIDENCE_TEXT 2000
#define MAX_QUOTE_TEXT 1000

struct pg_extractor {
    const pg_lexicon *lex;
    pg_extract_opts opts;
    pg_analysis an;
    pg_buf text, quote, id;
    pg_buf texts;       /* evidence texts of this article, NUL-separated */
    size_t *sent_text;  /* sentence -> offset in texts + 1 (0: not built) */
    size_t sent_text_cap;
    size_t *sent_quote; /* sentence -> its words as a turn's quotation, offset + 1 (0: not built) */
    size_t sent_quote_cap;
    size_t *quote_text_off;
    size_t quote_text_cap;
    int32_t *node_of; /* entity -> node index in the graph */
    size_t node_of_cap;
    /* prepared by pg_extract_analyse for pg_extract_emit: */
    pg_buf ids;       /* node ids of the entities that are actors, NUL-separated */
    size_t *id_off;   /* entity -> offset in ids, or NO_ID */
    size_t id_off_cap;
    struct prep_rel *prep; /* the relations that become evidence */
    size_t nprep, prep_cap;
    /* person label -> 1 + whether the lexicon names a country or body so
     * (entity_id's question, asked again for every article that names
     * the person); emptied past PERSON_CACHE_MAX labels */
    pg_strmap *person_clash;
    /* a JSON Lines title analysed as the article's headline: the text
     * analysed is the title, a blank line and the article's text */
    pg_buf doc;
    uint32_t title_sents; /* sentences of the title (an.head: its bytes and the blank line's) */
};

/* A title longer than this is no headline, and is not analysed. */
#define MAX_HEADLINE_BYTES 1000

#define PERSON_CACHE_MAX 1024

#define NO_ID ((size_t)-1)

/* A relation ready to add: both ends actors, in the date window, its texts
 * built. */
struct prep_rel {
    const pg_relation *rel;
    size_t so, qo; /* offsets in texts; qo NO_ID without a quotation */
    char date[11];
};

void pg_extract_opts_init(pg_extract_opts *o) { memset(o, 0, sizeof *o); }

pg_extractor *pg_extractor_new(const pg_lexicon *lex, const pg_extract_opts *opts)
{
    pg_extractor *x = pg_xcalloc(1, sizeof *x);
    x->lex = lex;
    if (opts)
        x->opts = *opts;
    pg_analysis_init(&x->an);
    x->person_clash = pg_strmap_new_pooled();
    return x;
}

void pg_extractor_free(pg_extractor *x)
{
    if (!x)
        return;
    pg_analysis_free(&x->an);
    pg_buf_free(&x->text);
    pg_buf_free(&x->quote);
    pg_buf_free(&x->id);
    pg_buf_free(&x->texts);
    pg_buf_free(&x->ids);
    pg_buf_free(&x->doc);
    free(x->id_off);
    free(x->prep);
    free(x->sent_text);
    free(x->sent_quote);
    free(x->quote_text_off);
    free(x->node_of);
    pg_strmap_free(x->person_clash);
    free(x);
}

/* Cuts `b` to at most `max` bytes at a UTF-8 boundary, adding "…". */
static void clip(pg_buf *b, size_t max)
{
    if (b->len <= max)
        return;
    size_t n = max;
    while (n > 0 && ((unsigned char)b->p[n] & 0xC0) == 0x80)
        n--;
    b->len = n;
    pg_buf_adds(b, "\xE2\x80\xA6");
}

static void format_date(const pg_analysis *an, int32_t d, char out[11])
{
    out[0] = '\0';
    if (d >= 0 && an->dates[d].year)
        snprintf(out, 11, "%04u-%02u-%02u", (unsigned)an->dates[d].year % 10000, (unsigned)an->dates[d].month % 100,
                 (unsigned)an->dates[d].day % 100);
    else if (an->doc_date[0])
        memcpy(out, an->doc_date, 11);
}

/* Does the entity deserve a node: named, or a country/organization that is
 * more than an adjective ("Chinese-made")? */
static int entity_is_actor(const pg_analysis *an, size_t e, const uint8_t *has_real)
{
    const pg_entity *en = &an->ents[e];
    if (en->is_role || en->merged_into >= 0)
        return 0;
    return has_real[e];
}

/* Appends entity e's node id to x->ids; returns its offset. Ids are slugs
 * of labels; a person whose name is also the name of a country or
 * organization ("Jordan") gets a "-person" suffix, decided by the lexicon
 * alone so that every thread and every run agrees. */
static size_t entity_id(pg_extractor *x, size_t e)
{
    const pg_entity *en = &x->an.ents[e];
    char *id = pg_slugify(en->label);
    int clash = 0;
    if (en->type == PG_ACTOR_PERSON) {
        size_t n = strlen(en->label);
        size_t *v = pg_strmap_get(x->person_clash, en->label, n);
        if (!v) {
            if (pg_strmap_count(x->person_clash) >= PERSON_CACHE_MAX)
                pg_strmap_clear(x->person_clash);
            int32_t same = pg_lexicon_find_actor(x->lex, en->label);
            v = pg_strmap_put(x->person_clash, en->label, n, NULL);
            *v = 1 + (same >= 0 && x->lex->actors[same].type != PG_ACTOR_PERSON);
        }
        clash = *v == 2;
    }
    size_t off = x->ids.len;
    pg_buf_adds(&x->ids, id);
    if (clash)
        pg_buf_adds(&x->ids, "-person");
    pg_buf_addc(&x->ids, '\0');
    free(id);
    return off;
}

/* The node of entity e in g, with its aliases, titles, handles and
 * mentions. */
static size_t entity_node(pg_extractor *x, pg_graph *g, size_t e)
{
    const pg_entity *en = &x->an.ents[e];
    size_t n = pg_graph_upsert_node(g, x->ids.p + x->id_off[e], en->label, en->type);
    for (size_t i = 0; i < en->aliases.len; i += strlen(en->aliases.p + i) + 1)
        pg_graph_node_add_alias(g, n, en->aliases.p + i);
    for (size_t i = 0; i < en->titles.len; i += strlen(en->titles.p + i) + 1)
        pg_graph_node_add_title(g, n, en->titles.p + i);
    for (size_t i = 0; i < en->handles.len; i += strlen(en->handles.p + i) + 1)
        pg_graph_node_add_handle(g, n, en->handles.p + i);
    pg_graph_node_add_mentions(g, n, en->mentions);
    return n;
}

static int in_window(const pg_extract_opts *o, const char *date)
{
    if (!o->since && !o->until)
        return 1;
    if (!*date)
        return 0;
    if (o->since && strcmp(date, o->since) < 0)
        return 0;
    if (o->until && strcmp(date, o->until) > 0)
        return 0;
    return 1;
}

/* The evidence text of sentence `s` or of quotation `q`, built once per
 * article (relations share them) and clipped. */
static size_t cached_text(pg_extractor *x, size_t *slot, size_t b, size_t e, size_t max)
{
    pg_analysis *an = &x->an;
    if (!*slot) {
        pg_buf_reset(&x->text);
        if (b < e)
            pg_span_text_max(an, b, e, 0, &x->text, max);
        clip(&x->text, max);
        *slot = x->texts.len + 1;
        pg_buf_add(&x->texts, x->text.p ? x->text.p : "", x->text.len);
        pg_buf_addc(&x->texts, '\0');
    }
    return *slot - 1;
}

/* Offsets into x->texts (which may move while texts are added: take the
 * pointers once all are built). */
static size_t sentence_text(pg_extractor *x, uint32_t s)
{
    const pg_sentence *st = &x->an.sents[s];
    return cached_text(x, &x->sent_text[s], st->tok_begin, st->tok_end, MAX_EVIDENCE_TEXT);
}

/* The words a relation in sentence s rests on when it rests on quotation
 * q: the marks' words, a post's words, or a transcript turn's words in
 * that sentence (a turn may be a whole speech: its first words would not
 * be the ones the relation rests on). */
static size_t quote_text(pg_extractor *x, int32_t q, uint32_t s)
{
    if (q < 0)
        return (size_t)-1;
    const pg_analysis *an = &x->an;
    const pg_quote *qq = &an->quotes[q];
    size_t b = qq->open, e = qq->close + 1;
    if (qq->kind == QK_MARKS) {
        b++;
        if (an->toks[qq->close].kind == TK_QUOTE)
            e--;
    }
    if (qq->kind == QK_TURN) {
        const pg_sentence *st = &an->sents[s];
        if (b < st->tok_begin)
            b = st->tok_begin;
        if (e > st->tok_end)
            e = st->tok_end;
        if (b == st->tok_begin && e == st->tok_end)
            return cached_text(x, &x->sent_quote[s], b, e, MAX_QUOTE_TEXT); /* the whole sentence */
        size_t slot = 0; /* a label's sentence: the words after it, built each time */
        return cached_text(x, &slot, b, e, MAX_QUOTE_TEXT);
    }
    return cached_text(x, &x->quote_text_off[q], b, e, MAX_QUOTE_TEXT);
}

/* Everything of the graph step that needs no graph, done in
 * pg_extract_analyse so that corpus workers do it outside the graph's
 * lock: which entities are actors and their node ids, and for each
 * relation between two of them its date and evidence texts. */
static void prepare(pg_extractor *x)
{
    pg_analysis *an = &x->an;
    x->nprep = 0;
    pg_buf_reset(&x->ids);
    pg_buf_reset(&x->texts);
    if (an->nents == 0)
        return;

    /* mentions and handles per entity; which entities are actors */
    uint8_t *has_real = pg_xcalloc(an->nents, 1);
    for (size_t e = 0; e < an->nents; e++)
        an->ents[e].mentions = 0;
    for (size_t i = 0; i < an->nments; i++) {
        pg_mention *m = &an->ments[i];
        int32_t e = pg_entity_root(an, m->entity);
        if (e < 0 || m->kind == MK_PRONOUN)
            continue;
        an->ents[e].mentions++;
        int adjective = m->kind == MK_DEMONYM && !(m->flags & MF_PLURAL) && !(m->flags & MF_MODIFIER);
        /* a capital after a preposition is a place ("from Warsaw to
         * Brussels", "talks in Ottawa") unless a relation makes it the state */
        size_t sb = an->sents[m->sent].tok_begin;
        int place = (m->flags & MF_SEAT) && m->full_begin > sb && pg_lexicon_in_set(x->lex, PG_WS_PLACE_PREP, an, m->full_begin - 1);
        /* a name only a title gives is an actor only in a relation: a
         * title in capitals or Title Case reads less surely than text */
        if (!adjective && !place && m->sent >= x->title_sents)
            has_real[e] = 1;
        if (m->handle >= 0) {
            const pg_token *t = &an->toks[m->handle];
            pg_strset_add(&an->ents[e].handles, an->text + t->start, pg_tok_len(t));
        }
    }
    for (size_t r = 0; r < an->nrels; r++) { /* an actor in a relation is an actor */
        has_real[pg_entity_root(an, an->rels[r].source)] = 1;
        has_real[pg_entity_root(an, an->rels[r].target)] = 1;
    }
    PG_GROW(x->id_off, x->id_off_cap, an->nents);
    for (size_t e = 0; e < an->nents; e++)
        x->id_off[e] = entity_is_actor(an, e, has_real) ? entity_id(x, e) : NO_ID;
    free(has_real);

    PG_GROW(x->sent_text, x->sent_text_cap, an->nsents + 1);
    memset(x->sent_text, 0, (an->nsents + 1) * sizeof *x->sent_text);
    PG_GROW(x->sent_quote, x->sent_quote_cap, an->nsents + 1);
    memset(x->sent_quote, 0, (an->nsents + 1) * sizeof *x->sent_quote);
    PG_GROW(x->quote_text_off, x->quote_text_cap, an->nquotes + 1);
    memset(x->quote_text_off, 0, (an->nquotes + 1) * sizeof *x->quote_text_off);
    for (size_t r = 0; r < an->nrels; r++) {
        const pg_relation *rel = &an->rels[r];
        size_t s = x->id_off[pg_entity_root(an, rel->source)], t = x->id_off[pg_entity_root(an, rel->target)];
        if (s == NO_ID || t == NO_ID || strcmp(x->ids.p + s, x->ids.p + t) == 0)
            continue; /* not both actors, or one node */
        PG_GROW(x->prep, x->prep_cap, x->nprep + 1);
        struct prep_rel *p = &x->prep[x->nprep];
        format_date(an, rel->date, p->date);
        if (!in_window(&x->opts, p->date))
            continue;
        p->rel = rel;
        p->qo = quote_text(x, rel->quote, rel->sent);
        p->so = sentence_text(x, rel->sent);
        x->nprep++;
    }
}

/* Adds the prepared article to g: its document, actors and relations. */
static void build_graph(pg_extractor *x, const pg_article *a, pg_graph *g)
{
    pg_analysis *an = &x->an;
    pg_document d = {a->id, a->title, an->doc_date, a->source, a->url};
    pg_graph_add_document(g, &d, NULL); /* ids are unique: the reader sees to it */
    if (an->nents == 0)
        return;
    PG_GROW(x->node_of, x->node_of_cap, an->nents);
    for (size_t e = 0; e < an->nents; e++)
        x->node_of[e] = x->id_off[e] != NO_ID ? (int32_t)entity_node(x, g, e) : -1;
    for (size_t e = 0; e < an->nents; e++) {
        int32_t aff = pg_entity_root(an, an->ents[e].aff);
        if (x->node_of[e] >= 0 && aff >= 0 && x->node_of[aff] >= 0)
            pg_graph_node_offer_affiliation(g, (size_t)x->node_of[e], pg_graph_node(g, (size_t)x->node_of[aff])->id);
    }
    for (size_t i = 0; i < x->nprep; i++) {
        const struct prep_rel *p = &x->prep[i];
        const pg_relation *rel = p->rel;
        const pg_sentence *st = &an->sents[rel->sent];
        int in_title = rel->sent < x->title_sents;
        pg_evidence ev = {
            .doc = a->id,
            .sentence = in_title ? rel->sent : rel->sent - x->title_sents,
            .start = in_title ? st->start : st->start - an->head,
            .end = in_title ? st->end : st->end - an->head,
            .in_title = (uint8_t)in_title,
            .text = x->texts.p + p->so,
            .quote = p->qo == NO_ID ? "" : x->texts.p + p->qo,
            .date = p->date,
        };
        size_t e = pg_graph_add_edge(g, (size_t)x->node_of[pg_entity_root(an, rel->source)],
                                     (size_t)x->node_of[pg_entity_root(an, rel->target)], rel->type);
        pg_graph_edge_add_evidence(g, e, &ev);
    }
}

/* The extractor's own working memory, like the analysis's: what one
 * outsized document grew past PG_KEEP_BYTES is given back. */
static void release_outsized(pg_extractor *x)
{
    pg_buf_trim(&x->text, PG_KEEP_BYTES);
    pg_buf_trim(&x->quote, PG_KEEP_BYTES);
    pg_buf_trim(&x->id, PG_KEEP_BYTES);
    pg_buf_trim(&x->texts, PG_KEEP_BYTES);
    pg_buf_trim(&x->ids, PG_KEEP_BYTES);
    pg_buf_trim(&x->doc, PG_KEEP_BYTES);
    PG_TRIM(x->sent_text, x->sent_text_cap, PG_KEEP_BYTES);
    PG_TRIM(x->sent_quote, x->sent_quote_cap, PG_KEEP_BYTES);
    PG_TRIM(x->quote_text_off, x->quote_text_cap, PG_KEEP_BYTES);
    PG_TRIM(x->node_of, x->node_of_cap, PG_KEEP_BYTES);
    PG_TRIM(x->id_off, x->id_off_cap, PG_KEEP_BYTES);
    PG_TRIM(x->prep, x->prep_cap, PG_KEEP_BYTES);
}

/* Is `title` a headline to analyse before `text`: one line, not too long,
 * not in capitals (a wire headline, "FED SAYS ...", whose text says it
 * again: read in capitals it gave more misread names than relations), and
 * not already the text's first line (a Markdown or plain-text file's
 * title is read from there)? */
static int headline_title(const char *title, const char *text, size_t len)
{
    size_t n = title ? strlen(title) : 0;
    if (!n || n > MAX_HEADLINE_BYTES || strpbrk(title, "\r\n"))
        return 0;
    size_t lower = 0;
    for (size_t k = 0; k < n; k++) {
        if (title[k] == '&') /* an HTML entity's name: "&lt;SRD>" */
            while (k + 1 < n && ((title[k + 1] >= 'a' && title[k + 1] <= 'z') || title[k + 1] == '#'))
                k++;
        else
            lower += title[k] >= 'a' && title[k] <= 'z';
    }
    if (!lower)
        return 0;
    size_t i = 0;
    while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n' || text[i] == '#'))
        i++;
    return !(len - i >= n && memcmp(text + i, title, n) == 0);
}

void pg_extract_analyse(pg_extractor *x, const pg_article *a)
{
    pg_analysis *an = &x->an;
    pg_analysis_reset(an);
    release_outsized(x);
    an->text = a->text ? a->text : "";
    an->len = a->text ? a->len : 0;
    an->head = x->title_sents = 0;
    if (headline_title(a->title, an->text, an->len) && an->len <= PG_MAX_DOCUMENT_BYTES - MAX_HEADLINE_BYTES - 2) {
        pg_buf_reset(&x->doc);
        pg_buf_adds(&x->doc, a->title);
        pg_buf_add(&x->doc, "\n\n", 2);
        an->head = (uint32_t)x->doc.len;
        pg_buf_add(&x->doc, an->text, an->len);
        an->text = x->doc.p;
        an->len = x->doc.len;
    }
    an->doc_id = a->id ? a->id : "";
    an->warn = x->opts.warn;
    an->warn_ctx = x->opts.warn_ctx;
    an->host = x->opts.host && *x->opts.host ? x->opts.host : NULL;
    if (a->date && pg_date_valid(a->date))
        memcpy(an->doc_date, a->date, 11);
    pg_segment(an, pg_lexicon_is_abbrev, x->lex);
    while (x->title_sents < an->nsents && an->sents[x->title_sents].start < an->head)
        x->title_sents++;
    pg_recognise(an, x->lex);
    pg_resolve(an, x->lex);
    pg_relate(an, x->lex);
    prepare(x);
}

void pg_extract_emit(pg_extractor *x, const pg_article *a, pg_graph *g) { build_graph(x, a, g); }

int pg_extract_article(pg_extractor *x, const pg_article *a, pg_graph *g)
{
    pg_extract_analyse(x, a);
    pg_extract_emit(x, a, g);
    return 0;
}

/* ---- explanation ---- */

static const char *mention_kind_name(unsigned k)
{
    switch (k) {
    case MK_PERSON: return "person";
    case MK_ACTOR: return "actor";
    case MK_DEMONYM: return "demonym";
    case MK_PRONOUN: return "pronoun";
    case MK_DESC: return "description";
    case MK_GROUP: return "group";
    }
    return "?";
}

static const char *entity_label(const pg_analysis *an, int32_t e)
{
    e = pg_entity_root(an, e);
    return e >= 0 ? an->ents[e].label : "-";
}

int pg_extract_explain(pg_extractor *x, const pg_article *a, FILE *out)
{
    pg_graph *g = pg_graph_new();
    pg_extract_article(x, a, g);
    pg_graph_free(g);
    pg_analysis *an = &x->an;
    pg_buf b = {0};
    /* sentences numbered as evidence numbers them: the title's apart */
    fprintf(out, "document %s (%zu bytes, %zu sentences%s, %zu quotations, date %s)\n", a->id,
            (size_t)(an->len - an->head), (size_t)(an->nsents - x->title_sents),
            x->title_sents ? " and a title" : "", an->nquotes, an->doc_date[0] ? an->doc_date : "unknown");
    size_t mi = 0;
    for (size_t s = 0; s < an->nsents; s++) {
        const pg_sentence *st = &an->sents[s];
        pg_buf_reset(&b);
        pg_span_text(an, st->tok_begin, st->tok_end, 0, &b);
        if (s < x->title_sents)
            fprintf(out, "\n[title %zu]", s);
        else
            fprintf(out, "\n[%zu]", s - x->title_sents);
        fprintf(out, "%s%s %s\n", (st->flags & SF_HEADLINE) ? " (headline)" : "",
                (st->flags & SF_SIGNATURE) ? " (signature)" : "", b.p ? b.p : "");
        for (mi = 0; mi < an->nments; mi++) {
            const pg_mention *m = &an->ments[mi];
            if (m->sent != s)
                continue;
            pg_buf_reset(&b);
            pg_span_text(an, m->full_begin, m->tok_end, 0, &b);
            int32_t q = an->toks[m->tok_begin].quote;
            fprintf(out, "    %-11s \"%s\" -> %s%s%s%s%s%s\n", mention_kind_name(m->kind), b.p ? b.p : "",
                    entity_label(an, m->entity), (m->flags & MF_MODIFIER) ? " [modifier]" : "",
                    (m->flags & MF_SUBJECT) ? " [subject]" : "",
                    (m->kind == MK_PERSON && !(m->flags & MF_CONFIRMED)) ? " [candidate]" : "",
                    (m->flags & MF_VOCATIVE) ? " [addressed]" : "", q >= 0 ? " [quoted]" : "");
        }
        for (size_t c = 0; c < an->ncues; c++) {
            const pg_cue_hit *h = &an->cues[c];
            if (an->toks[h->tok].sent != s)
                continue;
            static const char *const status[] = {"", " [negated]", " [not a clause]"};
            const pg_lex_cue *lc = &x->lex->cues[h->cue];
            pg_buf_reset(&b);
            pg_span_text(an, h->tok, h->tok + h->ntoks, 0, &b);
            fprintf(out, "    cue         \"%s\" %s, subject %s%s\n", b.p ? b.p : "",
                    lc->rel == REL_SPEECH ? "speech" : pg_rel_type_name((pg_rel_type)lc->rel),
                    entity_label(an, h->subject), status[h->status]);
        }
        for (size_t r = 0; r < an->nrels; r++) {
            const pg_relation *rel = &an->rels[r];
            if (rel->sent != s)
                continue;
            fprintf(out, "    => %s %s -> %s%s\n", pg_rel_type_name(rel->type), entity_label(an, rel->source),
                    entity_label(an, rel->target), rel->quote >= 0 ? " (quoted)" : "");
        }
    }
    fprintf(out, "\nquotations:\n");
    for (size_t q = 0; q < an->nquotes; q++) {
        const pg_quote *qq = &an->quotes[q];
        static const char *const kinds[] = {"marks", "post", "turn"};
        uint32_t s0 = an->toks[qq->open].sent, s1 = an->toks[qq->close].sent;
        if (s0 < x->title_sents)
            fprintf(out, "    #%zu %s title speaker %s, addressee %s\n", q, kinds[qq->kind],
                    entity_label(an, qq->speaker), entity_label(an, qq->addressee));
        else
            fprintf(out, "    #%zu %s sentences %u-%u speaker %s, addressee %s\n", q, kinds[qq->kind],
                    s0 - x->title_sents, s1 - x->title_sents, entity_label(an, qq->speaker),
                    entity_label(an, qq->addressee));
    }
    fprintf(out, "\nentities:\n");
    for (size_t e = 0; e < an->nents; e++) {
        const pg_entity *en = &an->ents[e];
        if (en->merged_into >= 0)
            continue;
        fprintf(out, "    %s (%s%s%s)%s mentions %u, affiliation %s\n", en->label, pg_actor_type_name(en->type), en->gender ? ", " : "", en->gender == 0x6d ? "he" : en->gender ? "she" : "",
                en->is_role == 2 ? " [common word, place or ambiguous name: no one]" : en->is_role ? " [role, no name]" : "", en->mentions, entity_label(an, en->aff));
    }
    fprintf(out, "main person: %s\n", entity_label(an, an->principal));
    pg_buf_free(&b);
    return ferror(out) ? -1 : 0;
}
