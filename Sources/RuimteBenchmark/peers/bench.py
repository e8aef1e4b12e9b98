#!/usr/bin/env python3
"""Runs Ruimte's large-layer computations and its peers on the same generated files and
prints a Markdown table of medians, ratios, peak memory and result agreement.

Usage (from the repository root, on a quiet machine; takes minutes at 1M):
  swift build -c release --product ruimte-bench
  python3 Sources/RuimteBenchmark/peers/bench.py --sizes 10000 100000 1000000 --reps 3
Also times loading the same layers as GeoJSON: Ruimte's loader against geopandas.read_file.
Needs shapely, geopandas (PyPI) and a C compiler with libgeos-dev. Never part of the tests.
"""
import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = ".build/release/ruimte-bench"


def peak_mib(cmd):
    """Peak resident memory of one run of cmd, via GNU-time-free wait4."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out = proc.stdout.read()
    proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        sys.exit(f"{' '.join(cmd)} failed")
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")], usage.ru_maxrss / 1024


def agree(a, b):
    fa, fb = np.array(a["footprint"]), np.array(b["footprint"])
    la, lb = np.array(a["floor_area"]), np.array(b["floor_area"])
    return (np.allclose(fa, fb, rtol=1e-6, atol=1e-6) and np.allclose(la, lb, rtol=1e-6, atol=1e-6)
            and a["dwellings"] == b["dwellings"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--distance", type=float, default=100)
    ap.add_argument("--no-geopandas", action="store_true")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="ruimte-bench-")
    peer = f"{work}/geos_peer"
    cflags = subprocess.run(["pkg-config", "--cflags", "--libs", "geos"], capture_output=True, text=True).stdout.split()
    subprocess.run(["cc", "-O2", "-o", peer, f"{HERE}/geos_peer.c", *cflags, "-lm"], check=True)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print()
    print("| buildings | dwellings | zones | implementation | threads | load (s) | coverage (s) | dwellings (s) | peak (MiB) | coverage vs Swift 1T | agrees |")
    print("|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---|")
    loads = []
    for n in args.sizes:
        zones = max(10, n // 1000)
        data = f"{work}/n{n}"
        subprocess.run([BENCH, "generate", "--buildings", str(n), "--dwellings", str(n), "--zones", str(zones), "--geojson",
                        "--out", data], check=True, capture_output=True)
        rows = []
        ref_file = f"{data}/swift.json"
        for threads in (1, 2):
            res = f"{data}/swift{threads}.json"
            lines, mib = peak_mib([BENCH, "run", data, "--threads", str(threads), "--reps", str(args.reps),
                                   "--distance", str(args.distance), "--results", res])
            rows.append((lines[0], mib, res))
        ref = json.load(open(rows[0][2]))
        lines, mib = peak_mib([peer, data, str(args.reps), str(args.distance), f"{data}/c.json"])
        rows.append((lines[0], mib, f"{data}/c.json"))
        cmd = [sys.executable, f"{HERE}/shapely_peer.py", data, "--reps", str(args.reps), "--distance", str(args.distance),
               "--results", f"{data}/shapely.json"]
        if not args.no_geopandas:
            cmd.append("--geopandas")
        lines, mib = peak_mib(cmd)
        rows.append((lines[0], mib, f"{data}/shapely.json"))
        if len(lines) > 1:
            rows.append((lines[1], mib, None))
        base = rows[0][0]["coverage_s"]
        for line, mib, res in rows:
            ok = line.get("agrees") if res is None else agree(ref, json.load(open(res)))
            load = "-" if line.get("load_s") is None else f"{line['load_s']:.2f}"
            print(f"| {n} | {n} | {zones} | {line['implementation']} | {line['threads']} | {load} | {line['coverage_s']:.3f} | "
                  f"{line['dwellings_s']:.3f} | {mib:.0f} | {line['coverage_s'] / base:.2f} | {'yes' if ok else 'NO'} |")
        sys.stdout.flush()
        loads.append((n, peak_mib([BENCH, "load", data]), peak_mib([sys.executable, f"{HERE}/load_peer.py", data])))
    print()
    print("Loading the GeoJSON layers (parse, check every feature, build the layer):")
    print()
    print("| features | implementation | buildings (s) | dwellings (s) | peak (MiB) | GeoJSON (MiB) | vs Swift | agrees |")
    print("|---:|---|---:|---:|---:|---:|---:|---|")
    for n, (swift, swift_mib), (peer, peer_mib) in loads:
        s, p = swift[0], peer[0]
        size = (os.path.getsize(f"{work}/n{n}/buildings.geojson") + os.path.getsize(f"{work}/n{n}/dwellings.geojson")) / 2**20
        same = all(s[k] == p[k] for k in ("buildings", "positions", "floors", "dwellings")) and \
            abs(s["dwelling_x_sum"] - p["dwelling_x_sum"]) <= 1e-9 * abs(p["dwelling_x_sum"]) and p["valid"]
        for line, mib in ((s, swift_mib), (p, peer_mib)):
            ratio = (line["buildings_s"] + line["dwellings_s"]) / (s["buildings_s"] + s["dwellings_s"])
            print(f"| {n} | {line['implementation']} | {line['buildings_s']:.2f} | {line['dwellings_s']:.2f} | {mib:.0f} | {size:.0f} | "
                  f"{ratio:.2f} | {'yes' if same else 'NO'} |")


if __name__ == "__main__":
    main()
