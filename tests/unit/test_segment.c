/* test_segment.c — tokens, sentences and quotations. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "lexicon.h"
#include "pipeline.h"
#include "segment.h"

static pg_analysis an;

static void segment(const char *text)
{
    pg_analysis_init(&an);
    an.text = text;
    an.len = strlen(text);
    an.doc_id = "t";
    pg_segment(&an, pg_lexicon_is_abbrev, test_lexicon());
}

static void done(void) { pg_analysis_free(&an); }

TestSuite(segment, .fini = done);

/* The text of sentence i. */
static const char *sentence(size_t i)
{
    static pg_buf b;
    pg_buf_reset(&b);
    pg_span_text(&an, an.sents[i].tok_begin, an.sents[i].tok_end, 0, &b);
    return b.p ? b.p : "";
}

Test(segment, abbreviations_and_initials_do_not_end_sentences)
{
    segment("Sen. Richard Roe met U.S. officials on Feb. 12 in Washington. Adam B. Schiff said no. Mr. Lee left.");
    cr_assert_eq(an.nsents, 3, "got %zu sentences", an.nsents);
    cr_assert_str_eq(sentence(1), "Adam B. Schiff said no.");
}

Test(segment, an_initial_is_one_capital_letter)
{
    /* a temperature ends its sentence; an accented initial does not */
    segment("Temperatures rose by 1.5C. For the sake of it, \xc3\x89. Macron spoke. He left.");
    cr_assert_eq(an.nsents, 3, "got %zu sentences", an.nsents);
    cr_assert_str_eq(sentence(0), "Temperatures rose by 1.5C.");
    cr_assert_str_eq(sentence(1), "For the sake of it, \xc3\x89. Macron spoke.");
}

Test(segment, acronym_can_end_a_sentence)
{
    segment("The talks were held in the U.S. The ministers left on Monday.");
    cr_assert_eq(an.nsents, 2);
    cr_assert_str_eq(sentence(1), "The ministers left on Monday.");
}

Test(segment, possessives_and_acronyms_are_one_token)
{
    segment("NATO's chief met the E.U. envoy and Hegseth’s aide.");
    cr_assert(pg_tok_is(&an, 0, "NATO's"));
    cr_assert(an.toks[0].flags & TF_POSS);
    cr_assert_eq(an.toks[0].base_end - an.toks[0].start, 4);
    int found = 0;
    for (size_t i = 0; i < an.ntoks; i++)
        if (pg_tok_is(&an, i, "E.U."))
            found = 1;
    cr_assert(found, "E.U. is one token");
}

Test(segment, quotation_spanning_sentences)
{
    segment("\"We met. It went well,\" Roe said. Then he left.");
    cr_assert_eq(an.nquotes, 1);
    cr_assert_eq(an.nsents, 3);
    cr_assert_eq(an.toks[an.quotes[0].open].sent, 0);
    cr_assert_eq(an.toks[an.quotes[0].close].sent, 1);
    /* tokens inside know their quotation, tokens after do not */
    cr_assert_eq(an.toks[1].quote, 0);
    cr_assert_eq(an.toks[an.ntoks - 2].quote, -1);
}

Test(segment, curly_quotes_and_non_breaking_spaces)
{
    segment("“Peace is near,” said\xC2\xA0Roe.");
    cr_assert_eq(an.nquotes, 1);
    cr_assert(an.toks[0].kind == TK_QUOTE && (an.toks[0].flags & TF_OPEN));
    cr_assert(pg_tok_is(&an, an.ntoks - 2, "Roe"));
}

Test(segment, headline_without_final_period)
{
    segment("Leaders meet in Oslo\n\nThe prime minister arrived on Monday.");
    cr_assert_eq(an.nsents, 2);
    cr_assert(an.sents[0].flags & SF_HEADLINE);
    cr_assert(!(an.sents[1].flags & SF_HEADLINE));
}

Test(segment, each_line_is_a_paragraph_unless_hard_wrapped)
{
    segment("First line without a period\nSecond line without a period\n");
    cr_assert_eq(an.nsents, 2);
    done();
    segment("The finance minister said on Tuesday that the government\n"
            "would cut taxes next year, adding that the central bank\n"
            "would keep rates unchanged for the rest of the quarter\n"
            "and that inflation was expected to fall in the spring.\n"
            "    A spokesman for the ministry declined to comment.\n");
    cr_assert_eq(an.nsents, 2, "hard-wrapped lines are joined (%zu sentences)", an.nsents);
}

Test(segment, markdown_images_and_urls_are_skipped_but_offsets_kept)
{
    const char *text = "Roe spoke. ![](https://x.org/a.jpg) See https://t.co/abc now.";
    segment(text);
    cr_assert_eq(an.nsents, 2);
    cr_assert_str_eq(sentence(1), "See now.");
    /* byte offsets point into the original text */
    cr_assert_eq(an.sents[0].start, 0);
    cr_assert_eq(strncmp(text + an.sents[1].start, "![](", 4), 0);
}

Test(segment, markdown_link_keeps_its_text)
{
    segment("[Roe](https://x.org/roe) met Lee.");
    cr_assert_str_eq(sentence(0), "Roe met Lee.");
}

Test(segment, long_sentences_are_split_with_a_warning)
{
    static int warned;
    pg_buf text = {0};
    for (int i = 0; i < 1200; i++)
        pg_buf_adds(&text, "word ");
    pg_analysis_init(&an);
    an.text = text.p;
    an.len = text.len;
    an.doc_id = "long";
    an.warn = (pg_warn_fn)(void (*)(void))0;
    pg_segment(&an, pg_lexicon_is_abbrev, test_lexicon());
    (void)warned;
    cr_assert_geq(an.nsents, 3);
    for (size_t s = 0; s < an.nsents; s++)
        cr_assert_leq(an.sents[s].tok_end - an.sents[s].tok_begin, PG_MAX_SENTENCE_TOKENS);
    pg_buf_free(&text);
}

Test(segment, huge_token_is_linear_and_skipped)
{
    size_t n = 1 << 20;
    char *text = malloc(n + 1);
    memset(text, 'a', n);
    text[n] = 0;
    segment(text);
    cr_assert_eq(an.ntoks, 1);
    cr_assert(an.toks[0].flags & TF_SKIP);
    done();
    free(text);
    pg_analysis_init(&an);
}

static char limit_warnings[1024];

static void collect_warning(void *ctx, const char *msg)
{
    (void)ctx;
    strncat(limit_warnings, msg, sizeof limit_warnings - strlen(limit_warnings) - 2);
    strcat(limit_warnings, "\n");
}

Test(segment, limits_are_applied_with_one_warning_each)
{
    pg_buf text = {0};
    pg_buf_adds(&text, "Lima met ");
    for (int i = 0; i < 300; i++)
        pg_buf_addc(&text, 'x');
    pg_buf_adds(&text, " and ");
    for (int i = 0; i < 300; i++)
        pg_buf_addc(&text, 'y');
    for (int i = 0; i < 1200; i++)
        pg_buf_adds(&text, " word");
    pg_analysis_init(&an);
    an.text = text.p;
    an.len = text.len;
    an.doc_id = "limits";
    an.warn = collect_warning;
    limit_warnings[0] = 0;
    pg_segment(&an, pg_lexicon_is_abbrev, test_lexicon());
    cr_assert(strstr(limit_warnings, "limits: a word longer than 256 bytes was skipped (byte 9)\n"), "%s",
              limit_warnings);
    cr_assert(strstr(limit_warnings, "limits: a sentence longer than 512 tokens was split (byte 0)\n"), "%s",
              limit_warnings);
    cr_assert_eq(strlen(limit_warnings),
                 strlen("limits: a word longer than 256 bytes was skipped (byte 9)\n"
                        "limits: a sentence longer than 512 tokens was split (byte 0)\n"),
                 "one warning per limit: %s", limit_warnings);
    pg_buf_free(&text);
}

Test(segment, html_entities_are_skipped)
{
    segment("Acme &lt;ACME.N&gt; said &amp; rose.");
    for (size_t i = 0; i < an.ntoks; i++)
        cr_assert(!pg_tok_is(&an, i, "lt"), "entity split into words");
}

/* Word flags and ends are the same whichever path scans the word: eight
 * bytes at a time, byte by byte near the end of the text, or the general
 * scanner for words that go on past ' - . & or non-ASCII bytes. */
Test(segment, word_flags_do_not_depend_on_word_length_or_position)
{
    static const struct {
        const char *word;
        unsigned kind, flags;
    } cases[] = {
        {"I", TK_WORD, TF_CAP | TF_UPPER},
        {"US", TK_WORD, TF_CAP | TF_ALLCAPS | TF_UPPER},
        {"NATO", TK_WORD, TF_CAP | TF_ALLCAPS | TF_UPPER},
        {"ABCDEFGHIJKLMNOPQRS", TK_WORD, TF_CAP | TF_ALLCAPS | TF_UPPER},
        {"abcdefgh", TK_WORD, 0},
        {"internationalization", TK_WORD, 0},
        {"Internationalization", TK_WORD, TF_CAP | TF_UPPER},
        {"aB", TK_WORD, TF_UPPER},
        {"x86", TK_WORD, TF_DIGIT},
        {"G20", TK_WORD, TF_CAP | TF_UPPER | TF_DIGIT},
        {"G7", TK_WORD, TF_CAP | TF_UPPER | TF_DIGIT},
        {"20G", TK_WORD, TF_UPPER | TF_DIGIT},
        {"1999", TK_NUM, TF_DIGIT},
        {"12345678901234567", TK_NUM, TF_DIGIT},
        {"Covid19vaccinations", TK_WORD, TF_CAP | TF_UPPER | TF_DIGIT},
        {"ÉLYSÉE", TK_WORD, TF_CAP | TF_ALLCAPS | TF_UPPER | TF_NONASCII},
        {"Zelensky’s", TK_WORD, TF_CAP | TF_UPPER | TF_NONASCII | TF_POSS},
        /* lengths around the tokenizer's 16-byte blocks, the class that
         * sets a flag at either side of a block's edge */
        {"abcdefghijklmno", TK_WORD, 0},
        {"abcdefghijklmnop", TK_WORD, 0},
        {"abcdefghijklmnoP", TK_WORD, TF_UPPER},
        {"abcdefghijklmnopQ", TK_WORD, TF_UPPER},
        {"ABCDEFGHIJKLMNOP", TK_WORD, TF_CAP | TF_ALLCAPS | TF_UPPER},
        {"Abcdefghijklmnopqrstuvwxyzabcde1", TK_WORD, TF_CAP | TF_UPPER | TF_DIGIT},
        {"abcdefghijklmnopqrstuvwxyzabcdef1", TK_WORD, TF_DIGIT},
        {"1234567890123456", TK_NUM, TF_DIGIT},
    };
    static const char *const before[] = {"", "x ", "abc ", "abcdefg "};
    static const char *const after[] = {"", ",", " y", ") and more words after it", "\xE2\x80\x9D"};
    const unsigned mask = TF_CAP | TF_ALLCAPS | TF_UPPER | TF_DIGIT | TF_NONASCII | TF_POSS;
    char text[128];
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
        for (size_t b = 0; b < 4; b++)
            for (size_t a = 0; a < 5; a++) {
                snprintf(text, sizeof text, "%s%s%s", before[b], cases[c].word, after[a]);
                segment(text);
                size_t k = strlen(before[b]) ? 1 : 0;
                const pg_token *t = &an.toks[k];
                cr_assert_eq(t->start, strlen(before[b]), "'%s'", text);
                cr_assert_eq(t->end, strlen(before[b]) + strlen(cases[c].word), "'%s': end %u", text, t->end);
                cr_assert_eq(t->kind, cases[c].kind, "'%s': kind %u", text, t->kind);
                cr_assert_eq(t->flags & mask, cases[c].flags, "'%s': flags %#x, want %#x", text, t->flags & mask,
                             cases[c].flags);
                pg_analysis_free(&an);
            }
}

/* An outsized document's tokens take what it needs, not the next power of
 * two, and the arrays it grew past PG_KEEP_BYTES are released when the
 * next document starts; a typical document's are kept for reuse. */
Test(segment, outsized_document_arrays_are_sized_then_released)
{
    const char *para = "Ms. Roe met the President of Ruritania in the capital, and they spoke for an hour.\n\n";
    size_t plen = strlen(para), copies = 6000;
    char *big = malloc(plen * copies + 1);
    for (size_t i = 0; i < copies; i++)
        memcpy(big + i * plen, para, plen);
    big[plen * copies] = '\0';
    segment(big);
    size_t n = an.ntoks;
    cr_assert_gt(an.toks_cap * sizeof *an.toks, PG_KEEP_BYTES);
    cr_assert_leq(an.toks_cap, n + n / 8, "capacity %zu for %zu tokens", an.toks_cap, n);
    pg_analysis_reset(&an);
    cr_assert_null(an.toks);
    cr_assert_eq(an.toks_cap, 0);
    cr_assert_eq(an.sents_cap * sizeof *an.sents <= PG_KEEP_BYTES, 1);
    free(big);
    pg_analysis_free(&an);
    segment("Ms. Roe met the President. They spoke.");
    pg_analysis_reset(&an);
    cr_assert_not_null(an.toks, "a small array is kept");
    cr_assert_gt(an.toks_cap, 0);
}

Test(segment, a_pages_name_echo_is_markup)
{
    segment("Chairman Valery Zorkin Zorkin ValeryConstitutional Court Chairman: Thank you.\n\n"
            "Anna Berg Berg said Berg Anna left.");
    cr_assert_str_eq(sentence(0), "Chairman Valery Zorkin: Thank you.");
    cr_assert_str_eq(sentence(1), "Anna Berg Berg said Berg Anna left.", "no echo: nothing glued");
}
