/* cli.h — what the subcommands share: the command table, message helpers
 * and loading the input graph.
 *
 * Conventions (docs/CLI.md): help goes to stdout with exit 0; misuse prints
 * "polgraph: CMD: problem" and the usage to stderr with exit 2; a runtime
 * failure prints "polgraph: CMD: message" with exit 1. Warnings print as
 * "polgraph: CMD: warning: message" unless -q.
 */
#ifndef PG_CLI_H
#define PG_CLI_H

#include <stdio.h>

#include "polgraph/error.h"
#include "polgraph/graph.h"

#define PG_VERSION "0.1.0"

typedef struct cli_command {
    const char *name;
    int (*fn)(int argc, char **argv);
    const char *summary;
} cli_command;

int cmd_extract(int argc, char **argv);
int cmd_metrics(int argc, char **argv);
int cmd_draw(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_merge(int argc, char **argv);

/* Set by -q in any subcommand: silences warnings. */
extern int cli_quiet;

/* Prints "polgraph: CMD: MESSAGE" for a failure; returns 1. */
int cli_fail(const char *cmd, const pg_error *err);
/* Prints "polgraph: CMD: MESSAGE" then the usage text to stderr; returns 2. */
int cli_misuse(const char *cmd, const char *usage, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A pg_warn_fn: ctx is the command name. */
void cli_warn(void *ctx, const char *msg);
/* Prints `usage` to stdout (for --help) and returns 0. */
int cli_help(const char *usage);

/* Loads the graph a subcommand works on: one graph JSON file (or "-"), or
 * article files (anything else: .txt, .md, .jsonl, directories) that are
 * extracted first with default options. Returns NULL after printing the
 * error; *status is then the exit code to return. */
pg_graph *cli_input_graph(const char *cmd, int ninputs, char **inputs, int *status);

/* How `extract` (and the commands that accept articles) run extraction. */
#define CLI_MAX_LEXICONS 16
typedef struct cli_extract_opts {
    int jsonl, keep_going, verbose, shard;
    long threads, max_evidence; /* threads 0: number of cores */
    const char *since, *until;
    const char *host; /* --host */
    const char *lexicons[CLI_MAX_LEXICONS];
    int nlexicons;
} cli_extract_opts;

void cli_extract_opts_init(cli_extract_opts *o);

/* Extracts the articles in `inputs` into a graph, with a progress line on a
 * terminal. Returns NULL after printing the error; *status is then the exit
 * code to return. */
pg_graph *cli_extract(const cli_extract_opts *o, const char *cmd, int ninputs, char **inputs, int *status);

/* Parses a non-negative integer option value; -1 on junk. */
long cli_parse_count(const char *s);
/* Is s a person's name a user may give (--host): 1 to 200 bytes of valid
 * UTF-8 without control characters, with a letter, not starting or ending
 * with a space? */
int cli_person_name(const char *s);

#endif
