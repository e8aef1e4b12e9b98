"""The format and CRS matrix: the bundled layers converted by ogr2ogr to every format Ruimte
reads through GDAL, and to other CRSs, must give byte-identical `pressure`, `zoning` and
`overlaps` output to the bundled GeoJSON. PostGIS is tested for real: a throw-away
PostgreSQL cluster on a Unix socket in a temporary directory, started and stopped here.

Usage: python3 format_matrix.py PATH/TO/ruimte
"""
import csv
import gzip, os, shutil, subprocess, sys, tempfile, zipfile

RUIMTE = os.path.abspath(sys.argv[1])
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GEODATA = os.path.join(ROOT, "geodata")
LAYERS = {"parks": "bedrijventerreinen", "zones": "milieuzones", "centres": "wijkwinkelcentra", "housing": "woningbouwlocaties"}
COMMANDS = [["pressure"], ["zoning", "--format", "csv"], ["overlaps", "--from", "parks", "--to", "housing", "--format", "csv"]]
failures = []


def run(*args, check=True, cwd=ROOT):
    result = subprocess.run(list(args), capture_output=True, text=True, cwd=cwd)
    if check and result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result


def outputs(inputs):
    """stdout of every command with the given --parks/--zones/... inputs."""
    options = [a for key, value in inputs.items() for a in (f"--{key}", value)]
    # The site layers not converted are the bundled ones, asked for by name (never mixed in unasked).
    bundled = [layer for layer in ("parks", "centres", "housing") if layer not in inputs]
    if inputs and bundled:
        options += ["--bundled", ",".join(bundled)]
    return [run(RUIMTE, *command, *options, "--quiet") .stdout for command in COMMANDS]


def ogr2ogr(destination, source, *options):
    run("ogr2ogr", *options, destination, source)


def same(a, b):
    """Byte-identical, or CSV whose numbers differ only in the digits beyond the display:
    machine formats carry 0.1 mm and 1e-4 m², where a projected copy of a layer (EPSG:3857
    and back) differs by rounding; every text field and every count must still be equal."""
    if a == b:
        return True
    la, lb = a.splitlines(), b.splitlines()
    if len(la) != len(lb):
        return False
    for x, y in zip(la, lb):
        fx, fy = next(csv.reader([x])), next(csv.reader([y]))
        if len(fx) != len(fy):
            return False
        for u, v in zip(fx, fy):
            if u == v:
                continue
            try:
                if "." not in u or abs(float(u) - float(v)) > 0.01 + 1e-9 * abs(float(u)):
                    return False
            except ValueError:
                return False
    return True


def expect_same(label, inputs, expected):
    got = outputs(inputs)
    ok = True
    for command, a, b in zip(COMMANDS, expected, got):
        if not same(a, b):
            ok = False
            failures.append(f"{label}: `{' '.join(command)}` differs from the bundled GeoJSON")
    print(f"{'ok' if ok else 'FAIL'}  {label}{'' if got == expected else ' (numbers equal to 0.01 beyond the display precision)'}")


def convert_all(directory, driver, extension, *options, layers=LAYERS):
    inputs = {}
    for key, name in layers.items():
        path = os.path.join(directory, f"{name}.{extension}")
        ogr2ogr(path, os.path.join(GEODATA, f"{name}.geojson"), "-f", driver, *options)
        inputs[key] = path
    return inputs


def postgis(expected, work):
    """Load the layers into a throw-away PostGIS and read them back through PG:."""
    bindir = "/usr/lib/postgresql/15/bin"
    if not os.path.exists(os.path.join(bindir, "initdb")):
        failures.append("PostgreSQL 15 is not installed (postgresql-15-postgis-3)")
        return
    # The cluster lives in the system's temporary directory, not in the checkout: a clone in a
    # home directory of mode 700 is not reachable by the postgres user, and the server runs
    # from inside the cluster directory (initdb changes back to its working directory).
    cluster = tempfile.mkdtemp(prefix="ruimte-pg-", dir="/tmp")
    prefix = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        shutil.chown(cluster, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    data = os.path.join(cluster, "data")
    run(*prefix, f"{bindir}/initdb", "-D", data, "-A", "trust", "-U", "postgres", cwd=cluster)
    run(*prefix, f"{bindir}/pg_ctl", "-D", data, "-w", "-l", os.path.join(cluster, "log"),
        "-o", f"-k {cluster} -c listen_addresses=''", "start", cwd=cluster)
    try:
        run("psql", "-h", cluster, "-U", "postgres", "-c", "create database ruimte")
        run("psql", "-h", cluster, "-U", "postgres", "-d", "ruimte", "-c", "create extension postgis")
        connection = f"PG:host={cluster} dbname=ruimte user=postgres"
        for name in LAYERS.values():
            ogr2ogr(connection, os.path.join(GEODATA, f"{name}.geojson"), "-f", "PostgreSQL", "-nln", name)
        expect_same("PostGIS (PG:...|layername=)", {k: f"{connection}|layername={n}" for k, n in LAYERS.items()}, expected)
        several = run(RUIMTE, "pressure", "--parks", connection, check=False)
        if several.returncode != 65 or "has 4 layers" not in several.stderr:
            failures.append(f"PG: without a layer name: {several.returncode} {several.stderr}")
    finally:
        run(*prefix, f"{bindir}/pg_ctl", "-D", data, "-m", "fast", "stop", check=False, cwd=cluster)
        shutil.rmtree(cluster, ignore_errors=True)


def main():
    expected = outputs({})
    work = tempfile.mkdtemp(prefix="ruimte-formats-", dir=os.environ.get("TMPDIR"))
    try:
        def sub(name):
            path = os.path.join(work, name)
            os.makedirs(path)
            return path

        expect_same("GeoPackage", convert_all(sub("gpkg"), "GPKG", "gpkg"), expected)
        one = os.path.join(sub("gpkg-all"), "leiden.gpkg")
        for name in LAYERS.values():
            ogr2ogr(one, os.path.join(GEODATA, f"{name}.geojson"), "-f", "GPKG", "-nln", name, *(["-update"] if os.path.exists(one) else []))
        expect_same("GeoPackage, one file, |layername=", {k: f"{one}|layername={n}" for k, n in LAYERS.items()}, expected)
        several = run(RUIMTE, "pressure", "--parks", one, check=False)
        if several.returncode != 65 or "bedrijventerreinen, milieuzones" not in several.stderr:
            failures.append(f"a multi-layer file without a layer name: {several.returncode} {several.stderr}")
        # Shapefile names are cut to 10 characters: planned_dwellings_min/max and floor_area_m2/
        # floor_area_basis become ambiguous, so the centres and housing stay GeoJSON here.
        shp_dir = sub("shp")
        shp = convert_all(shp_dir, "ESRI Shapefile", "shp", "-t_srs", "EPSG:28992",
                          layers={k: LAYERS[k] for k in ("parks", "zones")})
        expect_same("Shapefile (RD New)", shp, expected)
        zipped = {}
        for key, path in shp.items():
            archive = path[:-4] + ".zip"
            with zipfile.ZipFile(archive, "w") as z:
                for ext in (".shp", ".shx", ".dbf", ".prj"):
                    z.write(path[:-4] + ext, os.path.basename(path[:-4] + ext))
            zipped[key] = archive
        expect_same("Shapefile in a .zip", zipped, expected)
        expect_same("GML", convert_all(sub("gml"), "GML", "gml"), expected)
        expect_same("FlatGeobuf", convert_all(sub("fgb"), "FlatGeobuf", "fgb"), expected)
        expect_same("CSV with a WKT column", convert_all(sub("csv"), "CSV", "csv", "-lco", "GEOMETRY=AS_WKT", "-lco", "CREATE_CSVT=YES"), expected)
        expect_same("GeoJSONSeq", convert_all(sub("seq"), "GeoJSONSeq", "geojsonl"), expected)
        gz = {}
        for key, name in LAYERS.items():
            gz[key] = os.path.join(sub(f"gz-{key}"), f"{name}.geojson.gz")
            with open(os.path.join(GEODATA, f"{name}.geojson"), "rb") as f, gzip.open(gz[key], "wb") as out:
                out.write(f.read())
        expect_same("gzipped GeoJSON", gz, expected)
        for epsg in ("3857", "4258", "28992"):
            expect_same(f"GeoJSON in EPSG:{epsg}", convert_all(sub(f"epsg{epsg}"), "GeoJSON", "geojson", "-t_srs", f"EPSG:{epsg}", "-lco", "RFC7946=NO"), expected)
            expect_same(f"GeoPackage in EPSG:{epsg}", convert_all(sub(f"gpkg{epsg}"), "GPKG", "gpkg", "-t_srs", f"EPSG:{epsg}"), expected)
        junk = os.path.join(work, "notes.txt")
        with open(junk, "w") as f:
            f.write("not a layer\n")
        bad = run(RUIMTE, "pressure", "--parks", junk, check=False)
        if bad.returncode != 65 or "GeoPackage" not in bad.stderr or junk not in bad.stderr:
            failures.append(f"an unreadable format: {bad.returncode} {bad.stderr}")
        postgis(expected, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print("format matrix: every format and CRS gives the bundled output")


main()
