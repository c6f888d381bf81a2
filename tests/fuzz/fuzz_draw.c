/* fuzz_draw.c — libFuzzer target: `polgraph draw` to SVG (filters,
 * metrics for the sizes, styling, Graphviz layout and rendering) on graphs
 * whose labels, titles, aliases and evidence come from the fuzzer
 * (fuzz_build.h describes the input; at most 24 actors, so that a layout
 * stays well under the time limit).
 *
 * The last byte picks the options: the layout engine (dot, sfdp, neato,
 * circo), edge labels, a label budget, a top-N filter, an ego filter on
 * the first actor's id, and whether metrics are computed.
 *
 * Oracles: the SVG is produced (or Graphviz's failure is reported as an
 * error, never a crash), and it holds no markup from the text: no
 * <script, no CDATA section, no element or attribute of the text's
 * making (every '<' starts an element Graphviz's SVG renderer writes).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_build.h"
#include "fuzz_common.h"
#include "polgraph/draw.h"

/* 1 when `s` holds `word` (lowercase ASCII) in any case. */
static int fd_has_nocase(const char *s, const char *word)
{
    size_t n = strlen(word);
    for (; *s; s++) {
        size_t k = 0;
        while (k < n && s[k] && (s[k] | 0x20) == word[k])
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

static void fd_check_svg(const char *x, size_t n)
{
    static const char *const tags[] = {"?xml ", "!DOCTYPE ", "!-- ", "svg ", "/svg>", "g ", "/g>", "title>",
                                       "/title>", "polygon ", "ellipse ", "path ", "polyline ", "text ", "/text>",
                                       "a ", "/a>", "image ", "defs>", "/defs>", "linearGradient ",
                                       "/linearGradient>", "radialGradient ", "/radialGradient>", "stop "};
    if (n < 5 || !strstr(x, "<svg"))
        fuzz_fail("no <svg> in the drawing");
    for (const char *p = x; (p = strchr(p, '<')) != NULL; p++) {
        size_t k;
        for (k = 0; k < sizeof tags / sizeof *tags; k++)
            if (strncmp(p + 1, tags[k], strlen(tags[k])) == 0)
                break;
        if (k == sizeof tags / sizeof *tags)
            fuzz_fail("SVG: markup from the text at '%.60s'", p);
        if (strncmp(p, "<!-- ", 5) == 0) { /* a comment: must end before any markup */
            const char *end = strstr(p, "-->");
            if (!end)
                fuzz_fail("SVG: unterminated comment");
            p = end;
        }
    }
    if (fd_has_nocase(x, "<script") || strstr(x, "<![CDATA["))
        fuzz_fail("SVG: <script> or CDATA in the drawing");
}

static int fuzz_draw_one(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned opt = data[size - 1];
    fuzz_built fb;
    fuzz_build(&fb, data, size - 1, 24);
    pg_graph *g = fb.g;

    static const char *const engines[] = {"dot", "sfdp", "neato", "circo"};
    pg_draw_opts o;
    pg_draw_opts_init(&o);
    o.engine = engines[opt & 3];
    o.title = fb.title;
    o.edge_labels = (int)(opt >> 2 & 1);
    o.max_labels = opt & 8 ? 2 : -1;
    o.top = opt & 16 ? 5 : 0;
    o.compute_metrics = (int)(opt >> 5 & 1);
    if ((opt & 64) && pg_graph_node_count(g))
        o.ego = pg_graph_node(g, 0)->id;
    o.warn = fuzz_warn;

    fuzz_mem m;
    pg_error err = {0};
    int rc = pg_draw(g, &o, PG_DRAW_SVG, fuzz_mem_open(&m), &err);
    fuzz_mem_close(&m);
    if (rc == 0)
        fd_check_svg(m.p, m.len);
    else if (!err.msg[0])
        fuzz_fail("pg_draw failed without a message");
    fuzz_mem_free(&m);
    fuzz_built_free(&fb);
    return 0;
}

#ifndef PG_FUZZ_NO_MAIN
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fuzz_draw_one(data, size); }
#endif
