"""The BAG workflow against an independent computation.

Generates a GeoPackage in the PDOK BAG schema (layer `pand`: identificatie, bouwjaar,
status, and 3D BAG's b3_bouwlagen on most panden; layer `verblijfsobject`: identificatie,
gebruiksdoel lists such as "woonfunctie,winkelfunctie", status) around the bundled parks,
runs `ruimte intensity --buildings 'bag.gpkg|layername=pand' --dwellings
'bag.gpkg|layername=verblijfsobject'`, and checks GSI/FSI per park and the dwelling counts
per milieuzone and per catchment against geopandas/shapely. Both layers hold more than one
chunk of 16,384 features, so they are read in id ranges on two threads (GeoPackageChunks);
one thread must give the same bytes.

Usage: python3 bag_check.py PATH/TO/ruimte
"""
import csv, json, os, random, subprocess, sys, tempfile
import geopandas as gpd
from shapely.geometry import Point, box

RUIMTE = os.path.abspath(sys.argv[1])
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GEODATA = os.path.join(ROOT, "geodata")
IN_USE = {"Verblijfsobject in gebruik", "Verblijfsobject in gebruik (niet ingemeten)"}
failures = []


def layer(name):
    return gpd.read_file(os.path.join(GEODATA, f"{name}.geojson")).to_crs(28992)


parks, zones, centres = layer("bedrijventerreinen"), layer("milieuzones"), layer("wijkwinkelcentra")
rng = random.Random(2026)
minx, miny, maxx, maxy = parks.total_bounds
panden, vbos = [], []
trekvliet = parks[parks.id == "trekvliet"].geometry.iloc[0]
for i in range(20000):
    x, y = rng.uniform(minx - 300, maxx + 300), rng.uniform(miny - 300, maxy + 300)
    w, h = rng.uniform(6, 30), rng.uniform(6, 30)
    floors = rng.randint(1, 6)
    geometry = box(x, y, x + w, y + h)
    # Panden touching Trekvliet state no floors: FSI must be "no data" there.
    unknown = geometry.intersects(trekvliet)
    panden.append({"identificatie": f"0546100000{i:06d}", "bouwjaar": rng.randint(1900, 2024), "status": "Pand in gebruik",
                   "b3_bouwlagen": None if unknown else floors, "geometry": geometry})
uses = ["woonfunctie", "woonfunctie,winkelfunctie", "kantoorfunctie", "industriefunctie", "winkelfunctie,woonfunctie"]
statuses = sorted(IN_USE) + ["Verblijfsobject gevormd", "Niet gerealiseerd verblijfsobject", "Verblijfsobject buiten gebruik"]
for i in range(20000):
    vbos.append({"identificatie": f"0546010000{i:06d}", "gebruiksdoel": rng.choice(uses), "status": rng.choice(statuses),
                 "geometry": Point(rng.uniform(minx - 1500, maxx + 1500), rng.uniform(miny - 1500, maxy + 1500))})

work = tempfile.mkdtemp(prefix="ruimte-bag-", dir=os.environ.get("TMPDIR"))
bag = os.path.join(work, "bag.gpkg")
pand = gpd.GeoDataFrame(panden, crs=28992)
pand["b3_bouwlagen"] = pand["b3_bouwlagen"].astype("Int64")
pand.to_file(bag, layer="pand", driver="GPKG")
gpd.GeoDataFrame(vbos, crs=28992).to_file(bag, layer="verblijfsobject", driver="GPKG")

outputs = []
for threads in ("2", "1"):
    result = subprocess.run([RUIMTE, "intensity", "--buildings", f"{bag}|layername=pand", "--dwellings", f"{bag}|layername=verblijfsobject",
                             "--threads", threads, "--format", "json", "--quiet"], capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"ruimte intensity --threads {threads} failed: {result.stderr}")
    outputs.append(result.stdout)
if outputs[0] != outputs[1]:
    failures.append("--threads 2 and --threads 1 give different output")
tables = {t["title"]: t["rows"] for t in json.loads(outputs[0])["tables"]}


def close(label, got, expected, decimals):
    if expected is None or got is None:
        if expected is not got:
            failures.append(f"{label}: ruimte {got}, expected {expected}")
    elif abs(got - round(expected, decimals)) > 0.5 * 10 ** -decimals + 1e-9:
        failures.append(f"{label}: ruimte {got}, expected {expected:.6f}")


# Spacematrix: GSI = Σ area(pand ∩ park) / area(park); FSI the same weighted by floors.
for row in tables["Spacematrix per business park"]:
    park = parks[parks.id == row["park_id"]].geometry.iloc[0]
    hits = pand[pand.intersects(park)]
    covered = hits.geometry.intersection(park).area
    gsi = covered.sum() / park.area
    fsi = None if hits["b3_bouwlagen"].isna().any() else (covered * hits["b3_bouwlagen"].astype(float)).sum() / park.area
    close(f"GSI {row['park_id']}", row["gsi"], gsi, 3)
    close(f"FSI {row['park_id']}", row["fsi"], fsi, 3)

# Dwellings: gebruiksdoel includes woonfunctie and the status is in use.
vbo = gpd.GeoDataFrame(vbos, crs=28992)
homes = vbo[vbo.gebruiksdoel.str.split(",").apply(lambda u: "woonfunctie" in u) & vbo.status.isin(IN_USE)]
with open(os.path.join(GEODATA, "richtafstanden-vng2009.csv")) as f:
    rustig = {r["milieucategorie"]: float(r["rustig"]) for r in csv.DictReader(line for line in f if not line.startswith("#"))}
for row in tables["Existing dwellings within the richtafstand"]:
    zone = zones[zones.id == row["zone_id"]]
    geometry = (zone if len(zone) else parks[parks.id == row["zone_id"]]).geometry.iloc[0]
    expected = int((homes.distance(geometry) <= rustig[row["milieucategorie"].split("-")[-1]]).sum())
    if row["dwellings"] != expected:
        failures.append(f"dwellings near {row['zone_id']}: ruimte {row['dwellings']}, expected {expected}")
for row in tables["Existing dwellings per shopping-centre catchment"]:
    centre = centres[centres.id == row["centre_id"]].geometry.iloc[0]
    for radius in (300, 500, 1000):
        expected = int((homes.distance(centre) <= radius).sum())
        if row[f"dwellings_{radius}m"] != expected:
            failures.append(f"dwellings within {radius} m of {row['centre_id']}: ruimte {row[f'dwellings_{radius}m']}, expected {expected}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"BAG check: GSI/FSI of {len(parks)} parks and dwelling counts ({len(homes)} of {len(vbo)} verblijfsobjecten are dwellings) "
      "match geopandas")
