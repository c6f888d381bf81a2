/* cmd_extract.c — `polgraph extract`: articles in, graph JSON out. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "polgraph/corpus.h"
#include "polgraph/extract.h"
#include "polgraph/lexicon.h"
#include "polgraph/outfile.h"
#include "polgraph/reader.h"

static const char usage_text[] =
    "usage: polgraph extract [options] [INPUT...]\n"
    "\n"
    "Reads news articles and writes the graph of political actors and their\n"
    "relations (graph JSON, see docs/FORMAT.md). INPUT is a text or Markdown\n"
    "file, a directory (searched recursively for .txt, .md and .jsonl files),\n"
    "a JSON Lines file (.jsonl: one {\"id\",\"date\",\"title\",\"source\",\"url\",\n"
    "\"text\"} per line) or - for standard input (the default).\n"
    "\n"
    "  -o, --output FILE       write the graph here (default: standard output)\n"
    "      --jsonl             read every input, and standard input, as JSON Lines\n"
    "  -L, --lexicon FILE      add actors from a JSON dictionary (docs/LEXICON.md);\n"
    "                          may be given several times\n"
    "      --since DATE        keep evidence dated DATE (YYYY-MM-DD) or later\n"
    "      --until DATE        keep evidence dated DATE or earlier\n"
    "      --max-evidence N    store at most N evidence items per relation (the\n"
    "                          earliest); weights still count all of them\n"
    "      --host NAME         the person the articles are published for (a head\n"
    "                          of state's press office): the one who takes part in\n"
    "                          the calls, meetings and visits of headlines without a\n"
    "                          subject (\"Meeting with ...\"); default: the person an\n"
    "                          article names most\n"
    "  -j, --jobs N            extract with N threads (default: number of cores);\n"
    "                          the output is the same for any N\n"
    "      --shard             the output is one part of a corpus for 'polgraph\n"
    "                          merge': leave names unlinked across articles\n"
    "                          (merge links them, over the whole corpus)\n"
    "      --explain           instead of the graph, write how each sentence was read:\n"
    "                          the actors found, what they resolved to, the relations\n"
    "  -k, --keep-going        skip unreadable inputs and malformed lines with a\n"
    "                          warning instead of stopping\n"
    "  -q, --quiet             no warnings, no progress\n"
    "  -v, --verbose           a summary line at the end\n"
    "  -h, --help              show this help\n"
    "\n"
    "Exit status: 0 on success, 1 when an input cannot be read (nothing is\n"
    "written then), 2 on a usage error.\n";

static int parse_date_opt(const char *v, const char *opt, const char **out)
{
    if (!pg_date_valid(v))
        return cli_misuse("extract", usage_text, "%s wants a date as YYYY-MM-DD, not '%s'", opt, v);
    *out = v;
    return 0;
}

/* --explain: the pipeline's account of each article, as text. */
static int explain_inputs(const cli_extract_opts *xo, const char *out, int ninputs, char **inputs)
{
    pg_error err = {0};
    pg_lexicon *lex = pg_lexicon_new(&err);
    if (!lex)
        return cli_fail("extract", &err);
    for (int i = 0; i < xo->nlexicons; i++)
        if (pg_lexicon_load_user(lex, xo->lexicons[i], &err) != 0) {
            pg_lexicon_free(lex);
            return cli_fail("extract", &err);
        }
    pg_reader_opts ro = {.jsonl = xo->jsonl, .keep_going = xo->keep_going, .warn = cli_warn, .warn_ctx = "extract"};
    pg_reader *r = pg_reader_new((const char *const *)inputs, (size_t)ninputs, &ro, &err);
    pg_outfile *o = r ? pg_outfile_open(out, &err) : NULL;
    if (!o) {
        pg_reader_free(r);
        pg_lexicon_free(lex);
        return cli_fail("extract", &err);
    }
    pg_extract_opts eo;
    pg_extract_opts_init(&eo);
    eo.warn = cli_warn;
    eo.warn_ctx = "extract";
    eo.host = xo->host;
    pg_extractor *x = pg_extractor_new(lex, &eo);
    pg_article a = {0};
    int rc, first = 1;
    while ((rc = pg_reader_next(r, &a, &err)) == 1) {
        if (!first)
            fputs("\n", pg_outfile_fp(o));
        first = 0;
        pg_extract_explain(x, &a, pg_outfile_fp(o));
    }
    pg_article_clear(&a);
    pg_extractor_free(x);
    pg_reader_free(r);
    pg_lexicon_free(lex);
    if (rc < 0) {
        pg_outfile_abort(o);
        return cli_fail("extract", &err);
    }
    return pg_outfile_commit(o, &err) == 0 ? 0 : cli_fail("extract", &err);
}

int cmd_extract(int argc, char **argv)
{
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'},  {"jsonl", no_argument, NULL, 'J'},
        {"lexicon", required_argument, NULL, 'L'}, {"since", required_argument, NULL, 'S'},
        {"until", required_argument, NULL, 'U'},   {"max-evidence", required_argument, NULL, 'E'},
        {"jobs", required_argument, NULL, 'j'},    {"keep-going", no_argument, NULL, 'k'},
        {"quiet", no_argument, NULL, 'q'},         {"verbose", no_argument, NULL, 'v'},
        {"help", no_argument, NULL, 'h'},          {"explain", no_argument, NULL, 'X'},
        {"shard", no_argument, NULL, 'D'},         {"host", required_argument, NULL, 'H'},
        {NULL, 0, NULL, 0},
    };
    cli_extract_opts xo;
    cli_extract_opts_init(&xo);
    const char *out = NULL;
    int explain = 0;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:L:j:kqvh", opts, NULL)) != -1) {
        switch (c) {
        case 'o': out = optarg; break;
        case 'J': xo.jsonl = 1; break;
        case 'L':
            if (xo.nlexicons >= CLI_MAX_LEXICONS)
                return cli_misuse("extract", usage_text, "too many --lexicon files (at most %d)", CLI_MAX_LEXICONS);
            xo.lexicons[xo.nlexicons++] = optarg;
            break;
        case 'S':
            if (parse_date_opt(optarg, "--since", &xo.since))
                return 2;
            break;
        case 'U':
            if (parse_date_opt(optarg, "--until", &xo.until))
                return 2;
            break;
        case 'E':
            xo.max_evidence = cli_parse_count(optarg);
            if (xo.max_evidence < 0)
                return cli_misuse("extract", usage_text, "--max-evidence wants a number, not '%s'", optarg);
            break;
        case 'j':
            xo.threads = cli_parse_count(optarg);
            if (xo.threads < 1 || xo.threads > 256)
                return cli_misuse("extract", usage_text, "--jobs wants a number from 1 to 256, not '%s'", optarg);
            break;
        case 'k': xo.keep_going = 1; break;
        case 'X': explain = 1; break;
        case 'D': xo.shard = 1; break;
        case 'H':
            if (!cli_person_name(optarg))
                return cli_misuse("extract", usage_text,
                                  "--host wants a person's name: letters, spaces, no control characters, UTF-8");
            xo.host = optarg;
            break;
        case 'q': cli_quiet = 1; break;
        case 'v': xo.verbose = 1; break;
        case 'h': return cli_help(usage_text);
        case ':': return cli_misuse("extract", usage_text, "option '%s' needs a value", argv[optind - 1]);
        default: return cli_misuse("extract", usage_text, "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (xo.since && xo.until && strcmp(xo.since, xo.until) > 0)
        return cli_misuse("extract", usage_text, "--since %s is after --until %s", xo.since, xo.until);
    char *stdin_only[] = {(char *)"-"};
    int ninputs = argc - optind;
    char **inputs = ninputs ? argv + optind : stdin_only;
    if (!ninputs) {
        ninputs = 1;
        if (isatty(STDIN_FILENO) && !cli_quiet)
            fprintf(stderr, "polgraph: extract: reading articles from standard input (Ctrl-D ends)\n");
    }
    if (explain)
        return explain_inputs(&xo, out, ninputs, inputs);
    int status = 0;
    pg_graph *g = cli_extract(&xo, "extract", ninputs, inputs, &status);
    if (!g)
        return status;
    pg_error err = {0};
    int rc = pg_graph_save(g, out, &err);
    pg_graph_free(g);
    return rc == 0 ? 0 : cli_fail("extract", &err);
}
