#!/usr/bin/env python3
"""Checks NewsGraph's exports with the clients users open them in.

Reads the native graph with json and compares every export with it:
networkx (GraphML, GEXF), igraph (GraphML), xmllint (GraphML XSD, GEXF 1.3 RelaxNG),
rdflib (JSON-LD + a SPARQL query for event attendees), sqlite3 (CSV). Then the
hostile-names golden exports (Tests/NewsGraphTests/Fixtures/export/hostile) go
through the same clients and must give back every name.

Prints one line per check and "N passed, M failed"; exits 1 on any failure.
Run through Tests/Interop/run.sh, which installs the clients and writes the exports.
"""
import argparse
import collections
import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
import traceback
import xml.etree.ElementTree as ET

GEXF_NS = "{http://gexf.net/1.3}"
SCHEMA = "http://schema.org/"
NG = "https://newsgraph.example/ns#"

results = []


def printable(s):
    """One line per check: control characters shown as escapes."""
    return "".join(c if ord(c) >= 0x20 and c not in "\x7f\ufffe\uffff" else f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}" for c in s)


def check(name):
    """Runs the decorated function as a check: it returns a detail string or raises."""

    def wrap(fn):
        def run(*args):
            try:
                detail = fn(*args)
                results.append(True)
                print(printable(f"PASS {name}: {detail}" if detail else f"PASS {name}"), flush=True)
            except Exception as e:  # a failed check must not stop the others
                results.append(False)
                msg = str(e) or type(e).__name__
                print(printable(f"FAIL {name}: {msg}"), flush=True)
                if os.environ.get("INTEROP_DEBUG"):
                    traceback.print_exc()

        return run

    return wrap


def expect(cond, msg):
    if not cond:
        raise AssertionError(msg)


def load_native(path):
    """The native graph's nodes and edges, whatever envelope the store puts around them."""
    with open(path, "rb") as f:
        data = json.load(f)
    # The store wraps the graph: {"format": "newsgraph-graph", "version": 1, "checksum": ..., "body": {..., "graph": {...}}}.
    for key in ("body", "graph"):
        if isinstance(data, dict) and "nodes" not in data and isinstance(data.get(key), dict):
            data = data[key]
    expect(isinstance(data, dict) and "nodes" in data and "edges" in data, f"{path}: no nodes/edges in the native graph")
    return data["nodes"], data["edges"]


def xml_clean(s):
    """What the XML writers and CSV keep of a string: XML 1.0 characters only."""
    return "".join(
        c for c in s if c in "\t\n\r" or (0x20 <= ord(c) and ord(c) not in (0xFFFE, 0xFFFF) and not 0xD800 <= ord(c) <= 0xDFFF)
    )


def unguard(cell):
    """Undoes the CSV formula defence: a leading ' was always added by the writer."""
    return cell[1:] if cell.startswith("'") else cell


def xmllint(args, cwd=None):
    expect(cwd is None or os.path.isdir(cwd), f"schema folder {cwd} not found (give SCHEMA_DIR)")
    for a in args:
        if a.endswith(".xsd"):
            expect(os.path.exists(a), f"schema {a} not found (give SCHEMA_DIR)")
    p = subprocess.run(["xmllint", "--noout"] + args, cwd=cwd, capture_output=True, text=True)
    expect(p.returncode == 0, (p.stderr or p.stdout).strip().splitlines()[-1] if (p.stderr or p.stdout).strip() else f"exit {p.returncode}")
    return (p.stderr or p.stdout).strip()


# ---------------------------------------------------------------- checks on one graph


def check_graph(label, nodes, edges, files, schemas):
    node_types = {n["id"]: n["type"] for n in nodes}
    edge_types = {e["id"]: e["type"] for e in edges}
    node_count = collections.Counter(node_types.values())
    edge_count = collections.Counter(edge_types.values())

    @check(f"{label}: networkx reads the GraphML with the native counts and types")
    def graphml_networkx():
        import networkx as nx

        g = nx.read_graphml(files["graphml"])
        expect(g.is_directed(), "graph is not directed")
        expect(g.number_of_nodes() == len(nodes), f"{g.number_of_nodes()} nodes, native {len(nodes)}")
        expect(g.number_of_edges() == len(edges), f"{g.number_of_edges()} edges, native {len(edges)}")
        got = {d["nid"]: d["type"] for _, d in g.nodes(data=True)}
        expect(got == {xml_clean(k): v for k, v in node_types.items()}, "node ids or types differ")
        got_e = {d["eid"]: d["type"] for *_, d in g.edges(data=True)}
        expect(got_e == {xml_clean(k): v for k, v in edge_types.items()}, "edge ids or types differ")
        for _, d in g.nodes(data=True):
            expect(all(isinstance(d.get(k), int) for k in ("r", "g", "b")) and isinstance(d.get("size"), float), "r/g/b/size missing or mistyped")
        return f"{len(nodes)} nodes {dict(sorted(node_count.items()))}, {len(edges)} edges {dict(sorted(edge_count.items()))}"

    @check(f"{label}: igraph reads the GraphML")
    def graphml_igraph():
        import warnings

        import igraph

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            g = igraph.Graph.Read_GraphML(files["graphml"])
        expect(not caught, f"igraph warned: {caught[0].message if caught else ''}")
        expect(g.is_directed(), "graph is not directed")
        expect(g.vcount() == len(nodes) and g.ecount() == len(edges), f"{g.vcount()} nodes, {g.ecount()} edges")
        expect(collections.Counter(g.vs["type"]) == node_count if nodes else True, "node type counts differ")
        expect(collections.Counter(g.es["type"]) == edge_count if edges else True, "edge type counts differ")
        return f"{g.vcount()} vertices, {g.ecount()} edges"

    @check(f"{label}: networkx reads the GEXF with the native counts and types")
    def gexf_networkx():
        import networkx as nx

        g = nx.read_gexf(files["gexf"])
        expect(g.is_directed(), "graph is not directed")
        expect(g.number_of_nodes() == len(nodes), f"{g.number_of_nodes()} nodes, native {len(nodes)}")
        expect(g.number_of_edges() == len(edges), f"{g.number_of_edges()} edges, native {len(edges)}")
        got = {n: d.get("type") for n, d in g.nodes(data=True)}
        expect(got == {xml_clean(k): v for k, v in node_types.items()}, "node ids or types differ")
        got_e = {d.get("id"): d.get("relation") for *_, d in g.edges(data=True)}
        expect(got_e == {xml_clean(k): v for k, v in edge_types.items()}, "edge ids or relations differ")
        return f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges"

    @check(f"{label}: GEXF spells are closed, merged, one edge per pair")
    def gexf_spells():
        root = ET.parse(files["gexf"]).getroot()
        graph = root.find(GEXF_NS + "graph")
        expect(graph.get("mode") == "dynamic" and graph.get("timeformat") == "date", "not a dynamic date graph")
        pairs = collections.Counter()
        spells = 0
        for el in list(graph.iter(GEXF_NS + "node")) + list(graph.iter(GEXF_NS + "edge")):
            if el.tag == GEXF_NS + "edge":
                pairs[(el.get("source"), el.get("target"), el.get("kind"))] += 1
            ss = [(s.get("start"), s.get("end")) for s in el.iter(GEXF_NS + "spell")]
            for a, b in ss:
                expect(a and b and a <= b, f"{el.get('id')}: spell {a}..{b} not closed")
            for (a1, b1), (a2, b2) in zip(ss, ss[1:]):
                expect(b1 < a2, f"{el.get('id')}: spells {a1}..{b1} and {a2}..{b2} overlap")
            spells += len(ss)
        dup = [p for p, c in pairs.items() if c > 1]
        expect(not dup, f"parallel edges {dup[:3]}")
        dated = sum(1 for e in edges if e["type"] in ("holds", "attended") and any((d or "")[:4].isdigit() for d in e.get("dates", [])))
        expect(spells > 0 or dated == 0, "no spells although holds/attended edges have dated observations")
        return f"{spells} spells, timeline {graph.get('start')}..{graph.get('end')}" if spells else "no dated offices or attendance: no spells"

    @check(f"{label}: GraphML validates against the GraphML XSD")
    def graphml_xsd():
        return xmllint(["--schema", os.path.join(schemas, "graphml.xsd"), files["graphml"]])

    @check(f"{label}: GEXF validates against the GEXF 1.3 RelaxNG")
    def gexf_rng():
        return xmllint(["--relaxng", "gexf.rng", os.path.abspath(files["gexf"])], cwd=os.path.join(schemas, "gexf-1.3"))

    rdf = {}

    @check(f"{label}: rdflib parses the JSON-LD, one resource per node and edge")
    def jsonld_rdflib():
        import rdflib

        g = rdflib.Graph()
        g.parse(files["jsonld"], format="json-ld")
        rdf["g"] = g
        ids = {str(o): str(s) for s, o in g.subject_objects(rdflib.URIRef(NG + "nodeId"))}
        expect(len(ids) == len(nodes) + len(edges), f"{len(ids)} resources with a nodeId, native {len(nodes)} + {len(edges)}")
        for n in nodes:
            expect(n["id"] in ids, f"no resource for node {n['id']!r}")
        for s in set(g.subjects()):
            if isinstance(s, rdflib.URIRef):
                expect(" " not in str(s) and str(s).startswith(("http://", "https://")), f"bad IRI {str(s)!r}")
        types = collections.Counter(str(o).replace(SCHEMA, "").replace(NG, "ng:") for o in g.objects(None, rdflib.RDF.type))
        return f"{len(g)} triples; types {dict(sorted(types.items()))}"

    @check(f"{label}: SPARQL attendees of each event match the native graph")
    def jsonld_sparql():
        g = rdf.get("g")
        expect(g is not None, "JSON-LD did not parse")
        q = """PREFIX s: <http://schema.org/> PREFIX ng: <https://newsgraph.example/ns#>
               SELECT ?eid ?pid WHERE { ?e a s:Event ; ng:nodeId ?eid ; s:attendee ?p . ?p ng:nodeId ?pid }"""
        got = collections.defaultdict(set)
        for row in g.query(q):
            got[str(row.eid)].add(str(row.pid))
        want = collections.defaultdict(set)
        for e in edges:
            if e["type"] == "attended":
                want[e["target"]].add(e["source"])
        expect(want, "the native graph has no attended edges to compare")
        expect(dict(got) == dict(want), f"attendees differ for {sorted(set(got) ^ set(want) | {k for k in want if got.get(k) != want[k]})[:3]}")
        top = max(want, key=lambda k: (len(want[k]), k))
        names = {n["id"]: n["label"] for n in nodes}
        q1 = """PREFIX s: <http://schema.org/> PREFIX ng: <https://newsgraph.example/ns#>
                SELECT ?name WHERE { ?e ng:nodeId ?eid ; s:attendee ?p . ?p s:name ?name }"""
        import rdflib

        people = sorted(str(r.name) for r in g.query(q1, initBindings={"eid": rdflib.Literal(top)}))
        expect(people == sorted(names[p] for p in want[top]), f"names of attendees of {top} differ")
        return f"{len(want)} events; {names.get(top, top)!s}: {', '.join(people)}"

    @check(f"{label}: the CSV files load into sqlite3 with matching counts and endpoints")
    def csv_sqlite():
        db = sqlite3.connect(":memory:")

        def load(table, name):
            with open(os.path.join(files["csv"], name), newline="", encoding="utf-8") as f:
                rows = list(csv.reader(f))
            header, body = rows[0], rows[1:]
            expect(all(len(r) == len(header) for r in body), f"{name}: ragged rows")
            cols = ", ".join(f'"{h}"' for h in header)
            db.execute(f"CREATE TABLE {table} ({cols})")
            db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(header))})", body)
            return header

        h = load("nodes", "nodes.csv")
        expect(h[:3] == ["Id", "Label", "type"], f"nodes.csv header {h[:3]}")
        h = load("edges", "edges.csv")
        expect(h[:6] == ["Source", "Target", "Type", "Id", "Label", "Weight"], f"edges.csv header {h[:6]}")
        h = load("n4", "neo4j-nodes.csv")
        expect(h[:2] == ["id:ID", ":LABEL"], f"neo4j-nodes.csv header {h[:2]}")
        h = load("e4", "neo4j-edges.csv")
        expect(h[:3] == [":START_ID", ":END_ID", ":TYPE"], f"neo4j-edges.csv header {h[:3]}")
        one = lambda sql: db.execute(sql).fetchone()[0]
        expect(one("SELECT count(*) FROM nodes") == len(nodes) == one("SELECT count(*) FROM n4"), "node counts differ")
        expect(one("SELECT count(*) FROM edges") == len(edges) == one("SELECT count(*) FROM e4"), "edge counts differ")
        expect(one("SELECT count(DISTINCT Id) FROM nodes") == len(nodes), "node ids not unique")
        dangling = one("SELECT count(*) FROM edges WHERE Source NOT IN (SELECT Id FROM nodes) OR Target NOT IN (SELECT Id FROM nodes)")
        expect(dangling == 0, f"{dangling} Gephi edges with an unknown endpoint")
        dangling = one('SELECT count(*) FROM e4 WHERE ":START_ID" NOT IN (SELECT "id:ID" FROM n4) OR ":END_ID" NOT IN (SELECT "id:ID" FROM n4)')
        expect(dangling == 0, f"{dangling} Neo4j edges with an unknown endpoint")
        got = collections.Counter(dict(db.execute("SELECT type, count(*) FROM nodes GROUP BY type").fetchall()))
        expect(got == node_count, f"node types {dict(got)} vs native {dict(node_count)}")
        got = collections.Counter(dict(db.execute("SELECT relation, count(*) FROM edges GROUP BY relation").fetchall()))
        expect(got == edge_count, f"edge relations {dict(got)} vs native {dict(edge_count)}")
        expect(one("SELECT count(*) FROM edges WHERE Type <> 'Directed'") == 0, "edge Type not Directed")
        return f"{len(nodes)} nodes, {len(edges)} edges in 4 tables"

    for fn in (graphml_networkx, graphml_igraph, gexf_networkx, gexf_spells, graphml_xsd, gexf_rng, jsonld_rdflib, jsonld_sparql, csv_sqlite):
        fn()


# ---------------------------------------------------------------- hostile names round trip


def check_hostile(folder, schemas):
    with open(os.path.join(folder, "hostile.model.json"), encoding="utf-8") as f:
        model = json.load(f)
    nodes, edges = model["nodes"], model["edges"]
    labels = {n["id"]: n["label"] for n in nodes}
    files = {
        "graphml": os.path.join(folder, "hostile.graphml"),
        "gexf": os.path.join(folder, "hostile.gexf"),
        "jsonld": os.path.join(folder, "hostile.jsonld"),
        "csv": os.path.join(folder, "csv"),
    }
    check_graph("hostile names", nodes, edges, files, schemas)

    @check("hostile names: every name survives GraphML (networkx), minus XML-forbidden characters")
    def graphml():
        import networkx as nx

        g = nx.read_graphml(files["graphml"])
        got = {d["nid"]: d["label"] for _, d in g.nodes(data=True)}
        want = {xml_clean(k): xml_clean(v) for k, v in labels.items()}
        expect(got == want, f"differs: {[(k, got.get(k), v) for k, v in want.items() if got.get(k) != v][:2]}")
        return f"{len(got)} names"

    @check("hostile names: every name survives GEXF (networkx), minus XML-forbidden characters")
    def gexf():
        import networkx as nx

        g = nx.read_gexf(files["gexf"])
        got = {n: d.get("fullLabel", d.get("label")) for n, d in g.nodes(data=True)}
        want = {xml_clean(k): xml_clean(v) for k, v in labels.items()}
        expect(got == want, f"differs: {[(k, got.get(k), v) for k, v in want.items() if got.get(k) != v][:2]}")
        return f"{len(got)} names"

    @check("hostile names: every name survives JSON-LD (rdflib) exactly")
    def jsonld():
        import rdflib

        g = rdflib.Graph()
        g.parse(files["jsonld"], format="json-ld")
        got = {}
        for s, nid in g.subject_objects(rdflib.URIRef(NG + "nodeId")):
            for name in g.objects(s, rdflib.URIRef(SCHEMA + "name")):
                got[str(nid)] = str(name)
        want = dict(labels)
        expect({k: got.get(k) for k in want} == want, f"differs: {[(k, got.get(k), v) for k, v in want.items() if got.get(k) != v][:2]}")
        return f"{len(want)} names"

    @check("hostile names: every name survives CSV (csv module), minus XML-forbidden characters")
    def csv_round_trip():
        with open(os.path.join(files["csv"], "nodes.csv"), newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        got = {unguard(r["Id"]): unguard(r["Label"]) for r in rows}
        want = {xml_clean(k): xml_clean(v) for k, v in labels.items()}
        expect(got == want, f"differs: {[(k, got.get(k), v) for k, v in want.items() if got.get(k) != v][:2]}")
        formulas = [r["Label"] for r in rows if r["Label"][:1] in ("=", "+", "-", "@", "\t", "\r")]
        expect(not formulas, f"cells a spreadsheet would run: {formulas[:2]}")
        return f"{len(got)} names, no cell starts a formula"

    for fn in (graphml, gexf, jsonld, csv_round_trip):
        fn()


def check_build_exports(prefix, files):
    """The exports `newsgraph build --export` wrote beside the graph equal `newsgraph export`'s, byte for byte."""
    pairs = [(prefix + "." + ext, files[ext]) for ext in ("graphml", "gexf", "jsonld")]
    pairs += [(os.path.join(prefix + "-csv", n), os.path.join(files["csv"], n)) for n in ("nodes.csv", "edges.csv", "neo4j-nodes.csv", "neo4j-edges.csv")]
    present = [(a, b) for a, b in pairs if os.path.exists(a)]
    if not present:
        return

    @check("build --export wrote the same files as newsgraph export")
    def same():
        for a, b in present:
            with open(a, "rb") as fa, open(b, "rb") as fb:
                expect(fa.read() == fb.read(), f"{a} differs from {b}")
        return f"{len(present)} files"

    same()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--native", required=True, help="the native graph file (JSON)")
    ap.add_argument("--graphml", required=True)
    ap.add_argument("--gexf", required=True)
    ap.add_argument("--jsonld", required=True)
    ap.add_argument("--csv", required=True, help="folder with nodes.csv, edges.csv, neo4j-nodes.csv, neo4j-edges.csv")
    ap.add_argument("--schemas", required=True, help="folder with graphml.xsd and gexf-1.3/")
    ap.add_argument("--hostile", help="folder with the hostile-names golden exports")
    ap.add_argument("--build-exports", help="path prefix of exports written by build --export (DIR/g for DIR/g.graphml …)")
    a = ap.parse_args()

    try:
        nodes, edges = load_native(a.native)
    except Exception as e:
        print(f"FAIL reading the native graph {a.native}: {e}")
        print("0 passed, 1 failed")
        return 1
    name = os.path.basename(a.native)
    files = {"graphml": a.graphml, "gexf": a.gexf, "jsonld": a.jsonld, "csv": a.csv}
    check_graph(name, nodes, edges, files, a.schemas)
    if a.build_exports:
        check_build_exports(a.build_exports, files)
    if a.hostile:
        check_hostile(a.hostile, a.schemas)

    passed = sum(results)
    failed = len(results) - passed
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
