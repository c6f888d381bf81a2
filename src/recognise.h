/* recognise.h — stage 3 of extraction: mentions of actors.
 *
 * Scans each sentence once, left to right, and records mentions:
 *   - countries, organizations, capitals/seats and demonyms from the lexicon;
 *   - organizations found by the shape of their name ("... Ministry",
 *     "Armed Forces of ...");
 *   - people found without a list of names: a capitalised name with a cue —
 *     a title or role before it ("U.S. Defense Secretary Pete Hegseth",
 *     "Prime Minister of Israel Naftali Bennett", "Estonian politician Marko
 *     Mihkelson"), an appositive after it ("Kaja Kallas, the EU's top
 *     diplomat,"), a relation verb after it ("Blumenthal argued"), a post
 *     signature ("— Name (@handle) Month D, YYYY") or a transcript label
 *     ("Vladimir Putin: ..."). Names without a cue are kept as candidates
 *     that the resolve stage accepts only if they match a cued person;
 *   - descriptions that stand for a person ("the President of Ukraine",
 *     "the Defense Secretary"), pronouns and groups ("the two leaders").
 * Also reads dates ("on Feb. 12", "February 12, 2025") and turns transcript
 * labels and signed posts into quotations with a known speaker position.
 */
#ifndef PG_RECOGNISE_H
#define PG_RECOGNISE_H

#include "analysis.h"
#include "lexicon.h"

void pg_recognise(pg_analysis *an, const pg_lexicon *lex);

#endif
