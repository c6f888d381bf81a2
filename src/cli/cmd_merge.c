/* cmd_merge.c — `polgraph merge`: the reduce step. Unions graph files
 * (documents, nodes by id, edges by source/target/type with evidence
 * concatenated and weights summed) into one, then does what needs the
 * whole corpus: folding spellings and linking names (link.h). */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "polgraph/lexicon.h"
#include "polgraph/link.h"

static const char usage_text[] =
    "usage: polgraph merge [-o OUT.json] [--max-evidence N] [--shard] [-q] GRAPH.json...\n"
    "\n"
    "Combines graph files into one: documents by id, actors by id (aliases,\n"
    "titles and handles unioned, mentions summed), relations by (source,\n"
    "target, type) (evidence concatenated, weights summed). The result does\n"
    "not depend on the order of the inputs. Then, as at the end of 'polgraph\n"
    "extract', spellings and nicknames of one name are folded and a surname\n"
    "alone is linked to the full name (docs/FORMAT.md). Metrics are dropped: run\n"
    "'polgraph metrics --write' on the result.\n"
    "\n"
    "  -o, --output FILE     write here instead of standard output\n"
    "      --max-evidence N  keep at most N evidence items per relation (the\n"
    "                        first N by date, document, offset); weights still\n"
    "                        count all of them\n"
    "      --shard           the result will be merged again (a tree of merges):\n"
    "                        leave names unlinked, as 'extract --shard' does\n"
    "  -q, --quiet           no warnings\n"
    "  -h, --help            show this help\n";

int cmd_merge(int argc, char **argv)
{
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'}, {"max-evidence", required_argument, NULL, 'E'},
        {"quiet", no_argument, NULL, 'q'},        {"help", no_argument, NULL, 'h'},
        {"shard", no_argument, NULL, 'D'},        {NULL, 0, NULL, 0},
    };
    const char *out = NULL;
    long max_evidence = 0;
    int c, shard = 0;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:qh", opts, NULL)) != -1) {
        switch (c) {
        case 'o': out = optarg; break;
        case 'E':
            max_evidence = cli_parse_count(optarg);
            if (max_evidence < 0)
                return cli_misuse("merge", usage_text, "--max-evidence wants a number, not '%s'", optarg);
            break;
        case 'D': shard = 1; break;
        case 'q': cli_quiet = 1; break;
        case 'h': return cli_help(usage_text);
        case ':': return cli_misuse("merge", usage_text, "option '%s' needs a value", argv[optind - 1]);
        default: return cli_misuse("merge", usage_text, "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return cli_misuse("merge", usage_text, "no graph files given");

    pg_error err = {0};
    pg_graph *acc = pg_graph_new();
    pg_graph_set_max_evidence(acc, (size_t)max_evidence);
    for (int i = optind; i < argc; i++) {
        pg_graph *g = pg_graph_load_file(argv[i], &err);
        if (!g) {
            pg_graph_free(acc);
            return cli_fail("merge", &err);
        }
        pg_graph_merge(acc, g, cli_warn, "merge");
        pg_graph_free(g);
    }
    pg_graph_fold_variants(acc); /* spellings that met only in different shards */
    if (!shard) {
        /* linking reads the built-in word lists (given names, common words) */
        pg_lexicon *lex = pg_lexicon_new(&err);
        if (!lex) {
            pg_graph_free(acc);
            return cli_fail("merge", &err);
        }
        pg_link_names(acc, lex);
        pg_lexicon_free(lex);
    }
    int rc = pg_graph_save(acc, out, &err);
    pg_graph_free(acc);
    return rc == 0 ? 0 : cli_fail("merge", &err);
}
