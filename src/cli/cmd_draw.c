/* cmd_draw.c — `polgraph draw`: filters the graph, styles it and renders it
 * with Graphviz (SVG, PNG, PDF) or writes the styled DOT. docs/DRAW.md. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "polgraph/draw.h"
#include "polgraph/outfile.h"

static const char usage_text[] =
    "usage: polgraph draw [-o OUT.svg|.png|.pdf|.dot] [-T FORMAT] [-K ENGINE] [options] GRAPH.json\n"
    "       polgraph draw [options] ARTICLE...   (extracted first, as by 'polgraph extract')\n"
    "\n"
    "Draws who reacted to whom: actors as nodes (shape and colour by type,\n"
    "size by a metric), relations as arrows (colour and line by type, width\n"
    "by weight), with a title and a legend. SVG output has tooltips with the\n"
    "evidence sentences. Writes SVG to standard output by default.\n"
    "\n"
    "Output:\n"
    "  -o, --output FILE      write here; the extension picks the format\n"
    "                         (.svg .png .pdf .dot/.gv)\n"
    "  -T, --format FORMAT    svg, png, pdf or dot (overrides the extension)\n"
    "  -K, --engine ENGINE    dot, neato, fdp, sfdp, circo or twopi (default:\n"
    "                         dot up to 150 actors and 600 relations, else sfdp)\n"
    "Looks:\n"
    "      --size-by METRIC   node size (and --top rank) by pagerank (default),\n"
    "                         degree, in_degree, betweenness, eigenvector, hub,\n"
    "                         authority, closeness, harmonic, ... (computed when\n"
    "                         the graph has none), mentions, or none\n"
    "      --title TEXT       title (default: from the document titles; '' for none)\n"
    "      --no-legend        leave the legend out\n"
    "      --edge-labels      print the relation type and weight on each edge\n"
    "      --labels N         name at most N actors, the highest ranked; the rest\n"
    "                         are dots (default: all up to 150 actors, else 100)\n"
    "Filters:\n"
    "      --types LIST       relation types to draw, comma-separated: call,\n"
    "                         statement, criticism, support, meeting, visit,\n"
    "                         affiliation (default: all)\n"
    "      --no-affiliation   leave out affiliation (who belongs to whom)\n"
    "      --min-weight N     only relations seen at least N times\n"
    "      --top N            only the N highest ranked actors (by --size-by)\n"
    "      --ego ACTOR        only ACTOR (id, name or alias) and its neighbours\n"
    "      --depth K          neighbours up to K hops away for --ego (default 1)\n"
    "      --keep-isolated    keep actors that --types/--min-weight leave alone\n"
    "  -q, --quiet            no warnings\n"
    "  -h, --help             show this help\n"
    "\n"
    "Examples:\n"
    "  polgraph draw -o graph.svg graph.json\n"
    "  polgraph draw --no-affiliation --top 30 -o top.png graph.json\n"
    "  polgraph draw --ego 'Anna Berg' --depth 2 --edge-labels -o berg.pdf graph.json\n";

enum {
    OPT_SIZE_BY = 256,
    OPT_TITLE,
    OPT_NO_LEGEND,
    OPT_EDGE_LABELS,
    OPT_LABELS,
    OPT_TYPES,
    OPT_NO_AFFILIATION,
    OPT_MIN_WEIGHT,
    OPT_TOP,
    OPT_EGO,
    OPT_DEPTH,
    OPT_KEEP_ISOLATED,
};

static const char *const engines[] = {"dot", "neato", "fdp", "sfdp", "circo", "twopi"};

int cmd_draw(int argc, char **argv)
{
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'},
        {"format", required_argument, NULL, 'T'},
        {"engine", required_argument, NULL, 'K'},
        {"size-by", required_argument, NULL, OPT_SIZE_BY},
        {"title", required_argument, NULL, OPT_TITLE},
        {"no-legend", no_argument, NULL, OPT_NO_LEGEND},
        {"edge-labels", no_argument, NULL, OPT_EDGE_LABELS},
        {"labels", required_argument, NULL, OPT_LABELS},
        {"types", required_argument, NULL, OPT_TYPES},
        {"no-affiliation", no_argument, NULL, OPT_NO_AFFILIATION},
        {"min-weight", required_argument, NULL, OPT_MIN_WEIGHT},
        {"top", required_argument, NULL, OPT_TOP},
        {"ego", required_argument, NULL, OPT_EGO},
        {"depth", required_argument, NULL, OPT_DEPTH},
        {"keep-isolated", no_argument, NULL, OPT_KEEP_ISOLATED},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    o.warn = cli_warn;
    o.warn_ctx = "draw";
    const char *out = NULL, *format = NULL;
    int depth_given = 0;
    pg_error err = {0};
    long v;
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":o:T:K:qh", opts, NULL)) != -1) {
        switch (c) {
        case 'o': out = optarg; break;
        case 'T': format = optarg; break;
        case 'K': {
            int ok = 0;
            for (size_t i = 0; i < sizeof engines / sizeof *engines; i++)
                ok |= strcmp(optarg, engines[i]) == 0;
            if (!ok)
                return cli_misuse("draw", usage_text, "unknown engine '%s' (dot, neato, fdp, sfdp, circo, twopi)",
                                  optarg);
            o.engine = optarg;
            break;
        }
        case OPT_SIZE_BY:
            if (!*optarg)
                return cli_misuse("draw", usage_text, "--size-by wants a metric name");
            o.size_by = optarg;
            break;
        case OPT_TITLE: o.title = optarg; break;
        case OPT_NO_LEGEND: o.legend = 0; break;
        case OPT_EDGE_LABELS: o.edge_labels = 1; break;
        case OPT_LABELS:
            if ((v = cli_parse_count(optarg)) < 0)
                return cli_misuse("draw", usage_text, "--labels wants a number, not '%s'", optarg);
            o.max_labels = v;
            break;
        case OPT_TYPES:
            if (pg_rel_mask_parse(optarg, &o.types, &err) != 0)
                return cli_misuse("draw", usage_text, "--types: %s", err.msg);
            break;
        case OPT_NO_AFFILIATION: o.no_affiliation = 1; break;
        case OPT_MIN_WEIGHT:
            if ((v = cli_parse_count(optarg)) < 0)
                return cli_misuse("draw", usage_text, "--min-weight wants a number, not '%s'", optarg);
            o.min_weight = (uint64_t)v;
            break;
        case OPT_TOP:
            if ((v = cli_parse_count(optarg)) <= 0)
                return cli_misuse("draw", usage_text, "--top wants a positive number, not '%s'", optarg);
            o.top = (size_t)v;
            break;
        case OPT_EGO:
            if (!*optarg)
                return cli_misuse("draw", usage_text, "--ego wants an actor");
            o.ego = optarg;
            break;
        case OPT_DEPTH:
            if ((v = cli_parse_count(optarg)) <= 0)
                return cli_misuse("draw", usage_text, "--depth wants a positive number, not '%s'", optarg);
            o.depth = (size_t)v;
            depth_given = 1;
            break;
        case OPT_KEEP_ISOLATED: o.keep_isolated = 1; break;
        case 'q': cli_quiet = 1; break;
        case 'h': return cli_help(usage_text);
        case ':': return cli_misuse("draw", usage_text, "option '%s' needs a value", argv[optind - 1]);
        default: return cli_misuse("draw", usage_text, "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return cli_misuse("draw", usage_text, "no input given");
    if (depth_given && !o.ego)
        return cli_misuse("draw", usage_text, "--depth needs --ego");

    pg_draw_format fmt = PG_DRAW_SVG;
    if (format) {
        if (pg_draw_format_parse(format, &fmt) != 0)
            return cli_misuse("draw", usage_text, "unknown format '%s' (svg, png, pdf, dot)", format);
    } else if (out && strcmp(out, "-") != 0 && pg_draw_format_from_path(out, &fmt) != 0) {
        return cli_misuse("draw", usage_text, "cannot tell the format from '%s': use .svg, .png, .pdf or .dot, or -T",
                          out);
    }
    int status = 0;
    pg_graph *g = cli_input_graph("draw", argc - optind, argv + optind, &status);
    if (!g)
        return status;
    pg_outfile *of = pg_outfile_open(out, &err);
    if (!of) {
        pg_graph_free(g);
        return cli_fail("draw", &err);
    }
    int rc = pg_draw(g, &o, fmt, pg_outfile_fp(of), &err);
    pg_graph_free(g);
    if (rc != 0) {
        pg_outfile_abort(of);
        if (err.code == PG_ERR_IO)
            pg_error_prefix(&err, "cannot write '%s'", out ? out : "-");
        return cli_fail("draw", &err);
    }
    if (pg_outfile_commit(of, &err) != 0)
        return cli_fail("draw", &err);
    return 0;
}
