# t_basics.sh — the command itself: help, version, dispatch, misuse.

pg --help
expect_rc 0
expect_out "usage: polgraph"
expect_out "extract"
expect_out "merge"
expect_no_err

pg --version
expect_rc 0
expect_out "polgraph 0."

pg
expect_rc 2
expect_err "usage: polgraph"

pg frobnicate
expect_rc 2
expect_err "'frobnicate' is not a polgraph command"

pg --frobnicate
expect_rc 2
expect_err "unknown option '--frobnicate'"

for cmd in extract metrics draw export merge; do
    pg "$cmd" --help
    expect_rc 0
    expect_out "usage: polgraph $cmd"
    expect_no_err
    pg help "$cmd"
    expect_rc 0
    expect_out "usage: polgraph $cmd"
done
