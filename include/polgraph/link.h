/* link.h — resolution across articles: the step after the corpus graph is
 * built that joins what no single article could.
 *
 * Coreference (resolve) works inside one article. An article that names a
 * person only by the surname ("Reagan said ...") gives a node of its own,
 * apart from the full name other articles give ("Ronald Reagan"), and
 * articles that write "Joe Biden" and "Joseph Biden", or "Kofi Annan" and
 * "Kofi Atta Annan", give two; wire copy's "Toshiba said" gives a person
 * beside the company "Toshiba Corp". Linking
 * folds the one into the other when the corpus graph says, with no other
 * reading open, that they are one person. It looks at the whole graph, so
 * it belongs after everything is in: at the end of `polgraph extract`, and
 * at the end of `polgraph merge` (shards are extracted without it).
 */
#ifndef POLGRAPH_LINK_H
#define POLGRAPH_LINK_H

#include <stddef.h>

#include "polgraph/graph.h"
#include "polgraph/lexicon.h"

/* The steps below, in this order: spellings, middle names and nicknames
 * ("Biden" then has one full name less to choose from), surnames, second
 * surnames ("Kiir" joins "Salva Kiir" before "Salva Kiir Mayardit" takes
 * both) and companies' names; again until none finds anything, so that linking
 * twice links no more than once. Returns how many nodes were folded away. */
size_t pg_link_names(pg_graph *g, const pg_lexicon *lex);

/* Folds a person node named "First Middle Last" (one or two middle names:
 * initials, given names, or capitalised words that are not common English
 * words) and the person node named "First Last" into one, when
 * - no other full name has that short form ("George H.W. Bush" and
 *   "George W. Bush" leave "George Bush" alone);
 * - the first name can be one (not a common word, a hyphenated modifier or
 *   an acronym);
 * - and the two share an affiliation or a title, or one of them has
 *   neither (a Minister and a spokesperson of the same name stay apart).
 * The more mentioned keeps its id and label (the full name on a tie) and
 * takes the other's as an alias, with its titles, mentions and edges.
 * Every choice depends only on the graph, and linking twice links no more
 * than once. Returns how many nodes were folded away. */
size_t pg_link_middle_names(pg_graph *g, const pg_lexicon *lex);

/* Joins a three-word person name whose last word is a second surname or a
 * suffix to the two-word name before it, when that is one node and the
 * three-word name the only one that shortens to it: "Daniel Ortega
 * Saavedra" and "Daniel Ortega", "Salva Kiir Mayardit" and "Salva Kiir",
 * "Oscar Wyatt Jr" and "Oscar Wyatt". The first word must have a given
 * name's shape and the last be no common word ("Nelson Mandela Decade" is
 * no one's name). As pg_link_middle_names otherwise; returns the nodes
 * folded away. */
size_t pg_link_second_surnames(pg_graph *g, const pg_lexicon *lex);

/* Folds person nodes of two words or more whose labels differ only in
 * doubled letters, spelling slips of one name ("Kofi Anan" and "Kofi
 * Annan", "Dennis Francis" and "Denis Francis", "Mohamed VI" and "Mohammed
 * VI", "Refaat el-Sayed" and "Reefat el-Sayed"): read with every run of a
 * letter as one, ignoring ASCII case. All of such a group join the most
 * mentioned (on a tie the smallest id), which keeps its id and label and
 * takes the others as aliases -- except one with an affiliation or title
 * that the chosen has other ones than (two people after all). Returns the
 * nodes folded away. */
size_t pg_link_spellings(pg_graph *g, const pg_lexicon *lex);

/* Folds a person node of one word, or of up to four, into the only
 * organization named so with a legal form ("Toshiba" into "Toshiba Corp",
 * "Santos" into "Santos Ltd", "Drexel Burnham Lambert" into "Drexel
 * Burnham Lambert Inc.": wire copy's "Toshiba said" is the company, read as
 * a surname where the article never gives the full name; a company folded
 * to its plain name, "Toshiba" with the alias "Toshiba Corp", counts), when
 * the company is named so at least as often as the person node ("Harris"
 * 8, "Harris Corp" 2: more likely a surname; "Chicago" and "Chicago Corp":
 * a place). Not a name whose first word is a known given name
 * (given_names.tsv: "David Jones"), nor a node with a title in capitals
 * ("President Carter" is a person). The organization keeps its id, label and type and
 * takes the word as an alias, with the mentions and relations. Returns the
 * nodes folded away. */
size_t pg_link_company_names(pg_graph *g, const pg_lexicon *lex);

/* Folds person nodes whose full names differ only in a nickname for the
 * first name ("Joe Biden", "Joseph Biden"; nicknames.tsv) and that share
 * an affiliation or a title (ASCII case ignored) with the most mentioned
 * (then the smaller id), which keeps its id and label, or with one that
 * joined it. A variant without a role in common stays apart ("Jim
 * Miller", President, is not "James Miller", budget director); so does a
 * group of more than 16 such names (none is real). Linking twice links no
 * more than once. Returns how many nodes were folded away. */
size_t pg_link_nicknames(pg_graph *g, const pg_lexicon *lex);

/* Folds each person node named by one word (a surname: "Reagan") into the
 * person node whose full name ends with that word ("Ronald Reagan"), when
 * - the word is not a given name (given_names.tsv: "Francis", "Ali" are as
 *   likely a first name or a different person);
 * - the full name is the one most mentioned of the person nodes ending
 *   with the word, with at least three times the mentions of all the
 *   others together ("Reagan": Ronald 40, Nancy 4, Michael 2 links to
 *   Ronald Reagan; "Miller" with six different Millers links to none);
 * - its first word is not a common English word, a hyphenated modifier or
 *   an acronym ("Mines Subroto", "Atlanta-based Delta", "GTE Sprint" are
 *   names read wrong, not people);
 * - and the full name has at least the surname's mentions, or the two
 *   share their affiliation or a title (a surname that is mentioned far
 *   more than the one full name it matches is likelier somebody else:
 *   "Saleh" 15 times, "Aguila Saleh" once).
 * A surname spelt another way ("Zelenskyy" for "Volodymyr Zelensky": "y"
 * read as "i") links the same way when no full name ends with it as
 * written, and only where the two share an affiliation or a title.
 * The full name keeps its id and label and takes the surname as an alias,
 * with its titles, mentions and edges (pg_graph_fold_nodes). Every choice
 * depends only on the graph, not on node order, and linking twice links no
 * more than once. Returns how many nodes were folded away. */
size_t pg_link_surnames(pg_graph *g, const pg_lexicon *lex);

/* Links a person named by one word to the one full name that opens with
 * it: a family name written first ("Xi" and "Xi Jinping") or a given name
 * the lexicon does not know ("President Lula", "Lula da Silva"). The word
 * is no given name of given_names.tsv or common English
 * word, no other person's full name opens or ends with it, and the two
 * share an affiliation or a title (a name read wrong, "Hudson" and "Hudson
 * Valley", shares none). Folds as pg_link_surnames; returns how many nodes
 * were folded away. */
size_t pg_link_family_names(pg_graph *g, const pg_lexicon *lex);

#endif
