"""Writes the made-up example files of notebooks-md/official-data.md in the registers' own
schemas: a Kadaster LV BAG extract (a zip of a PND zip) with history inside Amphoraweg, a
3DBAG-style `pand` layer with prefixed ids and b3_bouwlagen, and an older IBIS export with one
terrain in two parts, and an IMRO2012 plan in Amphoraweg. Deterministic; rerun only to change
the examples.

Usage: python3 make_official_examples.py notebooks-md/data
"""
import io, os, sys, zipfile
import geopandas as gpd
from shapely.geometry import box

sys.dont_write_bytecode = True  # no __pycache__ inside the test target
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import imro_gml
from lvbag_xml import HEAD, TAIL, voorkomen

out = sys.argv[1]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
parks = gpd.read_file(os.path.join(ROOT, "geodata", "bedrijventerreinen.geojson")).to_crs(28992)
c = parks[parks.id == "amphoraweg"].geometry.iloc[0].centroid
x0, y0 = round(c.x), round(c.y)


def ring(i, w=30, h=20):
    x, y = x0 - 60 + (i % 3) * 40, y0 - 40 + (i // 3) * 30
    return [(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)]


stands = [
    voorkomen("0546100000090001", 1, "Bouwvergunning verleend", 2008, "2007-03-01", "2009-01-15", ring(0)),
    voorkomen("0546100000090001", 2, "Pand in gebruik", 2008, "2009-01-15", None, ring(0)),
    voorkomen("0546100000090002", 1, "Pand in gebruik", 1975, "1975-01-01", "2022-06-01", ring(1)),
    voorkomen("0546100000090002", 2, "Pand gesloopt", 1975, "2022-06-01", None, ring(1)),
    voorkomen("0546100000090003", 1, "Pand in gebruik", 9999, "2001-01-01", None, ring(2, 36, 24),
              inactive="2003-02-01T10:00:00.000"),
    voorkomen("0546100000090003", 2, "Pand in gebruik", 9999, "2001-01-01", None, ring(2)),
    voorkomen("0546100000090004", 1, "Pand in gebruik (niet ingemeten)", 1990, "1990-01-01", None, ring(3)),
    voorkomen("0546100000090005", 1, "Bouw gestart", 2026, "2026-09-01", None, ring(4)),
]
inner = io.BytesIO()
with zipfile.ZipFile(inner, "w") as z:
    z.writestr(zipfile.ZipInfo("0546PND01112026-000001.xml", (2026, 11, 1, 0, 0, 0)), HEAD + "".join(stands) + TAIL)
with zipfile.ZipFile(os.path.join(out, "BAGGEM0546L-example.zip"), "w") as z:
    z.writestr(zipfile.ZipInfo("0546PND01112026.zip", (2026, 11, 1, 0, 0, 0)), inner.getvalue())
gpd.GeoDataFrame(
    [{"identificatie": f"NL.IMBAG.Pand.054610000009000{i}", "b3_bouwlagen": float(f), "b3_h_maaiveld": 0.4,
      "b3_h_dak_70p": 0.4 + 3.2 * f, "geometry": box(*[v for v in (x0, y0, x0 + 1, y0 + 1)])}
     for i, f in ((1, 2), (2, 1), (3, 3), (4, 4))], crs=28992).to_file(
    os.path.join(out, "3dbag-example.gpkg"), layer="pand", driver="GPKG")
w = parks[parks.id == "de-waard"].geometry.iloc[0].centroid
a, b = box(w.x - 100, w.y - 50, w.x, w.y + 50), box(w.x, w.y - 50, w.x + 80, w.y + 50)
gpd.GeoDataFrame(
    [{"RINNUMMER": "0546-901", "BEDRIJVENT": "Voorbeeldterrein", "KERN": "Leiden", "OPPBRUTO": "10000,0",
      "OPPNETTO": "7500,0", "JAAR": 2019, "geometry": a},
     {"RINNUMMER": "0546-901", "BEDRIJVENT": "Voorbeeldterrein", "KERN": "Leiden", "OPPBRUTO": "8000,0",
      "OPPNETTO": "6000,0", "JAAR": 2019, "geometry": b}], crs=28992).to_crs(4326).to_file(
    os.path.join(out, "ibis-oud-example.geojson"), driver="GeoJSON", COORDINATE_PRECISION=7)
p = parks[parks.id == "amphoraweg"].geometry.iloc[0].representative_point()
with open(os.path.join(out, "NL.IMRO.0546.BPvoorbeeld-0301.gml"), "w", encoding="utf-8") as f:
    f.write(imro_gml.plan(int(p.x) - 150, int(p.y) - 100)[0].replace("BPtest", "BPvoorbeeld"))
