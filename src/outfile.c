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
    char *tmp;  /* temporary name, NULL for stdout and special files */
    char *target; /* what the temporary is renamed to: path, or where its symbolic link points */
    int direct; /* 1: a device, FIFO or socket opened in place (fp is ours to close) */
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
    /* a device, FIFO or socket (/dev/null, /dev/full, /dev/stdout on a
     * pipe) is written in place: there is no file to replace atomically,
     * and renaming a temporary over it would replace the device itself
     * (root may write to /dev) */
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        o->fp = fopen(path, "w");
        if (!o->fp) {
            int e = errno;
            free(o);
            pg_error_set(err, PG_ERR_IO, "cannot write '%s': %s", path, strerror(e));
            return NULL;
        }
        o->path = pg_xstrdup(path);
        o->direct = 1;
        return o;
    }
    /* renaming would replace a read-only file: refuse as open(2) would
     * (checked on the mode bits too, since root passes access(2)) */
    if (stat(path, &st) == 0 && (access(path, W_OK) != 0 || !(st.st_mode & 0222))) {
        free(o);
        pg_error_set(err, PG_ERR_IO, "cannot write '%s': %s", path, strerror(EACCES));
        return NULL;
    }
    /* a symbolic link to a file: replace the file, keep the link */
    struct stat lst;
    char *target = NULL;
    if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
        target = realpath(path, NULL);
    if (!target)
        target = pg_xstrdup(path);
    const char *slash = strrchr(target, '/');
    pg_buf tmp = {0};
    if (slash)
        pg_buf_printf(&tmp, "%.*s/.%s.XXXXXX", (int)(slash - target), target, slash + 1);
    else
        pg_buf_printf(&tmp, ".%s.XXXXXX", target);
    int fd = mkstemp(tmp.p);
    if (fd < 0) {
        int e = errno;
        pg_buf_free(&tmp);
        free(target);
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
        free(target);
        free(o);
        pg_error_set(err, PG_ERR_IO, "cannot write '%s': %s", path, strerror(e));
        return NULL;
    }
    o->path = pg_xstrdup(path);
    o->tmp = pg_buf_steal(&tmp);
    o->target = target;
    return o;
}

FILE *pg_outfile_fp(pg_outfile *o) { return o->fp; }

const char *pg_outfile_path(const pg_outfile *o) { return o->path; }

static void outfile_free(pg_outfile *o)
{
    free(o->path);
    free(o->tmp);
    free(o->target);
    free(o);
}

int pg_outfile_commit(pg_outfile *o, pg_error *err)
{
    int rc = 0;
    if (o->direct) {
        int failed = fflush(o->fp) != 0 || ferror(o->fp);
        int e = errno;
        if (fclose(o->fp) != 0 && !failed) {
            failed = 1;
            e = errno;
        }
        if (failed)
            rc = pg_error_set(err, PG_ERR_IO, "cannot write '%s': %s", o->path, strerror(e ? e : EIO));
        outfile_free(o);
        return rc;
    }
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
    if (!failed && rename(o->tmp, o->target) != 0) {
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
    } else if (o->direct) {
        fclose(o->fp);
    } else {
        fflush(o->fp);
    }
    outfile_free(o);
}
