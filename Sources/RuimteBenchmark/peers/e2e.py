#!/usr/bin/env python3
"""End to end, as a planner runs it: from the GeoJSON files to the Spacematrix table.

For each size: `ruimte-bench generate --geojson` writes N building footprints (RD New) and
N/1000 zones; the zones become a business-park layer (parks.geojson). Then, each in its own
process, from the same files:
  ruimte intensity --buildings B --parks Z --threads 1|2 --format json
  pipeline_peer.py pipeline  (pyogrio + shapely: the strongest Python pipeline we know)
  pipeline_peer.py overlay   (geopandas read_file + overlay)
Prints a Markdown table: median wall time over --reps runs, peak resident memory (wait4),
peak against the packed in-memory layer (16 bytes per position, 4 per ring, polygon and
feature offset, 8 per floor count), ratios, and whether footprint and floor area per zone agree with Swift's 5-decimal hectares
(0.1 m²: |a - b| <= 0.1 m² + 1e-6 relative). Also `ruimte validate` on the buildings and a
cold `ruimte report`. Never part of the tests; run on a quiet machine:

  swift build -c release
  python3 Sources/RuimteBenchmark/peers/e2e.py --sizes 10000 100000 1000000 --reps 3
"""
import argparse
import json
import os
import statistics
import struct
import subprocess
import sys
import tempfile
import time

import shapely

HERE = os.path.dirname(os.path.abspath(__file__))
RUIMTE = ".build/release/ruimte"
BENCH = ".build/release/ruimte-bench"


def run(cmd):
    """Wall seconds, peak resident MiB (wait4) and stdout of one process."""
    with tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True)
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t
        if status != 0:
            err.seek(0)
            sys.exit(f"{' '.join(cmd)} failed: {err.read()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, out


def timed(cmd, reps):
    """Median seconds, largest peak MiB and the last output over reps runs."""
    runs = [run(cmd) for _ in range(reps)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs), runs[-1][2]


def interleaved(commands, reps):
    """Runs the commands in turn, reps rounds, so that a slow spell of the machine hits each
    alike. Per command: median seconds, largest peak MiB, last output; and the per-round
    seconds, for ratios taken within a round."""
    rounds = [[run(cmd) for cmd in commands] for _ in range(reps)]
    results = []
    for k in range(len(commands)):
        runs = [r[k] for r in rounds]
        results.append((statistics.median(r[0] for r in runs), max(r[1] for r in runs), runs[-1][2], [r[0] for r in runs]))
    return results


def packed_mib(path):
    """The packed layer ruimte holds for a footprint file, in MiB. Counted in a child process:
    pyogrio and its data would otherwise stay in this process, and every process it starts
    afterwards inherits its resident size into ru_maxrss until exec."""
    script = """
import sys, pyogrio, shapely
g = shapely.from_wkb(pyogrio.read_dataframe(sys.argv[1], columns=[], use_arrow=True).geometry.to_wkb())
parts = shapely.get_parts(g)
positions = int(shapely.get_num_coordinates(g).sum())
rings = int(len(parts) + shapely.get_num_interior_rings(parts).sum())
print((16 * positions + 4 * (rings + len(parts) + len(g) + 3) + 8 * len(g)) / 2**20)
"""
    return float(subprocess.run([sys.executable, "-c", script, path], check=True, capture_output=True, text=True).stdout)


def parks_layer(directory):
    raw = open(f"{directory}/zones.wkb", "rb").read()
    i, features = 0, []
    while i < len(raw):
        n = struct.unpack_from("<I", raw, i)[0]
        geometry = shapely.from_wkb(raw[i + 4:i + 4 + n])
        i += 4 + n
        k = len(features)
        features.append({"type": "Feature", "properties": {"id": f"z{k}", "name": f"Zone {k}", "kind": "bedrijventerrein",
                                                            "accuracy_m": 10, "source": "synthetic"},
                         "geometry": json.loads(shapely.to_geojson(geometry))})
    with open(f"{directory}/parks.geojson", "w") as f:
        json.dump({"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
                   "features": features}, f)


def swift_sums(out):
    rows = json.loads(out)["tables"][0]["rows"]
    return ({r["park_id"]: r["footprint_ha"] * 1e4 for r in rows}, {r["park_id"]: (r["floor_area_ha"] or 0) * 1e4 for r in rows})


def agrees(swift, peer):
    for s, p in zip(swift, peer):
        for k, v in s.items():
            w = p.get(k, 0.0)
            if abs(v - w) > 0.1 + 1e-6 * abs(w):
                return False
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--overlay-reps", type=int, default=1)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="ruimte-e2e-")
    print("| buildings | GeoJSON (MiB) | packed layer (MiB) | zones | implementation | threads | wall (s, median) | peak (MiB) | peak / packed | vs Python pipeline | agrees |")
    print("|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|")
    validations, cores = [], []
    for n in args.sizes:
        d = f"{work}/{n}"
        subprocess.run([BENCH, "generate", "--buildings", str(n), "--dwellings", "10", "--zones", str(max(10, n // 1000)),
                        "--geojson", "--out", d], check=True, stdout=subprocess.DEVNULL)
        parks_layer(d)
        b, z = f"{d}/buildings.geojson", f"{d}/parks.geojson"
        mib = os.path.getsize(b) / 2**20
        zones = max(10, n // 1000)
        packed = packed_mib(b)
        rows = []
        one, two = interleaved([[RUIMTE, "intensity", "--buildings", b, "--parks", z, "--threads", str(threads), "--format", "json", "--quiet"]
                                for threads in (1, 2)], args.reps)
        for threads, (t, m, out, _) in zip((1, 2), (one, two)):
            rows.append((f"ruimte intensity", threads, t, m, swift_sums(out)))
        cores.append((n, "intensity", statistics.median(a / b for a, b in zip(one[3], two[3])), one[3], two[3]))
        t, m, out = timed([sys.executable, f"{HERE}/pipeline_peer.py", "pipeline", b, z], args.reps)
        r = json.loads(out)
        rows.append(("Python pipeline (pyogrio arrow, STRtree, prepared contains_properly)", 1, t, m, (r["footprint_m2"], r["floor_area_m2"])))
        t, m, out = timed([sys.executable, f"{HERE}/pipeline_peer.py", "overlay", b, z], args.overlay_reps)
        r = json.loads(out)
        rows.append(("geopandas overlay", 1, t, m, (r["footprint_m2"], r["floor_area_m2"])))
        python = rows[2][2]
        for name, threads, t, m, sums in rows:
            print(f"| {n} | {mib:.0f} | {packed:.0f} | {zones} | {name} | {threads} | {t:.2f} | {m:.0f} | {m / packed:.2f} | {python / t:.2f} | "
                  f"{'yes' if agrees(rows[0][4], sums) else 'NO'} |", flush=True)
        one, two = interleaved([[RUIMTE, "validate", "--as", "buildings", "--threads", str(threads), b] for threads in (1, 2)], args.reps)
        for threads, (t, m, _, _) in zip((1, 2), (one, two)):
            validations.append((n, mib, packed, threads, t, m))
        cores.append((n, "validate", statistics.median(a / b for a, b in zip(one[3], two[3])), one[3], two[3]))
    print()
    print("| buildings | GeoJSON (MiB) | threads | `ruimte validate --as buildings` wall (s, median) | peak (MiB) | peak / packed |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n, mib, packed, threads, t, m in validations:
        print(f"| {n} | {mib:.0f} | {threads} | {t:.2f} | {m:.0f} | {m / packed:.2f} |")
    print()
    print("| buildings | command | second core (median of per-round 1T/2T) | 1 thread, each round (s) | 2 threads, each round (s) |")
    print("|---:|---|---:|---|---|")
    for n, command, ratio, t1, t2 in cores:
        print(f"| {n} | {command} | {ratio:.2f} | {', '.join(f'{t:.2f}' for t in t1)} | {', '.join(f'{t:.2f}' for t in t2)} |")
    runs = [run([RUIMTE, "report", "--quiet"]) for _ in range(5)]
    print()
    print(f"`ruimte report` (bundled Leiden layers, a new process each time): median {statistics.median(r[0] for r in runs):.2f} s, "
          f"first {runs[0][0]:.2f} s, peak {max(r[1] for r in runs):.0f} MiB")


if __name__ == "__main__":
    main()
