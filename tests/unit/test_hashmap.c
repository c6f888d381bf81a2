/* test_hashmap.c — the string maps: lookups, growth, removal, clearing,
 * pooled keys. Every check is against a plain array of the keys put. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "hashmap.h"

#define NKEYS 5000

static void key_of(size_t i, char *out, size_t n) { snprintf(out, n, "key-%zu-%s", i, i % 7 ? "x" : "longer-key"); }

/* Puts NKEYS keys with values, then finds each (and not the absent ones). */
static void fill_and_check(pg_strmap *m)
{
    char k[64];
    for (size_t i = 0; i < NKEYS; i++) {
        key_of(i, k, sizeof k);
        int inserted = 0;
        *pg_strmap_put(m, k, strlen(k), &inserted) = i + 1;
        cr_assert(inserted, "%s", k);
    }
    cr_assert_eq(pg_strmap_count(m), NKEYS);
    for (size_t i = 0; i < NKEYS; i++) {
        key_of(i, k, sizeof k);
        size_t *v = pg_strmap_get(m, k, strlen(k));
        cr_assert(v && *v == i + 1, "%s", k);
        int inserted = 1;
        cr_assert_eq(*pg_strmap_put(m, k, strlen(k), &inserted), i + 1);
        cr_assert_not(inserted);
    }
    cr_assert_null(pg_strmap_get(m, "key-1-", 6)); /* a prefix of a key */
    cr_assert_null(pg_strmap_get(m, "absent", 6));
}

Test(hashmap, put_get_and_growth)
{
    pg_strmap *m = pg_strmap_new();
    fill_and_check(m);
    /* keys are slices: the length counts, not a NUL */
    const char *text = "alpha beta";
    *pg_strmap_put(m, text, 5, NULL) = 42;
    cr_assert_eq(*pg_strmap_get(m, "alpha", 5), 42);
    cr_assert_null(pg_strmap_get(m, text, 10));
    cr_assert_str_eq(pg_strmap_intern(m, text + 6, 4), "beta");
    pg_strmap_free(m);
    pg_strmap_free(NULL);
}

Test(hashmap, unref_removes_at_zero_and_keeps_the_others_findable)
{
    pg_strmap *m = pg_strmap_new();
    char k[64];
    for (size_t i = 0; i < NKEYS; i++) {
        key_of(i, k, sizeof k);
        pg_strmap_ref(m, k, strlen(k));
        if (i % 3 == 0)
            pg_strmap_ref(m, k, strlen(k)); /* a second reference */
    }
    /* drop one reference of every key: the ones with two stay */
    for (size_t i = 0; i < NKEYS; i++) {
        key_of(i, k, sizeof k);
        pg_strmap_unref(m, k);
    }
    size_t left = 0;
    for (size_t i = 0; i < NKEYS; i++) {
        key_of(i, k, sizeof k);
        size_t *v = pg_strmap_get(m, k, strlen(k));
        if (i % 3 == 0) {
            cr_assert(v && *v == 1, "%s", k);
            left++;
        } else {
            cr_assert_null(v, "%s", k);
        }
    }
    cr_assert_eq(pg_strmap_count(m), left);
    pg_strmap_free(m);
}

Test(hashmap, clear_empties_and_the_map_is_reusable)
{
    pg_strmap *plain = pg_strmap_new(), *pooled = pg_strmap_new_pooled();
    pg_strmap *maps[] = {plain, pooled};
    for (int j = 0; j < 2; j++) {
        pg_strmap *m = maps[j];
        for (int round = 0; round < 3; round++) {
            fill_and_check(m); /* past 256 slots: clearing also shrinks */
            pg_strmap_clear(m);
            cr_assert_eq(pg_strmap_count(m), 0);
            cr_assert_null(pg_strmap_get(m, "key-1-x", 7));
            /* a small fill after the clear */
            *pg_strmap_put(m, "one", 3, NULL) = 1;
            cr_assert_eq(*pg_strmap_get(m, "one", 3), 1);
            pg_strmap_clear(m);
        }
    }
    pg_strmap_free(plain);
    pg_strmap_free(pooled);
}

Test(hashmap, pooled_keys_longer_than_a_block_and_unref)
{
    pg_strmap *m = pg_strmap_new_pooled();
    static char big[10000];
    memset(big, 'b', sizeof big - 1);
    const char *copy = pg_strmap_intern(m, big, sizeof big - 1);
    cr_assert_eq(strlen(copy), sizeof big - 1);
    cr_assert_neq(copy, big);
    const char *small = pg_strmap_ref(m, "small", 5);
    cr_assert_str_eq(small, "small");
    pg_strmap_unref(m, "small");
    cr_assert_null(pg_strmap_get(m, "small", 5));
    cr_assert_not_null(pg_strmap_get(m, big, sizeof big - 1));
    cr_assert_str_eq(copy, big); /* copies stay where they are as blocks are added */
    pg_strmap_clear(m);
    cr_assert_null(pg_strmap_get(m, big, sizeof big - 1));
    pg_strmap_free(m);
}

/* The set of 64-bit keys (the reader's ids seen): every key added once is
 * new, every repeat is not, across the growth of all its segments; key 0
 * and key 1 are one key (0 marks an empty slot). */
Test(hashmap, u64set_adds_each_key_once_across_growth)
{
    pg_u64set *t = pg_u64set_new();
    const size_t n = 200000;
    for (size_t i = 0; i < n; i++)
        cr_assert_eq(pg_u64set_add(t, (uint64_t)i * 0x9e3779b97f4a7c15ULL + 2), 1, "key %zu", i);
    for (size_t i = 0; i < n; i += 7)
        cr_assert_eq(pg_u64set_add(t, (uint64_t)i * 0x9e3779b97f4a7c15ULL + 2), 0, "key %zu again", i);
    /* keys that differ only in the bits that pick a segment, or only in
     * the bits that pick a slot */
    for (uint64_t k = 1; k < 64; k++) {
        cr_assert_eq(pg_u64set_add(t, k << 58), 1);
        cr_assert_eq(pg_u64set_add(t, k << 58), 0);
    }
    cr_assert_eq(pg_u64set_add(t, 0), 1);
    cr_assert_eq(pg_u64set_add(t, 1), 0);
    pg_u64set_free(t);
    pg_u64set_free(NULL);
}
