/* test_fuzz_regress.c — every fuzz seed and every input the fuzzers ever
 * crashed on (tests/fuzz/seeds/TARGET/, tests/fuzz/regressions/TARGET/),
 * replayed through the fuzz targets' own code with their oracles: the
 * targets are included here with PG_FUZZ_NO_MAIN, so the same function
 * that libFuzzer calls runs under `make test` (gcc) and `make check-asan`
 * (ASan + UBSan). A crash or a failed oracle aborts the test; run
 * `make fuzz-regress` to see which file it was. docs/ROBUSTNESS.md lists
 * the findings. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define PG_FUZZ_NO_MAIN 1
#include "../fuzz/fuzz_draw.c"
#include "../fuzz/fuzz_export.c"
#include "../fuzz/fuzz_extract.c"
#include "../fuzz/fuzz_graph_json.c"
#include "../fuzz/fuzz_lexicon.c"

typedef int (*fuzz_fn)(const uint8_t *data, size_t size);

static int cmp_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Feeds every file of DIR to fn, in name order; returns how many. */
static size_t replay_dir(const char *dir, fuzz_fn fn)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    char **names = NULL;
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t len = strlen(de->d_name);
        if (de->d_name[0] == '.' || (len > 3 && strcmp(de->d_name + len - 3, ".md") == 0))
            continue;
        names = realloc(names, (n + 1) * sizeof *names);
        names[n++] = strdup(de->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_name);
    size_t done = 0;
    for (size_t i = 0; i < n; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        struct stat st;
        FILE *f = fopen(path, "rb");
        cr_assert(f, "cannot open %s", path);
        cr_assert_eq(fstat(fileno(f), &st), 0);
        size_t size = (size_t)st.st_size;
        uint8_t *data = malloc(size ? size : 1);
        cr_assert_eq(fread(data, 1, size, f), size, "short read of %s", path);
        fclose(f);
        fn(data, size);
        free(data);
        free(names[i]);
        done++;
    }
    free(names);
    return done;
}

static void replay(const char *target, fuzz_fn fn)
{
    char dir[256];
    snprintf(dir, sizeof dir, "tests/fuzz/seeds/%s", target);
    size_t seeds = replay_dir(dir, fn);
    cr_assert_gt(seeds, 0, "no seeds in %s (run from the repository root)", dir);
    snprintf(dir, sizeof dir, "tests/fuzz/regressions/%s", target);
    replay_dir(dir, fn);
}

Test(fuzz_regress, extract) { replay("extract", fuzz_extract_one); }
Test(fuzz_regress, graph_json) { replay("graph_json", fuzz_graph_json_one); }
Test(fuzz_regress, export) { replay("export", fuzz_export_one); }
Test(fuzz_regress, draw) { replay("draw", fuzz_draw_one); }
Test(fuzz_regress, lexicon) { replay("lexicon", fuzz_lexicon_one); }
