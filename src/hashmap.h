/* hashmap.h — open-addressing hash maps used throughout the library.
 *
 * pg_strmap maps byte strings (pointer + length, need not be NUL-terminated)
 * to a size_t value. It copies every key it stores and frees them in
 * pg_strmap_free, so callers may look up and insert slices of larger text
 * without allocating. pg_u64map maps 64-bit integers to size_t values.
 * Both are unordered: never iterate them to produce output (determinism).
 */
#ifndef PG_HASHMAP_H
#define PG_HASHMAP_H

#include <stddef.h>
#include <stdint.h>

uint64_t pg_hash_bytes(const void *p, size_t n);

typedef struct pg_strmap pg_strmap;

pg_strmap *pg_strmap_new(void);
/* A map whose key copies are packed into shared blocks: no allocation per
 * key, and pg_strmap_clear frees them at once. For maps that are filled
 * and emptied as a whole (per document): pg_strmap_unref removes a key
 * from one but its copy is freed only by pg_strmap_clear or _free. */
pg_strmap *pg_strmap_new_pooled(void);
void pg_strmap_free(pg_strmap *m); /* NULL is a no-op */
size_t pg_strmap_count(const pg_strmap *m);
/* Removes every key (freeing the copies), for reuse: a map kept across
 * documents costs no allocation per document. */
void pg_strmap_clear(pg_strmap *m);
/* The value slot of `key`, or NULL when absent. */
size_t *pg_strmap_get(const pg_strmap *m, const char *key, size_t len);
/* The value slot of `key`, inserting it with value 0 when absent; `*inserted`
 * (if not NULL) says which. The slot stays valid until the next insert. */
size_t *pg_strmap_put(pg_strmap *m, const char *key, size_t len, int *inserted);
/* The map's own NUL-terminated copy of `key`, inserting it when absent: a
 * string interner. The pointer lives as long as the map. */
const char *pg_strmap_intern(pg_strmap *m, const char *key, size_t len);

/* Reference-counted interning: the map's copy of `key`, its count raised
 * by one. pg_strmap_unref lowers it and removes the key at zero (the
 * pointer is then invalid). For strings shared by many owners that come and
 * go (evidence sentences). */
const char *pg_strmap_ref(pg_strmap *m, const char *key, size_t len);
void pg_strmap_unref(pg_strmap *m, const char *key);

typedef struct pg_u64map pg_u64map;

pg_u64map *pg_u64map_new(void);
void pg_u64map_free(pg_u64map *m); /* NULL is a no-op */
size_t *pg_u64map_get(const pg_u64map *m, uint64_t key);
size_t *pg_u64map_put(pg_u64map *m, uint64_t key, int *inserted);
void pg_u64map_clear(pg_u64map *m);

/* A set of 64-bit keys, 8 bytes a slot (hashes of ids seen), in segments
 * that grow one at a time. */
typedef struct pg_u64set pg_u64set;
pg_u64set *pg_u64set_new(void);
void pg_u64set_free(pg_u64set *t); /* NULL is a no-op */
/* Adds `key`; returns 1 if it was new, 0 if already there. */
int pg_u64set_add(pg_u64set *t, uint64_t key);

#endif
