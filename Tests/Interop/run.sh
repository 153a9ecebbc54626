#!/usr/bin/env bash
# Checks NewsGraph's exports with the tools users open them in.
#
# Usage: Tests/Interop/run.sh GRAPH_DIR [SCHEMA_DIR]
#   GRAPH_DIR   folder holding the native graph g.json (e.g. from `newsgraph build seeds --graph DIR/g.json`);
#               the exports are written to GRAPH_DIR/interop/ with the newsgraph CLI.
#   SCHEMA_DIR  the XML schemas (graphml.xsd, gexf-1.3/gexf.rng); default ../shared/xml-schemas
#               relative to the repository root.
# Environment: NEWSGRAPH (the newsgraph binary; default: built with `swift build`),
#              GRAPH (the graph file; default GRAPH_DIR/g.json).
# Installs what it needs: xmllint (apt, libxml2-utils) and networkx, igraph, rdflib (pip).
# Prints one line per check and "N passed, M failed"; exits non-zero on any failure.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ $# -lt 1 ]; then
    echo "usage: $0 GRAPH_DIR [SCHEMA_DIR]" >&2
    exit 2
fi
graph_dir="$(cd "$1" && pwd)"
schema_dir="${2:-$root/../shared/xml-schemas}"
# A git worktree under wt/ has shared/ one level further up.
if [ $# -lt 2 ] && [ ! -d "$schema_dir" ] && [ -d "$root/../../shared/xml-schemas" ]; then
    schema_dir="$root/../../shared/xml-schemas"
fi
graph="${GRAPH:-$graph_dir/g.json}"

# xmllint: install when missing; if apt is not there, the schema checks report the failure.
if ! command -v xmllint >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
        echo "== installing libxml2-utils (xmllint)"
        apt-get install -y -qq libxml2-utils >/dev/null 2>&1 \
            || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq libxml2-utils >/dev/null 2>&1; } \
            || echo "warning: could not install libxml2-utils; schema checks will fail" >&2
    else
        echo "warning: no xmllint and no apt-get; schema checks will fail" >&2
    fi
fi

# Python clients.
if ! python3 -c "import networkx, igraph, rdflib" >/dev/null 2>&1; then
    echo "== installing networkx igraph rdflib (pip)"
    python3 -m pip install -q --disable-pip-version-check networkx igraph rdflib >/dev/null 2>&1 \
        || python3 -m pip install -q --disable-pip-version-check --break-system-packages networkx igraph rdflib >/dev/null 2>&1 \
        || echo "warning: pip install failed; the checks needing those clients will fail" >&2
fi

# The CLI.
if [ -z "${NEWSGRAPH:-}" ]; then
    (cd "$root" && swift build --product newsgraph >/dev/null)
    NEWSGRAPH="$(cd "$root" && swift build --show-bin-path)/newsgraph"
fi

out="$graph_dir/interop"
mkdir -p "$out"
echo "== exporting $graph to $out"
"$NEWSGRAPH" export graphml --graph "$graph" -o "$out/g.graphml"
"$NEWSGRAPH" export gexf --graph "$graph" -o "$out/g.gexf"
"$NEWSGRAPH" export jsonld --graph "$graph" -o "$out/g.jsonld"
"$NEWSGRAPH" export csv --graph "$graph" -o "$out/csv"

# Where `newsgraph build --export` puts its exports: X.graph.json or X.json → X.graphml, X-csv/ (if it was asked to).
build_prefix="${graph%.graph.json}"
[ "$build_prefix" != "$graph" ] || build_prefix="${graph%.json}"

echo "== checking exports with networkx, igraph, xmllint, rdflib, sqlite3"
exec python3 "$here/check_exports.py" \
    --native "$graph" \
    --graphml "$out/g.graphml" --gexf "$out/g.gexf" --jsonld "$out/g.jsonld" --csv "$out/csv" \
    --schemas "$schema_dir" \
    --build-exports "$build_prefix" \
    --hostile "$root/Tests/NewsGraphTests/Fixtures/export/hostile"
