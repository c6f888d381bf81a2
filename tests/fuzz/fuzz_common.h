/* fuzz_common.h — what the libFuzzer targets in tests/fuzz/ share: failing
 * loudly when an oracle does not hold, writing to memory, a private
 * directory for the reader, and the round-trip check of graph JSON.
 *
 * Every target defines `static int fuzz_NAME_one(const uint8_t *, size_t)`
 * and, unless PG_FUZZ_NO_MAIN is defined, the libFuzzer entry point that
 * calls it. tests/unit/test_fuzz_regress.c includes the targets with
 * PG_FUZZ_NO_MAIN and replays tests/fuzz/seeds/ and tests/fuzz/regressions/
 * through the same functions, so every crash input found becomes a test
 * that `make test` and `make check-asan` run.
 *
 * An oracle failure prints what broke and aborts: libFuzzer saves the
 * input as a crash, Criterion reports the test as crashed.
 */
#ifndef PG_FUZZ_COMMON_H
#define PG_FUZZ_COMMON_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "polgraph/error.h"
#include "polgraph/graph.h"
#include "utf8.h"

__attribute__((unused, noreturn, format(printf, 1, 2))) static void fuzz_fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("fuzz oracle failed: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    abort();
}

/* Warnings are part of the behaviour under test (they format offsets and
 * file names): render them, check they are one line, drop them. */
__attribute__((unused)) static void fuzz_warn(void *ctx, const char *msg)
{
    size_t *count = ctx;
    if (count)
        (*count)++;
    if (!msg || strchr(msg, '\n'))
        fuzz_fail("warning is not one line: %s", msg ? msg : "(null)");
}

/* A memory stream: fuzz_mem_open, write, fuzz_mem_close gives the bytes. */
typedef struct fuzz_mem {
    char *p;
    size_t len;
    FILE *fp;
} fuzz_mem;

__attribute__((unused)) static FILE *fuzz_mem_open(fuzz_mem *m)
{
    m->p = NULL;
    m->len = 0;
    m->fp = open_memstream(&m->p, &m->len);
    if (!m->fp)
        abort();
    return m->fp;
}

__attribute__((unused)) static void fuzz_mem_close(fuzz_mem *m)
{
    fclose(m->fp);
    m->fp = NULL;
}

__attribute__((unused)) static void fuzz_mem_free(fuzz_mem *m)
{
    if (m->fp)
        fclose(m->fp);
    free(m->p);
    memset(m, 0, sizeof *m);
}

/* A private directory for files the reader is given (on /dev/shm when
 * there is one: no disk traffic). Made once per process, removed at exit. */
static char fuzz_dir_path[64];
static char fuzz_file_path[96];

static void fuzz_dir_cleanup(void)
{
    if (fuzz_file_path[0])
        unlink(fuzz_file_path);
    if (fuzz_dir_path[0])
        rmdir(fuzz_dir_path);
}

/* Writes data[0..n) to DIR/input.EXT and returns the path (static). */
__attribute__((unused)) static const char *fuzz_write_file(const char *ext, const uint8_t *data, size_t n)
{
    if (!fuzz_dir_path[0]) {
        struct stat st;
        snprintf(fuzz_dir_path, sizeof fuzz_dir_path, "%s/pgfuzz.XXXXXX",
                 stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode) ? "/dev/shm" : "/tmp");
        if (!mkdtemp(fuzz_dir_path))
            abort();
        atexit(fuzz_dir_cleanup);
    }
    if (fuzz_file_path[0])
        unlink(fuzz_file_path);
    snprintf(fuzz_file_path, sizeof fuzz_file_path, "%s/input.%s", fuzz_dir_path, ext);
    FILE *f = fopen(fuzz_file_path, "wb");
    if (!f || (n && fwrite(data, 1, n, f) != n) || fclose(f) != 0)
        abort();
    return fuzz_file_path;
}

/* The graph as graph JSON (malloc'd, *len bytes). */
__attribute__((unused)) static char *fuzz_graph_json(pg_graph *g, size_t *len)
{
    fuzz_mem m;
    pg_error err = {0};
    if (pg_graph_write_json(g, fuzz_mem_open(&m), &err) != 0)
        fuzz_fail("pg_graph_write_json: %s", err.msg);
    fuzz_mem_close(&m);
    *len = m.len;
    return m.p;
}

/* The graph JSON polgraph writes must load back, and writing the loaded
 * graph must give the same bytes (docs/FORMAT.md, byte stability). */
__attribute__((unused)) static void fuzz_check_round_trip(pg_graph *g, const char *what)
{
    size_t n1, n2;
    char *j1 = fuzz_graph_json(g, &n1);
    pg_error err = {0};
    pg_graph *back = pg_graph_load_buffer(j1, n1, what, &err);
    if (!back)
        fuzz_fail("%s: the graph JSON written does not load back: %s", what, err.msg);
    char *j2 = fuzz_graph_json(back, &n2);
    if (n1 != n2 || memcmp(j1, j2, n1) != 0)
        fuzz_fail("%s: graph JSON is not byte-stable through a load (%zu vs %zu bytes)", what, n1, n2);
    if (pg_graph_node_count(back) != pg_graph_node_count(g) || pg_graph_edge_count(back) != pg_graph_edge_count(g))
        fuzz_fail("%s: node or edge count changed through a load", what);
    free(j1);
    free(j2);
    pg_graph_free(back);
}

/* A valid UTF-8 copy of s[0..n) without NULs (as every string the reader
 * and the loader hand on is). malloc'd. */
__attribute__((unused)) static char *fuzz_utf8(const uint8_t *s, size_t n)
{
    pg_buf b = {0};
    size_t i = 0;
    while (i < n) {
        const uint8_t *z = memchr(s + i, 0, n - i);
        size_t e = z ? (size_t)(z - s) : n;
        pg_utf8_repair((const char *)s + i, e - i, &b);
        if (z) {
            pg_buf_addc(&b, ' ');
            e++;
        }
        i = e;
    }
    pg_buf_addc(&b, '\0');
    return pg_buf_steal(&b);
}

#endif
