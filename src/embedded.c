/* embedded.c — lookup in the table of compiled-in data files. */
#include "embedded.h"

#include <string.h>

const pg_embedded_file *pg_embedded_find(const char *name)
{
    for (const pg_embedded_file *f = pg_embedded_files; f->name; f++)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}
