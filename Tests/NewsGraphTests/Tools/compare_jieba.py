#!/usr/bin/env python3
"""Person names: NewsGraph against jieba's posseg tagger, on the same clean seed text.

    python3 compare_jieba.py --newsgraph .build/debug/newsgraph

For every gold file (default: the gold folder beside this script's Fixtures), the page
is read into clean text with `newsgraph articles --json PAGE`; jieba.posseg tags that
text and every word tagged `nr` counts as a person. Both systems are scored against the
gold `persons` of the page as sets (the same rule `newsgraph evaluate` uses), and the
script prints precision, recall and F1 side by side, per page and micro-averaged.

When `newsgraph articles --json` fails (or --clean-dir is given) the clean text comes
from --clean-dir DIR (a file named like the page, or like the page with .clean.txt),
or, failing that, from a simple repair of the raw page done here (lines joined, spaces
between CJK characters removed); the source used is printed for every page.

Exit: 0 compared, 1 a page could not be scored, 2 usage or jieba missing.
"""

import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_GOLD = os.path.join(HERE, "..", "Fixtures", "gold")


def fold(s):
    """The evaluator's value folding: no whitespace, full-width ASCII to half-width."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch in " \t\r\n\u3000\u00a0":
            continue
        out.append(chr(o - 0xFEE0) if 0xFF01 <= o <= 0xFF5E else ch)
    return "".join(out)


def score(gold, found):
    tp = len(gold & found)
    fp = len(found - gold)
    fn = len(gold - found)
    return tp, fp, fn


def prf(tp, fp, fn):
    # Same convention as NewsGraph's Score: empty denominators count as perfect.
    p = 1.0 if tp + fp == 0 else tp / (tp + fp)
    r = 1.0 if tp + fn == 0 else tp / (tp + fn)
    f = 0.0 if p + r == 0 else 2 * p * r / (p + r)
    return p, r, f


def load_golds(path):
    if os.path.isdir(path):
        names = sorted(n for n in os.listdir(path) if n.endswith(".json"))
        files = [os.path.join(path, n) for n in names]
    else:
        files = [path]
    golds = []
    for f in files:
        try:
            with open(f, encoding="utf-8") as h:
                golds.append((f, json.load(h)))
        except (OSError, ValueError) as e:
            sys.exit(f"{f}: error: not a gold file: {e}")
    if not golds:
        sys.exit(f"{path}: error: no .json gold files")
    return golds


def page_path(gold_file, gold, pages):
    name = gold["file"]
    for p in pages:
        if os.path.basename(p) == name:
            return p
    for candidate in (os.path.join("seeds", name), os.path.join(REPO, "seeds", name),
                      os.path.join(os.path.dirname(gold_file), name)):
        if os.path.exists(candidate):
            return candidate
    return None


def collect_articles(doc):
    """Article objects in whatever shape `articles --json` prints: a list, {"articles": [...]}, or nested."""
    found = []

    def walk(x):
        if isinstance(x, dict):
            if isinstance(x.get("text"), str):
                found.append(x)
                return
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(doc)
    return found


def article_text(a):
    """The clean text a reader of the article sees: headline, subtitle, body, and bylines as written `（name）`."""
    parts = [a.get("headline") or "", a.get("subtitle") or "", a["text"]]
    for author in a.get("authors") or []:
        name = author.get("name") if isinstance(author, dict) else author
        if name:
            parts.append(f"（{name}）")
    return "\n".join(p for p in parts if p)


def clean_with_newsgraph(binary, page, metadata_city):
    cmd = [binary, "articles", "--json", page]
    try:
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, f"newsgraph articles failed: {e}"
    if res.returncode != 0:
        return None, "newsgraph articles failed: " + (res.stderr.strip().splitlines() or ["exit %d" % res.returncode])[0]
    out = res.stdout.strip()
    try:
        docs = [json.loads(out)]
    except ValueError:
        # JSON Lines: one article (or one page) per line.
        try:
            docs = [json.loads(line) for line in out.splitlines() if line.strip()]
        except ValueError as e:
            return None, f"newsgraph articles printed no JSON: {e}"
    articles = collect_articles(docs)
    if not articles:
        return None, "newsgraph articles printed no article with a text"
    return "\n".join(article_text(a) for a in articles), None


def clean_from_dir(clean_dir, name):
    if not clean_dir:
        return None
    for candidate in (name, os.path.splitext(name)[0] + ".clean.txt"):
        p = os.path.join(clean_dir, candidate)
        if os.path.exists(p):
            with open(p, encoding="utf-8") as h:
                return h.read()
    return None


def simple_repair(page):
    """Fallback clean text: join the column-cut lines and drop justification spaces between CJK characters."""
    with open(page, encoding="utf-8") as h:
        raw = h.read()
    lines = [l.strip() for l in raw.splitlines() if l.strip()]
    text = "\n".join(lines)
    cjk = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"
    text = re.sub(rf"(?<={cjk}) +(?={cjk})", "", text)
    text = re.sub(rf"(?<={cjk}) +(?=[0-9])|(?<=[0-9]) +(?={cjk})", "", text)
    # A line cut inside a name or word: join lines whose break is not after final punctuation.
    return re.sub(r"(?<![。！？”）】：；])\n(?!##)", "", text)


def jieba_persons(text, tags):
    import jieba.posseg as pseg  # imported late: checked in main()

    return {fold(w.word) for w in pseg.cut(text) if w.flag in tags and len(w.word.strip()) >= 2}


def ours(binary, gold_path, pages):
    cmd = [binary, "evaluate", "--gold", gold_path, "--json"] + pages
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    try:
        doc = json.loads(res.stdout)
    except ValueError:
        err = res.stderr.strip().splitlines()
        sys.exit("newsgraph evaluate --json printed no JSON" + (f": {err[-1]}" if err else ""))
    by_page = {}
    for page in doc.get("pages", []):
        for k in page.get("kinds", []):
            if k.get("kind") == "persons":
                s = k["score"]
                by_page[page["file"]] = ((s["tp"], s["fp"], s["fn"]), page.get("trapHits", []))
    failures = {f["file"]: f["error"] for f in doc.get("failures", [])}
    return by_page, failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--newsgraph", required=True, help="path to the newsgraph binary")
    ap.add_argument("--gold", default=DEFAULT_GOLD, help="gold file or folder (default: the test fixtures)")
    ap.add_argument("--clean-dir", help="folder of clean page texts used when newsgraph articles fails")
    ap.add_argument("--tags", default="nr", help="comma-separated jieba flags counted as persons (default: nr)")
    ap.add_argument("--verbose", action="store_true", help="list jieba's spurious and missed names")
    ap.add_argument("pages", nargs="*", help="pages (default: seeds/<file> of each gold)")
    args = ap.parse_args()

    try:
        import jieba
        import jieba.posseg  # noqa: F401
    except ImportError:
        print("error: jieba is not installed; run `pip install jieba` (tested with 0.42.1)", file=sys.stderr)
        return 2
    jieba.setLogLevel(60)  # silence the dictionary-loading chatter on stderr
    if not os.access(args.newsgraph, os.X_OK):
        print(f"{args.newsgraph}: error: not an executable newsgraph binary (build with `swift build`)", file=sys.stderr)
        return 2

    tags = set(t.strip() for t in args.tags.split(",") if t.strip())
    golds = load_golds(args.gold)
    our_scores, our_failures = ours(args.newsgraph, args.gold, args.pages)

    rows = []
    failed = False
    total_j = [0, 0, 0]
    total_o = [0, 0, 0]
    for gold_file, gold in golds:
        name = gold["file"]
        page = page_path(gold_file, gold, args.pages)
        if args.pages and page not in args.pages:
            continue
        if page is None:
            print(f"{gold_file}: error: page {name} not found", file=sys.stderr)
            failed = True
            continue
        text = clean_from_dir(args.clean_dir, name)
        source = "clean-dir"
        if text is None:
            text, why = clean_with_newsgraph(args.newsgraph, page, gold.get("city"))
            source = "newsgraph articles"
            if text is None:
                print(f"{page}: note: {why}; using the script's simple repair", file=sys.stderr)
                text = simple_repair(page)
                source = "simple repair"
        gold_persons = {fold(p) for p in gold.get("persons", [])}
        found = jieba_persons(text, tags)
        j = score(gold_persons, found)
        traps = sorted(found & {fold(t) for t in gold.get("notPersons", [])})
        if args.verbose:
            print(f"{name} jieba spurious: {' '.join(sorted(found - gold_persons)) or '-'}")
            print(f"{name} jieba missed:   {' '.join(sorted(gold_persons - found)) or '-'}")
        o, o_traps = our_scores.get(name, (None, []))
        if o is None:
            print(f"{name}: error: newsgraph evaluate did not score this page: {our_failures.get(name, 'no result')}",
                  file=sys.stderr)
            failed = True
        for i in range(3):
            total_j[i] += j[i]
            if o:
                total_o[i] += o[i]
        rows.append((name, source, j, traps, o, o_traps))

    def cells(c):
        if c is None:
            return "      —       —       —"
        p, r, f = prf(*c)
        return f"{p:7.3f} {r:7.3f} {f:7.3f}"

    print(f"Persons against the gold (jieba posseg flags {','.join(sorted(tags))} vs NewsGraph)")
    print(f"{'page':28} {'text from':20} {'jieba P':>7} {'R':>7} {'F1':>7}   {'ours P':>7} {'R':>7} {'F1':>7}  traps j/o")
    for name, source, j, traps, o, o_traps in rows:
        print(f"{name:28} {source:20} {cells(j)}   {cells(o)}  {len(traps)}/{len(o_traps)}")
    ours_complete = bool(rows) and all(o is not None for _, _, _, _, o, _ in rows)
    print(f"{'all pages (micro)':28} {'':20} {cells(total_j)}   {cells(total_o if ours_complete else None)}")
    print(f"\njieba: tp {total_j[0]} fp {total_j[1]} fn {total_j[2]}", end="")
    if not ours_complete:
        print("   ours: not scored on every page, no verdict")
        return 1
    jp, jr, jf = prf(*total_j)
    op, or_, of = prf(*total_o)
    print(f"   ours: tp {total_o[0]} fp {total_o[1]} fn {total_o[2]}")
    print(f"ahead on precision: {'yes' if op > jp else 'no'} ({op:.3f} vs {jp:.3f}); "
          f"on recall: {'yes' if or_ > jr else 'no'} ({or_:.3f} vs {jr:.3f}); F1 {of:.3f} vs {jf:.3f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
