"""The buildable headroom and every constraint overlap of `ruimte constraints`, checked
against shapely on generated layouts: housing sites, parks with milieuzones and constraint
layers of squares, strips, rotated rectangles and discs that overlap, touch, nearly touch or
cover each other. Results within 0.01 m².

Shapely computes what metrics.md says: buildable = area(site - union(hard constraints, every
zone buffered by its richtafstand at 16 segments a quadrant)); inside = area(site ∩ constraint);
an area that vanishes when shrunk by 2.5 cm is a sliver and counts as 0 (the sliver rule).

Usage: python3 constraints_check.py PATH/TO/ruimte [LAYOUTS]
"""
import csv, io, json, math, os, random, subprocess, sys, tempfile
from shapely.geometry import Point, Polygon, box, mapping
from shapely import affinity
from shapely.ops import unary_union

RUIMTE = os.path.abspath(sys.argv[1])
LAYOUTS = int(sys.argv[2]) if len(sys.argv) > 2 else 120
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUSTIG = {}
for line in open(os.path.join(ROOT, "geodata", "richtafstanden-vng2009.csv"), encoding="utf-8"):
    if line.startswith("#") or line.startswith("milieucategorie"):
        continue
    category, rustig, _ = line.strip().split(",")
    RUSTIG[category] = float(rustig)
X0, Y0 = 90000.0, 460000.0


def shape(rng):
    x, y = X0 + rng.uniform(0, 1500), Y0 + rng.uniform(0, 1500)
    w, h = rng.choice([rng.uniform(20, 400), 100.0]), rng.uniform(20, 400)
    form = rng.random()
    if form < 0.4:
        return box(x, y, x + w, y + h)
    if form < 0.7:
        return affinity.rotate(box(x, y, x + w, y + h), rng.uniform(0, 90), origin="centroid")
    return Point(x, y).buffer(w / 2, quad_segs=16)


def near(rng, other):
    """A shape touching, nearly touching or overlapping `other`."""
    minx, miny, maxx, maxy = other.bounds
    gap = rng.choice([0.0, 0.01, 0.04, 0.3, -5.0, -40.0])
    return box(maxx + gap, miny + rng.uniform(-30, 30), maxx + gap + rng.uniform(30, 300), maxy + rng.uniform(-30, 30))


def sliver_area(g):
    if g.is_empty or g.area == 0 or g.buffer(-0.025, quad_segs=2).is_empty:
        return 0.0
    return g.area


def collection(features):
    return json.dumps({"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
                       "features": [{"type": "Feature", "properties": p, "geometry": mapping(g)} for p, g in features]})


def layout(rng, work, n):
    housing = [shape(rng) for _ in range(rng.randint(1, 3))]
    parks = [near(rng, housing[0]) if rng.random() < 0.5 else shape(rng) for _ in range(rng.randint(1, 3))]
    categories = [rng.choice(list(RUSTIG)) for _ in parks]
    constraints = []
    for k in range(rng.randint(1, 4)):
        base = rng.choice(housing)
        g = near(rng, base) if rng.random() < 0.5 else (shape(rng) if rng.random() < 0.5 else base.buffer(rng.uniform(-10, 30)))
        if g.is_empty:
            g = shape(rng)
        constraints.append((f"c{k}", rng.choice(["hard", "soft"]), rng.choice(["geluid", "geur", "externe-veiligheid"]), g))
    files = {name: os.path.join(work, f"{n}-{name}.geojson") for name in ("housing", "parks", "zones", "constraints")}
    with open(files["housing"], "w") as f:
        f.write(collection([({"id": f"h{i}", "accuracy_m": 1, "planned_dwellings": 100}, g) for i, g in enumerate(housing)]))
    with open(files["parks"], "w") as f:
        f.write(collection([({"id": f"p{i}", "accuracy_m": 1}, g) for i, g in enumerate(parks)]))
    with open(files["zones"], "w") as f:
        f.write(collection([({"id": f"z{i}", "park": f"p{i}", "milieucategorie": c, "accuracy_m": 1}, g)
                            for i, (g, c) in enumerate(zip(parks, categories))]))
    with open(files["constraints"], "w") as f:
        f.write(collection([({"id": cid, "kind": kind, "effect": effect, "accuracy_m": 1,
                              **({"lden_db": 50} if kind == "geluid" else {}),
                              **({"aandachtsgebied": "brand"} if kind == "externe-veiligheid" and effect == "soft" else {})}, g)
                            for cid, effect, kind, g in constraints]))
    result = subprocess.run([RUIMTE, "constraints", "--constraints", files["constraints"], "--housing", files["housing"],
                             "--parks", files["parks"], "--zones", files["zones"], "--format", "json", "--quiet"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        return [f"layout {n}: exit {result.returncode}: {result.stderr[:300]}"], 0
    tables = {t["name"]: t for t in json.loads(result.stdout)["tables"]}
    problems, checked = [], 0
    obstacles = [g for _, effect, _, g in constraints if effect == "hard"] + [
        g.buffer(RUSTIG[c], quad_segs=16) for g, c in zip(parks, categories)]
    blocked = unary_union(obstacles) if obstacles else None
    rows = {r["housing_id"]: r for r in tables["buildable_headroom"]["rows"]}
    for i, site in enumerate(housing):
        expected = sliver_area(site.difference(blocked) if blocked is not None else site)
        got = rows[f"h{i}"]["buildable_m2"]
        checked += 1
        if abs(got - expected) > 0.01:
            problems.append(f"layout {n}: h{i} buildable {got:.4f} m², shapely {expected:.4f} m²")
    inside = {(r["housing_id"], r["constraint_id"]): r["inside_m2"] for r in tables["constraint_sites"]["rows"]}
    for i, site in enumerate(housing):
        for cid, _, _, g in constraints:
            expected = sliver_area(site.intersection(g))
            got = inside.get((f"h{i}", cid), 0.0)
            checked += 1
            if abs(got - expected) > 0.01:
                problems.append(f"layout {n}: h{i} ∩ {cid}: {got:.4f} m², shapely {expected:.4f} m²")
    return problems, checked


def main():
    rng = random.Random(30)
    work = tempfile.mkdtemp(prefix="ruimte-constraints-", dir=os.environ.get("TMPDIR"))
    failures, checked = [], 0
    for n in range(LAYOUTS):
        problems, count = layout(rng, work, n)
        failures += problems
        checked += count
    for f in failures[:40]:
        print("constraints-check:", f)
    if failures:
        sys.exit(f"constraints-check: {len(failures)} of {checked} areas differ from shapely")
    print(f"constraints-check: {LAYOUTS} generated layouts, {checked} areas (buildable headroom and overlaps) "
          f"equal to shapely within 0.01 m²")


main()
