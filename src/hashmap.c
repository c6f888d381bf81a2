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

static inline uint64_t load64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t load32(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* 64x64 -> 128 multiply, folded: the mixing step of wyhash-style hashes. */
static inline uint64_t fold(uint64_t a, uint64_t b)
{
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

uint64_t pg_hash_bytes(const void *data, size_t n)
{
    const unsigned char *p = data;
    const uint64_t k0 = 0xa0761d6478bd642fULL, k1 = 0xe7037ed1a0b428dbULL, k2 = 0x8ebc6af09c88c6e3ULL;
    uint64_t seed = k0 ^ n, a, b;
    if (n <= 8) {
        /* the common short word: one multiply */
        if (n >= 4)
            a = load32(p) << 32 | load32(p + n - 4);
        else if (n > 0)
            a = ((uint64_t)p[0] << 16) | ((uint64_t)p[n >> 1] << 8) | p[n - 1];
        else
            a = 0;
        return fold(a ^ k1, seed ^ k2);
    }
    if (n <= 16) {
        if (n >= 8) {
            a = load64(p);
            b = load64(p + n - 8);
        } else if (n >= 4) {
            a = load32(p);
            b = load32(p + n - 4);
        } else if (n > 0) {
            a = ((uint64_t)p[0] << 16) | ((uint64_t)p[n >> 1] << 8) | p[n - 1];
            b = 0;
        } else {
            a = b = 0;
        }
    } else {
        size_t i = n;
        while (i > 16) {
            seed = fold(load64(p) ^ k1, load64(p + 8) ^ seed);
            p += 16;
            i -= 16;
        }
        a = load64(p + i - 16);
        b = load64(p + i - 8);
    }
    return fold(k1 ^ n, fold(a ^ k1, b ^ seed ^ k2));
}

/* ---- string map ---- */

/* Slots hold the key, its length and hash; a separate byte per slot (the
 * tag: 0 when empty, else the hash's top seven bits with the high bit set)
 * is what a probe reads first. The tags of a lexicon-sized map fit in the
 * first-level cache where its slots do not, so a lookup that misses (most
 * phrase lookups do) touches no slot, and one that hits touches the one
 * slot whose tag matched. */
typedef struct {
    char *key;
    size_t len;
    uint64_t hash;
    size_t value;
} str_slot;

/* A pooled map's keys: copied one after another into blocks that are
 * freed (all but the first) when the map is cleared. */
typedef struct key_block {
    struct key_block *next;
    size_t used, size;
    char data[];
} key_block;

#define KEY_BLOCK_BYTES 4096

struct pg_strmap {
    str_slot *slots;
    uint8_t *tags;
    size_t cap, count; /* cap is a power of two */
    key_block *pool;   /* NULL: each key is its own allocation */
};

static inline uint8_t str_tag(uint64_t h) { return (uint8_t)(0x80 | (h >> 57)); }

/* Slots and tags are one block: the tags follow the slots. */
static void str_alloc(pg_strmap *m, size_t cap)
{
    m->cap = cap;
    m->slots = pg_xmalloc(cap * (sizeof *m->slots + 1));
    m->tags = (uint8_t *)(m->slots + cap);
    memset(m->tags, 0, cap);
}

pg_strmap *pg_strmap_new(void)
{
    pg_strmap *m = pg_xcalloc(1, sizeof *m);
    str_alloc(m, 16);
    return m;
}

pg_strmap *pg_strmap_new_pooled(void)
{
    pg_strmap *m = pg_strmap_new();
    m->pool = pg_xmalloc(sizeof *m->pool + KEY_BLOCK_BYTES);
    m->pool->next = NULL;
    m->pool->used = 0;
    m->pool->size = KEY_BLOCK_BYTES;
    return m;
}

/* A copy of key[0..len) with a NUL, owned by the map. */
static char *key_copy(pg_strmap *m, const char *key, size_t len)
{
    if (!m->pool)
        return pg_xstrndup(key, len);
    key_block *b = m->pool;
    if (b->size - b->used < len + 1) {
        size_t size = len + 1 > KEY_BLOCK_BYTES ? len + 1 : KEY_BLOCK_BYTES;
        key_block *nb = pg_xmalloc(sizeof *nb + size);
        nb->next = b;
        nb->used = 0;
        nb->size = size;
        m->pool = b = nb;
    }
    char *p = b->data + b->used;
    memcpy(p, key, len);
    p[len] = '\0';
    b->used += len + 1;
    return p;
}

static void free_keys(pg_strmap *m)
{
    if (!m->pool) {
        for (size_t i = 0; i < m->cap; i++)
            if (m->tags[i])
                free(m->slots[i].key);
        return;
    }
    /* the first block (the last in the chain) is kept for reuse */
    key_block *b = m->pool;
    while (b->next) {
        key_block *next = b->next;
        free(b);
        b = next;
    }
    b->used = 0;
    m->pool = b;
}

void pg_strmap_clear(pg_strmap *m)
{
    free_keys(m);
    m->count = 0;
    if (m->cap > 256) { /* one large document must not make every later clear slow */
        free(m->slots);
        str_alloc(m, 16);
    } else {
        memset(m->tags, 0, m->cap);
    }
}

void pg_strmap_free(pg_strmap *m)
{
    if (!m)
        return;
    free_keys(m);
    free(m->pool);
    free(m->slots);
    free(m);
}

size_t pg_strmap_count(const pg_strmap *m) { return m->count; }

/* The slot holding `key`, or the empty one where it would go. */
static inline size_t str_find(const pg_strmap *m, const char *key, size_t len, uint64_t h)
{
    size_t mask = m->cap - 1;
    uint8_t tag = str_tag(h);
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        uint8_t t = m->tags[i];
        if (!t)
            return i;
        if (t == tag) {
            const str_slot *s = &m->slots[i];
            if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0)
                return i;
        }
    }
}

static void str_grow(pg_strmap *m)
{
    str_slot *old = m->slots;
    uint8_t *oldtags = m->tags;
    size_t oldcap = m->cap;
    str_alloc(m, oldcap * 2);
    size_t mask = m->cap - 1;
    for (size_t i = 0; i < oldcap; i++) {
        if (!oldtags[i])
            continue;
        size_t j = (size_t)old[i].hash & mask;
        while (m->tags[j])
            j = (j + 1) & mask;
        m->slots[j] = old[i];
        m->tags[j] = oldtags[i];
    }
    free(old);
}

size_t *pg_strmap_get(const pg_strmap *m, const char *key, size_t len)
{
    size_t i = str_find(m, key, len, pg_hash_bytes(key, len));
    return m->tags[i] ? &m->slots[i].value : NULL;
}

static str_slot *str_put(pg_strmap *m, const char *key, size_t len, int *inserted)
{
    uint64_t h = pg_hash_bytes(key, len);
    size_t i = str_find(m, key, len, h);
    if (m->tags[i]) {
        if (inserted)
            *inserted = 0;
        return &m->slots[i];
    }
    if ((m->count + 1) * 4 > m->cap * 3) {
        str_grow(m);
        i = str_find(m, key, len, h);
    }
    str_slot *s = &m->slots[i];
    s->key = key_copy(m, key, len);
    s->len = len;
    s->hash = h;
    s->value = 0;
    m->tags[i] = str_tag(h);
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

const char *pg_strmap_ref(pg_strmap *m, const char *key, size_t len)
{
    str_slot *s = str_put(m, key, len, NULL);
    s->value++;
    return s->key;
}

void pg_strmap_unref(pg_strmap *m, const char *key)
{
    size_t len = strlen(key);
    uint64_t h = pg_hash_bytes(key, len);
    size_t hole = str_find(m, key, len, h);
    if (!m->tags[hole] || --m->slots[hole].value > 0)
        return;
    if (!m->pool) /* a pooled key stays in its block until the map is cleared */
        free(m->slots[hole].key);
    m->tags[hole] = 0;
    m->count--;
    /* backward-shift deletion keeps linear probing tombstone-free */
    size_t mask = m->cap - 1;
    for (size_t i = (hole + 1) & mask; m->tags[i]; i = (i + 1) & mask) {
        size_t home = (size_t)m->slots[i].hash & mask;
        /* can slot i's entry move to the hole? yes if its home is not in (hole, i] */
        int between = hole <= i ? (home > hole && home <= i) : (home > hole || home <= i);
        if (!between) {
            m->slots[hole] = m->slots[i];
            m->tags[hole] = m->tags[i];
            m->tags[i] = 0;
            hole = i;
        }
    }
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

/* ---- u64 set ---- */

/* The set is split by the top bits of the mixed key into SET_SEGS tables
 * that grow on their own: growing one copies a 64th of the keys, so the
 * set never holds its old and new table at once (which, for the ids of a
 * large corpus, set the run's peak memory: 256 KB old beside 512 KB new
 * at 24,576 ids). */
#define SET_SEG_BITS 6
#define SET_SEGS (1u << SET_SEG_BITS)

typedef struct {
    uint64_t *keys; /* 0: empty (key 0 is stored as 1); NULL until the first key */
    uint32_t cap, count;
} set_seg;

struct pg_u64set {
    set_seg seg[SET_SEGS];
};

pg_u64set *pg_u64set_new(void) { return pg_xcalloc(1, sizeof(pg_u64set)); }

void pg_u64set_free(pg_u64set *t)
{
    if (!t)
        return;
    for (unsigned i = 0; i < SET_SEGS; i++)
        free(t->seg[i].keys);
    free(t);
}

/* The slot of `key` in `s` (mixed: `h`): where it is, or the empty slot
 * where it would go. */
static uint64_t *seg_find(const set_seg *s, uint64_t key, uint64_t h)
{
    size_t mask = s->cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask)
        if (s->keys[i] == 0 || s->keys[i] == key)
            return &s->keys[i];
}

int pg_u64set_add(pg_u64set *t, uint64_t key)
{
    if (key == 0)
        key = 1;
    uint64_t h = mix(key);
    set_seg *s = &t->seg[h >> (64 - SET_SEG_BITS)];
    if (s->keys) {
        uint64_t *k = seg_find(s, key, h);
        if (*k)
            return 0;
    }
    if ((s->count + 1) * 4 > s->cap * 3) {
        uint64_t *old = s->keys;
        uint32_t oldcap = s->cap;
        if (oldcap > UINT32_MAX / 2)
            abort();
        s->cap = oldcap ? oldcap * 2 : 8;
        s->keys = pg_xcalloc(s->cap, sizeof *s->keys);
        for (uint32_t i = 0; i < oldcap; i++)
            if (old[i])
                *seg_find(s, old[i], mix(old[i])) = old[i];
        free(old);
    }
    *seg_find(s, key, h) = key;
    s->count++;
    return 1;
}
