#!/usr/bin/env bash
# Proves check_report.sh can fail: from a good report it makes a leaking copy (an
# external image and a fetch), the same copy without its CSP, a blank page and a copy
# with a dangling in-page link, and expects the checker to pass the good one only.
#
# Usage: Tests/Report/selftest.sh GOOD_REPORT.html OUTDIR
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: $0 GOOD_REPORT.html OUTDIR" >&2
    exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
good="$1"
out="$2"
mkdir -p "$out"
python3 - "$good" "$out" <<'PY'
import re, sys
good, out = sys.argv[1], sys.argv[2]
page = open(good, encoding="utf-8").read()
leak = page.replace("<main>", '<main><img src="http://example.com/x.png">', 1)
leak = leak.replace("</body>", '<script>fetch("https://example.org/y")</script></body>', 1)
open(f"{out}/leak.html", "w", encoding="utf-8").write(leak)
nocsp = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", leak)
open(f"{out}/leak-nocsp.html", "w", encoding="utf-8").write(nocsp)
open(f"{out}/blank.html", "w", encoding="utf-8").write("<!DOCTYPE html><html><body></body></html>")
broken = page.replace("<main>", '<main><a href="#no-such-anchor">?</a>', 1)
open(f"{out}/broken-link.html", "w", encoding="utf-8").write(broken)
PY
status=0
if "$here/check_report.sh" "$good" "$out/good" >"$out/good.txt"; then
    echo "ok   the good report passes"
else
    echo "FAIL the good report was rejected (see $out/good.txt)"
    status=1
fi
for bad in leak leak-nocsp blank broken-link; do
    if "$here/check_report.sh" "$out/$bad.html" "$out/$bad" >"$out/$bad.txt"; then
        echo "FAIL the checker accepted $bad.html"
        status=1
    else
        echo "ok   the checker rejects $bad.html: $(grep -c '^FAIL' "$out/$bad.txt") failed checks"
    fi
done
grep -q 'page started no network request' "$out/leak-nocsp.txt" && grep '^FAIL the page started' "$out/leak-nocsp.txt" >/dev/null \
    && echo "ok   without its CSP the leaking page's requests are caught in the NetLog" \
    || { echo "FAIL the NetLog check missed the leaking page's requests"; status=1; }
exit $status
