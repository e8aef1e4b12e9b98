#!/usr/bin/env python3
"""The same two computations with shapely 2 (vectorised STRtree queries) and geopandas
(overlay, sjoin), on the files ruimte-bench writes. Prints a timing line per
implementation; --results writes shapely's answers for the equality check.

Usage: shapely_peer.py DIR [--reps R] [--distance M] [--results FILE] [--geopandas]
"""
import argparse
import json
import struct
import time

import numpy as np
import shapely


def records(path):
    data = open(path, "rb").read()
    out, offset = [], 0
    while offset + 4 <= len(data):
        (n,) = struct.unpack_from("<I", data, offset)
        out.append(data[offset + 4:offset + 4 + n])
        offset += 4 + n
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--distance", type=float, default=100)
    ap.add_argument("--results")
    ap.add_argument("--geopandas", action="store_true")
    args = ap.parse_args()

    t0 = time.perf_counter()
    buildings = shapely.from_wkb(np.array(records(f"{args.dir}/buildings.wkb"), dtype=object))
    floors = np.frombuffer(open(f"{args.dir}/floors.bin", "rb").read(), dtype=np.uint8).astype(float)
    zones = shapely.from_wkb(np.array(records(f"{args.dir}/zones.wkb"), dtype=object))
    xy = np.frombuffer(open(f"{args.dir}/dwellings.bin", "rb").read(), dtype="<f8").reshape(-1, 2)
    points = shapely.points(xy)
    load = time.perf_counter() - t0

    def coverage():
        tree = shapely.STRtree(buildings)
        zi, bi = tree.query(zones, predicate="intersects")
        areas = shapely.area(shapely.intersection(zones[zi], buildings[bi]))
        return (np.bincount(zi, weights=areas, minlength=len(zones)),
                np.bincount(zi, weights=areas * floors[bi], minlength=len(zones)))

    def dwellings():
        tree = shapely.STRtree(points)
        zi, _ = tree.query(zones, predicate="dwithin", distance=args.distance)
        return np.bincount(zi, minlength=len(zones))

    times_c, times_d = [], []
    for _ in range(args.reps):
        t = time.perf_counter(); footprint, floor_area = coverage(); times_c.append(time.perf_counter() - t)
        t = time.perf_counter(); counts = dwellings(); times_d.append(time.perf_counter() - t)
    print(json.dumps({"implementation": f"shapely {shapely.__version__} (GEOS {shapely.geos_version_string})",
                      "threads": 1, "load_s": load, "coverage_s": float(np.median(times_c)),
                      "dwellings_s": float(np.median(times_d))}))
    if args.results:
        json.dump({"footprint": footprint.tolist(), "floor_area": floor_area.tolist(), "dwellings": counts.tolist()},
                  open(args.results, "w"))

    if args.geopandas:
        import geopandas
        b = geopandas.GeoDataFrame({"floors": floors}, geometry=buildings, crs=28992)
        z = geopandas.GeoDataFrame({"zone": np.arange(len(zones))}, geometry=zones, crs=28992)
        p = geopandas.GeoDataFrame(geometry=points, crs=28992)
        times_c, times_d = [], []
        for _ in range(args.reps):
            t = time.perf_counter()
            pieces = geopandas.overlay(b, z, how="intersection", keep_geom_type=True)
            pieces["area"] = pieces.geometry.area
            gp_footprint = pieces.groupby("zone")["area"].sum().reindex(range(len(zones)), fill_value=0).to_numpy()
            times_c.append(time.perf_counter() - t)
            t = time.perf_counter()
            joined = geopandas.sjoin(p, z, predicate="dwithin", distance=args.distance)
            gp_counts = joined.groupby("zone").size().reindex(range(len(zones)), fill_value=0).to_numpy()
            times_d.append(time.perf_counter() - t)
        print(json.dumps({"implementation": f"geopandas {geopandas.__version__}", "threads": 1, "load_s": None,
                          "coverage_s": float(np.median(times_c)), "dwellings_s": float(np.median(times_d)),
                          "agrees": bool(np.allclose(gp_footprint, footprint, rtol=1e-6, atol=1e-6)
                                         and (gp_counts == counts).all())}))


if __name__ == "__main__":
    main()
