"""Official data as the registers deliver it, against an independent computation.

Makes, in each real schema:
- a Kadaster LV BAG 2.0 extract (a zip of a PND zip of two XML files, as `BAGGEM0546L-…zip`)
  with history: panden with several voorkomens, a demolished pand, an inactive voorkomen, a
  pand registered after the reference date, bouwjaar 9999;
- a PDOK bag-light GeoPackage (`pand`: identificatie, bouwjaar, status, gebruiksdoel, …) and a
  3DBAG GeoPackage (`pand`: identificatie with the `NL.IMBAG.Pand.` prefix, b3_bouwlagen);
- a GeoJSON with a byte-order mark, and the same through a pipe.
Runs ruimte on them and checks counts, GSI and FSI per park against ElementTree (the XML read
without GDAL), the voorkomen rule written here again, and geopandas/shapely.

Usage: python3 official_data_check.py PATH/TO/ruimte
"""
import json, os, random, subprocess, sys, tempfile, zipfile

sys.dont_write_bytecode = True  # no __pycache__ inside the test target
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xml.etree.ElementTree as ET
import geopandas as gpd
import pandas as pd
from shapely.geometry import box

RUIMTE = os.path.abspath(sys.argv[1])
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GEODATA = os.path.join(ROOT, "geodata")
ON = "2026-06-01"
STANDING = {"Pand in gebruik", "Pand in gebruik (niet ingemeten)", "Verbouwing pand", "Pand buiten gebruik",
            "Sloopvergunning verleend"}
failures = []
work = tempfile.mkdtemp(prefix="ruimte-official-", dir=os.environ.get("TMPDIR"))
parks = gpd.read_file(os.path.join(GEODATA, "bedrijventerreinen.geojson")).to_crs(28992)
rng = random.Random(25)

from lvbag_xml import HEAD, NS, TAIL, voorkomen


# Panden in and around the parks, each with a life: built, rebuilt (a new outline), demolished,
# withdrawn as a mistake, or registered only after the reference date.
minx, miny, maxx, maxy = parks.total_bounds
stands, floors3d = [], {}
for n in range(600):
    ident = f"0546100000{n:06d}"
    x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
    w, h = rng.uniform(8, 40), rng.uniform(8, 40)
    ring = [(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)]
    bigger = [(x, y), (x + w * 1.5, y), (x + w * 1.5, y + h), (x, y + h), (x, y)]
    year = 9999 if n % 17 == 0 else rng.randint(1950, 2020)
    life = n % 6
    if life == 0:  # permit, then in use, then a new outline in 2024
        stands += [voorkomen(ident, 1, "Bouwvergunning verleend", year, "2010-01-01", "2012-03-01", ring),
                   voorkomen(ident, 2, "Pand in gebruik", year, "2012-03-01", "2024-05-01", ring),
                   voorkomen(ident, 3, "Verbouwing pand", year, "2024-05-01", None, bigger)]
    elif life == 1:  # demolished in 2023
        stands += [voorkomen(ident, 1, "Pand in gebruik", year, "2001-01-01", "2023-01-01", ring),
                   voorkomen(ident, 2, "Pand gesloopt", year, "2023-01-01", None, ring)]
    elif life == 2:  # a voorkomen made inactive, the right one after it
        stands += [voorkomen(ident, 1, "Pand in gebruik", year, "2005-01-01", None, bigger, inactive="2015-02-01T10:00:00.000"),
                   voorkomen(ident, 2, "Pand in gebruik", year, "2005-01-01", None, ring)]
    elif life == 3:  # registered after the reference date
        stands += [voorkomen(ident, 1, "Bouw gestart", year, "2026-09-01", None, ring)]
    else:
        stands += [voorkomen(ident, 1, "Pand in gebruik (niet ingemeten)", year, "1990-01-01", None, ring)]
    if n % 5:
        floors3d[ident] = rng.randint(1, 8)
half = len(stands) // 2
lvbag = os.path.join(work, "BAGGEM0546L-01112026.zip")
inner = os.path.join(work, "0546PND01112026.zip")
with zipfile.ZipFile(inner, "w") as z:
    for k, part in enumerate((stands[:half], stands[half:])):
        z.writestr(f"0546PND01112026-00000{k + 1}.xml", HEAD + "".join(part) + TAIL)
with zipfile.ZipFile(lvbag, "w") as z:
    z.write(inner, "0546PND01112026.zip")
    z.writestr("Leveringsdocument-BAG-Extract.xml", "<levering/>")


def expected_panden():
    """The voorkomen rule, again: read the XML with ElementTree, not GDAL."""
    chosen, objects = {}, set()
    with zipfile.ZipFile(inner) as z:
        for name in sorted(z.namelist()):
            root = ET.fromstring(z.read(name))
            for p in root.iter(f"{{{NS['Objecten']}}}Pand"):
                ident = p.find("Objecten:identificatie", NS).text
                objects.add(ident)
                v = p.find("Objecten:voorkomen/Historie:Voorkomen", NS)
                begin = v.find("Historie:beginGeldigheid", NS).text
                end = v.find("Historie:eindGeldigheid", NS)
                if v.find("Historie:tijdstipInactief", NS) is not None:
                    continue
                if not (begin <= ON and (end is None or ON < end.text)):
                    continue
                number = int(v.find("Historie:voorkomenidentificatie", NS).text)
                if ident in chosen and chosen[ident][0] > number:
                    continue
                coords = [float(c) for c in p.find(".//gml:posList", NS).text.split()]
                ring = list(zip(coords[0::3], coords[1::3]))
                chosen[ident] = (number, p.find("Objecten:status", NS).text, ring)
    rows = [{"identificatie": i, "status": s, "geometry": box(*gpd.GeoSeries([__import__("shapely").Polygon(r)]).total_bounds)}
            for i, (_, s, r) in sorted(chosen.items()) if s in STANDING]
    return gpd.GeoDataFrame(rows, crs=28992), len(objects)


def run(*args, stdin=None):
    result = subprocess.run([RUIMTE, *args], capture_output=True, text=True, cwd=ROOT, input=stdin)
    return result


def spacematrix(output):
    tables = {t["name"]: t["rows"] for t in json.loads(output)["tables"]}
    return {r["park_id"]: r for r in tables["spacematrix_per_business_park"]}


def check_spacematrix(label, output, panden, floors):
    rows = spacematrix(output)
    for _, park in parks.iterrows():
        hits = panden[panden.intersects(park.geometry)]
        covered = hits.geometry.intersection(park.geometry).area
        gsi = covered.sum() / park.geometry.area
        known = hits.identificatie.map(lambda i: floors.get(i.split(".")[-1]))
        fsi = None if known.isna().any() else (covered * known.astype(float)).sum() / park.geometry.area
        got = rows[park["id"]]
        if abs(got["gsi"] - gsi) > 0.0005 + 1e-9:
            failures.append(f"{label}: GSI of {park['id']}: ruimte {got['gsi']}, expected {gsi:.4f}")
        if (fsi is None) != (got["fsi"] is None) or (fsi is not None and abs(got["fsi"] - fsi) > 0.0005 + 1e-9):
            failures.append(f"{label}: FSI of {park['id']}: ruimte {got['fsi']}, expected {fsi}")


# 1. The LV BAG extract, through the zip of zips, with floors joined from a 3DBAG layer.
panden, objects = expected_panden()
threed = os.path.join(work, "3dbag.gpkg")
gpd.GeoDataFrame([{"identificatie": f"NL.IMBAG.Pand.{i}", "b3_bouwlagen": float(f), "b3_h_dak_70p": 3.0 * f + 1,
                   "b3_h_maaiveld": 1.0, "geometry": box(0, 0, 1, 1).buffer(0)} for i, f in sorted(floors3d.items())],
                 crs=28992).to_file(threed, layer="pand", driver="GPKG")
result = run("validate", "--as", "buildings", "--on", ON, f"{lvbag}|layername=Pand")
if result.returncode != 0 or f"ok, {len(panden)} features" not in result.stdout:
    failures.append(f"validate LV BAG: exit {result.returncode}, expected {len(panden)} panden: {result.stdout} {result.stderr}")
if f"voorkomens of {objects} panden" not in result.stdout:
    failures.append(f"validate LV BAG: the note does not count {objects} panden: {result.stdout}")
result = run("validate", "--as", "buildings", "--on", ON, lvbag)
if result.returncode != 65 or "layername=NAME" not in result.stderr or "Pand" not in result.stderr:
    failures.append(f"an extract without a layer name: exit {result.returncode}: {result.stderr}")
result = run("intensity", "--buildings", f"{lvbag}|layername=Pand", "--on", ON, "--floors-from", f"{threed}|layername=pand",
             "--format", "json", "--quiet")
if result.returncode != 0:
    failures.append(f"intensity LV BAG: exit {result.returncode}: {result.stderr}")
else:
    check_spacematrix("LV BAG + 3DBAG", result.stdout, panden, floors3d)
    if "joined by identificatie from" not in result.stdout:
        failures.append("intensity LV BAG: the note does not say floors were joined")

# 2. bag-light: bare ids, statuses, bouwjaar 9999; floors from 3DBAG's prefixed ids.
light = os.path.join(work, "bag-light.gpkg")
rows = []
for n in range(400):
    x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
    status = rng.choice(sorted(STANDING) + ["Pand gesloopt", "Niet gerealiseerd pand", "Bouwvergunning verleend"])
    rows.append({"identificatie": f"0546100000{n:06d}", "bouwjaar": 9999 if n % 13 == 0 else 1980, "status": status,
                 "gebruiksdoel": "industriefunctie", "oppervlakte_min": 50, "oppervlakte_max": 900,
                 "aantal_verblijfsobjecten": 1, "geometry": box(x, y, x + rng.uniform(8, 40), y + rng.uniform(8, 40))})
light_df = gpd.GeoDataFrame(rows, crs=28992)
light_df.to_file(light, layer="pand", driver="GPKG")
standing = light_df[light_df.status.isin(STANDING)]
result = run("intensity", "--buildings", f"{light}|layername=pand", "--on", ON, "--floors-from", f"{threed}|layername=pand",
             "--format", "json", "--quiet")
if result.returncode != 0:
    failures.append(f"intensity bag-light: exit {result.returncode}: {result.stderr}")
else:
    check_spacematrix("bag-light + 3DBAG", result.stdout, standing, floors3d)
    left = len(light_df) - len(standing)
    if f"left out for their status" not in result.stdout:
        failures.append(f"bag-light: the note does not say {left} panden were left out for their status")
    if f"{int((standing.bouwjaar == 9999).sum())} with bouwjaar 9999" not in result.stdout:
        failures.append("bag-light: the note does not count bouwjaar 9999")

# 3. A byte-order mark and a pipe.
with open(os.path.join(GEODATA, "woningbouwlocaties.geojson"), encoding="utf-8") as f:
    text = f.read()
bom = os.path.join(work, "bom.geojson")
with open(bom, "w", encoding="utf-8-sig") as f:
    f.write(text)
count = len(json.loads(text)["features"])
for label, result in (("BOM", run("validate", "--as", "housing", bom)),
                      ("pipe", run("validate", "--as", "housing", "/dev/stdin", stdin=text))):
    if result.returncode != 0 or f"ok, {count} features" not in result.stdout:
        failures.append(f"{label}: exit {result.returncode}: {result.stdout} {result.stderr}")

# 4. IBIS, old schema as a Shapefile (RINNUMMER, BEDRIJVENT, KERN, OPPBRUTO/OPPNETTO as text in m², JAAR; WGS84),
# one terrain in three parts and an older year; and the current service's fields (HA_… in ha).
from shapely.geometry import Polygon
from shapely.ops import unary_union
base = parks[parks.id == "de-waard"].geometry.iloc[0].centroid
x0, y0 = base.x, base.y
squares = [box(x0, y0, x0 + 150, y0 + 120), box(x0 + 150, y0, x0 + 260, y0 + 120), box(x0, y0 + 120, x0 + 90, y0 + 200)]
old = [{"RINNUMMER": "0546-201", "BEDRIJVENT": "De Waard", "KERN": "Leiden", "OPPBRUTO": f"{sq.area:.1f}".replace(".", ","),
        "OPPNETTO": f"{sq.area * 0.8:.1f}".replace(".", ","), "JAAR": 2021, "geometry": sq} for sq in squares]
old.append({"RINNUMMER": "0546-201", "BEDRIJVENT": "De Waard", "KERN": "Leiden", "OPPBRUTO": "99999,0", "OPPNETTO": "1,0",
            "JAAR": 2018, "geometry": squares[0]})
old.append({"RINNUMMER": "0546-202", "BEDRIJVENT": "Elders", "KERN": "Leiden", "OPPBRUTO": "40000", "OPPNETTO": "30000",
            "JAAR": 2021, "geometry": box(x0 + 1000, y0, x0 + 1200, y0 + 200)})
shp = os.path.join(work, "ibis_oud.shp")
gpd.GeoDataFrame(old, crs=28992).to_crs(4326).to_file(shp)
result = run("sites", "--parks", shp, "--format", "json")
if result.returncode != 0:
    failures.append(f"IBIS old schema: exit {result.returncode}: {result.stderr}")
else:
    rows = {r["id"]: r for t in json.loads(result.stdout)["tables"] for r in t["rows"] if r.get("kind") in ("park", "business park") or "id" in r}
    union = unary_union(squares)
    got = rows.get("0546-201")
    if got is None:
        failures.append(f"IBIS old schema: no park 0546-201 in {list(rows)}")
    else:
        area_key = next(k for k in got if k.startswith("area_ha"))
        if abs(got[area_key] - union.area / 1e4) > 0.005:
            failures.append(f"IBIS: dissolved area {got[area_key]} ha, shapely {union.area / 1e4:.4f} ha")
        stated = next((got[k] for k in got if "stated" in k), None)
        if stated is None or abs(stated - sum(sq.area for sq in squares) / 1e4) > 0.005:
            failures.append(f"IBIS: stated bruto {stated}, expected the parts' sum {sum(sq.area for sq in squares) / 1e4:.4f} ha")
    if "OPPBRUTO read as m²" not in result.stderr or "dissolved into one park" not in result.stderr:
        failures.append(f"IBIS old schema: the notes do not state the unit and the dissolve: {result.stderr}")
new = os.path.join(work, "ibis_nu.geojson")
gpd.GeoDataFrame([{"RIN_NUMMER": "0546-301", "JAAR": 2024, "PLAN_NAAM": "Nieuw", "GEM_CODES": "GM0546", "HA_BRUTO": 3.2,
                   "HA_NETTO": 2.5, "HA_TOTTUIT": 0.3, "WLOC_TYPE": "C2", "geometry": squares[0]}], crs=28992).to_crs(4326).to_file(new)
result = run("validate", "--as", "parks", new)
if result.returncode != 0 or "ok, 1 feature" not in result.stdout:
    failures.append(f"IBIS current schema: exit {result.returncode}: {result.stdout} {result.stderr}")

# 5. A CBS-like layer: Polygon and MultiPolygon mixed, -99999999 for suppressed figures, one feature with a small
# self-intersection (a bow of 1 m² on a 1 km² gemeente). Refused by default, repaired with --make-valid.
g0 = box(x0 - 3000, y0 - 3000, x0 - 2000, y0 - 2000)
bow = Polygon([(x0, y0), (x0 + 1000, y0), (x0 + 1000, y0 + 1000), (x0 + 501, y0 + 1000), (x0 + 499, y0 + 1001),
               (x0 + 499, y0 + 1000), (x0 + 501, y0 + 1001), (x0, y0 + 1000)])
cbs = gpd.GeoDataFrame([
    {"id": "GM0001", "gemeentenaam": "Een", "aantal_inwoners": 12000, "accuracy_m": 1, "geometry": g0},
    {"id": "GM0002", "gemeentenaam": "Twee", "aantal_inwoners": -99999999, "accuracy_m": 1, "geometry": bow},
], crs=28992)
cbs_path = os.path.join(work, "gemeenten.gpkg")
cbs.to_file(cbs_path, layer="gemeenten", driver="GPKG")
result = run("validate", "--as", "housing", cbs_path)
if result.returncode != 65 or "GM0002" not in result.stderr or "--make-valid" not in result.stderr:
    failures.append(f"CBS self-intersection: exit {result.returncode}: {result.stderr}")
result = run("validate", "--as", "housing", "--make-valid", cbs_path)
import shapely
repaired = shapely.make_valid(bow, method="structure")
if result.returncode != 0 or "repaired with GEOS MakeValid" not in result.stderr:
    failures.append(f"--make-valid: exit {result.returncode}: {result.stderr}")
elif f"{repaired.area:.1f} m² after" not in result.stderr:
    failures.append(f"--make-valid: shapely's structure repair gives {repaired.area:.1f} m²: {result.stderr}")

# 6. An IMRO2012 bestemmingsplan in Amphoraweg: zones from its bedrijf bestemming and category aanduiding (the arc
# linearised within 1 cm), the wonen bestemming no zone, and the maximum bebouwingspercentage against the built share.
import imro_gml
amphora = parks[parks.id == "amphoraweg"].geometry.iloc[0]
px, py = int(amphora.representative_point().x) - 150, int(amphora.representative_point().y) - 100
text, shapes = imro_gml.plan(px, py)
plan_path = os.path.join(work, "NL.IMRO.0546.BPtest-0301.gml")
with open(plan_path, "w", encoding="utf-8") as f:
    f.write(text)
result = run("export", "--layer", "milieuzones", "--plan", plan_path, "--crs-out", "EPSG:28992", "--quiet")
if result.returncode != 0:
    failures.append(f"plan zones: exit {result.returncode}: {result.stderr}")
else:
    from shapely.geometry import shape
    zones = {f["properties"]["zone_id"]: f for f in json.loads(result.stdout)["features"]
             if f["properties"]["zone_id"].startswith("NL.IMRO.0546.EP")}
    expected = {"NL.IMRO.0546.EP1/NL.IMRO.0546.FA1": (shapes["bedrijf"].intersection(shapes["aanduiding"]), "1-3.1"),
                "NL.IMRO.0546.EP1": (shapes["bedrijf"].difference(shapes["aanduiding"]), "1-6")}
    for zone_id, (geometry, category) in expected.items():
        got = zones.get(zone_id)
        if got is None:
            failures.append(f"plan zones: no zone {zone_id} in {sorted(zones)}")
            continue
        area = shape(got["geometry"]).area
        if abs(area - geometry.area) > 5 or got["properties"]["milieucategorie"] != category:
            failures.append(f"plan zone {zone_id}: {area:.1f} m² cat. {got['properties']['milieucategorie']}, "
                            f"shapely {geometry.area:.1f} m² cat. {category}")
        if "bestemmingsplan NL.IMRO.0546.BPtest-0301" not in got["properties"]["source"]:
            failures.append(f"plan zone {zone_id} does not cite the plan: {got['properties']['source']}")
    if any("EP2" in z for z in zones):
        failures.append("the wonen bestemming became a milieuzone")
result = run("export", "--layer", "milieuzones", "--plan", plan_path, "--plan-rule", "2", "--quiet")
rule = {f["properties"]["zone_id"]: f["properties"]["milieucategorie"] for f in json.loads(result.stdout or '{"features":[]}')["features"]}
if rule.get("NL.IMRO.0546.EP1") != "2":
    failures.append(f"--plan-rule 2: the rest of the bestemming reads {rule.get('NL.IMRO.0546.EP1')}")
result = run("zoning", "--plan", plan_path, "--existing", "--site", "amphoraweg", "--format", "json", "--quiet")
wonen = box(px, py + 250, px + 200, py + 350)
if result.returncode != 0:
    failures.append(f"zoning --existing: exit {result.returncode}: {result.stderr}")
else:
    rows = json.loads(result.stdout)["tables"][0]["rows"]
    want = {"NL.IMRO.0546.EP1": shapes["bedrijf"].difference(shapes["aanduiding"]).distance(wonen),
            "NL.IMRO.0546.EP1/NL.IMRO.0546.FA1": shapes["bedrijf"].intersection(shapes["aanduiding"]).distance(wonen)}
    got = {r["zone_id"]: r for r in rows if r["housing_id"] == "NL.IMRO.0546.EP2"}
    for zone_id, distance in want.items():
        if zone_id not in got or abs(got[zone_id]["actual_m"] - distance) > 0.01:
            failures.append(f"zoning --existing {zone_id}: {got.get(zone_id)}, shapely {distance:.3f} m")
blocks = [box(px + 20 + 45 * i, py + 20 + 45 * j, px + 50 + 45 * i, py + 45 + 45 * j) for i in range(4) for j in range(4)]
blocks.append(box(px + 180, py + 180, px + 240, py + 240))  # partly outside the maatvoering
built = os.path.join(work, "panden.gpkg")
gpd.GeoDataFrame([{"identificatie": f"0546100000{70000 + k}", "status": "Pand in gebruik", "geometry": b}
                  for k, b in enumerate(blocks)], crs=28992).to_file(built, layer="pand", driver="GPKG")
result = run("intensity", "--buildings", f"{built}|layername=pand", "--plan", plan_path, "--format", "json", "--quiet")
if result.returncode != 0:
    failures.append(f"plan coverage: exit {result.returncode}: {result.stderr}")
else:
    row = {t["name"]: t["rows"] for t in json.loads(result.stdout)["tables"]}["plan_coverage"][0]
    share = sum(b.intersection(shapes["maatvoering"]).area for b in blocks) / shapes["maatvoering"].area * 100
    if row["allowed_pct"] != 60 or abs(row["built_pct"] - share) > 0.05 or row["verdict"] != "within":
        failures.append(f"plan coverage: {row}, shapely {share:.3f} %")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"official data check: LV BAG extract ({objects} panden, {len(panden)} standing on {ON}), bag-light "
      f"({len(standing)} of {len(light_df)} standing) with 3DBAG floors, IBIS old and new, a CBS-like layer repaired, "
      "an IMRO2012 plan with an arc, BOM and pipe: all match")
