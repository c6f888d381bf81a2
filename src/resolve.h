/* resolve.h — stage 4 of extraction: one entity per real-world actor.
 *
 * Turns the mentions of a document into entities and links every mention to
 * its entity:
 *   - countries and organizations by lexicon id (all names, seats and
 *     demonyms of a state are one entity), pattern organizations by name;
 *   - people by name: "Donald Trump", "Trump", "President Trump" are one
 *     entity; middle initials are ignored ("Adam B. Schiff" = "Adam
 *     Schiff"); a lone given name matches a known person ("Roberta");
 *     uncued name candidates are kept only when they match a cued person;
 *   - descriptions by title and affiliation ("the President of Ukraine" is
 *     the person whose title is President and whose country is Ukraine; "the
 *     Head of State" any head of state); a description no named person
 *     matches becomes a role, merged at the end into the one unaffiliated
 *     person it can stand for (readouts: "The President of Russia noted ...")
 *     or dropped;
 *   - he/she to the most recent compatible subject (same sentence first,
 *     then up to three sentences back), it/they to countries and
 *     organizations. I/we/you are resolved by relate, inside quotations.
 * Linear in the number of mentions times the (small) number of people in a
 * document.
 */
#ifndef PG_RESOLVE_H
#define PG_RESOLVE_H

#include "analysis.h"
#include "lexicon.h"

void pg_resolve(pg_analysis *an, const pg_lexicon *lex);

/* Is `t` a preposition (or similar) that makes the mention after it an
 * object rather than a subject? Shared with relate. */
int pg_is_preposition(const pg_lexicon *lex, const pg_analysis *an, size_t tok);

#endif
