/* cmd_extract.c — `polgraph extract`: not implemented yet (see the issue tracker). */
#include <string.h>

#include "cli.h"

static const char usage_text[] = "usage: polgraph extract ... (not implemented yet)\n";

int cmd_extract(int argc, char **argv)
{
    if (argc > 1 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0))
        return cli_help(usage_text);
    pg_error err;
    pg_error_set(&err, PG_ERR_USAGE, "not implemented yet");
    return cli_fail("extract", &err);
}
