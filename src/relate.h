/* relate.h — stage 5 of extraction: typed, directed relations with evidence.
 *
 * Reads the cues of cues.tsv in each sentence and attaches them to actors:
 *   - the subject: the nearest actor to the left that is not the object of a
 *     preposition (appositives and relative clauses are passed over), the
 *     main clause's subject for participles (", announcing ...") and
 *     coordinated verbs, the speaker for "I"/"we" inside a quotation, the
 *     possessor for nouns ("his telephone conversations with ...", "Macron's
 *     visit to Moscow"), the document's main person for headlines
 *     ("Telephone conversation with ...");
 *   - the objects: the actors right after the cue, with coordination ("with
 *     both A and B");
 *   - speech: the speaker states something about every actor named in what
 *     was said: the rest of the sentence (reported speech) or the quotation
 *     the cue introduces or follows ("...," Trump wrote / X wrote: "...").
 *     Signed posts and transcript turns are quotations of their signer or
 *     speaker. "you" is the addressee (vocative, or the other party).
 * Negated cues ("did not call") give nothing. Affiliations come from titles.
 */
#ifndef PG_RELATE_H
#define PG_RELATE_H

#include "analysis.h"
#include "lexicon.h"

void pg_relate(pg_analysis *an, const pg_lexicon *lex);

#endif
