/* test_lexicon.c — the built-in word lists and user dictionaries. */
#include <criterion/criterion.h>
#include <string.h>

#include "analysis.h"
#include "lexicon.h"
#include "pipeline.h"
#include "segment.h"

/* Tokenizes `text` into `an` (initialised), replacing its tokens. */
static void tokenize(pg_analysis *an, const pg_lexicon *lex, const char *text)
{
    an->text = text;
    an->len = strlen(text);
    an->ntoks = 0;
    pg_tokenize(text, an->len, pg_lexicon_is_abbrev, lex, &an->toks, &an->ntoks, &an->toks_cap);
}

/* A new built-in lexicon with the user dictionary `json` loaded. */
static pg_lexicon *user_lexicon(const char *json)
{
    pg_error err = {0};
    pg_lexicon *lex = pg_lexicon_new(&err);
    cr_assert(lex, "%s", err.msg);
    cr_assert_eq(pg_lexicon_load_user_buffer(lex, json, strlen(json), "u.json", &err), 0, "%s", err.msg);
    return lex;
}

/* Matches `phrase` as an actor phrase from its first token. */
static int32_t actor_of(const pg_lexicon *lex, const char *phrase, int *how)
{
    pg_analysis an;
    pg_analysis_init(&an);
    tokenize(&an, lex, phrase);
    int32_t a = -1;
    int poss;
    size_t n = pg_lexicon_match_actor(lex, &an, 0, an.ntoks, &a, how, &poss);
    if (n != an.ntoks)
        a = -1;
    pg_analysis_free(&an);
    return a;
}

static const char *label_of(const pg_lexicon *lex, const char *phrase)
{
    int how;
    int32_t a = actor_of(lex, phrase, &how);
    return a >= 0 ? lex->actors[a].label : "(none)";
}

Test(lexicon, countries_by_name_alias_seat_and_demonym)
{
    const pg_lexicon *lex = test_lexicon();
    cr_assert_str_eq(label_of(lex, "U.S."), "United States");
    cr_assert_str_eq(label_of(lex, "United States of America"), "United States");
    cr_assert_str_eq(label_of(lex, "Russian Federation"), "Russia");
    cr_assert_str_eq(label_of(lex, "Kremlin"), "Russia");
    cr_assert_str_eq(label_of(lex, "Kyiv"), "Ukraine");
    cr_assert_str_eq(label_of(lex, "Kiev"), "Ukraine");
    int how;
    cr_assert_geq(actor_of(lex, "Estonian", &how), 0);
    cr_assert_eq(how, LA_DEMONYM);
    cr_assert_geq(actor_of(lex, "Ukrainians", &how), 0);
    cr_assert_eq(how, LA_DEMONYM_PLURAL);
    cr_assert_geq(actor_of(lex, "Moscow", &how), 0);
    cr_assert_eq(how, LA_SEAT);
}

Test(lexicon, a_seat_means_the_state_that_held_it_on_the_date)
{
    const pg_lexicon *lex = test_lexicon();
    int how;
    int32_t moscow = actor_of(lex, "Moscow", &how), kremlin = actor_of(lex, "Kremlin", &how);
    cr_assert_str_eq(lex->actors[moscow].label, "Russia");
    cr_assert_str_eq(lex->actors[pg_lexicon_seat_actor(lex, moscow, "1991-12-25")].label, "Soviet Union");
    cr_assert_str_eq(lex->actors[pg_lexicon_seat_actor(lex, kremlin, "1987-03-01")].label, "Soviet Union");
    cr_assert_str_eq(lex->actors[pg_lexicon_seat_actor(lex, moscow, "1991-12-26")].label, "Russia");
    cr_assert_str_eq(lex->actors[pg_lexicon_seat_actor(lex, moscow, "")].label, "Russia"); /* no date: today's */
    int32_t kyiv = actor_of(lex, "Kyiv", &how);
    cr_assert_eq(pg_lexicon_seat_actor(lex, kyiv, "1987-03-01"), kyiv); /* no former state listed */
    cr_assert_eq(pg_lexicon_seat_actor(lex, -1, "1987-03-01"), -1);
}

Test(lexicon, every_un_member_state_is_known)
{
    const pg_lexicon *lex = test_lexicon();
    size_t countries = 0;
    for (size_t i = 0; i < lex->nactors; i++)
        if (lex->actors[i].type == PG_ACTOR_COUNTRY)
            countries++;
    cr_assert_geq(countries, 193);
}

Test(lexicon, organizations_with_acronyms)
{
    const pg_lexicon *lex = test_lexicon();
    cr_assert_str_eq(label_of(lex, "NATO"), "NATO");
    cr_assert_str_eq(label_of(lex, "EU"), "European Union");
    cr_assert_str_eq(label_of(lex, "Collective Security Treaty Organisation"), "CSTO");
    cr_assert_str_eq(label_of(lex, "Tories"), "Conservative Party");
    /* U.S. federal agencies, by acronym, in full, with "U.S." */
    cr_assert_str_eq(label_of(lex, "SEC"), "Securities and Exchange Commission");
    cr_assert_str_eq(label_of(lex, "U.S. Food and Drug Administration"), "Food and Drug Administration");
    cr_assert_str_eq(label_of(lex, "Agriculture Department"), "Department of Agriculture");
    cr_assert_str_eq(label_of(lex, "ICC"), "International Criminal Court");
}

Test(lexicon, titles_cues_and_word_classes)
{
    const pg_lexicon *lex = test_lexicon();
    pg_analysis an;
    pg_analysis_init(&an);
    tokenize(&an, lex, "Sen. Defense Secretary held talks with");
    int32_t t, cue;
    cr_assert_eq(pg_lexicon_match_title(lex, &an, 0, an.ntoks, &t), 1);
    cr_assert_str_eq(lex->titles[t].canonical, "Senator");
    cr_assert_eq(pg_lexicon_match_title(lex, &an, 1, an.ntoks, &t), 2);
    cr_assert_str_eq(lex->titles[t].canonical, "Defense Secretary");
    cr_assert_eq(pg_lexicon_match_cue(lex, &an, 3, an.ntoks, &cue), 3);
    cr_assert_eq(lex->cues[cue].rel, PG_REL_MEETING);
    pg_analysis_free(&an);
}

Test(lexicon, word_classes_of_a_text)
{
    const pg_lexicon *lex = test_lexicon();
    /* any case, as the prefix of a hyphenated surname is written ("al-Assad") */
    cr_assert(pg_lexicon_word_class_text(lex, "al", 2) & WC_PARTICLE);
    cr_assert(pg_lexicon_word_class_text(lex, "El", 2) & WC_PARTICLE);
    cr_assert(pg_lexicon_word_class_text(lex, "bin-Laden", 3) & WC_PARTICLE);
    cr_assert_eq(pg_lexicon_word_class_text(lex, "oil", 3) & WC_PARTICLE, 0);
    cr_assert_eq(pg_lexicon_word_class_text(lex, "Zyxwv", 5), 0);
    cr_assert_eq(pg_lexicon_word_class_text(lex, "", 0), 0);
}

Test(lexicon, common_words_are_found_in_place)
{
    const pg_lexicon *lex = test_lexicon();
    /* the list is searched by bisection: it must be sorted, one word a
     * line, and every word of it found */
    cr_assert(lex->common_len > 100000);
    const char *text = lex->common, *end = text + lex->common_len;
    for (const char *a = text, *b; a < end; a = b) {
        const char *nl = memchr(a, '\n', (size_t)(end - a));
        b = nl ? nl + 1 : end;
        if (b >= end)
            break;
        const char *nl2 = memchr(b, '\n', (size_t)(end - b));
        size_t la = (size_t)(nl - a), lb = (size_t)((nl2 ? nl2 : end) - b);
        int c = memcmp(a, b, la < lb ? la : lb);
        cr_assert(c < 0 || (c == 0 && la < lb), "not sorted: %.*s before %.*s", (int)la, a, (int)lb, b);
        /* every word is found, the first and the last too */
        cr_assert(pg_lexicon_common_word(lex, a, la), "%.*s", (int)la, a);
    }
    cr_assert(pg_lexicon_common_word(lex, "Further", 7));
    cr_assert(pg_lexicon_common_word(lex, "MEASURES", 8));
    cr_assert(pg_lexicon_common_word(lex, "accountability", 14));
    /* names that are words too are not in it */
    cr_assert_not(pg_lexicon_common_word(lex, "Baker", 5));
    cr_assert_not(pg_lexicon_common_word(lex, "Hope", 4));
    cr_assert_not(pg_lexicon_common_word(lex, "Miller", 6));
    cr_assert_not(pg_lexicon_common_word(lex, "Golikova", 8));
    cr_assert_not(pg_lexicon_common_word(lex, "Pence", 5)); /* surnames the word list gives only as words */
    cr_assert_not(pg_lexicon_common_word(lex, "Xi", 2));
    /* nor anything that is not a plain word */
    cr_assert_not(pg_lexicon_common_word(lex, "", 0));
    cr_assert_not(pg_lexicon_common_word(lex, "furthe", 6));
    cr_assert_not(pg_lexicon_common_word(lex, "furtherz", 8));
    cr_assert_not(pg_lexicon_common_word(lex, "no-no", 5));
    cr_assert_not(pg_lexicon_common_word(lex, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 40));
    cr_assert_not(pg_lexicon_common_word(lex, "zzzzzz", 6));
}

Test(lexicon, user_dictionary_adds_merges_and_ignores)
{
    const char *json = "{\"actors\": ["
                       " {\"name\": \"Norland Liberation Front\", \"type\": \"organization\", \"aliases\": [\"NLF\"],"
                       "  \"affiliation\": \"Norway\"},"
                       " {\"name\": \"NATO\", \"aliases\": [\"the Atlantic club\", \"Atlantic Club\"]}"
                       "], \"ignore\": [\"Getty Images\"]}";
    pg_lexicon *lex = user_lexicon(json);
    cr_assert_str_eq(label_of(lex, "NLF"), "Norland Liberation Front");
    cr_assert_str_eq(label_of(lex, "Atlantic Club"), "NATO");
    int how;
    actor_of(lex, "Getty Images", &how);
    cr_assert_eq(how, LA_IGNORE);
    int32_t nlf = actor_of(lex, "NLF", &how);
    cr_assert_str_eq(lex->actors[lex->actors[nlf].country].label, "Norway");
    pg_lexicon_free(lex);
}

Test(lexicon, user_dictionary_errors_name_the_problem)
{
    pg_error err = {0};
    pg_lexicon *lex = pg_lexicon_new(&err);
    const char *bad = "{\"actors\": [ {\"name\": \"X\" ]}";
    cr_assert_eq(pg_lexicon_load_user_buffer(lex, bad, strlen(bad), "u.json", &err), -1);
    cr_assert(strstr(err.msg, "u.json:1:"), "%s", err.msg);
    const char *notype = "{\"actors\": [{\"name\": \"Someone New\"}]}";
    cr_assert_eq(pg_lexicon_load_user_buffer(lex, notype, strlen(notype), "u.json", &err), -1);
    cr_assert(strstr(err.msg, "needs a \"type\""), "%s", err.msg);
    const char *badtype = "{\"actors\": [{\"name\": \"Someone\", \"type\": \"planet\"}]}";
    cr_assert_eq(pg_lexicon_load_user_buffer(lex, badtype, strlen(badtype), "u.json", &err), -1);
    cr_assert(strstr(err.msg, "planet"), "%s", err.msg);
    cr_assert_eq(pg_lexicon_load_user(lex, "tests/fixtures/no-such-lexicon.json", &err), -1);
    cr_assert_eq(err.code, PG_ERR_IO);
    pg_lexicon_free(lex);
}

Test(lexicon, user_actor_is_extracted)
{
    const char *json = "{\"actors\": [{\"name\": \"Vega Institute\", \"type\": \"organization\", \"aliases\": [\"VI\"]}]}";
    pg_lexicon *lex = user_lexicon(json);
    pg_article a = {.id = "t", .title = "", .date = "", .source = "", .url = "",
                    .text = "The VI condemned Norway on Monday.", .len = 34};
    pg_extractor *x = pg_extractor_new(lex, NULL);
    pg_graph *g = pg_graph_new();
    pg_extract_article(x, &a, g);
    assert_edge(g, "Vega Institute", "Norway", PG_REL_CRITICISM);
    pg_graph_free(g);
    pg_extractor_free(x);
    pg_lexicon_free(lex);
}

Test(lexicon, user_people_are_names_without_cues)
{
    const char *json = "{\"actors\": [{\"name\": \"Ivan Sokol\", \"type\": \"person\", \"aliases\": [\"Sokol\"],"
                       " \"affiliation\": \"Serbia\"}]}";
    pg_lexicon *lex = user_lexicon(json);
    const char *text = "Ivan Sokol arrived late. President Ivan Sokol praised Croatia. Sokol's aides met Slovenia.";
    pg_article a = {.id = "t", .title = "", .date = "", .source = "", .url = "", .text = (char *)text,
                    .len = strlen(text)};
    pg_extractor *x = pg_extractor_new(lex, NULL);
    pg_graph *g = pg_graph_new();
    pg_extract_article(x, &a, g);
    pg_graph_sort(g);
    cr_assert_eq(pg_graph_find_node(g, "ivan-sokol") >= 0, 1, "one node, id from the label");
    cr_assert(node_has_alias(g, "Ivan Sokol", "President Ivan Sokol"));
    assert_edge(g, "Ivan Sokol", "Croatia", PG_REL_SUPPORT);
    cr_assert_eq(node_by_label(g, "Sokol"), -1);
    pg_graph_free(g);
    pg_extractor_free(x);
    pg_lexicon_free(lex);
}

/* Phrase matching stops where no phrase goes on; user entries that are
 * prefixes of built-in phrases, or extend them, keep both matching. */
Test(lexicon, phrases_that_are_prefixes_of_others)
{
    cr_assert_str_eq(label_of(test_lexicon(), "United States"), "United States");
    cr_assert_str_eq(label_of(test_lexicon(), "United"), "(none)", "a prefix alone is no phrase");
    pg_lexicon *lex = user_lexicon("{\"actors\": ["
                                   " {\"name\": \"United Front\", \"type\": \"organization\"},"
                                   " {\"name\": \"European Union Delegation to Norland\", \"type\": \"organization\"}"
                                   "], \"ignore\": [\"European\"]}");
    cr_assert_str_eq(label_of(lex, "United States"), "United States");
    cr_assert_str_eq(label_of(lex, "United Front"), "United Front");
    cr_assert_str_eq(label_of(lex, "European Union"), "European Union");
    cr_assert_str_eq(label_of(lex, "European Union Delegation to Norland"), "European Union Delegation to Norland");
    int how = -1;
    actor_of(lex, "European", &how);
    cr_assert_eq(how, LA_IGNORE, "an ignored word that starts longer phrases");
    /* the longest phrase wins; a partial longer one falls back to the
     * phrase it extends */
    pg_analysis an;
    pg_analysis_init(&an);
    tokenize(&an, lex, "European Union Delegation met");
    int32_t a;
    int poss;
    cr_assert_eq(pg_lexicon_match_actor(lex, &an, 0, an.ntoks, &a, &how, &poss), 2);
    cr_assert_str_eq(lex->actors[a].label, "European Union");
    pg_analysis_free(&an);
    pg_lexicon_free(lex);
}

/* The word cache an analysis keeps across documents belongs to one state
 * of one lexicon: after the lexicon changes it is filled again. */
Test(lexicon, word_cache_follows_lexicon_changes)
{
    pg_error err = {0};
    pg_lexicon *lex = pg_lexicon_new(&err);
    cr_assert(lex, "%s", err.msg);
    pg_analysis an;
    pg_analysis_init(&an);
    tokenize(&an, lex, "Zorblat");
    int32_t a = -1;
    int how, poss;
    cr_assert_eq(pg_lexicon_match_actor(lex, &an, 0, an.ntoks, &a, &how, &poss), 0);
    const char *json = "{\"actors\": [{\"name\": \"Zorblat\", \"type\": \"organization\"}]}";
    cr_assert_eq(pg_lexicon_load_user_buffer(lex, json, strlen(json), "u.json", &err), 0, "%s", err.msg);
    tokenize(&an, lex, "Zorblat"); /* the same analysis, tokens afresh: the cache outlives them */
    cr_assert_eq(pg_lexicon_match_actor(lex, &an, 0, an.ntoks, &a, &how, &poss), 1);
    cr_assert_str_eq(lex->actors[a].label, "Zorblat");
    pg_analysis_free(&an);
    pg_lexicon_free(lex);
}
