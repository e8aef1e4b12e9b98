"""Metamorphic checks (issue 26): a verdict must not depend on how a layer was stored.

For the bundled layers and for generated layouts with touching, overlapping and nearly touching
sites, every verdict and every metric (within a stated tolerance) must be unchanged when the
layers are stored differently: rings starting at another vertex or running the other way,
features in another order, Polygon written as MultiPolygon, every layer shifted by 1 mm, and
(for the bundled layers) converted to EPSG:4326, 4258 or 3857, or stored as GeoPackage or
FlatGeobuf. And monotone where it must be: a housing site grown by a buffer (at the same density) never
lowers BP-4 or BP-2, a housing site moved 20 km away never adds a conflict.

usage: metamorphic.py RUIMTE [LAYOUTS]"""
import concurrent.futures
import copy
import csv
import io
import json
import math
import os
import random
import subprocess
import sys
import tempfile

RUIMTE = os.path.abspath(sys.argv[1])
LAYOUTS = int(sys.argv[2]) if len(sys.argv) > 2 else 200
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GEODATA = os.path.join(ROOT, "geodata")
# Numbers may differ by rounding only: 1 cm, or 1e-4 of the value (areas, shares, dwellings).
ABSOLUTE, RELATIVE = 0.01, 1e-4
CODES = {"light", "compensation", "verdict", "max_category", "milieucategorie", "reason"}


def run(*args):
    result = subprocess.run([RUIMTE, *args, "--quiet"], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"ruimte {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def outcome(layers):
    """Every park metric and every zoning check of the layers, keyed by site ids."""
    files = ["--parks", layers["parks"], "--housing", layers["housing"]]
    if "zones" in layers:
        files += ["--zones", layers["zones"]]
    if "centres" in layers:
        files += ["--centres", layers["centres"]]
    pressure = json.loads(run("pressure", "--of", "parks", "--format", "json", *files))["tables"][0]["rows"]
    zoning = list(csv.DictReader(io.StringIO(run("zoning", "--format", "csv", *files))))
    result = {("park", r["park_id"]): {k: v for k, v in r.items() if k != "reasons"} for r in pressure}
    for r in zoning:
        result[("zoning", r["park_id"], r["zone_id"], r["housing_id"])] = r
    return result


def compare(label, base, other):
    """The number of properties compared; raises on the first difference."""
    if set(base) != set(other):
        raise SystemExit(f"{label}: rows differ: {sorted(set(base) ^ set(other))[:4]}")
    checked = 0
    for key, row in base.items():
        for field, value in row.items():
            theirs = other[key].get(field)
            checked += 1
            if value == theirs:
                continue
            try:
                a, b = float(value), float(theirs)
            except (TypeError, ValueError):
                raise SystemExit(f"{label}: {key} {field}: {value!r} became {theirs!r}")
            if field in CODES or abs(a - b) > ABSOLUTE + RELATIVE * abs(a):
                raise SystemExit(f"{label}: {key} {field}: {value!r} became {theirs!r}")
    return checked


# Transformations of a GeoJSON FeatureCollection (dict) that must change nothing.
def rings(collection, change):
    out = copy.deepcopy(collection)
    for f in out["features"]:
        g = f["geometry"]
        polygons = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        for polygon in polygons:
            for i, ring in enumerate(polygon):
                polygon[i] = change(ring)
    return out


def rotated(ring):
    open_ring = ring[:-1]
    k = len(open_ring) // 2
    turned = open_ring[k:] + open_ring[:k]
    return turned + [turned[0]]


def multi(collection):
    out = copy.deepcopy(collection)
    for f in out["features"]:
        if f["geometry"]["type"] == "Polygon":
            f["geometry"] = {"type": "MultiPolygon", "coordinates": [f["geometry"]["coordinates"]]}
    return out


def reordered(collection):
    out = copy.deepcopy(collection)
    out["features"].reverse()
    return out


def shifted(collection, dx):
    """Every coordinate moved east by dx in the layer's own units (1 mm: 1e-3 m, or degrees)."""
    return rings(collection, lambda ring: [[x + dx, y] + rest for x, y, *rest in ring])


def variants(collection, degrees):
    return {
        "rings starting at another vertex": rings(collection, rotated),
        "rings running the other way": rings(collection, lambda r: list(reversed(r))),
        "features in another order": reordered(collection),
        "Polygon as MultiPolygon": multi(collection),
        "every layer shifted by 1 mm": shifted(collection, 1.5e-8 if degrees else 0.001),
    }


def write(directory, name, collection):
    path = os.path.join(directory, name + ".geojson")
    with open(path, "w") as f:
        json.dump(collection, f)
    return path


def rectangle(x, y, w, h):
    return [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]]


def feature(fid, ring, **properties):
    return {"type": "Feature", "id": fid, "properties": {"name": fid.upper(), **properties},
            "geometry": {"type": "Polygon", "coordinates": ring}}


def layout(seed):
    """Parks in a row and housing sites placed against them: touching (gap 0), overlapping,
    nearly touching (a gap under the 5 cm sliver tolerance) or a few metres to 300 m away.
    Each layout has a place of its own, 20 km from the next, so that many share one file."""
    rng = random.Random(seed)
    parks, housing = [], []
    categories = ["1", "2", "3.1", "3.2", "4.1", "4.2", "5.1"]
    x = 10_000.0 + (seed % 13) * 22_000
    y = 310_000.0 + (seed // 13) * 20_000
    for p in range(rng.randint(2, 4)):
        w, h = rng.uniform(80, 400), rng.uniform(80, 400)
        props = {"accuracy_m": rng.choice([0, 1, 5, 25]), "jobs": rng.randint(10, 500),
                 "watergebonden": rng.choice([True, False])}
        if rng.random() < 0.8:
            props["milieucategorie"] = rng.choice(categories)
        parks.append(feature(f"l{seed}p{p}", rectangle(x, y, w, h), **props))
        gap = rng.choice([0.0, -rng.uniform(0.5, 30), rng.uniform(0.001, 0.04), rng.uniform(1, 300)])
        hw, hh = rng.uniform(50, 250), rng.uniform(50, 250)
        low = rng.randint(50, 400)
        housing.append(feature(f"l{seed}h{p}", rectangle(x + w + gap, y + rng.uniform(-50, 50), hw, hh),
                               accuracy_m=rng.choice([0, 1, 10]), planned_dwellings_min=low,
                               planned_dwellings_max=low + rng.randint(0, 100)))
        x += w + max(gap, 0) + hw + rng.uniform(5, 600)
    return parks, housing


def layouts(seeds):
    """The layouts of `seeds` in one parks and one housing layer."""
    crs = {"type": "name", "properties": {"name": "EPSG:28992"}}
    parks, housing = [], []
    for seed in seeds:
        p, h = layout(seed)
        parks += p
        housing += h
    return ({"type": "FeatureCollection", "crs": crs, "features": parks},
            {"type": "FeatureCollection", "crs": crs, "features": housing})


def grown(collection, metres):
    """Every (rectangular) housing site grown by `metres` on each side at the same density: its
    planned dwellings scale with its area, so the dwellings near a zone can only grow."""
    out = rings(collection, lambda r: [[x + (metres if x > min(p[0] for p in r) else -metres),
                                        y + (metres if y > min(p[1] for p in r) else -metres)] for x, y in r])
    for f in out["features"]:
        ring = f["geometry"]["coordinates"][0]
        w = max(p[0] for p in ring) - min(p[0] for p in ring)
        h = max(p[1] for p in ring) - min(p[1] for p in ring)
        factor = w * h / ((w - 2 * metres) * (h - 2 * metres))
        for key in ("planned_dwellings_min", "planned_dwellings_max"):
            f["properties"][key] = math.ceil(f["properties"][key] * factor)
    return out


def check_layouts(seeds, directory):
    parks, housing = layouts(seeds)
    folder = os.path.join(directory, f"layouts{seeds[0]}")
    os.makedirs(folder)
    base_layers = {"parks": write(folder, "parks", parks), "housing": write(folder, "housing", housing)}
    base = outcome(base_layers)
    checked = 0
    for name, (p, h) in {k: (v, variants(housing, False)[k]) for k, v in variants(parks, False).items()}.items():
        sub = os.path.join(folder, name.replace(" ", "-"))
        os.makedirs(sub)
        checked += compare(f"layouts, {name}", base,
                           outcome({"parks": write(sub, "parks", p), "housing": write(sub, "housing", h)}))
    # Monotone: housing grown by 10 m (at the same density) never lowers BP-4 or BP-2.
    bigger = outcome({"parks": base_layers["parks"], "housing": write(folder, "grown", grown(housing, 10))})
    for key, row in base.items():
        if key[0] != "park":
            continue
        for field in ("constrained_share", "dwellings_within_low", "dwellings_within_high"):
            if row[field] is not None and bigger[key][field] is not None:
                checked += 1
                if bigger[key][field] < row[field] - 1e-9:
                    raise SystemExit(f"{key} {field} fell from {row[field]} to {bigger[key][field]} with housing grown")
    # Monotone: every first housing site of a layout moved 2 km south (beyond every richtafstand
    # of its layout, and still 18 km from the next) never adds a conflict.
    away = copy.deepcopy(housing)
    for f in away["features"]:
        if f["id"].endswith("h0"):
            f["geometry"]["coordinates"] = [[[x, y - 2000] for x, y in r] for r in f["geometry"]["coordinates"]]
    moved = outcome({"parks": base_layers["parks"], "housing": write(folder, "away", away)})
    for key, row in base.items():
        if key[0] == "zoning" and key[3].endswith("h0"):
            checked += 1
            if moved[key]["verdict"] == "conflict" and row["verdict"] != "conflict":
                raise SystemExit(f"{key}: moving the housing site away added a conflict")
    return checked


def bundled(directory):
    """The bundled layers, stored every way a planner may receive them."""
    names = {"parks": "bedrijventerreinen", "zones": "milieuzones", "centres": "wijkwinkelcentra",
             "housing": "woningbouwlocaties"}
    original = {k: os.path.join(GEODATA, f"{n}.geojson") for k, n in names.items()}
    base = outcome(original)
    checked = 0
    loaded = {k: json.load(open(p)) for k, p in original.items()}
    degrees = "crs" not in loaded["parks"]
    for name in variants(loaded["parks"], degrees):
        sub = os.path.join(directory, "bundled-" + name.replace(" ", "-"))
        os.makedirs(sub)
        layers = {k: write(sub, names[k], variants(c, degrees)[name]) for k, c in loaded.items()}
        checked += compare(f"bundled, {name}", base, outcome(layers))
    for label, options, extension in [
        ("EPSG:4326", ["-t_srs", "EPSG:4326"], "geojson"), ("EPSG:4258", ["-t_srs", "EPSG:4258"], "geojson"),
        ("EPSG:3857", ["-t_srs", "EPSG:3857", "-lco", "RFC7946=NO"], "geojson"),
        ("GeoPackage in EPSG:4258", ["-f", "GPKG", "-t_srs", "EPSG:4258"], "gpkg"),
        ("FlatGeobuf", ["-f", "FlatGeobuf"], "fgb"),
    ]:
        sub = os.path.join(directory, "bundled-" + label.replace(" ", "-").replace(":", ""))
        os.makedirs(sub)
        layers = {}
        for k, path in original.items():
            layers[k] = os.path.join(sub, f"{names[k]}.{extension}")
            subprocess.run(["ogr2ogr", *options, layers[k], path], check=True, capture_output=True)
        checked += compare(f"bundled, {label}", base, outcome(layers))
    return checked


def main():
    with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as directory:
        checked = bundled(directory)
        # Batches of 20 layouts: one run covers a batch, and a batch stays small enough that
        # the all-pairs analyses stay fast.
        batches = [list(range(i, min(i + 20, LAYOUTS))) for i in range(0, LAYOUTS, 20)]
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            checked += sum(pool.map(lambda seeds: check_layouts(seeds, directory), batches))
    print(f"metamorphic: the bundled layers in 10 forms and {LAYOUTS} generated layouts in 7: "
          f"{checked} properties checked, all unchanged")


main()
