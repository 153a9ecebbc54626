#!/usr/bin/env python3
"""Checks a NewsGraph HTML report as headless Chromium rendered it (stdlib only).

Called by check_report.sh with the report, the DOM Chromium dumped after running the
page's script, its NetLog, its console logs and a screenshot. Prints one line per
check and exits 1 when any fails.
"""
import argparse
import json
import re
import struct
import sys
import urllib.parse
import zlib
from html.parser import HTMLParser


class Dom(HTMLParser):
    """Collects what the checks need: person cards and their timelines, sections, the form."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # open elements: (tag, attrs)
        self.cards = []          # person cards: {"id", "svgs", "marks"}
        self.sections = set()
        self.filter_hidden = None
        self.index_json = None
        self._in_index = False
        self.srcs = []           # every src / href / xlink:href value
        self.hidden_ids = set()  # ids of elements with the hidden attribute
        self.ids = set()         # every id on the page

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        for key in ("src", "href", "xlink:href", "action", "poster", "data"):
            if a.get(key) is not None:
                self.srcs.append((tag, key, a[key]))
        if a.get("id"):
            self.ids.add(a["id"])
        if a.get("id") and "hidden" in a:
            self.hidden_ids.add(a["id"])
        if tag == "section" and a.get("id"):
            self.sections.add(a["id"])
        if tag == "form" and a.get("id") == "ng-filter":
            self.filter_hidden = "hidden" in a
        if tag == "article" and "person" in classes and "card" in classes:
            self.cards.append({"id": a.get("id"), "svgs": 0, "marks": 0})
        card = self._open_card()
        if card is not None:
            if tag == "svg" and "timeline" in classes:
                card["svgs"] += 1
            if "mk" in classes and self._inside("svg", "timeline"):
                card["marks"] += 1
        if tag == "script" and a.get("id") == "ng-index":
            self._in_index = True
            self.index_json = ""
        if tag not in self.VOID and not (tag in ("circle", "rect", "path", "line") and False):
            self.stack.append((tag, classes))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_index = False
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self._in_index:
            self.index_json += data

    def _inside(self, tag, cls):
        return any(t == tag and cls in c for t, c in self.stack)

    def _open_card(self):
        if self.cards and any(t == "article" and "person" in c for t, c in self.stack):
            return self.cards[-1]
        return None


def read_png(path):
    """Width, height and raw RGB(A) rows of an 8-bit RGB or RGBA PNG (no interlace)."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width = 8, [], None
    while pos < len(data):
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if ctype == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}")
            bpp = 3 if colour == 2 else 4
        elif ctype == b"IDAT":
            idat.append(body)
        elif ctype == b"IEND":
            break
        pos += 12 + length
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if f == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif f == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif f == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif f == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def filter_index(html):
    """The page's filter index (the JSON in #ng-index)."""
    dom = Dom()
    dom.feed(html)
    return json.loads(dom.index_json or "[]")


def pick_query(report):
    """A search for the filter test: the name of the first official (the index's first word)."""
    for entry in filter_index(open(report, encoding="utf-8").read()):
        if entry["k"] == "person" and entry["t"].split():
            return entry["t"].split()[0]
    return ""


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--pick-query":
        print(urllib.parse.quote(pick_query(sys.argv[2])))
        return 0
    ap = argparse.ArgumentParser()
    ap.add_argument("--report", required=True)
    ap.add_argument("--dom", required=True)
    ap.add_argument("--netlog", required=True)
    ap.add_argument("--console", action="append", default=[])
    ap.add_argument("--screenshot", required=True)
    ap.add_argument("--filtered-dom", help="the DOM of REPORT?q=QUERY")
    ap.add_argument("--query", help="the search the filtered DOM was loaded with (URL-encoded)")
    args = ap.parse_args()
    failures = []

    def check(ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures.append(what)

    # 1. The page as written: a strict policy, and nothing that could load anything.
    html = open(args.report, encoding="utf-8").read()
    check("default-src 'none'" in html and 'http-equiv="Content-Security-Policy"' in html,
          "the report declares a strict Content-Security-Policy")
    static = Dom()
    static.feed(html)
    external = [s for s in static.srcs if s[1] != "href" or not s[2].startswith("#")]
    check(not external, f"no src, and every href is an in-page anchor ({len(static.srcs)} links; offending: {external[:3]})")
    check(not re.search(r"url\s*\(|@import|https?://", html, re.I), "no url(), @import or http(s):// anywhere in the page")
    broken = sorted({v[1:] for _, k, v in static.srcs if k == "href" and v.startswith("#") and v[1:] not in static.ids})
    check(not broken, f"every in-page link has its target (broken: {broken[:5]})")

    # 2. The DOM after the page's script ran.
    dom = Dom()
    dom.feed(open(args.dom, encoding="utf-8").read())
    check(dom.filter_hidden is False, "the filter script ran (the filter form was shown)")
    check(len(dom.cards) > 0, f"the page has person cards ({len(dom.cards)})")
    bad = [c["id"] for c in dom.cards if c["svgs"] != 1 or c["marks"] < 1]
    check(not bad, f"every official has exactly one timeline SVG with at least one mark (bad: {bad[:5]})")
    try:
        index = json.loads(dom.index_json or "null")
        officials = sorted(e["id"] for e in index if e["k"] == "person")
    except (ValueError, TypeError, KeyError) as e:
        officials = None
        check(False, f"the filter index is valid JSON ({e})")
    if officials is not None:
        check(officials == sorted(c["id"] for c in dom.cards),
              f"the filter index lists the same {len(officials)} officials as the cards")
    check("audit" in dom.sections, "the audit section is present")
    for s in ("overview", "people", "offices", "events"):
        check(s in dom.sections, f"the {s} section is present")

    # 2b. The search box filters: loaded with ?q=QUERY, exactly the sections whose text holds it stay shown.
    if args.filtered_dom and args.query:
        query = urllib.parse.unquote(args.query).lower()
        filtered = Dom()
        filtered.feed(open(args.filtered_dom, encoding="utf-8").read())
        entries = filter_index(html)
        expected_shown = {e["id"] for e in entries if query in e["t"]}
        shown = {e["id"] for e in entries} - filtered.hidden_ids
        check(bool(expected_shown) and shown == expected_shown and len(shown) < len(entries),
              f"searching {query!r} leaves exactly the {len(expected_shown)} matching of {len(entries)} sections shown (shown {len(shown)})")

    # 3. No request left the file: NetLog requests started by the page, CSP violations, errors.
    netlog = json.load(open(args.netlog, encoding="utf-8"))
    types = {v: k for k, v in netlog["constants"]["logEventTypes"].items()}
    page_requests, browser_requests = [], 0
    for e in netlog["events"]:
        p = e.get("params") or {}
        if types.get(e["type"]) == "URL_REQUEST_START_JOB" and "url" in p:
            # The browser's own background traffic has no origin; anything else came from the page.
            if p.get("initiator") == "not an origin":
                browser_requests += 1
            else:
                page_requests.append(p["url"])
    check(not page_requests, f"the page started no network request (browser background requests ignored: {browser_requests}; page: {page_requests[:3]})")
    console = "\n".join(open(c, encoding="utf-8", errors="replace").read() for c in args.console)
    csp = [l for l in console.splitlines() if "Content Security Policy" in l]
    check(not csp, f"no Content-Security-Policy violation in the console ({csp[:2]})")
    errors = [l for l in console.splitlines() if ":CONSOLE" in l and ("Uncaught" in l or "Error" in l)]
    check(not errors, f"no script error in the console ({errors[:2]})")

    # 4. The screenshot is not blank.
    width, height, bpp, rows = read_png(args.screenshot)
    counts = {}
    for row in rows[::2]:
        for i in range(0, len(row), bpp * 2):
            px = row[i:i + 3]
            counts[px] = counts.get(px, 0) + 1
    total = sum(counts.values())
    top = max(counts.values())
    check(len(counts) >= 32, f"the screenshot has many colours ({len(counts)} distinct in {width}x{height})")
    check(top / total <= 0.95, f"no colour covers more than 95% of the screenshot (largest {top / total:.1%})")
    dark_rows = sum(1 for row in rows[::8] if any(row[i] < 128 for i in range(0, len(row), bpp)))
    check(dark_rows >= len(rows[::8]) // 10, f"text is drawn down the page ({dark_rows} of {len(rows[::8])} sampled rows have dark pixels)")

    print(f"{len(failures)} check(s) failed" if failures else "all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
