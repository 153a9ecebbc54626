#!/usr/bin/env bash
# Renders a NewsGraph HTML report in headless Chromium and checks it:
# a timeline per official and the audit section in the DOM, a screenshot that is not
# blank, and no request leaving the file.
#
# Usage: Tests/Report/check_report.sh REPORT.html OUTDIR
# Leaves in OUTDIR: dom.html (after the page's script ran), report.png (1280x2000),
# netlog.json and the Chromium logs. Exit 0 when every check passes.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 REPORT.html OUTDIR" >&2
    exit 2
fi
report="$1"
out="$2"
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -f "$report" ]; then
    echo "$report: error: no such report" >&2
    exit 1
fi
mkdir -p "$out"
out="$(cd "$out" && pwd)"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v chromium >/dev/null 2>&1; then
    echo "installing chromium (Debian package)…" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >&2
fi
# Chinese text needs a CJK font for a meaningful screenshot (the page uses system fonts).
if ! fc-list ':lang=zh' 2>/dev/null | grep -q .; then
    echo "installing fonts-noto-cjk…" >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq fonts-noto-cjk >&2 || echo "warning: no CJK font; the screenshot will show boxes" >&2
fi

url="$(python3 -c 'import pathlib, sys; print(pathlib.Path(sys.argv[1]).resolve().as_uri())' "$report")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# Every host resolves to nothing, and the browser's own background services are off, so a
# request from the page would fail and show in the NetLog with the page as its initiator.
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-sync
    --disable-background-networking --disable-component-update --disable-default-apps
    --host-resolver-rules="MAP * ~NOTFOUND" --user-data-dir="$profile"
    --enable-logging=stderr --v=0)

timeout 180 chromium "${flags[@]}" --log-net-log="$out/netlog.json" --dump-dom "$url" \
    >"$out/dom.html" 2>"$out/chromium-dom.log"
timeout 180 chromium "${flags[@]}" --screenshot="$out/report.png" --window-size=1280,2000 "$url" \
    >/dev/null 2>"$out/chromium-screenshot.log"

# The search box, driven through the address (report.html?q=NAME), with the first official's name.
query="$(python3 "$here/check_report.py" --pick-query "$report")"
timeout 180 chromium "${flags[@]}" --dump-dom "$url?q=$query" >"$out/dom-filtered.html" 2>"$out/chromium-filter.log"

python3 "$here/check_report.py" --report "$report" --dom "$out/dom.html" --netlog "$out/netlog.json" \
    --console "$out/chromium-dom.log" --console "$out/chromium-screenshot.log" --console "$out/chromium-filter.log" \
    --screenshot "$out/report.png" --filtered-dom "$out/dom-filtered.html" --query "$query"
