#!/usr/bin/env python3
"""Independent recomputation of Ruimte's headroom with shapely and pyproj, straight from the
GeoJSON files: for every park zone (a park without zones is one zone, its outline) and every
milieucategorie, the area allowed (outside every buffer(housing, R + a)) and not allowed
(inside some buffer(housing, R - a)); and for every housing site the same against the zones.
CategoryHeadroomTests runs it and compares. Rustige woonwijk, 16 segments per quarter circle.

Usage: crosscheck_headroom.py GEODATA_DIR   -> JSON on stdout
"""
import csv, json, sys

import shapely
from pyproj import Transformer
from shapely.geometry import shape
from shapely.ops import unary_union

TO_RD = Transformer.from_crs("EPSG:4326", "EPSG:28992", always_xy=True)
ORDER = ["1", "2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "6"]


def load(directory, name):
    with open(f"{directory}/{name}", encoding="utf-8") as f:
        features = json.load(f)["features"]
    return [(shapely.transform(shape(x["geometry"]), lambda c: list(zip(*TO_RD.transform(c[:, 0], c[:, 1])))), x["properties"])
            for x in features]


def parts(site, accuracy, neighbours):
    """neighbours: (outline, accuracy, R for allowed, R for not allowed)."""
    far = unary_union([g.buffer(r_allowed + accuracy + a, quad_segs=16) for g, a, r_allowed, _ in neighbours]) if neighbours else None
    near_parts = [g.buffer(r_forbidden - accuracy - a, quad_segs=16) for g, a, _, r_forbidden in neighbours if r_forbidden > 0]
    allowed = site.difference(far) if far is not None else site
    not_allowed = site.intersection(unary_union(near_parts)).area if near_parts else 0.0
    return {"site": site.area, "allowed": allowed.area, "not_allowed": not_allowed}


def main(directory):
    with open(f"{directory}/richtafstanden-vng2009.csv") as f:
        rustig = {r["milieucategorie"]: float(r["rustig"]) for r in csv.DictReader(l for l in f if not l.startswith("#"))}
    parks, zones = load(directory, "bedrijventerreinen.geojson"), load(directory, "milieuzones.geojson")
    housing = load(directory, "woningbouwlocaties.geojson")
    zone_list = []
    for g, p in parks:
        own = [(zg, zp) for zg, zp in zones if zp["park"] == p["id"]]
        if own:
            zone_list += [(zg, zp["id"], zp["accuracy_m"], zp["milieucategorie"]) for zg, zp in own]
        else:
            zone_list.append((g, p["id"], p["accuracy_m"], p.get("milieucategorie")))
    out = {"zones": {}, "housing": {}}
    for g, zone_id, accuracy, _ in zone_list:
        for c in ORDER:
            r = rustig[c]
            out["zones"][f"{zone_id}/{c}"] = parts(g, accuracy, [(h, hp["accuracy_m"], r, r) for h, hp in housing])
    for h, hp in housing:
        neighbours = []
        for g, _, a, cat in zone_list:
            if not cat:  # no known category: anything up to 6, nothing certainly excluded
                neighbours.append((g, a, rustig["6"], 0.0))
                continue
            low, _, high = cat.partition("-")
            neighbours.append((g, a, rustig[high or low], rustig[low]))
        out["housing"][hp["id"]] = parts(h, hp["accuracy_m"], neighbours)
    json.dump(out, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1])
