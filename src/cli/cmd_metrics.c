/* cmd_metrics.c — `polgraph metrics`: measures the influence of every actor
 * (degrees, strengths, betweenness, closeness, harmonic, eigenvector,
 * PageRank, HITS, communities) and prints a table, CSV or JSON — or, with
 * --write, stores the values in the graph file. Definitions in
 * docs/METRICS.md. */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "mem.h"
#include "polgraph/metrics.h"
#include "polgraph/outfile.h"

static const char usage_text[] =
    "usage: polgraph metrics [options] GRAPH.json | ARTICLE...\n"
    "       polgraph metrics --write [-o OUT.json] [options] GRAPH.json | ARTICLE...\n"
    "\n"
    "Measures every actor of the graph (or of the articles given, extracted\n"
    "first) and prints the top of the ranking as a table, or all actors as\n"
    "CSV or JSON. The network is made of the relations of the selected types,\n"
    "all relations from one actor to another counting as one link weighted by\n"
    "their summed evidence counts; call and meeting link both ways; self-loops\n"
    "are ignored. Definitions and NetworkX equivalents: docs/METRICS.md.\n"
    "\n"
    "Per actor: in_degree out_degree degree in_strength out_strength\n"
    "  betweenness betweenness_norm closeness harmonic eigenvector pagerank\n"
    "  hub authority community\n"
    "  (closeness and harmonic use incoming paths and are defined on\n"
    "  disconnected graphs; eigenvector is computed on the undirected view;\n"
    "  path metrics are unweighted, PageRank, HITS and strengths weighted)\n"
    "Per graph: nodes, edges by type, links, density, reciprocity, weak and\n"
    "  strong components, communities and their modularity.\n"
    "\n"
    "Output:\n"
    "      --format FMT      table (default), csv or json\n"
    "      --top N           only the first N actors (default: 20 in a table,\n"
    "                        all in CSV and JSON; 0: all)\n"
    "      --sort METRIC     rank by this metric, largest first, ties by id\n"
    "                        (default pagerank)\n"
    "      --write           store the metrics in each node of the graph and\n"
    "                        write the graph JSON instead of a report\n"
    "  -o, --output FILE     write here instead of standard output (the file\n"
    "                        appears whole or not at all)\n"
    "      --timings         print load, compute and output times to stderr\n"
    "Network:\n"
    "      --types LIST      relation types that form the network, e.g.\n"
    "                        call,criticism (default: all but affiliation)\n"
    "      --undirected      ignore direction\n"
    "      --no-weights      every link counts 1 (PageRank, HITS, strengths,\n"
    "                        eigenvector, communities)\n"
    "Algorithms:\n"
    "      --damping X       PageRank damping factor in [0, 1] (default 0.85)\n"
    "      --communities M   louvain (default) or leiden (modularity objective)\n"
    "      --seed N          random seed for community detection (default 42)\n"
    "      --skip LIST       do not compute these metrics, e.g.\n"
    "                        betweenness,closeness,harmonic on huge graphs\n"
    "                        (betweenness includes betweenness_norm)\n"
    "      --cutoff N        betweenness, closeness and harmonic only follow\n"
    "                        paths of at most N links (default: exact)\n"
    "  -q, --quiet           no warnings\n"
    "  -h, --help            show this help\n"
    "\n"
    "CSV follows RFC 4180 quoting; a text cell starting with = + - @ tab or CR\n"
    "gets a leading apostrophe so that spreadsheets do not run it as a formula.\n"
    "\n"
    "Examples:\n"
    "  polgraph metrics graph.json\n"
    "  polgraph metrics --format csv --sort betweenness -o metrics.csv graph.json\n"
    "  polgraph metrics --types call,criticism --undirected --top 5 graph.json\n"
    "  polgraph metrics --write -o graph.json graph.json\n";

enum {
    OPT_FORMAT = 256,
    OPT_TYPES,
    OPT_TOP,
    OPT_SORT,
    OPT_UNDIRECTED,
    OPT_NO_WEIGHTS,
    OPT_DAMPING,
    OPT_COMMUNITIES,
    OPT_SEED,
    OPT_SKIP,
    OPT_CUTOFF,
    OPT_WRITE,
    OPT_TIMINGS,
};

static double clock_s(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Wall and CPU time, for --timings. */
typedef struct stamp {
    double wall, cpu;
} stamp;

static stamp now(void)
{
    stamp s = {clock_s(CLOCK_MONOTONIC), clock_s(CLOCK_PROCESS_CPUTIME_ID)};
    return s;
}

#define MISUSE(...) cli_misuse("metrics", usage_text, __VA_ARGS__)

int cmd_metrics(int argc, char **argv)
{
    static const struct option opts[] = {
        {"format", required_argument, NULL, OPT_FORMAT},
        {"types", required_argument, NULL, OPT_TYPES},
        {"top", required_argument, NULL, OPT_TOP},
        {"sort", required_argument, NULL, OPT_SORT},
        {"undirected", no_argument, NULL, OPT_UNDIRECTED},
        {"no-weights", no_argument, NULL, OPT_NO_WEIGHTS},
        {"damping", required_argument, NULL, OPT_DAMPING},
        {"communities", required_argument, NULL, OPT_COMMUNITIES},
        {"seed", required_argument, NULL, OPT_SEED},
        {"skip", required_argument, NULL, OPT_SKIP},
        {"cutoff", required_argument, NULL, OPT_CUTOFF},
        {"write", no_argument, NULL, OPT_WRITE},
        {"timings", no_argument, NULL, OPT_TIMINGS},
        {"output", required_argument, NULL, 'o'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    pg_metrics_opts mo;
    pg_metrics_opts_init(&mo);
    pg_metrics_format fmt = PG_METRICS_TABLE;
    pg_metric_id sort_by = PG_METRIC_PAGERANK;
    const char *out = NULL;
    long top = -1;
    int write = 0, timings = 0, report_opt = 0, c;
    pg_error err = {0};
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:qh", opts, NULL)) != -1) {
        switch (c) {
        case OPT_FORMAT:
            if (pg_metrics_format_parse(optarg, &fmt) != 0)
                return MISUSE("--format wants table, csv or json, not '%s'", optarg);
            report_opt = 1;
            break;
        case OPT_TYPES:
            if (pg_rel_mask_parse(optarg, &mo.types, &err) != 0)
                return MISUSE("--types: %s", err.msg);
            break;
        case OPT_TOP:
            top = cli_parse_count(optarg);
            if (top < 0)
                return MISUSE("--top wants a number, not '%s'", optarg);
            report_opt = 1;
            break;
        case OPT_SORT:
            if (pg_metric_parse(optarg, &sort_by) != 0)
                return MISUSE("--sort: '%s' is not a metric (see --help)", optarg);
            report_opt = 1;
            break;
        case OPT_UNDIRECTED: mo.undirected = 1; break;
        case OPT_NO_WEIGHTS: mo.weighted = 0; break;
        case OPT_DAMPING: {
            char *end;
            double d = strtod(optarg, &end);
            if (!*optarg || *end || !isfinite(d) || d < 0 || d > 1)
                return MISUSE("--damping wants a number between 0 and 1, not '%s'", optarg);
            mo.damping = d;
            break;
        }
        case OPT_COMMUNITIES:
            if (strcmp(optarg, "louvain") == 0)
                mo.communities = PG_COMMUNITIES_LOUVAIN;
            else if (strcmp(optarg, "leiden") == 0)
                mo.communities = PG_COMMUNITIES_LEIDEN;
            else
                return MISUSE("--communities wants louvain or leiden, not '%s'", optarg);
            break;
        case OPT_SEED: {
            long s = cli_parse_count(optarg);
            if (s < 0)
                return MISUSE("--seed wants a number, not '%s'", optarg);
            mo.seed = (unsigned long)s;
            break;
        }
        case OPT_SKIP:
            if (pg_metric_mask_parse(optarg, &mo.skip, &err) != 0)
                return MISUSE("--skip: %s", err.msg);
            break;
        case OPT_CUTOFF:
            mo.cutoff = cli_parse_count(optarg);
            if (mo.cutoff < 0)
                return MISUSE("--cutoff wants a number of links, not '%s'", optarg);
            break;
        case OPT_WRITE: write = 1; break;
        case OPT_TIMINGS: timings = 1; break;
        case 'o': out = optarg; break;
        case 'q': cli_quiet = 1; break;
        case 'h': return cli_help(usage_text);
        case ':': return MISUSE("option '%s' needs a value", argv[optind - 1]);
        default: return MISUSE("unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return MISUSE("no input given (a graph JSON file, or articles)");
    if (write && report_opt)
        return MISUSE("--write writes the graph: --format, --top and --sort do not apply");
    if (!write && (mo.skip & (1u << sort_by)))
        return MISUSE("--sort %s: that metric is skipped", pg_metric_name(sort_by));

    int status = 0;
    stamp t0 = now();
    pg_graph *g = cli_input_graph("metrics", argc - optind, argv + optind, &status);
    if (!g)
        return status;
    stamp t1 = now();

    /* the report goes to a file that appears whole or not at all; open it
     * first so that a bad path fails before a long computation */
    pg_outfile *of = NULL;
    if (!write) {
        of = pg_outfile_open(out, &err);
        if (!of) {
            pg_graph_free(g);
            return cli_fail("metrics", &err);
        }
    }

    pg_metrics_summary sum;
    if (pg_metrics_compute(g, &mo, &sum, &err) != 0) {
        pg_outfile_abort(of);
        pg_graph_free(g);
        return cli_fail("metrics", &err);
    }
    stamp t2 = now();
    if (sum.self_loops) {
        char msg[128];
        snprintf(msg, sizeof msg, "ignored %zu self-loop%s (relations of an actor with itself)", sum.self_loops,
                 sum.self_loops == 1 ? "" : "s");
        cli_warn("metrics", msg);
    }
    if (sum.nodes > 0 && sum.links == 0)
        cli_warn("metrics", "no relations of the selected types: every actor is isolated");

    int rc;
    if (write) {
        rc = pg_graph_save(g, out, &err);
    } else {
        size_t n = pg_graph_node_count(g);
        size_t *order = pg_xmalloc((n + 1) * sizeof *order);
        pg_metrics_rank(g, sort_by, order);
        size_t count = n;
        if (top < 0 && fmt == PG_METRICS_TABLE)
            top = 20;
        if (top > 0 && (size_t)top < n)
            count = (size_t)top;
        rc = pg_metrics_write(pg_outfile_fp(of), fmt, g, &mo, &sum, order, count, n, sort_by, &err);
        free(order);
        if (rc == 0)
            rc = pg_outfile_commit(of, &err);
        else
            pg_outfile_abort(of);
        if (rc != 0 && out && strcmp(out, "-") != 0 && !strstr(err.msg, out))
            pg_error_prefix(&err, "%s", out);
    }
    stamp t3 = now();
    pg_graph_free(g);
    if (rc != 0)
        return cli_fail("metrics", &err);
    if (timings) {
        fprintf(stderr,
                "polgraph: metrics: timings: load %.3f s, compute %.3f s, output %.3f s "
                "(cpu: load %.3f s, compute %.3f s, output %.3f s)\n",
                t1.wall - t0.wall, t2.wall - t1.wall, t3.wall - t2.wall, t1.cpu - t0.cpu, t2.cpu - t1.cpu,
                t3.cpu - t2.cpu);
        fputs("polgraph: metrics: timings: cpu by step:", stderr);
        for (int i = 0; i < PG_METRICS_NSTEPS; i++)
            fprintf(stderr, "%s %s %.3f s", i ? "," : "", pg_metrics_step_name((pg_metrics_step)i), sum.seconds[i]);
        fputc('\n', stderr);
    }
    return 0;
}
