/* reader.c — articles from files, directories, JSON Lines and stdin (see
 * reader.h). */
#include "polgraph/reader.h"

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "hashmap.h"
#include "jsonl.h"
#include "mem.h"
#include "utf8.h"

typedef struct {
    char *path; /* "-" for stdin */
    int jsonl;
} input_t;

#define READ_BUFFER ((size_t)1 << 16)

struct pg_reader {
    input_t *inputs;
    size_t ninputs, cap, next;
    pg_reader_opts opts;
    FILE *cur;        /* open JSONL stream */
    size_t cur_input; /* index of the open JSONL input */
    size_t line;      /* JSONL line number */
    char *linebuf;
    size_t linecap;
    char *iobuf;      /* the open JSONL file's stdio buffer: larger than the default, fewer reads */
    uint64_t bytes_read, bytes_total;
    pg_u64set *ids;   /* hashes of the ids seen */
    pg_buf tmp;       /* the origin ("file:line") of the line being parsed */
    pg_jsonl_fields fields;
};

void pg_article_clear(pg_article *a)
{
    free(a->id);
    free(a->title);
    free(a->date);
    free(a->source);
    free(a->url);
    free(a->text);
    free(a->origin);
    memset(a, 0, sizeof *a);
}

int pg_date_valid(const char *s)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return 0;
    int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}


/* A value from the input as a warning shows it, on one line: control
 * characters escaped ("\\n", "\\x01"), at most 60 bytes, "..." after a
 * longer one (cut before a UTF-8 continuation byte). Appends to `out`,
 * which is always terminated. */
static void show_value(pg_buf *out, const char *s)
{
    size_t n = 0;
    for (; s[n] && n < 60; n++) {
        unsigned char c = (unsigned char)s[n];
        if (c == '\n')
            pg_buf_adds(out, "\\n");
        else if (c == '\t')
            pg_buf_adds(out, "\\t");
        else if (c < 0x20 || c == 0x7f)
            pg_buf_printf(out, "\\x%02x", c);
        else
            pg_buf_addc(out, (char)c);
    }
    if (s[n]) {
        while (out->len && ((unsigned char)out->p[out->len - 1] & 0xC0) == 0x80)
            out->len--; /* a character cut in two goes whole */
        if (out->len && (unsigned char)out->p[out->len - 1] >= 0xC0)
            out->len--;
        pg_buf_adds(out, "...");
    }
    pg_buf_addc(out, '\0');
    out->len--;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int text_extension(const char *name)
{
    return ends_with(name, ".txt") || ends_with(name, ".md") || ends_with(name, ".markdown") ||
           ends_with(name, ".text") || ends_with(name, ".jsonl");
}

static void add_input(pg_reader *r, const char *path, int jsonl)
{
    PG_GROW(r->inputs, r->cap, r->ninputs + 1);
    r->inputs[r->ninputs].path = pg_xstrdup(path);
    r->inputs[r->ninputs].jsonl = jsonl;
    r->ninputs++;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Adds the article files under `dir`, sorted, recursively; symbolic links to
 * directories are not followed (no loops). */
static int walk(pg_reader *r, const char *dir, int depth, pg_error *err)
{
    if (depth > 64)
        return pg_error_set(err, PG_ERR_LIMIT, "cannot read '%s': directories nested too deeply", dir);
    DIR *d = opendir(dir);
    if (!d)
        return pg_error_set(err, PG_ERR_IO, "cannot read directory '%s': %s", dir, strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        PG_GROW(names, cap, n + 1);
        names[n++] = pg_xstrdup(de->d_name);
    }
    closedir(d);
    pg_qsort(names, n, sizeof *names, cmp_str);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        pg_buf p = {0};
        pg_buf_printf(&p, "%s%s%s", dir, ends_with(dir, "/") ? "" : "/", names[i]);
        struct stat st;
        if (rc == 0 && lstat(p.p, &st) == 0) {
            if (S_ISDIR(st.st_mode))
                rc = walk(r, p.p, depth + 1, err);
            else if ((S_ISREG(st.st_mode) || S_ISLNK(st.st_mode)) && text_extension(names[i])) {
                struct stat target;
                if (stat(p.p, &target) == 0 && S_ISREG(target.st_mode)) {
                    add_input(r, p.p, r->opts.jsonl || ends_with(names[i], ".jsonl"));
                    r->bytes_total += (uint64_t)target.st_size;
                }
            }
        }
        pg_buf_free(&p);
        free(names[i]);
    }
    free(names);
    return rc;
}

pg_reader *pg_reader_new(const char *const *inputs, size_t n, const pg_reader_opts *opts, pg_error *err)
{
    pg_reader *r = pg_xcalloc(1, sizeof *r);
    if (opts)
        r->opts = *opts;
    if (!r->opts.max_document_bytes || r->opts.max_document_bytes > PG_MAX_DOCUMENT_BYTES)
        r->opts.max_document_bytes = PG_MAX_DOCUMENT_BYTES;
    r->ids = pg_u64set_new();
    for (size_t i = 0; i < n; i++) {
        const char *p = inputs[i];
        if (strcmp(p, "-") == 0) {
            add_input(r, p, r->opts.jsonl);
            continue;
        }
        struct stat st;
        if (stat(p, &st) != 0) {
            pg_error_set(err, PG_ERR_IO, "cannot read '%s': %s", p, strerror(errno));
            pg_reader_free(r);
            return NULL;
        }
        if (S_ISDIR(st.st_mode)) {
            if (walk(r, p, 0, err) != 0) {
                pg_reader_free(r);
                return NULL;
            }
            continue;
        }
        add_input(r, p, r->opts.jsonl || ends_with(p, ".jsonl"));
        r->bytes_total += (uint64_t)st.st_size;
    }
    return r;
}

void pg_reader_free(pg_reader *r)
{
    if (!r)
        return;
    if (r->cur && r->cur != stdin)
        fclose(r->cur);
    for (size_t i = 0; i < r->ninputs; i++)
        free(r->inputs[i].path);
    free(r->inputs);
    free(r->linebuf);
    free(r->iobuf); /* after the fclose above: the stream used it */
    pg_u64set_free(r->ids);
    pg_buf_free(&r->tmp);
    pg_jsonl_fields_free(&r->fields);
    free(r);
}

uint64_t pg_reader_bytes_read(const pg_reader *r) { return r->bytes_read; }
uint64_t pg_reader_bytes_total(const pg_reader *r) { return r->bytes_total; }

/* ---- text ---- */

static int looks_binary(const unsigned char *p, size_t n)
{
    static const struct {
        const char *magic;
        size_t len;
    } magics[] = {
        {"\x89PNG", 4}, {"\xFF\xD8\xFF", 3}, {"GIF8", 4},        {"%PDF", 4},      {"PK\x03\x04", 4},
        {"\x1F\x8B", 2}, {"\x7F" "ELF", 4}, {"BZh", 3},          {"\xFD" "7zXZ", 5}, {"Rar!", 4},
        {"RIFF", 4},     {"OggS", 4},       {"\x00\x00\x01\x00", 4}, {"SQLite format", 13},
    };
    for (size_t i = 0; i < sizeof magics / sizeof *magics; i++)
        if (n >= magics[i].len && memcmp(p, magics[i].magic, magics[i].len) == 0)
            return 1;
    /* many NULs or control bytes near the start */
    size_t probe = n < 4096 ? n : 4096, ctrl = 0;
    for (size_t i = 0; i < probe; i++)
        if (p[i] == 0 || (p[i] < 0x20 && p[i] != '\n' && p[i] != '\r' && p[i] != '\t' && p[i] != '\f'))
            ctrl++;
    return probe && ctrl * 10 > probe;
}

/* Makes `raw` valid UTF-8 text without NULs, warning once with the offset
 * of the first repair. Takes ownership of raw. */
static char *repair_text(pg_reader *r, char *raw, size_t n, const char *origin, size_t *out_len)
{
    size_t first_bad = pg_utf8_find_invalid(raw, n);
    char *nul = memchr(raw, 0, n);
    if (first_bad == n && !nul) {
        *out_len = n;
        return raw;
    }
    size_t first = first_bad;
    if (nul && (size_t)(nul - raw) < first)
        first = (size_t)(nul - raw);
    pg_buf b = {0};
    size_t repaired = 0, i = 0;
    while (i < n) {
        char *z = memchr(raw + i, 0, n - i);
        size_t e = z ? (size_t)(z - raw) : n;
        repaired += pg_utf8_repair(raw + i, e - i, &b);
        if (z) {
            pg_buf_add(&b, "\xEF\xBF\xBD", 3);
            repaired++;
            e++;
        }
        i = e;
    }
    pg_warn(r->opts.warn, r->opts.warn_ctx,
            "%s: invalid UTF-8 or NUL bytes (first at byte %zu); %zu replaced by U+FFFD", origin, first, repaired);
    free(raw);
    *out_len = b.len;
    return pg_buf_steal(&b);
}

static char *base_name_id(const char *path)
{
    if (strcmp(path, "-") == 0)
        return pg_xstrdup("stdin");
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    const char *dot = strrchr(b, '.');
    size_t n = dot && dot != b ? (size_t)(dot - b) : strlen(b);
    return pg_xstrndup(b, n);
}

/* A title for a plain-text article: its first line when it is a Markdown
 * heading or a short line set apart by a blank line. */
static char *guess_title(const char *text, size_t len)
{
    size_t i = 0;
    while (i < len && (text[i] == '\n' || text[i] == ' ' || text[i] == '\r'))
        i++;
    size_t e = i;
    while (e < len && text[e] != '\n')
        e++;
    const char *s = text + i;
    size_t n = e - i;
    int heading = n && s[0] == '#';
    while (n && (s[0] == '#' || s[0] == ' ')) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
        n--;
    int blank_after = e + 1 < len && (text[e + 1] == '\n' || (text[e + 1] == '\r' && e + 2 < len && text[e + 2] == '\n'));
    if (n == 0 || n > 200 || (!heading && !blank_after))
        return pg_xstrdup("");
    return pg_xstrndup(s, n);
}

/* Reads all of `f`, or stops once more than `max` bytes came. */
static int read_stream(FILE *f, pg_buf *b, size_t max)
{
    char chunk[1 << 16];
    size_t n;
    while (b->len <= max && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
        pg_buf_add(b, chunk, n);
    return ferror(f) ? -1 : 0;
}

/* Reads a whole text file into `out`. Returns 1, 0 (skipped: empty), -1. */
static int read_text(pg_reader *r, const input_t *in, pg_article *out, pg_error *err)
{
    int is_stdin = strcmp(in->path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : in->path;
    FILE *f = is_stdin ? stdin : fopen(in->path, "rb");
    if (!f)
        return pg_error_set(err, PG_ERR_IO, "cannot read '%s': %s", name, strerror(errno));
    struct stat st;
    int have_st = fstat(fileno(f), &st) == 0;
    if (have_st && S_ISDIR(st.st_mode)) {
        if (!is_stdin)
            fclose(f);
        return pg_error_set(err, PG_ERR_IO, "cannot read '%s': %s", name, strerror(EISDIR));
    }
    /* a byte order mark (3 bytes) is dropped; repairs only lengthen */
    size_t max = r->opts.max_document_bytes, max_raw = max + 3;
    if (have_st && S_ISREG(st.st_mode) && (uint64_t)st.st_size > (uint64_t)max_raw) {
        if (!is_stdin)
            fclose(f);
        r->bytes_read += (uint64_t)st.st_size;
        return pg_error_set(err, PG_ERR_LIMIT, "cannot read '%s': %" PRIu64 " bytes, more than the %zu a document may have",
                            name, (uint64_t)st.st_size, max);
    }
    pg_buf b = {0};
    int rc = read_stream(f, &b, max_raw);
    int e = errno;
    if (!is_stdin)
        fclose(f);
    if (rc != 0) {
        pg_buf_free(&b);
        return pg_error_set(err, PG_ERR_IO, "cannot read '%s': %s", name, strerror(e));
    }
    r->bytes_read += b.len;
    if (b.len > max_raw) {
        pg_buf_free(&b);
        return pg_error_set(err, PG_ERR_LIMIT, "cannot read '%s': more than the %zu bytes a document may have", name,
                            max);
    }
    if (b.len == 0) {
        pg_buf_free(&b);
        pg_warn(r->opts.warn, r->opts.warn_ctx, "%s: empty file, skipped", name);
        return 0;
    }
    if (looks_binary((const unsigned char *)b.p, b.len)) {
        pg_buf_free(&b);
        return pg_error_set(err, PG_ERR_INPUT, "cannot read '%s': binary data, not text", name);
    }
    size_t n = b.len;
    char *raw = pg_buf_steal(&b);
    if (n >= 3 && memcmp(raw, "\xEF\xBB\xBF", 3) == 0) { /* byte order mark */
        memmove(raw, raw + 3, n - 3);
        n -= 3;
        raw[n] = '\0';
    }
    out->text = repair_text(r, raw, n, name, &out->len);
    if (out->len > max) {
        size_t len = out->len;
        pg_article_clear(out);
        return pg_error_set(err, PG_ERR_LIMIT,
                            "cannot read '%s': %zu bytes once repaired, more than the %zu a document may have", name,
                            len, max);
    }
    out->id = base_name_id(in->path);
    out->title = guess_title(out->text, out->len);
    out->date = pg_xstrdup("");
    out->source = pg_xstrdup("");
    out->url = pg_xstrdup("");
    out->origin = pg_xstrdup(name);
    return 1;
}

/* ---- JSON Lines ---- */

static char *take_field(pg_jsonl_fields *f, int k)
{
    if (!f->present[k])
        return pg_xstrdup("");
    return pg_xstrndup(f->value[k].p ? f->value[k].p : "", f->value[k].len);
}

/* Parses one JSONL line. Returns 1, 0 (blank line), -1. */
static int parse_line(pg_reader *r, const input_t *in, char *line, size_t n, pg_article *out, pg_error *err)
{
    const char *name = strcmp(in->path, "-") == 0 ? "<stdin>" : in->path;
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
        n--;
    size_t i = 0;
    while (i < n && (line[i] == ' ' || line[i] == '\t'))
        i++;
    if (i == n)
        return 0;
    /* "name:line", in the reader's scratch buffer (not with snprintf: it
     * costs more than the rest of a short line's bookkeeping) */
    pg_buf_reset(&r->tmp);
    pg_buf_adds(&r->tmp, name);
    pg_buf_addc(&r->tmp, ':');
    pg_buf_add_u64(&r->tmp, r->line);
    const char *origin = r->tmp.p;
    char msg[128];
    size_t col;
    pg_jsonl_fields *f = &r->fields;
    if (pg_jsonl_parse(line, n, f, msg, sizeof msg, &col) != 0)
        return pg_error_set(err, PG_ERR_INPUT, "%s:%zu:%zu: malformed JSON: %s", name, r->line, col, msg);
    if (f->present[JF_TEXT] != 1)
        return pg_error_set(err, PG_ERR_INPUT, "%s:%zu: the article has no \"text\" string", name, r->line);
    if (f->value[JF_TEXT].len > r->opts.max_document_bytes)
        return pg_error_set(err, PG_ERR_LIMIT, "%s: the text is %zu bytes, more than the %zu a document may have",
                            origin, f->value[JF_TEXT].len, r->opts.max_document_bytes);
    if (f->repaired)
        pg_warn(r->opts.warn, r->opts.warn_ctx,
                "%s: invalid UTF-8 or NUL bytes (first at byte %zu of the line); %zu replaced by U+FFFD", origin,
                f->first_repair, f->repaired);
    out->len = f->value[JF_TEXT].len;
    out->text = pg_buf_steal(&f->value[JF_TEXT]);
    out->id = take_field(f, JF_ID);
    if (!*out->id) {
        free(out->id);
        char *base = base_name_id(in->path);
        pg_buf idb = {0};
        pg_buf_printf(&idb, "%s:%zu", base, r->line);
        free(base);
        out->id = pg_buf_steal(&idb);
    }
    out->title = take_field(f, JF_TITLE);
    out->date = take_field(f, JF_DATE);
    if (strlen(out->date) > 10 && out->date[10] == 'T')
        out->date[10] = '\0'; /* ISO date-time: keep the date */
    if (*out->date && !pg_date_valid(out->date)) {
        pg_buf shown = {0};
        show_value(&shown, out->date);
        pg_warn(r->opts.warn, r->opts.warn_ctx, "%s: date '%s' is not YYYY-MM-DD, ignored", origin, shown.p);
        pg_buf_free(&shown);
        out->date[0] = '\0';
    }
    out->source = take_field(f, JF_SOURCE);
    out->url = take_field(f, JF_URL);
    out->origin = pg_xstrdup(origin);
    return 1;
}

/* ---- driver ---- */

/* Ids seen are kept as 64-bit hashes (8 bytes a document, not the ids):
 * the reader's memory must not grow with the corpus' text. Equal hashes of
 * different ids (about one chance in 10^10 for a billion documents) would
 * rename an id needlessly, never merge two documents. */
static int id_seen(pg_reader *r, const char *id, size_t n)
{
    return !pg_u64set_add(r->ids, pg_hash_bytes(id, n));
}

static void unique_id(pg_reader *r, pg_article *a)
{
    if (!id_seen(r, a->id, strlen(a->id)))
        return;
    pg_buf b = {0};
    for (size_t k = 2;; k++) {
        pg_buf_reset(&b);
        pg_buf_printf(&b, "%s~%zu", a->id, k);
        if (!id_seen(r, b.p, b.len))
            break;
    }
    pg_buf seen = {0}, now = {0};
    show_value(&seen, a->id);
    show_value(&now, b.p);
    pg_warn(r->opts.warn, r->opts.warn_ctx, "%s: document id '%s' was seen before; this one is '%s'", a->origin, seen.p,
            now.p);
    pg_buf_free(&seen);
    pg_buf_free(&now);
    free(a->id);
    a->id = pg_buf_steal(&b);
}

/* A bad input or line: -1 to stop, or 0 to go on after a warning (-k). */
static int bad_input(pg_reader *r, pg_article *out, pg_error *err, const char *what)
{
    pg_article_clear(out);
    if (!r->opts.keep_going)
        return -1;
    pg_warn(r->opts.warn, r->opts.warn_ctx, "%s (%s)", err->msg, what);
    return 0;
}

int pg_reader_next(pg_reader *r, pg_article *out, pg_error *err)
{
    pg_error local;
    if (!err) /* the message is still needed for keep-going warnings */
        err = &local;
    pg_article_clear(out);
    for (;;) {
        if (r->cur) {
            const input_t *in = &r->inputs[r->cur_input];
            ssize_t n = getline(&r->linebuf, &r->linecap, r->cur);
            if (n < 0) {
                int failed = ferror(r->cur);
                int e = errno;
                if (r->cur != stdin)
                    fclose(r->cur);
                r->cur = NULL;
                if (failed)
                    return pg_error_set(err, PG_ERR_IO, "cannot read '%s': %s", in->path, strerror(e));
                continue;
            }
            r->line++;
            r->bytes_read += (uint64_t)n;
            int rc = parse_line(r, in, r->linebuf, (size_t)n, out, err);
            if (rc == 1) {
                unique_id(r, out);
                return 1;
            }
            if (rc < 0 && bad_input(r, out, err, "line skipped") < 0)
                return -1;
            continue;
        }
        if (r->next >= r->ninputs)
            return 0;
        input_t *in = &r->inputs[r->next];
        r->next++;
        if (in->jsonl) {
            FILE *f = strcmp(in->path, "-") == 0 ? stdin : fopen(in->path, "rb");
            if (!f) {
                pg_error_set(err, PG_ERR_IO, "cannot read '%s': %s", in->path, strerror(errno));
                if (bad_input(r, out, err, "skipped") < 0)
                    return -1;
                continue;
            }
            struct stat st;
            if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
                if (f != stdin)
                    fclose(f);
                pg_error_set(err, PG_ERR_IO, "cannot read '%s': %s", in->path, strerror(EISDIR));
                if (bad_input(r, out, err, "skipped") < 0)
                    return -1;
                continue;
            }
            if (f != stdin) {
                if (!r->iobuf)
                    r->iobuf = pg_xmalloc(READ_BUFFER);
                setvbuf(f, r->iobuf, _IOFBF, READ_BUFFER);
            }
            r->cur = f;
            r->cur_input = r->next - 1;
            r->line = 0;
            continue;
        }
        int rc = read_text(r, in, out, err);
        if (rc == 1) {
            unique_id(r, out);
            return 1;
        }
        if (rc < 0 && bad_input(r, out, err, "skipped") < 0)
            return -1;
    }
}
