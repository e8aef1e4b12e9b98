#!/usr/bin/env python3
"""End-to-end peers for `ruimte intensity --buildings B --parks Z`: from the GeoJSON files to
the footprint and floor-area sums per zone, as a planner would run them in Python.

  pipeline  the strongest pipeline we know: pyogrio read_dataframe(use_arrow=True),
            shapely.is_valid on every footprint (Ruimte checks every one), STRtree query,
            prepared contains_properly (the building's own area), intersection only for the
            boundary pairs, bincount.
  overlay   geopandas.read_file + geopandas.overlay(how="intersection") + groupby.

Usage: pipeline_peer.py pipeline|overlay BUILDINGS.geojson PARKS.geojson
Prints one JSON line: seconds from start of reading to the sums, and the sums per zone id."""
import json
import sys
import time

import numpy as np
import pyogrio
import shapely


def pipeline(buildings_path, parks_path):
    t = time.perf_counter()
    b = pyogrio.read_dataframe(buildings_path, use_arrow=True)
    z = pyogrio.read_dataframe(parks_path, use_arrow=True)
    read = time.perf_counter() - t
    geoms = b.geometry.values
    if not shapely.is_valid(geoms).all():
        raise SystemExit("invalid footprint")
    zones = z.geometry.values
    shapely.prepare(zones)
    tree = shapely.STRtree(geoms)
    zi, bi = tree.query(zones, predicate="intersects")
    inside = shapely.contains_properly(zones[zi], geoms[bi])
    area = shapely.area(geoms[bi])
    edge = ~inside
    area[edge] = shapely.area(shapely.intersection(zones[zi[edge]], geoms[bi[edge]]))
    floors = b["floors"].to_numpy(dtype=float)[bi]
    footprint = np.bincount(zi, weights=area, minlength=len(zones))
    floor_area = np.bincount(zi, weights=area * floors, minlength=len(zones))
    return read, list(z["id"]), footprint, floor_area


def overlay(buildings_path, parks_path):
    import geopandas
    t = time.perf_counter()
    b = geopandas.read_file(buildings_path, engine="pyogrio")
    z = geopandas.read_file(parks_path, engine="pyogrio")
    read = time.perf_counter() - t
    z = z[["id", "geometry"]].rename(columns={"id": "zone"})
    o = geopandas.overlay(b[["floors", "geometry"]], z, how="intersection", keep_geom_type=True)
    o["a"] = o.geometry.area
    o["fa"] = o["a"] * o["floors"]
    g = o.groupby("zone")[["a", "fa"]].sum()
    ids = list(z["zone"])
    return read, ids, g["a"].reindex(ids, fill_value=0).to_numpy(), g["fa"].reindex(ids, fill_value=0).to_numpy()


def main():
    kind, buildings_path, parks_path = sys.argv[1:4]
    t = time.perf_counter()
    read, ids, footprint, floor_area = (pipeline if kind == "pipeline" else overlay)(buildings_path, parks_path)
    total = time.perf_counter() - t
    print(json.dumps({"seconds": total, "read_seconds": read,
                      "footprint_m2": dict(zip(ids, map(float, footprint))),
                      "floor_area_m2": dict(zip(ids, map(float, floor_area)))}))


if __name__ == "__main__":
    main()
