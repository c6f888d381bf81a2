/* hashmap.c — open-addressing (linear probing) string and integer maps. */
#include "hashmap.h"

#include <stdlib.h>
#include <string.h>

#include "mem.h"

static inline uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

uint64_t pg_hash_bytes(const void *data, size_t n)
{
    const unsigned char *p = data;
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ (n * 0x100000001b3ULL);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ mix(w)) * 0x9fb21c651e98df25ULL;
        p += 8;
        n -= 8;
    }
    uint64_t w = 0;
    memcpy(&w, p, n);
    h = (h ^ mix(w ^ 0x2545f4914f6cdd1dULL)) * 0x9fb21c651e98df25ULL;
    return mix(h);
}

/* ---- string map ---- */

typedef struct {
    char *key; /* NULL: empty slot */
    size_t len;
    uint64_t hash;
    size_t value;
} str_slot;

struct pg_strmap {
    str_slot *slots;
    size_t cap, count; /* cap is a power of two */
};

pg_strmap *pg_strmap_new(void)
{
    pg_strmap *m = pg_xcalloc(1, sizeof *m);
    m->cap = 16;
    m->slots = pg_xcalloc(m->cap, sizeof *m->slots);
    return m;
}

void pg_strmap_free(pg_strmap *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->cap; i++)
        free(m->slots[i].key);
    free(m->slots);
    free(m);
}

size_t pg_strmap_count(const pg_strmap *m) { return m->count; }

static str_slot *str_find(const pg_strmap *m, const char *key, size_t len, uint64_t h)
{
    size_t mask = m->cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        str_slot *s = &m->slots[i];
        if (!s->key)
            return s;
        if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0)
            return s;
    }
}

static void str_grow(pg_strmap *m)
{
    str_slot *old = m->slots;
    size_t oldcap = m->cap;
    m->cap *= 2;
    m->slots = pg_xcalloc(m->cap, sizeof *m->slots);
    for (size_t i = 0; i < oldcap; i++) {
        if (!old[i].key)
            continue;
        str_slot *s = str_find(m, old[i].key, old[i].len, old[i].hash);
        *s = old[i];
    }
    free(old);
}

size_t *pg_strmap_get(const pg_strmap *m, const char *key, size_t len)
{
    str_slot *s = str_find(m, key, len, pg_hash_bytes(key, len));
    return s->key ? &s->value : NULL;
}

static str_slot *str_put(pg_strmap *m, const char *key, size_t len, int *inserted)
{
    uint64_t h = pg_hash_bytes(key, len);
    str_slot *s = str_find(m, key, len, h);
    if (s->key) {
        if (inserted)
            *inserted = 0;
        return s;
    }
    if ((m->count + 1) * 4 > m->cap * 3) {
        str_grow(m);
        s = str_find(m, key, len, h);
    }
    s->key = pg_xstrndup(key, len);
    s->len = len;
    s->hash = h;
    s->value = 0;
    m->count++;
    if (inserted)
        *inserted = 1;
    return s;
}

size_t *pg_strmap_put(pg_strmap *m, const char *key, size_t len, int *inserted)
{
    return &str_put(m, key, len, inserted)->value;
}

const char *pg_strmap_intern(pg_strmap *m, const char *key, size_t len)
{
    return str_put(m, key, len, NULL)->key;
}

/* ---- u64 map ---- */

typedef struct {
    uint64_t key;
    size_t value;
    int used;
} u64_slot;

struct pg_u64map {
    u64_slot *slots;
    size_t cap, count;
};

pg_u64map *pg_u64map_new(void)
{
    pg_u64map *m = pg_xcalloc(1, sizeof *m);
    m->cap = 16;
    m->slots = pg_xcalloc(m->cap, sizeof *m->slots);
    return m;
}

void pg_u64map_free(pg_u64map *m)
{
    if (!m)
        return;
    free(m->slots);
    free(m);
}

void pg_u64map_clear(pg_u64map *m)
{
    memset(m->slots, 0, m->cap * sizeof *m->slots);
    m->count = 0;
}

static u64_slot *u64_find(const pg_u64map *m, uint64_t key)
{
    size_t mask = m->cap - 1;
    for (size_t i = (size_t)mix(key) & mask;; i = (i + 1) & mask) {
        u64_slot *s = &m->slots[i];
        if (!s->used || s->key == key)
            return s;
    }
}

size_t *pg_u64map_get(const pg_u64map *m, uint64_t key)
{
    u64_slot *s = u64_find(m, key);
    return s->used ? &s->value : NULL;
}

size_t *pg_u64map_put(pg_u64map *m, uint64_t key, int *inserted)
{
    u64_slot *s = u64_find(m, key);
    if (s->used) {
        if (inserted)
            *inserted = 0;
        return &s->value;
    }
    if ((m->count + 1) * 4 > m->cap * 3) {
        u64_slot *old = m->slots;
        size_t oldcap = m->cap;
        m->cap *= 2;
        m->slots = pg_xcalloc(m->cap, sizeof *m->slots);
        for (size_t i = 0; i < oldcap; i++)
            if (old[i].used)
                *u64_find(m, old[i].key) = old[i];
        free(old);
        s = u64_find(m, key);
    }
    s->used = 1;
    s->key = key;
    s->value = 0;
    m->count++;
    if (inserted)
        *inserted = 1;
    return &s->value;
}
