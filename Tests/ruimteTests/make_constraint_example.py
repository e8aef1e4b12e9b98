"""Writes notebooks-md/data/wernink-constraints.geojson: generated example constraints around
Wernink, in RD New, each marked as generated (not a real contour):

- a geluidaandachtsgebied 60 m wide along the west side of Wernink, the side of the
  Leiden-Den Haag railway (soft, 55 dB Lden);
- a brand-aandachtsgebied of 150 m around a made-up business in Amphoraweg (soft);
- a plaatsgebonden-risico 10^-6 contour of 90 m around the same business (hard).

and, beside it, wernink-1m.geojson: the bundled Wernink outline stated at 1 m, standing in for an
official outline (BGT/BAG-derived), to show the verdicts the bundled ±300 m cannot carry.

Usage: python3 make_constraint_example.py OUTPUT
"""
import os
import json, sys
from shapely.geometry import LineString, Point, mapping

west = LineString([(92505.291, 463906.184), (92673.716, 464104.268)])  # Wernink's west side
# A made-up business in Amphoraweg, 60 m from the edge it shares with Wernink (the middle of that
# edge moved 60 m along the inward normal).
business = Point(92549.858 - 60 * 0.6494, 463868.292 - 60 * 0.7604)
note = "generated example for notebooks-md/constraints.md, not a real contour"
features = [
    ("geluid-spoor", "Geluidaandachtsgebied spoor (voorbeeld)", west.buffer(60, quad_segs=16, cap_style="flat"),
     {"kind": "geluid", "effect": "soft", "lden_db": 55}),
    ("ev-brand-amphoraweg", "Brandaandachtsgebied Amphoraweg (voorbeeld)", business.buffer(150, quad_segs=16),
     {"kind": "externe-veiligheid", "effect": "soft", "aandachtsgebied": "brand"}),
    ("ev-pr-amphoraweg", "PR 10-6 contour Amphoraweg (voorbeeld)", business.buffer(90, quad_segs=16),
     {"kind": "externe-veiligheid", "effect": "hard"}),
]
collection = {
    "type": "FeatureCollection",
    "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
    "features": [
        {"type": "Feature",
         "properties": {"id": fid, "name": name, **extra, "accuracy_m": 10, "source": note},
         "geometry": {"type": "Polygon",
                      "coordinates": [[[round(x, 3), round(y, 3)] for x, y in geometry.exterior.coords]]}}
        for fid, name, geometry, extra in features
    ],
}
with open(sys.argv[1], "w") as f:
    json.dump(collection, f, indent=1)
    f.write("\n")

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
housing = json.load(open(os.path.join(root, "geodata", "woningbouwlocaties.geojson"), encoding="utf-8"))
wernink = [f for f in housing["features"] if f["properties"]["id"] == "wernink"]
for f in wernink:
    f["properties"]["accuracy_m"] = 1
    f["properties"]["source"] = "the bundled outline, stated at 1 m for notebooks-md/constraints.md (an illustration)"
with open(os.path.join(os.path.dirname(sys.argv[1]), "wernink-1m.geojson"), "w") as f:
    json.dump({"type": "FeatureCollection", "features": wernink}, f, indent=1, ensure_ascii=False)
    f.write("\n")
