#!/bin/sh
# install-deps.sh — installs the Debian 12 packages polgraph builds and
# tests with, when any is missing. Run as root (or it prints the command).
set -eu

PKGS="build-essential pkg-config libigraph-dev libjansson-dev libgraphviz-dev graphviz libcriterion-dev python3"

missing=""
for p in $PKGS; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $p" ;;
    esac
done
[ -z "$missing" ] && exit 0

echo "polgraph: installing missing packages:$missing"
if [ "$(id -u)" != 0 ]; then
    echo "polgraph: not root; run this, then try again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
if ! apt-get install -y --no-install-recommends $missing; then
    apt-get update
    apt-get install -y --no-install-recommends $missing
fi
# Graphviz plugins: make sure the plugin configuration exists (see docs).
dot -c 2>/dev/null || true
