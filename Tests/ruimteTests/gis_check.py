#!/usr/bin/env python3
"""What a QGIS user would load: export every layer and analysis result with `ruimte export`
in both CRSs, then read each file with GDAL (ogrinfo) and with geopandas/shapely.
Feature counts, validity and areas must match Ruimte's own figures, and GDAL must print
no warning. Exit status 1 on any mismatch.

Usage: gis_check.py PATH_TO_RUIMTE
"""
import json
import os
import subprocess
import sys
import tempfile

import geopandas

ruimte = sys.argv[1]
failures = []


def run(*args):
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        failures.append(f"{' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result


def check(condition, message):
    if not condition:
        failures.append(message)


# Ruimte's own figures: site areas (ha) and the overlap table.
sites = {row["id"]: row for row in json.loads(run(ruimte, "sites", "--format", "json").stdout)["tables"][0]["rows"]}
overlaps = json.loads(run(ruimte, "overlaps", "--from", "parks", "--to", "housing", "--format", "json").stdout)["tables"][0]["rows"]

with tempfile.TemporaryDirectory() as tmp:
    for layer in ("sites", "milieuzones", "richtafstand_contours", "conflict_segments", "overlaps", "catchments", "nearest",
                  "touching", "headroom"):
        for crs in ("EPSG:4326", "EPSG:28992"):
            path = f"{tmp}/{layer}-{crs.replace(':', '')}.geojson"
            run(ruimte, "export", "--layer", layer, "--crs-out", crs, "--output", path, "--quiet")
            info = run("ogrinfo", "-al", "-so", path)
            check("Warning" not in info.stderr and "ERROR" not in info.stderr, f"GDAL complains about {path}: {info.stderr}")
            count_line = [line for line in info.stdout.splitlines() if line.startswith("Feature Count:")]
            frame = geopandas.read_file(path)
            check(count_line and int(count_line[0].split(":")[1]) == len(frame), f"{path}: GDAL and geopandas counts differ")
            check(frame.crs is not None and frame.crs.to_epsg() == int(crs.split(":")[1]), f"{path}: CRS read as {frame.crs}")
            kinds = set(frame.geometry.geom_type.str.replace("Multi", ""))
            check(len(kinds) <= 1, f"{path}: more than one geometry type: {kinds}")
            polygons = frame[frame.geometry.geom_type.isin(["Polygon", "MultiPolygon"])]
            check(polygons.geometry.is_valid.all(), f"{path}: invalid polygons")
            check(frame.geometry.is_valid.all(), f"{path}: invalid geometries")
            lines = frame[frame.geometry.geom_type.isin(["LineString", "MultiLineString"])]
            check((lines.geometry.length > 0).all(), f"{path}: zero-length lines (validators refuse them)")
            for geometry in polygons.geometry:
                for part in getattr(geometry, "geoms", [geometry]):
                    check(part.exterior.is_ccw and not any(r.is_ccw for r in part.interiors),
                          f"{path}: a ring against RFC 7946's orientation")
            rd = frame.to_crs(28992)
            if layer == "sites":
                check(len(frame) == len(sites), f"{path}: {len(frame)} features, ruimte sites lists {len(sites)}")
                for _, row in rd.iterrows():
                    expected = sites[row["id"]]["area_ha"]
                    check(abs(row["area_ha"] - expected) <= 0.005 + 1e-6, f"{path}: {row['id']} carries area_ha {row['area_ha']}, ruimte sites says {expected}")
                    check(abs(row.geometry.area / 10000 - expected) <= 0.005 + 1e-6,
                          f"{path}: {row['id']} area {row.geometry.area / 10000:.4f} ha, ruimte says {expected}")
            if layer == "overlaps":
                check(len(frame) == len(overlaps), f"{path}: {len(frame)} overlaps, ruimte lists {len(overlaps)}")
                # Writing rounds every vertex (7 decimals of a degree: under 0.6 cm here; 3 decimals
                # of a metre: 0.5 mm), which moves an area by at most perimeter x that shift.
                shift = 0.006 if crs == "EPSG:4326" else 0.0005
                for (_, row), expected in zip(rd.iterrows(), overlaps):
                    check(abs(row.geometry.area - expected["area_m2"]) <= 0.05 + row.geometry.length * shift,
                          f"{path}: overlap area {row.geometry.area:.2f} m2, ruimte says {expected['area_m2']}")
            print(f"gis-check: {layer} {crs}: {len(frame)} features read by GDAL and geopandas")

with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as directory:
    path = os.path.join(directory, "leiden.gpkg")
    run(ruimte, "export", "--format", "gpkg", "--output", path, "--quiet")
    info = run("ogrinfo", "-al", "-so", path)
    check("Warning" not in info.stderr and "ERROR" not in info.stderr, f"GDAL complains about the GeoPackage: {info.stderr}")
    import pyogrio, sqlite3
    layers = [name for name, _ in pyogrio.list_layers(path)]
    expected_layers = ["sites", "milieuzones", "richtafstand_contours", "conflict_segments", "overlaps", "catchments", "nearest", "touching", "headroom"]
    check(all(name in layers for name in expected_layers), f"GeoPackage layers {layers}")
    for name in expected_layers:
        frame = geopandas.read_file(path, layer=name)
        types = set(frame.geometry.geom_type)
        check(len(types) <= 1, f"GeoPackage layer {name} mixes geometry types {types}")
        check(frame.crs is not None and frame.crs.to_epsg() == 28992, f"GeoPackage layer {name}: CRS {frame.crs}")
    with sqlite3.connect(path) as db:
        styled = {row[0] for row in db.execute("select f_table_name from layer_styles where useAsDefault = 1 and styleQML like '<!DOCTYPE qgis%'")}
    check(styled == set(expected_layers), f"layer_styles covers {sorted(styled)}")
    gpkg_sites = geopandas.read_file(path, layer="sites")
    for _, row in gpkg_sites.iterrows():
        check(abs(row.geometry.area / 10000 - sites[row["id"]]["area_ha"]) <= 0.005 + 1e-6,
              f"GeoPackage site {row['id']}: area {row.geometry.area / 10000:.4f} ha, ruimte sites says {sites[row['id']]['area_ha']}")
        check(abs(row["area_ha"] - row.geometry.area / 10000) < 1e-4, f"GeoPackage site {row['id']}: area_ha {row['area_ha']} vs geometry")
    # Every metric of the pressure tables is on its park or centre, with the same keys and values
    # (the JSON carries at least 3 decimals, the GeoPackage full precision: equal to 5e-4).
    import math
    def same(a, b):
        return (a is None and (b is None or (isinstance(b, float) and math.isnan(b)))) or (a is not None and b is not None and
                (a == b or (isinstance(a, (int, float)) and isinstance(b, (int, float)) and abs(a - b) <= 5e-4 + 1e-9)))
    for of, kind in (("parks", "bedrijventerrein"), ("centres", "wijkwinkelcentrum")):
        table = json.loads(run(ruimte, "pressure", "--of", of, "--format", "json", "--quiet").stdout)["tables"][0]
        key = table["columns"][0]["key"]
        for row in table["rows"]:
            feature = gpkg_sites[(gpkg_sites["id"] == row[key]) & (gpkg_sites["kind"] == kind)]
            check(len(feature) == 1, f"GeoPackage sites: no {kind} {row[key]}")
            for column in table["columns"][1:]:
                name = "signal" if column["key"] == "light" else column["key"]
                if len(feature) == 1:
                    check(same(row[column["key"]], feature.iloc[0][name]), f"GeoPackage {row[key]}.{name}: {feature.iloc[0][name]!r}, ruimte pressure says {row[column['key']]!r}")
    print(f"gis-check: GeoPackage: {len(expected_layers)} layers, one geometry type each, styled, areas agree, every park and centre metric on its site")

# With constraint layers: a constraints layer with every input feature and a buildable_headroom
# layer whose polygons have the area its buildable_m2 states (1 mm grid: perimeter x 0.5 mm).
with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as directory:
    path = os.path.join(directory, "constraints.gpkg")
    example = "notebooks-md/data/wernink-constraints.geojson"
    run(ruimte, "export", "--format", "gpkg", "--constraints", example, "--output", path, "--quiet")
    info = run("ogrinfo", "-al", "-so", path)
    check("Warning" not in info.stderr and "ERROR" not in info.stderr, f"GDAL complains: {info.stderr}")
    given = geopandas.read_file(example)
    layer = geopandas.read_file(path, layer="constraints")
    check(sorted(layer["id"]) == sorted(given["id"]), f"constraints layer ids {sorted(layer['id'])}")
    check(set(layer["effect"]) <= {"hard", "soft"}, f"constraints layer effects {set(layer['effect'])}")
    buildable = geopandas.read_file(path, layer="buildable_headroom")
    check(len(buildable) > 0, "buildable_headroom layer is empty")
    for _, row in buildable.iterrows():
        check(abs(row.geometry.area - row["buildable_m2"]) <= 0.01 + row.geometry.length * 0.0005,
              f"buildable_headroom {row['housing_id']}: {row.geometry.area:.3f} m2, buildable_m2 {row['buildable_m2']}")
    with sqlite3.connect(path) as db:
        styles = dict(db.execute("select f_table_name, styleQML from layer_styles"))
    check("b_diagonal" in styles.get("constraints", ""), "the constraints style hatches no hard constraint")
    check("buildable_headroom" in styles, "buildable_headroom has no style")
    print(f"gis-check: constraint layers: {len(layer)} constraints, {len(buildable)} buildable parts agree")

# CSV for Dutch Excel: pandas reads the numbers as numbers with sep=";" and decimal=",".
import io
import pandas
for dialect, sep, decimal in (("rfc4180", ",", "."), ("nl", ";", ",")):
    text = run(ruimte, "pressure", "--of", "parks", "--format", "csv", "--csv-dialect", dialect, "--quiet").stdout
    # Dutch Excel needs the byte-order mark to read UTF-8; RFC 4180 CSV has none.
    check(text.startswith("\ufeff") == (dialect == "nl"), f"CSV ({dialect}): byte-order mark {text[:1]!r}")
    frame = pandas.read_csv(io.StringIO(text.removeprefix("\ufeff")), sep=sep, decimal=decimal)
    for column in ("constrained_share", "facing_share", "jobs_per_ha", "loss_ha"):
        check(pandas.api.types.is_float_dtype(frame[column]), f"CSV ({dialect}): {column} read as {frame[column].dtype}")
    print(f"gis-check: CSV {dialect}: numeric columns read as numbers by pandas")

# Every command's JSON validates against notebooks-md/tables.schema.json; every row has exactly
# the table's column keys; every value has its column's one type (or is null) across all rows,
# on the bundled data and on a user layer (the IBIS example); and pandas reads every CSV, in both
# dialects, with numeric dtypes exactly where the JSON column type is a number.
import jsonschema
import pandas
schema = json.load(open(os.path.join(os.path.dirname(__file__), "..", "..", "notebooks-md", "tables.schema.json")))
python_types = {"string": (str,), "number": (int, float), "integer": (int,)}
commands = [["sites"], ["pressure", "--of", "parks"], ["pressure", "--of", "centres"], ["zoning"], ["overlaps", "--from", "parks", "--to", "housing"],
            ["distances", "--from", "centres", "--to", "housing", "--within", "500"], ["distances", "--from", "housing", "--to", "parks", "--nearest"],
            ["headroom"], ["headroom", "--of", "housing"], ["scenario", "notebooks-md/data/wernink-scenario.json"],
            ["constraints", "--constraints", "notebooks-md/data/wernink-constraints.geojson"],
            ["pressure", "--of", "parks", "--parks", "notebooks-md/data/ibis-example.geojson", "--bundled", "housing"],
            ["zoning", "--parks", "notebooks-md/data/ibis-example.geojson", "--bundled", "housing"],
            ["intensity", "--buildings", "notebooks-md/data/bag-example.gpkg|layername=pand",
             "--dwellings", "notebooks-md/data/bag-example.gpkg|layername=verblijfsobject"]]
for command in commands:
    name = " ".join(command)
    document = json.loads(run(ruimte, *command, "--format", "json", "--quiet").stdout)
    try:
        jsonschema.validate(document, schema)
    except jsonschema.ValidationError as error:
        failures.append(f"ruimte {name} --format json does not match the schema: {error.message}")
        continue
    for table in document["tables"]:
        keys = [c["key"] for c in table["columns"]]
        check(all(list(row) == keys for row in table["rows"]), f"ruimte {name}: rows whose keys differ from the columns")
        for column in table["columns"]:
            for row in table["rows"]:
                value = row[column["key"]]
                check(value is None or (isinstance(value, python_types[column["type"]]) and not isinstance(value, bool)),
                      f"ruimte {name}: {table['name']}.{column['key']} is {column['type']} but holds {value!r}")
        if len(document["tables"]) == 1:
            for dialect, sep, decimal in (("rfc4180", ",", "."), ("nl", ";", ",")):
                text = run(ruimte, *command, "--format", "csv", "--csv-dialect", dialect, "--quiet").stdout
                frame = pandas.read_csv(io.StringIO(text.removeprefix("\ufeff")), sep=sep, decimal=decimal,
                                        keep_default_na=False, na_values=[""])
                check(list(frame.columns) == keys, f"ruimte {name} --format csv ({dialect}): header {list(frame.columns)}")
                for column in table["columns"]:
                    series = frame[column["key"]]
                    numeric = pandas.api.types.is_numeric_dtype(series)
                    # Text columns are not checked: pandas reads a text column of categories
                    # such as "3.1" as numbers, which says nothing about the file.
                    if column["type"] != "string":
                        check(numeric, f"ruimte {name} CSV ({dialect}): {column['key']} read as {series.dtype}, not numbers")
    print(f"gis-check: ruimte {name}: JSON matches the schema, every column one type" + (", CSV read with numeric dtypes" if len(document["tables"]) == 1 else ""))

if failures:
    print("\n".join(failures), file=sys.stderr)
    print(f"gis-check: 0 passed, {len(failures)} failed")
    sys.exit(1)
print("gis-check: all layers agree")
