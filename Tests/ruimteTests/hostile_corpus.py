"""A corpus of hostile inputs, generated here, run through every command that takes a user
layer. Each case states the documented exit code and the words the message must contain
(the file's name always, and the feature where there is one). Never a crash (a signal or
exit 70), never an output file left behind.

Usage: python3 hostile_corpus.py PATH/TO/ruimte [--keep DIR]
"""
import json, os, shutil, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

RUIMTE = os.path.abspath(sys.argv[1])
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RING = [[4.47, 52.15], [4.48, 52.15], [4.48, 52.16], [4.47, 52.16], [4.47, 52.15]]


def feature(props=None, geometry=None, fid=None, raw=None):
    if raw is not None:
        return raw
    f = {"type": "Feature", "properties": {"id": "a", "name": "A", "accuracy_m": 5} if props is None else props,
         "geometry": {"type": "Polygon", "coordinates": [RING]} if geometry is None else geometry}
    if fid is not None:
        f["id"] = fid
    return f


def collection(*features, extra=None):
    c = {"type": "FeatureCollection", "features": list(features)}
    c.update(extra or {})
    return json.dumps(c)


def poly(ring):
    return {"type": "Polygon", "coordinates": [ring]}


CASES = []  # (name, content as str or bytes, exit code, words, feature words)


def case(name, content, code, words, feature=None, layer="parks"):
    CASES.append((name, content, code, words, feature, layer))


# --- the file as a whole ---------------------------------------------------------------
case("empty.geojson", "", 65, "is empty")
case("space.geojson", "   \n", 65, "not valid JSON")
case("array.geojson", "[1,2,3]", 65, "FeatureCollection")
case("string.geojson", '"hello"', 65, "FeatureCollection")
case("number.geojson", "42", 65, "FeatureCollection")
case("null.geojson", "null", 65, "FeatureCollection")
case("truncated.geojson", collection(feature())[:-10], 65, "not valid JSON")
case("trailing-garbage.geojson", collection(feature()) + "x", 65, "not valid JSON")
case("no-type.geojson", json.dumps({"features": [feature()]}), 65, "FeatureCollection")
case("wrong-type.geojson", json.dumps({"type": "Feature", "features": [feature()]}), 65, 'type "Feature"')
case("no-features.geojson", json.dumps({"type": "FeatureCollection"}), 65, '"features"')
case("features-object.geojson", json.dumps({"type": "FeatureCollection", "features": {}}), 65, '"features"')
case("two-features.geojson", '{"type":"FeatureCollection","features":[],"features":[' + json.dumps(feature()) + "]}", 65, "appears twice")
case("deep-arrays.geojson", '{"type":"FeatureCollection","features":[' + "[" * 50000 + "]" * 50000 + "]}", 65, "nesting deeper")
case("deep-objects.geojson", '{"type":"FeatureCollection","features":[' + '{"a":' * 20000 + "1" + "}" * 20000 + "]}", 65, "nesting deeper")
case("deep-in-crs.geojson", '{"type":"FeatureCollection","crs":' + "[" * 30000 + "]" * 30000 + ',"features":[]}', 65, "nesting deeper")
case("bad-utf8.geojson", b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"\xff\xfe"}}]}', 65, "UTF-8")
case("bad-escape.geojson", collection(feature()).replace('"A"', '"\\q"'), 65, "escape")
case("bad-u-escape.geojson", collection(feature()).replace('"A"', '"\\u+12A"'), 65, "escape")
case("lone-surrogate.geojson", collection(feature()).replace('"A"', '"\\ud800"'), 65, "surrogate")
case("nan.geojson", collection(feature()).replace('"accuracy_m": 5', '"accuracy_m": NaN'), 65, "not valid JSON")
case("huge-number.geojson", collection(feature()).replace('"accuracy_m": 5', '"accuracy_m": 1e999'), 65, "")
case("crs-link.geojson", collection(feature(), extra={"crs": {"type": "link", "properties": {"href": "x", "type": "proj4"}}}), 65, "cannot read")
case("crs-nonsense.geojson", collection(feature(), extra={"crs": {"type": "name", "properties": {"name": "EPSG:289920"}}}), 65, "289920")
case("crs-rd-degrees.geojson", collection(feature(), extra={"crs": {"type": "name", "properties": {"name": "EPSG:28992"}}}), 65, "WGS84 degrees", "a")
case("crs-3857-as-4326.geojson", collection(feature(geometry=poly([[498000, 6830000], [499000, 6830000], [499000, 6831000], [498000, 6830000]]))), 65, "outside the Netherlands", "a")
case("duplicate-member-feature.geojson", collection(feature()).replace('"geometry":', '"geometry": null, "geometry":'), 65, "appears twice")

# --- features -----------------------------------------------------------------------
case("not-a-feature.geojson", collection({"type": "Thing"}), 65, "not a GeoJSON Feature", "feature #1")
case("feature-string.geojson", collection("feature"), 65, "not a GeoJSON Feature", "feature #1")
case("feature-null.geojson", collection(None), 65, "not a GeoJSON Feature", "feature #1")
case("properties-array.geojson", collection(feature(raw={"type": "Feature", "properties": [1], "geometry": poly(RING)})), 65, '"properties"', "feature #1")
case("properties-string.geojson", collection(feature(raw={"type": "Feature", "properties": "x", "geometry": poly(RING)})), 65, '"properties"', "feature #1")
case("no-id.geojson", collection(feature({"name": "Nameless"})), 65, "has no id", "Nameless")
case("id-null.geojson", collection(feature({"id": None})), 65, "has no id", "feature #1")
case("id-bool.geojson", collection(feature({"id": True})), 65, "boolean", "feature #1")
case("id-object.geojson", collection(feature({"id": {"a": 1}})), 65, "object", "feature #1")
case("id-array.geojson", collection(feature({"id": [1]})), 65, "array", "feature #1")
case("id-blank.geojson", collection(feature({"id": "   "})), 65, "has no id", "feature #1")
case("id-fraction.geojson", collection(feature({"id": 1.5})), 65, "whole number", "feature #1")
case("duplicate-id.geojson", collection(feature(), feature()), 65, "duplicate id", "a")
case("no-geometry.geojson", collection(feature(raw={"type": "Feature", "properties": {"id": "a"}})), 65, "has no geometry", "a")
case("geometry-null.geojson", collection(feature(raw={"type": "Feature", "properties": {"id": "a"}, "geometry": None})), 65, "has no geometry", "a")
for t, coords in [("Point", [4.47, 52.15]), ("LineString", RING), ("MultiPoint", RING), ("MultiLineString", [RING])]:
    case(f"geometry-{t.lower()}.geojson", collection(feature(geometry={"type": t, "coordinates": coords})), 65, f"geometry type is {t}", "a")
case("geometry-collection.geojson", collection(feature(geometry={"type": "GeometryCollection", "geometries": []})), 65, "GeometryCollection", "a")
case("geometry-unknown.geojson", collection(feature(geometry={"type": "Circle", "coordinates": [1, 2]})), 65, "Circle", "a")
case("geometry-no-type.geojson", collection(feature(geometry={"coordinates": [RING]})), 65, "geometry type", "a")
case("coordinates-missing.geojson", collection(feature(geometry={"type": "Polygon"})), 65, "bad geometry", "a")
case("coordinates-string.geojson", collection(feature(geometry={"type": "Polygon", "coordinates": "x"})), 65, "bad geometry", "a")
case("ring-open.geojson", collection(feature(geometry=poly(RING[:-1]))), 65, "bad geometry", "a")
case("ring-short.geojson", collection(feature(geometry=poly([[4.47, 52.15], [4.48, 52.15], [4.47, 52.15]]))), 65, "bad geometry", "a")
case("ring-empty.geojson", collection(feature(geometry={"type": "Polygon", "coordinates": []})), 65, "empty", "a")
case("position-1d.geojson", collection(feature(geometry=poly([[4.47], [4.48, 52.15], [4.48, 52.16], [4.47]]))), 65, "bad geometry", "a")
case("position-string.geojson", collection(feature(geometry=poly([["4.47", 52.15], [4.48, 52.15], [4.48, 52.16], ["4.47", 52.15]]))), 65, "bad geometry", "a")
case("bow-tie.geojson", collection(feature(geometry=poly([[4.47, 52.15], [4.48, 52.16], [4.48, 52.15], [4.47, 52.16], [4.47, 52.15]]))), 65, "invalid geometry", "a")
case("zero-area.geojson", collection(feature(geometry=poly([[4.47, 52.15], [4.48, 52.15], [4.49, 52.15], [4.47, 52.15]]))), 65, "zero area", "a")
case("zero-area-part.geojson", collection(feature(geometry={"type": "MultiPolygon", "coordinates": [[RING], [[[4.50, 52.15], [4.51, 52.15], [4.52, 52.15], [4.50, 52.15]]]]})), 65, "zero area", "a")
case("swapped.geojson", collection(feature(geometry=poly([[y, x] for x, y in RING]))), 65, "swapped", "a")
case("rd-in-wgs84.geojson", collection(feature(geometry=poly([[94000, 463000], [94100, 463000], [94100, 463100], [94000, 463000]]))), 65, "RD New metres", "a")
case("outside-nl.geojson", collection(feature(geometry=poly([[2.35, 48.85], [2.36, 48.85], [2.36, 48.86], [2.35, 48.85]]))), 65, "outside the Netherlands", "a")
case("infinite-coordinate.geojson", collection(feature(geometry=poly([[4.47, 52.15], [4.48, 52.15], [1e400, 52.16], [4.47, 52.15]]))), 65, "", "a")

# --- properties ---------------------------------------------------------------------
base = {"id": "a", "name": "A", "accuracy_m": 5}
def prop(_label, **extra):
    p = dict(base); p.update(extra); return collection(feature(p))
case("accuracy-negative.geojson", prop("x", accuracy_m=-5), 65, "negative", "a")
case("accuracy-string.geojson", prop("x", accuracy_m="5 m"), 65, "accuracy_m", "a")
case("accuracy-bool.geojson", prop("x", accuracy_m=True), 65, "accuracy_m", "a")
case("category-unknown.geojson", prop("x", milieucategorie="3.5"), 65, "unknown milieucategorie", "a")
case("category-rounding.geojson", prop("x", milieucategorie=3.15), 65, "unknown milieucategorie", "a")
case("category-near-one.geojson", prop("x", milieucategorie=0.96), 65, "unknown milieucategorie", "a")
case("category-reversed-range.geojson", prop("x", milieucategorie="3.2-3.1"), 65, "unknown milieucategorie", "a")
case("category-object.geojson", prop("x", milieucategorie={"a": 1}), 65, "milieucategorie", "a")
case("hectares-negative.geojson", prop("x", hectares_stated=-2), 65, "negative", "a")
case("firms-fraction.geojson", prop("x", firms=2.5), 65, "whole number", "a")
case("firms-negative.geojson", prop("x", firms=-1), 65, "whole number", "a")
case("jobs-string.geojson", prop("x", jobs="many"), 65, "whole number", "a")
case("watergebonden-string.geojson", prop("x", watergebonden="ja"), 65, "true or false", "a")
case("location-status-unknown.geojson", prop("x", location_status="maybe"), 65, "location_status", "a")
case("source-number.geojson", prop("x", source=5), 65, "source", "a")
case("name-object.geojson", prop("x", name={"nl": "A"}), 65, "expected text", "a")
ibis = {"rin_nummer": "0546-1", "plannaam": "T", "opp_bruto": 4}
def ibis_case(name, **extra):
    p = dict(ibis); p.update(extra); case(name, collection(feature(p)), 65, *CHECKS[name])
CHECKS = {
    "ibis-accuracy-negative.geojson": ("negative", "0546-1"),
    "ibis-bruto-negative.geojson": ("negative", "0546-1"),
    "ibis-netto-above-bruto.geojson": ("exceeds the bruto area", "0546-1"),
    "ibis-forsale-above-netto.geojson": ("exceeds the netto area", "0546-1"),
    "ibis-class-seven.geojson": ("expected 1 to 6", "0546-1"),
    "ibis-class-fraction.geojson": ("whole number", "0546-1"),
}
ibis_case("ibis-accuracy-negative.geojson", accuracy_m=-3)
ibis_case("ibis-bruto-negative.geojson", opp_bruto=-4)
ibis_case("ibis-netto-above-bruto.geojson", opp_netto=5)
ibis_case("ibis-forsale-above-netto.geojson", opp_netto=3, opp_terstond_uitgeefbaar=3.5)
ibis_case("ibis-class-seven.geojson", max_hindercat_terrein=7)
ibis_case("ibis-class-fraction.geojson", max_hindercat_terrein=3.5)
# Two features sharing a RIN number are one terrain in parts (IBISDissolve), not an error any more; two
# parks of Ruimte's own format with one id still are.
two = [feature(dict(base, id="x")), feature(dict(base, id="x"), geometry=poly([[4.50, 52.15], [4.51, 52.15], [4.51, 52.16], [4.50, 52.15]]))]
case("duplicate-id.geojson", collection(*two), 65, "duplicate id", "x")
case("housing-min-above-max.geojson", collection(feature(dict(base, planned_dwellings_min=9, planned_dwellings_max=3))), 65, "exceeds", "a", layer="housing")
case("housing-area-type.geojson", collection(feature(dict(base, area_type="industrial"))), 65, "area_type", "a", layer="housing")
case("centre-floor-negative.geojson", collection(feature(dict(base, floor_area_m2=-100))), 65, "negative", "a", layer="centres")
case("centre-shops-string.geojson", collection(feature(dict(base, shops="40+"))), 65, "whole number", "a", layer="centres")

# --- not files ----------------------------------------------------------------------
SPECIAL = [("/dev/zero", 66, "device"), ("/dev/null", 66, "device"), ("/nonexistent/layer.geojson", 66, "no such file")]

# --- other formats through GDAL -----------------------------------------------------
case("notes.txt", "not a layer at all\n", 65, "cannot be read as a vector layer")
case("fake.gpkg", "SQLite format 3\x00 but not really", 65, "cannot be read")
case("fake.shp", b"\x00\x00\x27\x0a" + b"\x00" * 96, 65, "cannot be read")
case("csv-bad-wkt.csv", 'WKT,id,accuracy_m\n"POLYGON ((4.47 52.15, 4.48","a",5\n', 65, "")
case("csv-no-geometry.csv", "id,accuracy_m\na,5\n", 65, "has no geometry", "a")
case("geojsonseq-bad.geojsonl", '{"type":"Feature"\n', 65, "cannot be read")
case("gz-garbage.geojson.gz", b"\x1f\x8b\x08\x00garbage", 65, "cannot be read")
case("zip-empty.zip", b"PK\x05\x06" + b"\x00" * 18, 65, "")

COMMANDS = {
    "parks": [["pressure", "--parks"], ["zoning", "--parks"], ["overlaps", "--parks"], ["export", "--layer", "sites", "--parks"],
              ["report", "--parks"], ["map", "--parks"], ["validate", "--as", "parks"]],
    "centres": [["pressure", "--centres"], ["validate", "--as", "centres"]],
    "housing": [["pressure", "--housing"], ["zoning", "--housing"], ["validate", "--as", "housing"]],
}


def main():
    keep = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
    work = keep or tempfile.mkdtemp(prefix="ruimte-hostile-", dir=os.environ.get("TMPDIR"))
    os.makedirs(work, exist_ok=True)
    jobs = []
    for n, (name, content, code, words, feature_words, layer) in enumerate(CASES):
        path = os.path.join(work, name)
        with open(path, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode("utf-8"))
        for k, command in enumerate(COMMANDS[layer]):
            jobs.append((name, path, code, words, feature_words, command, os.path.join(work, f"out-{n}-{k}.file")))

    def run(job):
        name, path, code, words, feature_words, command, out = job
        if True:
            args = [RUIMTE, *command, path] + ([] if command[0] == "validate" else ["--output", out, "--quiet"])
            result = subprocess.run(args, capture_output=True, text=True, errors="replace", cwd=ROOT)
            problems = []
            if result.returncode != code:
                problems.append(f"exit {result.returncode}, expected {code}")
            if path not in result.stderr and name not in result.stderr:
                problems.append("the message does not name the file")
            if words and words not in result.stderr:
                problems.append(f"the message lacks {words!r}")
            if feature_words and feature_words not in result.stderr:
                problems.append(f"the message does not name the feature ({feature_words!r})")
            if os.path.exists(out):
                problems.append("an output file was left behind")
                os.remove(out)
            if problems:
                return f"{name} via `{' '.join(command)}`: {'; '.join(problems)}\n    {result.stderr.strip()[:300]}"
            return None

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        failures = [f for f in pool.map(run, jobs) if f]
    runs = len(jobs)
    for path, code, words in SPECIAL:
        result = subprocess.run([RUIMTE, "pressure", "--parks", path], capture_output=True, text=True, cwd=ROOT)
        runs += 1
        if result.returncode != code or words not in result.stderr or path not in result.stderr:
            failures.append(f"{path}: exit {result.returncode}: {result.stderr.strip()[:200]}")
    # Network and side files: a VRT (its driver is not allowed), a /vsicurl/ path, a GML that
    # must leave no .gfs beside it, and a PostGIS server that accepts and never answers.
    vrt = os.path.join(work, "local.vrt")
    with open(vrt, "w") as f:
        f.write('<OGRVRTDataSource><OGRVRTLayer name="x"><SrcDataSource>/etc/hostname</SrcDataSource>'
                '</OGRVRTLayer></OGRVRTDataSource>')
    gml = os.path.join(work, "plain.gml")
    subprocess.run(["ogr2ogr", "-f", "GML", gml, os.path.join(ROOT, "geodata", "woningbouwlocaties.geojson")], check=True)
    for stale in (gml[:-4] + ".gfs", gml[:-4] + ".xsd"):
        if os.path.exists(stale):
            os.remove(stale)
    import socket, threading, time
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    held = []
    threading.Thread(target=lambda: [held.append(server.accept()) for _ in range(3)], daemon=True).start()
    pg = f"PG:host=127.0.0.1 port={server.getsockname()[1]} dbname=x user=x password=geheim"
    # An empty layer is an answer ("no shopping centres"), read as none with a warning naming it.
    empty_geojson, empty_csv = os.path.join(work, "empty-features.geojson"), os.path.join(work, "empty.csv")
    with open(empty_geojson, "w") as f:
        f.write(collection())
    with open(empty_csv, "w") as f:
        f.write("WKT,id\n")
    for args, code, words in (
            (["pressure", "--of", "centres", "--centres", empty_geojson, "--bundled", "parks,housing"], 0,
             "empty-features.geojson: the layer has no features: read as none"),
            (["validate", "--as", "centres", empty_csv], 0, "empty.csv: the layer has no features: read as none"),
            (["validate", "--as", "parks", vrt], 65, "RUIMTE_GDAL_DRIVERS"),
            (["validate", "--as", "parks", "/vsicurl/http://127.0.0.1:9/x.geojson"], 66, "network location"),
            (["validate", "--as", "housing", gml], 0, ""),
            (["validate", "--as", "parks", pg], 69, "password=***")):
        started = time.time()
        result = subprocess.run([RUIMTE, *args], capture_output=True, text=True, cwd=ROOT, timeout=120)
        runs += 1
        if result.returncode != code or words not in result.stderr or "geheim" in result.stderr + result.stdout:
            failures.append(f"{args[-1]}: exit {result.returncode}, expected {code}: {result.stderr.strip()[:200]}")
        if args[-1] == pg and time.time() - started > 60:
            failures.append("a PostGIS server that never answers held ruimte for more than 60 s")
    # Data altered silently by the format: SQLite's loose types, text that is not UTF-8, a Shapefile
    # whose .dbf and .shp disagree, a CRS that cannot be read, an id beyond 2^53; and curves that
    # must be read (a CurvePolygon of straight rings, an arc).
    import sqlite3
    housing = os.path.join(ROOT, "geodata", "woningbouwlocaties.geojson")

    def gpkg(name, *statements):
        path = os.path.join(work, name)
        subprocess.run(["ogr2ogr", "-f", "GPKG", path, housing, "-nln", "h"], check=True, capture_output=True)
        db = sqlite3.connect(path)
        for (trigger,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            db.execute(f'DROP TRIGGER "{trigger}"')
        for statement in statements:
            db.execute(statement)
        db.commit()
        db.close()
        return path

    shp = os.path.join(work, "damaged.shp")
    subprocess.run(["ogr2ogr", "-f", "ESRI Shapefile", shp, housing], check=True, capture_output=True)
    subprocess.run(["ogr2ogr", "-f", "ESRI Shapefile", os.path.join(work, "two.shp"), housing, "-limit", "2"],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(work, "two.dbf"), os.path.join(work, "damaged.dbf"))
    prj = os.path.join(work, "badprj.shp")
    subprocess.run(["ogr2ogr", "-f", "ESRI Shapefile", prj, housing], check=True, capture_output=True)
    with open(prj[:-4] + ".prj", "w") as f:
        f.write("GARBAGE[not a crs")
    curve = os.path.join(work, "curves.gml")
    with open(curve, "w") as f:
        f.write('<?xml version="1.0"?><ogr:FeatureCollection xmlns:ogr="http://ogr.maptools.org/" '
                'xmlns:gml="http://www.opengis.net/gml/3.2"><ogr:featureMember><ogr:z gml:id="z.1"><ogr:geometryProperty>'
                '<gml:Polygon srsName="urn:ogc:def:crs:EPSG::28992"><gml:exterior><gml:Ring><gml:curveMember><gml:Curve>'
                '<gml:segments><gml:LineStringSegment><gml:posList>94000 463000 94200 463000</gml:posList>'
                '</gml:LineStringSegment><gml:Arc><gml:posList>94200 463000 94300 463100 94200 463200</gml:posList>'
                '</gml:Arc><gml:LineStringSegment><gml:posList>94200 463200 94000 463200 94000 463000</gml:posList>'
                '</gml:LineStringSegment></gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior>'
                '</gml:Polygon></ogr:geometryProperty><ogr:id>z1</ogr:id><ogr:accuracy_m>1</ogr:accuracy_m></ogr:z>'
                '</ogr:featureMember></ogr:FeatureCollection>')
    altered = (
        (gpkg("text-in-real.gpkg", 
              "UPDATE h SET hectares_stated = 'n.b.' WHERE id = 'wernink'"), 65, "n.b."),
        (gpkg("fraction-in-integer.gpkg", 
              "UPDATE h SET figures_year = 2024.5 WHERE id = 'wernink'"), 65, "whole number"),
        (gpkg("huge-in-integer.gpkg", 
              "UPDATE h SET figures_year = 1e308 WHERE id = 'wernink'"), 65, "whole number"),
        (gpkg("latin1.gpkg", "UPDATE h SET name = CAST(X'4C6569646Ee9' AS TEXT) WHERE id = 'wernink'"), 65, "UTF-8"),
        (gpkg("srs-missing.gpkg", "UPDATE gpkg_geometry_columns SET srs_id = 99999",
              "UPDATE gpkg_contents SET srs_id = 99999"), 65, "gpkg_spatial_ref_sys"),
        (gpkg("long-id.gpkg", "UPDATE h SET id = 9999100000000001 WHERE id = 'wernink'"), 0, ""),
        (shp, 65, ".dbf"),
        (prj, 65, ".prj"),
        (curve, 0, ""),
        (gpkg("fid-ids.gpkg", "ALTER TABLE h DROP COLUMN id"), 0, ""),
    )
    for path, code, words in altered:
        result = subprocess.run([RUIMTE, "validate", "--as", "housing", path], capture_output=True, text=True, cwd=ROOT)
        runs += 1
        if result.returncode != code or words not in result.stderr:
            failures.append(f"{os.path.basename(path)}: exit {result.returncode}, expected {code}: {result.stderr.strip()[:200]}")
    # GeoJSON named with |layername= follows the native reader's rules: duplicate members refused.
    duplicate = os.path.join(work, "duplicate-keys.geojson")
    with open(duplicate, "w") as f:
        f.write(collection(feature()).replace('"name": "A"', '"name": "A", "name": "B"'))
    result = subprocess.run([RUIMTE, "validate", "--as", "parks", duplicate + "|layername=duplicate-keys"],
                            capture_output=True, text=True, cwd=ROOT)
    runs += 1
    if result.returncode != 65 or "duplicate" not in result.stderr:
        failures.append(f"duplicate keys through |layername=: exit {result.returncode}: {result.stderr.strip()[:200]}")
    # Floors and heights no building has are refused with the feature and the field.
    floors = os.path.join(work, "floors.geojson")
    with open(floors, "w") as f:
        f.write(collection(feature({"identificatie": "0546100000000001", "b3_bouwlagen": -3}),
                           feature({"identificatie": "0546100000000002", "height": "1e999"})))
    result = subprocess.run([RUIMTE, "validate", "--as", "buildings", floors], capture_output=True, text=True, cwd=ROOT)
    runs += 1
    if result.returncode != 65 or "0546100000000001" not in result.stderr or "1e999" not in result.stderr:
        failures.append(f"absurd floors: exit {result.returncode}: {result.stderr.strip()[:200]}")
    # A killed run's temporary files are cleaned at the next write into the same directory.
    out = os.path.join(work, "leftover.gpkg")
    dead = os.path.join(work, ".leftover.gpkg.ruimte-999999-7.tmp")
    for leftover in (dead, dead + "-journal"):
        open(leftover, "w").close()
    result = subprocess.run([RUIMTE, "export", "--format", "gpkg", "--output", out, "--quiet"], capture_output=True, cwd=ROOT)
    runs += 1
    if result.returncode != 0 or os.path.exists(dead) or os.path.exists(dead + "-journal"):
        failures.append("a killed run's temporary files were not cleaned at the next write into the directory")
    if os.path.exists(gml[:-4] + ".gfs"):
        failures.append("reading a GML left a .gfs file beside it")
    server.close()
    if not keep:
        shutil.rmtree(work, ignore_errors=True)
    print(f"hostile corpus: {len(CASES) + len(SPECIAL)} inputs, {runs} runs, {runs - len(failures)} as documented")
    if failures:
        print("\n".join(failures))
        sys.exit(1)


main()
