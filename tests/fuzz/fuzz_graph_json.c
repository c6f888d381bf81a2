/* fuzz_graph_json.c — libFuzzer target: the graph JSON loader
 * (pg_graph_load_buffer), and what runs on a graph once it has loaded:
 * merge, folding of name spellings, linking of names across articles,
 * metrics (igraph) and the JSON writer.
 *
 * Input: the bytes of a graph file.
 *
 * Oracles: a refusal names the file; an accepted graph written as JSON
 * loads back to the same bytes; merging it with itself gives a graph that
 * loads back too (weights and evidence stay consistent); folding and
 * linking give graphs that load back, and a second fold or link finds
 * nothing left; metrics either
 * succeed or fail with a message, and their values are finite.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "polgraph/graph.h"
#include "polgraph/lexicon.h"
#include "polgraph/link.h"
#include "polgraph/metrics.h"

#define FUZZ_GJ_NAME "fuzz.json"

static pg_lexicon *fuzz_gj_lex;

static int fuzz_graph_json_one(const uint8_t *data, size_t size)
{
    pg_error err = {0};
    pg_graph *g = pg_graph_load_buffer((const char *)data, size, FUZZ_GJ_NAME, &err);
    if (!g) {
        if (strncmp(err.msg, FUZZ_GJ_NAME, strlen(FUZZ_GJ_NAME)) != 0)
            fuzz_fail("load error does not name the file: %s", err.msg);
        return 0;
    }
    fuzz_check_round_trip(g, "loaded");

    /* merge with itself (and a cap): still a valid graph */
    pg_graph *m = pg_graph_new();
    pg_graph_set_max_evidence(m, size & 1 ? 1 : 0);
    size_t warnings = 0;
    pg_graph_merge(m, g, fuzz_warn, &warnings);
    pg_graph_merge(m, g, fuzz_warn, &warnings);
    fuzz_check_round_trip(m, "merged");
    /* spellings folded (as polgraph merge does): valid, and a second fold
     * finds nothing left */
    pg_graph_fold_variants(m);
    fuzz_check_round_trip(m, "folded");
    if (pg_graph_fold_variants(m) != 0)
        fuzz_fail("folding spellings twice folded more");
    /* names linked (as at the end of polgraph merge): the same */
    if (!fuzz_gj_lex) {
        fuzz_gj_lex = pg_lexicon_new(&err);
        if (!fuzz_gj_lex)
            fuzz_fail("pg_lexicon_new: %s", err.msg);
    }
    pg_link_names(m, fuzz_gj_lex);
    fuzz_check_round_trip(m, "linked");
    if (pg_link_names(m, fuzz_gj_lex) != 0)
        fuzz_fail("linking names twice linked more");
    pg_graph_free(m);

    /* metrics on small graphs (igraph cost grows fast with size) */
    if (pg_graph_node_count(g) <= 64 && pg_graph_edge_count(g) <= 256) {
        pg_metrics_opts mo;
        pg_metrics_opts_init(&mo);
        mo.undirected = (int)(size >> 1 & 1);
        mo.weighted = (int)(size >> 2 & 1);
        pg_metrics_summary s;
        if (pg_metrics_compute(g, &mo, &s, &err) == 0) {
            for (size_t i = 0; i < pg_graph_node_count(g); i++) {
                const pg_node *nd = pg_graph_node(g, i);
                for (size_t k = 0; k < nd->n_metrics; k++)
                    if (!isfinite(nd->metrics[k].value))
                        fuzz_fail("metric %s of '%s' is not finite", nd->metrics[k].name, nd->id);
            }
            fuzz_check_round_trip(g, "with metrics");
        } else if (!err.msg[0]) {
            fuzz_fail("pg_metrics_compute failed without a message");
        }
    }
    pg_graph_free(g);
    return 0;
}

#ifndef PG_FUZZ_NO_MAIN
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fuzz_graph_json_one(data, size); }
#endif
