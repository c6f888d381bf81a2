/* cli.c — messages, help and input loading shared by the subcommands. */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

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

int cli_person_name(const char *s)
{
    size_t n = strlen(s);
    if (!n || n > 200 || s[0] == ' ' || s[n - 1] == ' ' || pg_utf8_find_invalid(s, n) != n)
        return 0;
    int letter = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7f)
            return 0;
        /* ASCII letters, or any character past ASCII (other scripts) */
        letter |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
    }
    return letter;
}

static int is_graph_file(const char *path)
{
    size_t n = strlen(path);
    return strcmp(path, "-") == 0 || (n > 5 && strcmp(path + n - 5, ".json") == 0);
}

pg_graph *cli_input_graph(const char *cmd, int ninputs, char **inputs, int *status)
{
    pg_error err = {0};
    if (ninputs == 1 && is_graph_file(inputs[0])) {
        pg_graph *g = pg_graph_load_file(inputs[0], &err);
        if (!g)
            *status = cli_fail(cmd, &err);
        return g;
    }
    for (int i = 0; i < ninputs; i++)
        if (is_graph_file(inputs[i])) {
            pg_error_set(&err, PG_ERR_USAGE,
                         "'%s' looks like a graph file: give one graph, or article files (merge graphs with "
                         "'polgraph merge')",
                         inputs[i]);
            *status = cli_fail(cmd, &err);
            return NULL;
        }
    cli_extract_opts o;
    cli_extract_opts_init(&o);
    return cli_extract(&o, cmd, ninputs, inputs, status);
}

/* ---- extraction ---- */

#include <time.h>
#include <unistd.h>

#include "polgraph/corpus.h"
#include "polgraph/lexicon.h"

void cli_extract_opts_init(cli_extract_opts *o) { memset(o, 0, sizeof *o); }

static void progress_line(void *ctx, const pg_corpus_progress *p)
{
    (void)ctx;
    double mb = (double)p->bytes / 1e6, rate = p->seconds > 0 ? mb / p->seconds : 0;
    char eta[32] = "";
    if (p->bytes_total && rate > 0 && p->bytes < p->bytes_total)
        snprintf(eta, sizeof eta, ", ETA %.0fs", ((double)(p->bytes_total - p->bytes) / 1e6) / rate);
    fprintf(stderr, "\rpolgraph: extract: %llu documents, %.1f MB, %.1f MB/s%s, %zu actors, %zu relations\033[K",
            (unsigned long long)p->documents, mb, rate, eta, p->actors, p->relations);
    fflush(stderr);
}

pg_graph *cli_extract(const cli_extract_opts *o, const char *cmd, int ninputs, char **inputs, int *status)
{
    pg_error err = {0};
    pg_lexicon *lex = pg_lexicon_new(&err);
    if (!lex) {
        *status = cli_fail(cmd, &err);
        return NULL;
    }
    for (int i = 0; i < o->nlexicons; i++)
        if (pg_lexicon_load_user(lex, o->lexicons[i], &err) != 0) {
            pg_lexicon_free(lex);
            *status = cli_fail(cmd, &err);
            return NULL;
        }
    pg_corpus_opts co;
    pg_corpus_opts_init(&co);
    co.reader.jsonl = o->jsonl;
    co.reader.keep_going = o->keep_going;
    co.reader.warn = cli_warn;
    co.reader.warn_ctx = (void *)cmd;
    co.extract.since = o->since;
    co.extract.until = o->until;
    co.extract.warn = cli_warn;
    co.extract.warn_ctx = (void *)cmd;
    co.extract.host = o->host;
    co.max_evidence = (size_t)o->max_evidence;
    co.threads = (int)o->threads;
    co.shard = o->shard;
    if (co.threads <= 0) {
        long cores = sysconf(_SC_NPROCESSORS_ONLN);
        co.threads = cores > 0 ? (int)cores : 1;
    }
    int tty = isatty(STDERR_FILENO) && !cli_quiet;
    if (tty)
        co.progress = progress_line;
    pg_graph *g = NULL;
    pg_corpus_progress fin;
    int rc = pg_corpus_extract((const char *const *)inputs, (size_t)ninputs, lex, &co, &g, &fin, &err);
    if (tty)
        fputs("\r\033[K", stderr);
    pg_lexicon_free(lex);
    if (rc != 0) {
        *status = cli_fail(cmd, &err);
        return NULL;
    }
    if (o->verbose)
        fprintf(stderr, "polgraph: %s: %llu documents, %.1f MB in %.2fs (%.1f MB/s), %zu actors, %zu relations\n", cmd,
                (unsigned long long)fin.documents, (double)fin.bytes / 1e6, fin.seconds,
                fin.seconds > 0 ? (double)fin.bytes / 1e6 / fin.seconds : 0.0, fin.actors, fin.relations);
    return g;
}
