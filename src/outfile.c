/* outfile.c — atomic output files: write to a temporary, rename on success. */
#include "polgraph/outfile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "mem.h"

struct pg_outfile {
    FILE *fp;
    char *path; /* destination */
    char *tmp;  /* temporary name, NULL for stdout */
};

pg_outfile *pg_outfile_open(const char *path, pg_error *err)
{
    pg_outfile *o = pg_xcalloc(1, sizeof *o);
    if (!path || strcmp(path, "-") == 0) {
        o->fp = stdout;
        o->path = pg_xstrdup("-");
        return o;
    }
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        free(o);
        pg_error_set(err, PG_ERR_IO, "cannot write '%s': is a directory", path);
        return NULL;
    }
    /* renaming would replace a read-only file: refuse as open(2) would
     * (checked on the mode bits too, since root passes access(2)) */
    if (stat(path, &st) == 0 && (access(path, W_OK) != 0 || !(st.st_mode & 0222))) {
        free(o);
        pg_error_set(err, PG_ERR_IO, "cannot write '%s': %s", path, strerror(EACCES));
        return NULL;
    }
    const char *slash = strrchr(path, '/');
    pg_buf tmp = {0};
    if (slash)
        pg_buf_printf(&tmp, "%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1);
    else
        pg_buf_printf(&tmp, ".%s.XXXXXX", path);
    int fd = mkstemp(tmp.p);
    if (fd < 0) {
        int e = errno;
        pg_buf_free(&tmp);
        free(o);
        pg_error_set(err, PG_ERR_IO, "cannot write '%s': %s", path, strerror(e));
        return NULL;
    }
    /* keep the permissions a plainly created file would get */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    o->fp = fdopen(fd, "w");
    if (!o->fp) {
        int e = errno;
        close(fd);
        unlink(tmp.p);
        pg_buf_free(&tmp);
        free(o);
        pg_error_set(err, PG_ERR_IO, "cannot write '%s': %s", path, strerror(e));
        return NULL;
    }
    o->path = pg_xstrdup(path);
    o->tmp = pg_buf_steal(&tmp);
    return o;
}

FILE *pg_outfile_fp(pg_outfile *o) { return o->fp; }

const char *pg_outfile_path(const pg_outfile *o) { return o->path; }

static void outfile_free(pg_outfile *o)
{
    free(o->path);
    free(o->tmp);
    free(o);
}

int pg_outfile_commit(pg_outfile *o, pg_error *err)
{
    int rc = 0;
    if (!o->tmp) {
        if (fflush(o->fp) != 0 || ferror(o->fp))
            rc = pg_error_set(err, PG_ERR_IO, "cannot write to standard output: %s", strerror(errno));
        outfile_free(o);
        return rc;
    }
    int failed = fflush(o->fp) != 0 || ferror(o->fp);
    int e = errno;
    if (!failed && fsync(fileno(o->fp)) != 0 && errno != EINVAL && errno != EROFS) {
        failed = 1;
        e = errno;
    }
    if (fclose(o->fp) != 0 && !failed) {
        failed = 1;
        e = errno;
    }
    if (!failed && rename(o->tmp, o->path) != 0) {
        failed = 1;
        e = errno;
    }
    if (failed) {
        unlink(o->tmp);
        rc = pg_error_set(err, PG_ERR_IO, "cannot write '%s': %s", o->path, strerror(e));
    }
    outfile_free(o);
    return rc;
}

void pg_outfile_abort(pg_outfile *o)
{
    if (!o)
        return;
    if (o->tmp) {
        fclose(o->fp);
        unlink(o->tmp);
    } else {
        fflush(o->fp);
    }
    outfile_free(o);
}
