#!/usr/bin/env python3
"""Tagging speed: NewsGraph's tagger against jieba's posseg, on the same clean text, in the same run.

    swift build -c release
    python3 Tests/Bench/jieba_speed.py [--mb 3] [--runs 3] [--jieba-runs 1]

1. The clean text is what the tagger reads: `newsgraph articles --json seeds/*.txt`
   (headline, subtitle and body of every article), repeated until it holds --mb MB.
   It is written to a temporary file, one article per block, blocks separated by a
   blank line.
2. `newsgraph-bench tag-text FILE --json` tags that file (tag + relate; the tagger's
   lexicons are loaded before the clock starts) --runs times.
3. jieba.posseg.cut runs over the same blocks (jieba.initialize() before the clock)
   --jieba-runs times.
Both report Unicode characters per second (median of the runs) on one core, and the ratio.

Exit: 0 measured, 1 a tool failed, 2 usage or jieba missing (`pip install jieba`).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(REPO, "Tests", "NewsGraphTests", "Tools"))
from compare_jieba import collect_articles  # noqa: E402  (one reader of `articles --json` for both scripts)


def clean_text(newsgraph, pages):
    res = subprocess.run([newsgraph, "articles", "--json"] + pages, capture_output=True, text=True, timeout=600)
    if res.returncode != 0:
        sys.exit(f"newsgraph articles --json failed ({res.returncode}): {res.stderr.strip()[-300:]}")
    out = res.stdout.strip()
    try:
        docs = [json.loads(out)]
    except json.JSONDecodeError:
        docs = [json.loads(line) for line in out.splitlines() if line.strip()]
    blocks = []
    for a in collect_articles(docs):
        parts = [a.get("headline") or "", a.get("subtitle") or "", a["text"]]
        text = "\n".join(p for p in parts if p).replace("\r", "")
        while "\n\n" in text:
            text = text.replace("\n\n", "\n")
        if text.strip():
            blocks.append(text.strip())
    if not blocks:
        sys.exit("newsgraph articles --json printed no article text")
    return blocks


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--newsgraph", default=os.path.join(REPO, ".build", "release", "newsgraph"))
    ap.add_argument("--bench", default=os.path.join(REPO, ".build", "release", "newsgraph-bench"))
    ap.add_argument("--seeds", default=os.path.join(REPO, "seeds"))
    ap.add_argument("--mb", type=float, default=3.0, help="size of the clean text (MB of UTF-8)")
    ap.add_argument("--runs", type=int, default=3, help="runs of NewsGraph's tagger")
    ap.add_argument("--jieba-runs", type=int, default=1, help="runs of jieba (slow)")
    args = ap.parse_args()
    try:
        import jieba
        import jieba.posseg as pseg
    except ImportError:
        print("jieba is missing: pip install jieba", file=sys.stderr)
        return 2
    for tool in (args.newsgraph, args.bench):
        if not os.access(tool, os.X_OK):
            print(f"{tool}: not built (swift build -c release)", file=sys.stderr)
            return 2
    pages = sorted(os.path.join(args.seeds, n) for n in os.listdir(args.seeds) if n.endswith(".txt"))
    base = clean_text(args.newsgraph, pages)
    blocks = []
    size = 0
    while size < args.mb * 1e6:
        for b in base:
            blocks.append(b)
            size += len(b.encode("utf-8")) + 2
    chars = sum(len(b) for b in blocks)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("\n\n".join(blocks))
        path = f.name
    try:
        res = subprocess.run([args.bench, "tag-text", path, "--runs", str(args.runs), "--json"],
                             capture_output=True, text=True, timeout=3600)
        if res.returncode != 0:
            print(f"newsgraph-bench tag-text failed: {res.stderr.strip()[-300:]}", file=sys.stderr)
            return 1
        reports = [json.loads(l) for l in res.stdout.splitlines() if l.strip()]
        ours = statistics.median(r["chars"] / r["seconds"] for r in reports)
        ours_chars = reports[0]["chars"]

        jieba.setLogLevel(60)
        jieba.initialize()
        rates = []
        for _ in range(max(1, args.jieba_runs)):
            t0 = time.perf_counter()
            words = 0
            for b in blocks:
                for _w in pseg.cut(b):
                    words += 1
            rates.append(chars / (time.perf_counter() - t0))
        theirs = statistics.median(rates)
    finally:
        os.unlink(path)

    print(f"clean text: {len(blocks)} articles, {chars} characters ({size / 1e6:.1f} MB), from {len(base)} seed articles")
    print(f"{'tagger':<34}{'chars/s':>14}{'runs':>6}")
    print(f"{'NewsGraph tag (tag+relate)':<34}{ours:>14,.0f}{len(reports):>6}")
    print(f"{'jieba.posseg.cut':<34}{theirs:>14,.0f}{len(rates):>6}")
    print(f"ratio NewsGraph / jieba: {ours / theirs:.1f}x  (NewsGraph counted {ours_chars} chars, jieba {chars})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
