/* cli.c — messages, help and input loading shared by the subcommands. */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

int cli_quiet = 0;

int cli_fail(const char *cmd, const pg_error *err)
{
    fprintf(stderr, "polgraph: %s: %s\n", cmd, err && err->msg[0] ? err->msg : "failed");
    return 1;
}

int cli_misuse(const char *cmd, const char *usage, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "polgraph: %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    if (usage)
        fputs(usage, stderr);
    return 2;
}

void cli_warn(void *ctx, const char *msg)
{
    if (cli_quiet)
        return;
    fprintf(stderr, "polgraph: %s: warning: %s\n", ctx ? (const char *)ctx : "polgraph", msg);
}

int cli_help(const char *usage)
{
    fputs(usage, stdout);
    return 0;
}

long cli_parse_count(const char *s)
{
    if (!s || !*s)
        return -1;
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || v < 0)
        return -1;
    return v;
}

pg_graph *cli_input_graph(const char *cmd, int ninputs, char **inputs, int *status)
{
    pg_error err = {0};
    if (ninputs != 1) {
        pg_error_set(&err, PG_ERR_USAGE, "expected one graph JSON file, got %d inputs", ninputs);
        *status = cli_fail(cmd, &err);
        return NULL;
    }
    pg_graph *g = pg_graph_load_file(inputs[0], &err);
    if (!g)
        *status = cli_fail(cmd, &err);
    return g;
}
