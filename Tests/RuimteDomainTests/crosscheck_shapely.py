#!/usr/bin/env python3
"""Independent recomputation of Ruimte's overlaps, distances and catchments with shapely
and pyproj (PyPI), straight from the GeoJSON files. CrossCheckTests runs it and compares.

Usage: crosscheck_shapely.py GEODATA_DIR   -> JSON on stdout
"""
import json
import sys

import shapely
from pyproj import Transformer
from shapely.geometry import shape

LAYERS = {"parks": "bedrijventerreinen.geojson", "centres": "wijkwinkelcentra.geojson",
          "housing": "woningbouwlocaties.geojson", "zones": "milieuzones.geojson"}
TO_RD = Transformer.from_crs("EPSG:4326", "EPSG:28992", always_xy=True)


def load(directory, name):
    with open(f"{directory}/{name}", encoding="utf-8") as f:
        features = json.load(f)["features"]
    sites = {}
    for feature in features:
        g = shapely.transform(shape(feature["geometry"]), lambda c: list(zip(*TO_RD.transform(c[:, 0], c[:, 1]))))
        sites[feature["properties"]["id"]] = (g, feature["properties"])
    return sites


def main(directory):
    layers = {layer: load(directory, name) for layer, name in LAYERS.items()}
    out = {"shapely": shapely.__version__, "geos": shapely.geos_version_string, "overlaps": [], "distances": [],
           "catchments": []}
    sites = [(layer, key, g) for layer in ("parks", "centres", "housing", "zones")
             for key, (g, _) in sorted(layers[layer].items())]
    for i, (la, ia, ga) in enumerate(sites):
        for lb, ib, gb in sites[i + 1:]:
            area = shapely.area(shapely.intersection(ga, gb))
            if area > 0:
                out["overlaps"].append({"a": [la, ia], "b": [lb, ib], "area": area})
            out["distances"].append({"a": [la, ia], "b": [lb, ib], "distance": shapely.distance(ga, gb),
                                     "centroid": shapely.distance(ga.centroid, gb.centroid)})
    for cid, (cg, _) in sorted(layers["centres"].items()):
        for r in (300, 500, 1000):
            catchment = shapely.buffer(cg, r, quad_segs=16)
            low = high = 0.0
            for hid, (hg, p) in sorted(layers["housing"].items()):
                if "planned_dwellings_min" not in p:
                    continue
                share = shapely.area(shapely.intersection(hg, catchment)) / shapely.area(hg)
                low += share * p["planned_dwellings_min"]
                high += share * p["planned_dwellings_max"]
            out["catchments"].append({"centre": cid, "radius": r, "low": low, "high": high})
    json.dump(out, sys.stdout, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
