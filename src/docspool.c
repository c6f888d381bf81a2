/* docspool.c — documents spooled to a temporary file, sorted externally
 * (see docspool.h). */
#include "docspool.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

#define FIELDS 5

struct pg_docspool {
    FILE *f;
    size_t count;
    int sorted;
    int err;        /* errno of the first failure, 0 when none */
    int appending;  /* the stream is at its end after a write: no seek needed */
    size_t next;    /* record the stream is at after a read, for sequential gets */
    long *offsets;  /* record offsets, built on demand */
    size_t noffsets;
    pg_buf line;    /* get_record's scratch */
};

pg_docspool *pg_docspool_new(void)
{
    FILE *f = tmpfile();
    if (!f)
        return NULL;
    pg_docspool *s = pg_xcalloc(1, sizeof *s);
    s->f = f;
    s->sorted = 1;
    s->appending = 1;
    s->next = (size_t)-1;
    return s;
}

void pg_docspool_free(pg_docspool *s)
{
    if (!s)
        return;
    if (s->f)
        fclose(s->f);
    free(s->offsets);
    pg_buf_free(&s->line);
    free(s);
}

size_t pg_docspool_count(const pg_docspool *s) { return s->count; }

static int fail(pg_docspool *s, int e)
{
    if (!s->err)
        s->err = e ? e : EIO;
    return -1;
}

int pg_docspool_error(const pg_docspool *s, pg_error *err)
{
    if (!s->err)
        return 0;
    return pg_error_set(err, PG_ERR_IO, "cannot keep the document list in a temporary file: %s", strerror(s->err));
}

static int put_record(FILE *f, const char *const fields[FIELDS])
{
    for (int k = 0; k < FIELDS; k++) {
        const char *v = fields[k] ? fields[k] : "";
        if (fwrite(v, 1, strlen(v) + 1, f) != strlen(v) + 1)
            return -1;
    }
    return 0;
}

int pg_docspool_add(pg_docspool *s, const pg_document *d)
{
    if (s->err)
        return -1;
    /* a seek flushes the stream: only after a read moved it */
    if (!s->appending && fseek(s->f, 0, SEEK_END) != 0)
        return fail(s, errno);
    s->appending = 1;
    const char *fields[FIELDS] = {d->id, d->title, d->date, d->source, d->url};
    if (put_record(s->f, fields) != 0)
        return fail(s, errno);
    s->count++;
    s->sorted = s->count <= 1;
    free(s->offsets);
    s->offsets = NULL;
    s->noffsets = 0;
    return 0;
}

/* Reads one record (5 fields) into `rec` (reset), recording where each field
 * starts; `line` is scratch for getdelim. Returns 1, 0 at the end, -1 on
 * error or a truncated record. */
static int get_record(FILE *f, pg_buf *rec, size_t start[FIELDS], pg_buf *line)
{
    pg_buf_reset(rec);
    for (int k = 0; k < FIELDS; k++) {
        start[k] = rec->len;
        ssize_t n = getdelim(&line->p, &line->cap, '\0', f);
        if (n <= 0 || line->p[n - 1] != '\0') {
            if (n < 0 && ferror(f))
                return -1;
            return k == 0 && n < 0 ? 0 : -1;
        }
        pg_buf_add(rec, line->p, (size_t)n);
    }
    return 1;
}

/* ---- external sort ---- */

typedef struct {
    const char *id;  /* into the chunk buffer */
    size_t off, len; /* the record in the chunk buffer */
} item_t;

static int item_cmp(const void *a, const void *b)
{
    const item_t *x = a, *y = b;
    int c = strcmp(x->id, y->id);
    if (c)
        return c;
    /* equal ids (a merged duplicate): whole record, for a total order */
    size_t n = x->len < y->len ? x->len : y->len;
    c = memcmp(x->id, y->id, n);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* Sorts one chunk of records and writes it to a new run file. */
static FILE *write_run(pg_buf *chunk, item_t *items, size_t n)
{
    FILE *run = tmpfile();
    if (!run)
        return NULL;
    for (size_t i = 0; i < n; i++)
        items[i].id = chunk->p + items[i].off;
    pg_qsort(items, n, sizeof *items, item_cmp);
    for (size_t i = 0; i < n; i++)
        if (fwrite(chunk->p + items[i].off, 1, items[i].len, run) != items[i].len) {
            fclose(run);
            return NULL;
        }
    if (fflush(run) != 0 || fseek(run, 0, SEEK_SET) != 0) {
        fclose(run);
        return NULL;
    }
    return run;
}

typedef struct {
    FILE *f;
    pg_buf rec, line;
    size_t start[FIELDS];
    int live;
} run_t;

int pg_docspool_sort(pg_docspool *s, size_t chunk)
{
    if (s->err)
        return -1;
    if (s->sorted)
        return 0;
    s->appending = 0;
    s->next = (size_t)-1;
    if (fseek(s->f, 0, SEEK_SET) != 0)
        return fail(s, errno);
    /* 1. runs of at most `chunk` bytes, each sorted */
    FILE **runs = NULL;
    size_t nruns = 0, runs_cap = 0;
    pg_buf chunkbuf = {0}, rec = {0};
    item_t *items = NULL;
    size_t nitems = 0, items_cap = 0;
    size_t start[FIELDS];
    int rc = 0, r;
    pg_buf_reserve(&chunkbuf, chunk + 4096); /* one allocation: no doubling past the chunk size */
    while ((r = get_record(s->f, &rec, start, &s->line)) == 1) {
        PG_GROW(items, items_cap, nitems + 1);
        items[nitems++] = (item_t){NULL, chunkbuf.len, rec.len};
        pg_buf_add(&chunkbuf, rec.p, rec.len);
        if (chunkbuf.len >= chunk) {
            PG_GROW(runs, runs_cap, nruns + 1);
            if (!(runs[nruns] = write_run(&chunkbuf, items, nitems))) {
                rc = fail(s, errno);
                break;
            }
            nruns++;
            pg_buf_reset(&chunkbuf);
            nitems = 0;
        }
    }
    if (r < 0 && !rc)
        rc = fail(s, errno);
    if (!rc && nitems) {
        PG_GROW(runs, runs_cap, nruns + 1);
        if (!(runs[nruns] = write_run(&chunkbuf, items, nitems)))
            rc = fail(s, errno);
        else
            nruns++;
    }
    pg_buf_free(&chunkbuf);
    pg_buf_free(&rec);
    free(items);
    /* 2. merge the runs into a new spool file */
    FILE *out = rc ? NULL : tmpfile();
    if (!rc && !out)
        rc = fail(s, errno);
    run_t *rs = pg_xcalloc(nruns ? nruns : 1, sizeof *rs);
    for (size_t i = 0; i < nruns && !rc; i++) {
        rs[i].f = runs[i];
        int g = get_record(rs[i].f, &rs[i].rec, rs[i].start, &rs[i].line);
        if (g < 0)
            rc = fail(s, errno);
        rs[i].live = g == 1;
    }
    while (!rc) {
        long best = -1;
        for (size_t i = 0; i < nruns; i++) {
            if (!rs[i].live)
                continue;
            if (best < 0) {
                best = (long)i;
                continue;
            }
            item_t a = {rs[i].rec.p, 0, rs[i].rec.len}, b = {rs[best].rec.p, 0, rs[best].rec.len};
            if (item_cmp(&a, &b) < 0)
                best = (long)i;
        }
        if (best < 0)
            break;
        if (fwrite(rs[best].rec.p, 1, rs[best].rec.len, out) != rs[best].rec.len) {
            rc = fail(s, errno);
            break;
        }
        int g = get_record(rs[best].f, &rs[best].rec, rs[best].start, &rs[best].line);
        if (g < 0)
            rc = fail(s, errno);
        rs[best].live = g == 1;
    }
    for (size_t i = 0; i < nruns; i++) {
        fclose(runs[i]);
        pg_buf_free(&rs[i].rec);
        pg_buf_free(&rs[i].line);
    }
    free(rs);
    free(runs);
    if (!rc && fflush(out) != 0)
        rc = fail(s, errno);
    if (rc) {
        if (out)
            fclose(out);
        return -1;
    }
    fclose(s->f);
    s->f = out;
    s->sorted = 1;
    free(s->offsets);
    s->offsets = NULL;
    s->noffsets = 0;
    return 0;
}

static int build_index(pg_docspool *s)
{
    s->appending = 0;
    s->next = (size_t)-1;
    if (fseek(s->f, 0, SEEK_SET) != 0)
        return fail(s, errno);
    s->offsets = pg_xmalloc((s->count ? s->count : 1) * sizeof *s->offsets);
    pg_buf rec = {0};
    size_t start[FIELDS], i = 0;
    long off = 0;
    int r;
    while (i < s->count && (r = get_record(s->f, &rec, start, &s->line)) == 1) {
        s->offsets[i++] = off;
        off += (long)rec.len;
    }
    pg_buf_free(&rec);
    if (i != s->count)
        return fail(s, EIO);
    s->noffsets = i;
    return 0;
}

int pg_docspool_get(pg_docspool *s, size_t i, pg_document *out, pg_buf *scratch)
{
    if (s->err || i >= s->count)
        return -1;
    if (!s->offsets && build_index(s) != 0)
        return -1;
    /* sequential reads (writing the graph) need no seek: a seek would throw
     * the read buffer away */
    if (s->appending || s->next != i) {
        s->appending = 0;
        s->next = (size_t)-1;
        if (fseek(s->f, s->offsets[i], SEEK_SET) != 0)
            return fail(s, errno);
    }
    size_t start[FIELDS];
    if (get_record(s->f, scratch, start, &s->line) != 1) {
        s->next = (size_t)-1;
        return fail(s, errno ? errno : EIO);
    }
    s->next = i + 1;
    out->id = scratch->p + start[0];
    out->title = scratch->p + start[1];
    out->date = scratch->p + start[2];
    out->source = scratch->p + start[3];
    out->url = scratch->p + start[4];
    return 0;
}
