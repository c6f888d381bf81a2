/* main.c — the polgraph command: dispatches to one subcommand per file
 * (cmd_*.c) from a single table, git style. */
#include <stdio.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli.h"
#include "mem.h"

static const cli_command commands[] = {
    {"extract", cmd_extract, "read articles and write the actor graph (JSON)"},
    {"metrics", cmd_metrics, "measure influence: degree, betweenness, PageRank, communities"},
    {"draw", cmd_draw, "draw who reacted to whom (SVG, PNG, PDF, DOT)"},
    {"export", cmd_export, "convert a graph to DOT, GraphML, GML, CSV, node-link JSON, events"},
    {"merge", cmd_merge, "combine graph files into one"},
};

static int usage(int status)
{
    FILE *out = status == 0 ? stdout : stderr;
    fputs("usage: polgraph [--version] [--help] COMMAND [ARGS]\n\n"
          "Turns news text into a graph of political actors and how they reacted\n"
          "to one another, measures influence and draws the network.\n\n"
          "Commands:\n",
          out);
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fputs("\nRun 'polgraph COMMAND --help' for a command's options.\n"
          "Typical run:\n"
          "  polgraph extract -o graph.json article.txt\n"
          "  polgraph metrics graph.json\n"
          "  polgraph draw -o graph.svg graph.json\n",
          out);
    return status;
}

int main(int argc, char **argv)
{
#ifdef M_MMAP_THRESHOLD
    /* Blocks of PG_KEEP_BYTES and more (what a worker does not keep
     * between documents) get their own mappings, which go back to
     * the system when freed. glibc would otherwise raise this threshold
     * after the first such free, and the arrays of an outsized document,
     * released once it is done, would stay resident for the rest of the
     * run -- once per worker thread. */
    mallopt(M_MMAP_THRESHOLD, (int)PG_KEEP_BYTES);
#endif
    if (argc < 2)
        return usage(2);
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0) {
        if (argc > 2 && strcmp(name, "help") == 0) {
            char help[] = "--help";
            char *args[] = {argv[2], help, NULL};
            for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
                if (strcmp(commands[i].name, argv[2]) == 0)
                    return commands[i].fn(2, args);
            fprintf(stderr, "polgraph: '%s' is not a polgraph command. See 'polgraph --help'.\n", argv[2]);
            return 2;
        }
        return usage(0);
    }
    if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0) {
        printf("polgraph %s\n", PG_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(commands[i].name, name) == 0)
            return commands[i].fn(argc - 1, argv + 1);
    if (name[0] == '-')
        fprintf(stderr, "polgraph: unknown option '%s'\n", name);
    else
        fprintf(stderr, "polgraph: '%s' is not a polgraph command. See 'polgraph --help'.\n", name);
    usage(2);
    return 2;
}
