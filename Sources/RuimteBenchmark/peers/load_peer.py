#!/usr/bin/env python3
"""Peer for loading: geopandas.read_file (pyogrio, GDAL's GeoJSON driver) on the GeoJSON
files `ruimte-bench generate --geojson` writes; prints the same counts as `ruimte-bench load`.
Usage: load_peer.py DIR"""
import json
import sys
import time

import geopandas
import pyogrio
import shapely


def main():
    d = sys.argv[1]
    t = time.perf_counter()
    buildings = geopandas.read_file(f"{d}/buildings.geojson", engine="pyogrio")
    valid = shapely.is_valid(buildings.geometry.values).all()  # Ruimte checks every footprint too
    tb = time.perf_counter() - t
    t = time.perf_counter()
    dwellings = geopandas.read_file(f"{d}/dwellings.geojson", engine="pyogrio")
    td = time.perf_counter() - t
    print(json.dumps({"implementation": f"geopandas {geopandas.__version__} (pyogrio, GDAL {pyogrio.__gdal_version_string__})",
                      "buildings_s": tb, "dwellings_s": td, "buildings": len(buildings),
                      "positions": int(shapely.get_num_coordinates(buildings.geometry.values).sum()),
                      "floors": int(buildings["floors"].sum()), "dwellings": len(dwellings),
                      "dwelling_x_sum": float(dwellings.geometry.x.sum()), "valid": bool(valid)}))


if __name__ == "__main__":
    main()
