#!/usr/bin/env python3
"""Peer for loading a GeoPackage: pyogrio.read_dataframe(use_arrow=True) plus shapely.is_valid,
the strongest Python pipeline; prints the in-process time and peak memory. Compare with
`/usr/bin/time ruimte validate --as buildings FILE` (notebooks-md/performance.md).
Usage: gpkg_load_peer.py FILE.gpkg"""
import sys, time, resource, pyogrio, shapely
t=time.perf_counter()
df = pyogrio.read_dataframe(sys.argv[1], use_arrow=True)
valid = shapely.is_valid(df.geometry.values).all()
print(f"pyogrio+is_valid {time.perf_counter()-t:.2f} s, peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024:.0f} MiB, {len(df)} features, valid {valid}")
