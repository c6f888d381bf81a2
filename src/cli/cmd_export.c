/* cmd_export.c — `polgraph export`: the graph in other tools' formats
 * (DOT, GraphML, GML, CSV for Gephi, NetworkX node-link JSON, an event
 * table). docs/EXPORT.md. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "polgraph/export.h"

static const char usage_text[] =
    "usage: polgraph export --to FORMAT [-o OUT] [-q] GRAPH.json\n"
    "       polgraph export --to FORMAT [-o OUT] [-q] ARTICLE...   (extracted first)\n"
    "\n"
    "Writes the graph in another tool's format (standard output by default).\n"
    "\n"
    "  -t, --to FORMAT    dot       Graphviz DOT, styled as 'polgraph draw' draws it,\n"
    "                               with the data as attributes ('dot -Tsvg' renders it)\n"
    "                     graphml   GraphML with typed keys (NetworkX, igraph, Gephi,\n"
    "                               yEd, Cytoscape)\n"
    "                     gml       GML (NetworkX, igraph, Gephi)\n"
    "                     csv       Gephi spreadsheet import: nodes.csv and edges.csv\n"
    "                               (needs -o, see below)\n"
    "                     nodelink  NetworkX node-link JSON (networkx.node_link_graph)\n"
    "                     events    one row per evidence item, tab-separated (R, pandas)\n"
    "                     Without --to the extension of -o decides: .dot .gv .graphml\n"
    "                     .gml .json .tsv, or a name ending in '/' for csv.\n"
    "  -o, --output OUT   write here; for csv OUT is a directory (an existing one or a\n"
    "                     name ending in '/': OUT/nodes.csv and OUT/edges.csv) or else\n"
    "                     a prefix (OUT-nodes.csv and OUT-edges.csv)\n"
    "  -q, --quiet        no warnings\n"
    "  -h, --help         show this help\n"
    "\n"
    "Relations without a direction (call, meeting) carry directed=false.\n"
    "CSV text cells starting with = + - @ get a leading apostrophe so that\n"
    "spreadsheets do not run them as formulas.\n"
    "\n"
    "Examples:\n"
    "  polgraph export --to graphml -o graph.graphml graph.json\n"
    "  polgraph export --to csv -o gephi/ graph.json\n"
    "  polgraph export --to events graph.json > events.tsv\n";

int cmd_export(int argc, char **argv)
{
    static const struct option opts[] = {
        {"to", required_argument, NULL, 't'},  {"output", required_argument, NULL, 'o'},
        {"quiet", no_argument, NULL, 'q'},     {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *out = NULL, *to = NULL;
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":t:o:qh", opts, NULL)) != -1) {
        switch (c) {
        case 't': to = optarg; break;
        case 'o': out = optarg; break;
        case 'q': cli_quiet = 1; break;
        case 'h': return cli_help(usage_text);
        case ':': return cli_misuse("export", usage_text, "option '%s' needs a value", argv[optind - 1]);
        default: return cli_misuse("export", usage_text, "unknown option '%s'", argv[optind - 1]);
        }
    }
    pg_export_format fmt;
    if (to) {
        if (pg_export_format_parse(to, &fmt) != 0)
            return cli_misuse("export", usage_text,
                              "unknown format '%s' (dot, graphml, gml, csv, nodelink, events)", to);
    } else if (!out || strcmp(out, "-") == 0) {
        return cli_misuse("export", usage_text, "no --to FORMAT given");
    } else if (pg_export_format_from_path(out, &fmt) != 0) {
        return cli_misuse("export", usage_text, "cannot tell the format from '%s': give --to FORMAT", out);
    }
    if (fmt == PG_EXPORT_CSV && (!out || strcmp(out, "-") == 0))
        return cli_misuse("export", usage_text, "--to csv writes two files: give -o DIR/ or -o PREFIX");
    if (optind >= argc)
        return cli_misuse("export", usage_text, "no input given");

    int status = 0;
    pg_graph *g = cli_input_graph("export", argc - optind, argv + optind, &status);
    if (!g)
        return status;
    pg_error err = {0};
    int rc = pg_export_save(g, fmt, out, &err);
    pg_graph_free(g);
    return rc == 0 ? 0 : cli_fail("export", &err);
}
