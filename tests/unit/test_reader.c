/* test_reader.c — files, directories, JSON Lines; repairs and refusals. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "polgraph/reader.h"

static char warnings[4096];

static void collect(void *ctx, const char *msg)
{
    (void)ctx;
    strncat(warnings, msg, sizeof warnings - strlen(warnings) - 2);
    strcat(warnings, "\n");
}

static pg_reader *open_inputs(const char *const *paths, size_t n, int jsonl)
{
    warnings[0] = 0;
    pg_reader_opts o = {.jsonl = jsonl, .warn = collect};
    pg_error err = {0};
    pg_reader *r = pg_reader_new(paths, n, &o, &err);
    cr_assert(r, "%s", err.msg);
    return r;
}

/* Writes `data` to a temporary file; returns its path (static buffer). */
static const char *temp_file(const char *suffix, const void *data, size_t n)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/pgtestXXXXXX%s", suffix);
    int fd = mkstemps(path, (int)strlen(suffix));
    cr_assert(fd >= 0);
    cr_assert_eq(write(fd, data, n), (ssize_t)n);
    close(fd);
    return path;
}

Test(reader, directory_in_sorted_order_with_jsonl)
{
    const char *in[] = {"tests/fixtures/corpus"};
    pg_reader *r = open_inputs(in, 1, 0);
    pg_article a = {0};
    pg_error err = {0};
    const char *ids[] = {"b", "n1", "n2", "n1~2", "a"};
    for (int i = 0; i < 5; i++) {
        cr_assert_eq(pg_reader_next(r, &a, &err), 1, "article %d: %s", i, err.msg);
        cr_assert_str_eq(a.id, ids[i]);
    }
    cr_assert_eq(pg_reader_next(r, &a, &err), 0);
    cr_assert(strstr(warnings, "document id 'n1' was seen before"), "%s", warnings);
    pg_article_clear(&a);
    pg_reader_free(r);
}

Test(reader, jsonl_fields)
{
    const char *in[] = {"tests/fixtures/corpus/news.jsonl"};
    pg_reader *r = open_inputs(in, 1, 0);
    pg_article a = {0};
    pg_error err = {0};
    cr_assert_eq(pg_reader_next(r, &a, &err), 1);
    cr_assert_str_eq(a.date, "2024-03-01");
    cr_assert_str_eq(a.title, "One");
    cr_assert_str_eq(a.source, "wire");
    cr_assert_str_eq(a.url, "https://example.org/1");
    cr_assert(strstr(a.text, "Ivo Petrov"));
    cr_assert_eq(pg_reader_next(r, &a, &err), 1);
    cr_assert_str_eq(a.date, "2024-03-02", "date-times keep their date");
    pg_article_clear(&a);
    pg_reader_free(r);
}

Test(reader, text_title_from_heading)
{
    const char *in[] = {"tests/fixtures/corpus/sub/a.md"};
    pg_reader *r = open_inputs(in, 1, 0);
    pg_article a = {0};
    pg_error err = {0};
    cr_assert_eq(pg_reader_next(r, &a, &err), 1);
    cr_assert_str_eq(a.title, "Second");
    cr_assert_str_eq(a.id, "a");
    pg_article_clear(&a);
    pg_reader_free(r);
}

Test(reader, malformed_jsonl_names_file_line_and_column)
{
    const char *data = "{\"id\": \"ok\", \"text\": \"fine\"}\n{\"id\": \"bad\", \"text\": }\n";
    const char *p = temp_file(".jsonl", data, strlen(data));
    const char *in[] = {p};
    pg_reader *r = open_inputs(in, 1, 0);
    pg_article a = {0};
    pg_error err = {0};
    cr_assert_eq(pg_reader_next(r, &a, &err), 1);
    cr_assert_eq(pg_reader_next(r, &a, &err), -1);
    char want[128];
    snprintf(want, sizeof want, "%s:2:", p);
    cr_assert(strstr(err.msg, want), "%s", err.msg);
    pg_article_clear(&a);
    pg_reader_free(r);
    unlink(p);
}

Test(reader, jsonl_without_text_and_keep_going)
{
    const char *data = "[1,2]\n{\"id\": \"x\"}\n{\"id\": \"y\", \"text\": \"kept\"}\n";
    const char *p = temp_file(".jsonl", data, strlen(data));
    const char *in[] = {p};
    warnings[0] = 0;
    pg_reader_opts o = {.keep_going = 1, .warn = collect};
    pg_error err = {0};
    pg_reader *r = pg_reader_new(in, 1, &o, &err);
    pg_article a = {0};
    cr_assert_eq(pg_reader_next(r, &a, &err), 1, "%s", err.msg);
    cr_assert_str_eq(a.id, "y");
    cr_assert(strstr(warnings, "expected a JSON object"), "%s", warnings);
    cr_assert(strstr(warnings, "no \"text\" string"), "%s", warnings);
    pg_article_clear(&a);
    pg_reader_free(r);
    unlink(p);
}

Test(reader, keep_going_without_an_error_struct)
{
    /* err may be NULL (error.h); keep-going still words its warning */
    const char data[] = "{\"id\": \"a\", \"text\": \n{\"id\": \"b\", \"text\": \"ok\"}\n";
    const char *p = temp_file(".jsonl", data, sizeof data - 1);
    const char *in[] = {p};
    warnings[0] = 0;
    pg_reader_opts o = {.keep_going = 1, .warn = collect};
    pg_reader *r = pg_reader_new(in, 1, &o, NULL);
    cr_assert(r);
    pg_article a = {0};
    cr_assert_eq(pg_reader_next(r, &a, NULL), 1);
    cr_assert_str_eq(a.id, "b");
    cr_assert(strstr(warnings, ":1:") && strstr(warnings, "line skipped"), "%s", warnings);
    pg_article_clear(&a);
    pg_reader_free(r);
    unlink(p);
}

Test(reader, jsonl_raw_nul_is_repaired_with_a_warning)
{
    /* a raw NUL inside a JSON Lines string (invalid JSON, but seen in
     * scraped feeds) becomes U+FFFD with the warning text files get */
    const char data[] = "{\"id\": \"a\", \"text\": \"Ana\0said \\u0000no.\"}\n";
    const char *p = temp_file(".jsonl", data, sizeof data - 1);
    const char *in[] = {p};
    pg_reader *r = open_inputs(in, 1, 0);
    pg_article a = {0};
    pg_error err = {0};
    cr_assert_eq(pg_reader_next(r, &a, &err), 1, "%s", err.msg);
    cr_assert_str_eq(a.text, "Ana\xEF\xBF\xBDsaid  no.");
    cr_assert_eq(strlen(a.text), a.len);
    cr_assert(strstr(warnings, "invalid UTF-8 or NUL bytes (first at byte 24 of the line); 1 replaced"), "%s",
              warnings);
    pg_article_clear(&a);
    pg_reader_free(r);
    unlink(p);
}

Test(reader, invalid_utf8_and_nul_are_repaired_with_a_warning)
{
    const char data[] = "Minister\xff Ana said\0 no.";
    const char *p = temp_file(".txt", data, sizeof data - 1);
    const char *in[] = {p};
    pg_reader *r = open_inputs(in, 1, 0);
    pg_article a = {0};
    pg_error err = {0};
    cr_assert_eq(pg_reader_next(r, &a, &err), 1);
    cr_assert(strstr(a.text, "Minister\xEF\xBF\xBD Ana"), "%s", a.text);
    cr_assert_eq(strlen(a.text), a.len, "no NUL inside");
    cr_assert(strstr(warnings, "first at byte 8"), "%s", warnings);
    pg_article_clear(&a);
    pg_reader_free(r);
    unlink(p);
}

Test(reader, binary_files_are_refused)
{
    const unsigned char png[] = {0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    const char *p = temp_file(".txt", png, sizeof png);
    const char *in[] = {p};
    pg_reader *r = open_inputs(in, 1, 0);
    pg_article a = {0};
    pg_error err = {0};
    cr_assert_eq(pg_reader_next(r, &a, &err), -1);
    cr_assert(strstr(err.msg, "binary"), "%s", err.msg);
    cr_assert_eq(err.code, PG_ERR_INPUT);
    pg_reader_free(r);
    unlink(p);
}

Test(reader, empty_files_are_skipped_with_a_warning)
{
    const char *p = temp_file(".txt", "", 0);
    const char *in[] = {p};
    pg_reader *r = open_inputs(in, 1, 0);
    pg_article a = {0};
    pg_error err = {0};
    cr_assert_eq(pg_reader_next(r, &a, &err), 0);
    cr_assert(strstr(warnings, "empty file"), "%s", warnings);
    pg_reader_free(r);
    unlink(p);
}

Test(reader, missing_path_fails_up_front)
{
    const char *in[] = {"tests/fixtures/nope.txt"};
    pg_error err = {0};
    pg_reader *r = pg_reader_new(in, 1, NULL, &err);
    cr_assert_null(r);
    cr_assert(strstr(err.msg, "cannot read 'tests/fixtures/nope.txt'"), "%s", err.msg);
}

Test(reader, dates)
{
    cr_assert(pg_date_valid("2024-02-29"));
    cr_assert(!pg_date_valid("2024-13-01"));
    cr_assert(!pg_date_valid("24-01-01"));
    cr_assert(!pg_date_valid(""));
}

Test(reader, a_document_longer_than_the_limit_is_refused)
{
    /* offsets within a document are 32-bit (PG_MAX_DOCUMENT_BYTES); the
     * limit is lowered here so that the test needs no 4 GB file */
    char text[64];
    memset(text, 'a', sizeof text);
    const char *p = temp_file(".txt", text, sizeof text);
    const char *in[] = {p};
    pg_reader_opts o = {.max_document_bytes = 40};
    pg_error err = {0};
    pg_reader *r = pg_reader_new(in, 1, &o, &err);
    pg_article a = {0};
    cr_assert_eq(pg_reader_next(r, &a, &err), -1);
    cr_assert_eq(err.code, PG_ERR_LIMIT);
    cr_assert(strstr(err.msg, "64 bytes, more than the 40 a document may have"), "%s", err.msg);
    pg_reader_free(r);
    unlink(p);

    /* the limit is on the text: 40 bytes after a byte order mark pass */
    char bom[43] = "\xEF\xBB\xBF";
    memset(bom + 3, 'b', 40);
    p = temp_file(".txt", bom, sizeof bom);
    in[0] = p;
    r = pg_reader_new(in, 1, &o, &err);
    cr_assert_eq(pg_reader_next(r, &a, &err), 1, "%s", err.msg);
    cr_assert_eq(a.len, 40);
    pg_article_clear(&a);
    pg_reader_free(r);
    unlink(p);

    /* a repair that lengthens the text past the limit: 20 invalid bytes
     * become 60 bytes of U+FFFD */
    char bad[20];
    memset(bad, 0xC0, sizeof bad);
    p = temp_file(".txt", bad, sizeof bad);
    in[0] = p;
    r = pg_reader_new(in, 1, &o, &err);
    cr_assert_eq(pg_reader_next(r, &a, &err), -1);
    cr_assert(strstr(err.msg, "60 bytes once repaired, more than the 40"), "%s", err.msg);
    pg_reader_free(r);
    unlink(p);
}

Test(reader, a_jsonl_text_longer_than_the_limit_is_skipped_with_keep_going)
{
    const char *data = "{\"id\": \"long\", \"text\": \"0123456789 0123456789 0123456789\"}\n"
                       "{\"id\": \"short\", \"text\": \"0123456789\\u00e9\"}\n";
    const char *p = temp_file(".jsonl", data, strlen(data));
    const char *in[] = {p};
    warnings[0] = 0;
    pg_reader_opts o = {.keep_going = 1, .warn = collect, .max_document_bytes = 12};
    pg_error err = {0};
    pg_reader *r = pg_reader_new(in, 1, &o, &err);
    pg_article a = {0};
    cr_assert_eq(pg_reader_next(r, &a, &err), 1, "%s", err.msg);
    cr_assert_str_eq(a.id, "short"); /* 12 bytes once unescaped: at the limit */
    cr_assert(strstr(warnings, ":1: the text is 32 bytes, more than the 12 a document may have"), "%s", warnings);
    pg_article_clear(&a);
    pg_reader_free(r);

    o.keep_going = 0;
    r = pg_reader_new(in, 1, &o, &err);
    cr_assert_eq(pg_reader_next(r, &a, &err), -1);
    cr_assert_eq(err.code, PG_ERR_LIMIT);
    pg_reader_free(r);
    unlink(p);
}
