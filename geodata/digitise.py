#!/usr/bin/env python3
"""How the bundled Leiden layers were drawn.

Every outline is digitised here in RD New (EPSG:28992) metres from the public facts
listed per feature (bounding streets, waterways, railway, address geocodes, stated
hectares), then written as RFC 7946 GeoJSON (WGS84 lon/lat, 7 decimals, exterior rings
counter-clockwise). Run it to regenerate the layers:  python3 geodata/digitise.py
It needs pyproj (PyPI). Ruimte itself never runs this script; it reads the GeoJSON.
"""
import json
import math
import pathlib

from pyproj import Transformer

HERE = pathlib.Path(__file__).resolve().parent
TO_WGS84 = Transformer.from_crs("EPSG:28992", "EPSG:4326", always_xy=True)
TO_RD = Transformer.from_crs("EPSG:4326", "EPSG:28992", always_xy=True)


def rd(lon, lat):
    return TO_RD.transform(lon, lat)


def box(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


# The railway Leiden Centraal - Den Haag, as the straight line from Leiden Centraal
# (52.16639 N, 4.48222 E, nl.wikipedia) to station De Vink (52.14722 N, 4.45639 E, NS feed).
LC = rd(4.48222, 52.16639)
DV = rd(4.45639, 52.14722)
_len = math.dist(LC, DV)
U = ((DV[0] - LC[0]) / _len, (DV[1] - LC[1]) / _len)  # along the track, towards Den Haag
N = (-U[1], U[0])  # perpendicular, pointing to the east (Rijn) side of the track


def along_track(s0, s1, off0, off1):
    """A rectangle s0..s1 metres along the track from Leiden Centraal, off0..off1 metres east of it."""
    def p(s, o):
        return (LC[0] + s * U[0] + o * N[0], LC[1] + s * U[1] + o * N[1])
    return [p(s0, off0), p(s1, off0), p(s1, off1), p(s0, off1)]


# The Lammenschansdriehoek (housing site Lammenschans): Lammenschansweg - Kanaalweg - railway.
DRIEHOEK = [(93810, 462440), (93900, 461900), (94491, 462551)]


def _cut_below(ring, y_cut):
    """The part of a convex ring at or below y_cut (a straight cut along y = y_cut)."""
    out = []
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if y0 <= y_cut:
            out.append((x0, y0))
        if (y0 - y_cut) * (y1 - y_cut) < 0:
            t = (y_cut - y0) / (y1 - y0)
            out.append((x0 + t * (x1 - x0), y_cut))
    return out


# Business plots in the southern tip of the Driehoek (Hof 36, Schouls, Zirkzee), south of y 462150.
DRIEHOEK_SOUTH = _cut_below(DRIEHOEK, 462150)


def _swap(ring):
    return [(y, x) for x, y in ring]


def _cut_west(ring, x_cut):
    """The part of a convex ring at or west of x_cut (a straight cut along x = x_cut)."""
    return _swap(_cut_below(_swap(ring), x_cut))


def _cut_east(ring, x_cut):
    """The part of a convex ring at or east of x_cut."""
    mirrored = [(-x, y) for x, y in ring]
    return [(-x, y) for x, y in _cut_west(mirrored, -x_cut)]


# De Waard, redrawn in round 2: the Admiraal Banckertweg 2 geocode (Google and Waze agree,
# RD 95108, 463738) lies on a stated boundary street 173 m south of the first outline, and the
# Nieuwe Rijn west of the park runs at about y 463500 (ATM Nieuwe Rijn 83); the Oude Rijn
# quay of the Kooiplein geocodes puts the north edge at about y 464450.
DE_WAARD = [(94600, 463700), (94980, 463650), (95250, 463680), (95250, 464400), (94950, 464450), (94600, 464400)]
DE_WAARD_WEST_X = 94750  # the western strip where a few plots allow category 3.2 (which plots is not known)

# The Trekvliet canal: the east edge of the Rooseveltstraat park and the west edge of the
# Trekvliet land. No geocode places it; it is drawn midway in the 200 m gap the first outlines
# left (x 93200-93400), 30 m wide (a canal is 20-40 m).
TREKVLIET_CANAL = (93285, 93315)


OL = "Ondernemend Leiden, jaarverslag 2025"
ZW = "Bestemmingsplan Zuidwest, NL.IMRO.0546.BP00121-0301, toelichting (https://www.ruimtelijkeplannen.nl/documents/NL.IMRO.0546.BP00121-0301/t_NL.IMRO.0546.BP00121-0301.html)"

PARKS = [
    dict(id="amphoraweg", name="Amphoraweg", ring=along_track(930, 1230, 30, 147), accuracy_m=350,
         hectares_stated=3.5, firms=31, jobs=250, figures_year=2025,
         source=dict(geometry="Drawn east of the Leiden-Den Haag railway (line Leiden Centraal - De Vink), south-west of and adjoining the Wernink site ('in het verlengde van dit terrein ligt het voormalige Werninkterrein', ondernemendleiden.nl); length along the track chosen to give the stated 3.5 ha",
                     hectares_stated=OL, firms=OL, jobs=OL)),
    dict(id="de-waard", name="De Waard", ring=DE_WAARD, accuracy_m=300,
         source=dict(geometry="Between the Oude Rijn (north), Nieuwe Rijn (south), Rijn-Schiekanaal (east) and the Oosterstraat/Waardstraat line (west): bestemmingsplan De Waard, voorontwerp NL.IMRO.0546.BP00006-0103 §1.2. South edge through Admiraal Banckertweg 2 (52.1585552 N, 4.5119485 E; Google Maps and Waze agree), a stated boundary street, towards the Nieuwe Rijn (about y 463500 at ATM Nieuwe Rijn 83); north edge at the Oude Rijn quay south of the Kooiplein geocodes (Kralendijkkade 7). About 49 ha; the 45-56 ha this allows is not a stated figure")),
    dict(id="leidse-schans", name="Leidse Schans",
         rings=[[(93760, 462445), (93450, 462760), (93790, 462050)], DRIEHOEK_SOUTH], accuracy_m=400,
         source=dict(geometry="Assumed to be the business land around the Lammenschansdriehoek (which land the name covers is not confirmed): the strip west of the Lammenschansweg between the Lammenschansweg, the Trekvliet and the railway (Sleutelstad via lammenschans-driehoek.nl), holding GAMMA Lammenschansweg 130 (52.145964 N, 4.491038 E, store-table geocode), and the southern tip of the Driehoek by the Kanaalweg where Hof 36, Schouls and Zirkzee lie (bestemmingsplan Lammenschansweg-Hof 36, NL.IMRO.0546.BP00167-0301)")),
    dict(id="merenwijk", name="Merenwijk", ring=box(93980, 465230, 94380, 465620), accuracy_m=250,
         source=dict(geometry="Flevoweg/Hallenweg business area (ovbmerenwijk.nl): around GAMMA Flevoweg 1 (52.174453 N, 4.498177 E) and the Stadsmolen, 'grotendeels ingesloten door lage industriele bebouwing' (molendatabase.nl); between the Gooimeerlaan, Hallenweg and Stinksloot (NL.IMRO.0546.UP00003-0201)")),
    dict(id="stevenshof", name="Stevenshof", ring=box(90590, 463590, 90790, 463790), accuracy_m=300,
         location_status="identified",
         location_status_note="the estate is identified (bedrijventerrein Kenauweg) but its extent and size are unknown: a 4 ha square is kept around the geocode until a source states them",
         source=dict(geometry="The business estate on the Kenauweg and Hadewychlaan (postcodes 2331 BA-BC) in the north-west corner of the Stevenshof by the A44 exit Leiden-Zuid: 'bedrijventerrein Kenauweg' (bestemmingsplan Woontoren Betaplein, NL.IMRO.0546.BP00101-0301, toelichting), burgemeestersbesluit BB 22.047 (Kenauweg 38/40, Hadewychlaan 21/23); centred on Dierentehuis Stevenshage, Kenauweg 1 (52.157614 N, 4.447351 E, OSM Nominatim, about 75 m)")),
    dict(id="rooseveltstraat", name="Rooseveltstraat", ring=box(92640, 461480, TREKVLIET_CANAL[0], 462340), accuracy_m=300,
         source=dict(geometry="'globaal gelegen tussen de Rooseveltstraat, Van der Veenstraat, Voorschoterweg en de Trekvliet', on both sides of the Rooseveltstraat (" + ZW + " §2.2.3.7); spans the geocodes Rooseveltstraat 49C (52.138396 N, 4.477065 E) to the Montgomerystraat, south of the Luifelbaan; east edge on the Trekvliet canal, placed midway in the gap the first outlines left (no geocode places the canal)")),
    dict(id="roomburg", name="Roomburg", ring=box(94950, 462700, 95350, 463028), accuracy_m=400,
         hectares_stated=13.13, jobs=2408, figures_year=2013, milieucategorie="4.1-4.2",
         milieucategorie_note="circulair.biz states milieucategorie 4, the main class as IBIS records it: 4.1 or 4.2, so verdicts that differ between them read undetermined",
         jobs_note="circulair.biz counts about 2408 persons (labelled FTE) on 13 ha; implausibly high for a gemengd terrain, probably includes offices",
         source=dict(geometry="Business zone (enkelbestemming Bedrijf) of bestemmingsplan Roomburg, drawn to the stated 13.13 ha around the Hettinga-terrein (RD 95290, 462780; Bodemonderzoek in Leiden 2004), between the Willem van der Madeweg, Hoge Rijndijk, Roomburgerweg and the railway to Utrecht, west of Castellum Matilo",
                     hectares_stated="Bestemmingsplan Roomburg NL.IMRO.0546.BP00088-0301 (planviewer.nl): Bedrijf 131,332 m2",
                     jobs="https://www.circulair.biz/factsheets/wh/roomburg", milieucategorie="https://www.circulair.biz/factsheets/wh/roomburg")),
    dict(id="trekvliet", name="Trekvliet", ring=box(TREKVLIET_CANAL[1], 461800, TREKVLIET_CANAL[1] + 300, 462150), accuracy_m=400,
         source=dict(geometry="Along the Zoeterwoudseweg east of the Trekvliet canal, south of the Lammenschansweg strip (association 'Roosevelt & Trekvliet'; Watergeuskade NL.IMRO.0546.BP00163-0201); the canal is also the Rooseveltstraat park's east edge (bestemmingsplan Zuidwest §2.2.3.7), so the west edge lies across the canal from it; relations only, no geocode")),
]

def zone_source(category_text):
    return dict(geometry="Part of the Rooseveltstraat outline on the stated side of the Rooseveltstraat (about 10 m of street left between west and east)",
                milieucategorie=category_text)


ZONES = [
    dict(id="de-waard-oost", park="de-waard", name="De Waard oost (up to 3.1)", milieucategorie="3.1",
         ring=_cut_east(DE_WAARD, DE_WAARD_WEST_X), accuracy_m=300,
         source=dict(geometry="De Waard east of x 94750 (the western strip is a zone of its own)",
                     milieucategorie="'In het betreffende bedrijvengebied zijn echter alleen bedrijven tot en met milieucategorie 3.1 toegestaan' (bestemmingsplan Oosterstraat 16/Munnikenstraat, NL.IMRO.0546.BP00617-0301, toelichting §4.6.1); 'milieucategorieen 1, 2 en 3.1' (bestemmingsplan De Waard, voorontwerp NL.IMRO.0546.BP00006-0103 §4.2.1)")),
    dict(id="de-waard-west", park="de-waard", name="De Waard west (a few plots up to 3.2)", milieucategorie="3.1-3.2",
         milieucategorie_note="3.2 is allowed at a few plots in the west of the park; which plots is not known, so the western 150 m carry the range 3.1-3.2 and verdicts that depend on it read undetermined",
         ring=_cut_west(DE_WAARD, DE_WAARD_WEST_X), accuracy_m=300,
         source=dict(geometry="The western 150 m of De Waard, by the Oosterstraat (strip width not stated: drawn)",
                     milieucategorie="'In het westen van bedrijventerrein De Waard zijn op enkele plekken wel bedrijven tot en met categorie 3.2 toegestaan' (bestemmingsplan Oosterstraat 16/Munnikenstraat, NL.IMRO.0546.BP00617-0301, toelichting §4.6.1)")),
    dict(id="leidse-schans-driehoek", park="leidse-schans", name="Leidse Schans, Driehoek south (Hof 36, Schouls, Zirkzee)",
         milieucategorie="3.2", ring=DRIEHOEK_SOUTH, accuracy_m=250,
         source=dict(geometry="The southern tip of the Lammenschansdriehoek by the Kanaalweg (bestemmingsplan Lammenschansweg-Hof 36: Hof 36 at the tip, Zirkzee to its north-east, Schouls to its east)",
                     milieucategorie="Bestemmingsplan Lammenschansweg-Hof 36 (NL.IMRO.0546.BP00167-0301): the plan takes out 0.7 ha of category 3.2 and 0.4 ha of category 3.1 zoning and downgrades Zirkzee and Schouls to category 2; before it, up to 3.2 was allowed")),
    dict(id="rooseveltstraat-west", park="rooseveltstraat", name="Rooseveltstraat west", milieucategorie="2",
         ring=box(92640, 461480, 92740, 462340), accuracy_m=300,
         source=zone_source("'Voor het bedrijventerrein ten westen van de Rooseveltstraat zijn bedrijven uit ten hoogste milieucategorie 2 toegestaan' (" + ZW + " §4.7.1.2)")),
    dict(id="rooseveltstraat-oost", park="rooseveltstraat", name="Rooseveltstraat oost", milieucategorie="3.2",
         ring=box(92750, 461480, TREKVLIET_CANAL[0], 462180), accuracy_m=300,
         source=zone_source("'ten oosten van de Rooseveltstraat ... ten hoogste milieucategorie 3.2' (" + ZW + " §4.7.1.2)")),
    dict(id="rooseveltstraat-noord", park="rooseveltstraat", name="Rooseveltstraat noordkant (Vijf Meilaan)", milieucategorie="2",
         ring=box(92750, 462180, TREKVLIET_CANAL[0], 462340), accuracy_m=300,
         source=zone_source("'aan de noordkant een beperking ... in verband met de aanwezige woningen aan de Vijf Meilaan ... ten hoogste milieucategorie 2' (" + ZW + " §4.7.1.2); depth of the strip not stated, 160 m drawn")),
]

ATM = "Geldmaat/ING ATM locator data (2017-2021), building-level geocodes"
CENTRES = [
    dict(id="kooiplein", name="Kooiplein", ring=box(94670, 464546, 94880, 464706), accuracy_m=100,
         floor_area_m2=5300, floor_area_basis="commercial", dwellings_in_programme=432, parking_places=851,
         source=dict(geometry="Around four ATM geocodes within 64 m (Kooilaan 49, Kooilaan 43B, Soestdijkkade 82, Kralendijkkade 7; " + ATM + "), grown to the 200-250 m of 'Het Plein'",
                     floor_area_m2="KCAP masterplan Kooiplein (kcap.eu)", dwellings_in_programme="KCAP masterplan Kooiplein (kcap.eu)",
                     parking_places="KCAP masterplan Kooiplein (kcap.eu)")),
    dict(id="luifelbaan", name="Luifelbaan", ring=box(92616, 462384, 92856, 462524), accuracy_m=100,
         floor_area_m2=16000, floor_area_basis="gross floor area (2002 plan)", dwellings_added=108,
         source=dict(geometry="Around five ATM geocodes within 176 m (Bevrijdingsplein 48/50/82, Vijf Meiplein 176-178, Montgomerystraat 2A; " + ATM + ") at the Churchilllaan x Vijf Meilaan crossing (" + ZW + ")",
                     floor_area_m2="Gemeente Leiden Stadskrant 27-12-2002 (opennieuwsbank.nl): 'van 5.000 naar 16.000 vierkante meter vloeroppervlak'",
                     dwellings_added="Same source: 92 apartments above AH plus 16 on the Vijf Meilaan")),
    dict(id="wagnerplein", name="Wagnerplein", ring=box(92460, 462180, 92580, 462280), accuracy_m=300,
         source=dict(geometry="No geocode: PC4 2324 centroid (about 2016 address cloud) shifted 54 m west to stay in the Fortuinwijk, the south-west quadrant of the Churchilllaan x Vijf Meilaan crossing (" + ZW + ")")),
    dict(id="diamantplein", name="Diamantplein", ring=box(91840, 463549, 91990, 463629), accuracy_m=75,
         source=dict(geometry="Around Diamantplein 1, 54 and 55 and Opaalstraat 1 (liquor-store list, Jumbo store list, " + ATM + "; three sources within 54 m)")),
    dict(id="kopermolen", name="Kopermolen", ring=box(94626, 465678, 94786, 465798), accuracy_m=75,
         floor_area_m2=10000, floor_area_basis="not stated (wvo or bvo)", shops=40, planned_dwellings=150,
         source=dict(geometry="Around Kopermolen 7 and 44 (" + ATM + ", spread 62 m); Ketelmeerlaan on the south side, Merenpark on the north (eupdesign.net)",
                     floor_area_m2="https://www.eupdesign.net/en/kopermolen", shops="https://www.eupdesign.net/en/kopermolen ('more than 40')",
                     planned_dwellings="schuurman1942.nl 2023-02: about 150 dwellings agreed in 2017 (other sources: 75-100)")),
    dict(id="stevensbloem", name="Stevensbloem", ring=box(91036, 462895, 91186, 463005), accuracy_m=100,
         dwellings_above=97,
         source=dict(geometry="Around Stevensbloem 11 (" + ATM + ", ING 2017 and Geldmaat 2021 agree to 8 m)",
                     dwellings_above="bewonersvereniging-stevensbloem.webnode.nl, Schouw 2016")),
]

HOUSING = [
    dict(id="stationsgebied", name="Stationsgebied", ring=box(92950, 464440, 93450, 464800), accuracy_m=150,
         planned_dwellings_min=1000, planned_dwellings_max=1250, figures_year=2022,
         source=dict(geometry="Around Leiden Centraal (52.16639 N, 4.48222 E) and the city-side geocodes (Stationsplein 3, Stationsweg 44, Ballonstraat 159G, Schuttersveld 18); Molen De Valk (molendatabase.nl) marks the city-side edge",
                     planned_dwellings="citynieuws.nl (gebiedsvisie Stationsgebied: 1,000-1,250 extra dwellings; older: 700-1,000, investereninleiden.nl)")),
    dict(id="wernink", name="Wernink", ring=along_track(670, 930, 30, 147), accuracy_m=300,
         planned_dwellings_min=600, planned_dwellings_max=643, figures_year=2023,
         source=dict(geometry="'tussen het treinspoor en het water van de Rijn' (Sleutelstad 2023-02-16): east of the railway Leiden Centraal - De Vink, north-east of and adjoining the Amphoraweg; about 3 ha (nu.nl 2021)",
                     planned_dwellings="Maximum 643 dwellings: bestemmingsplan Wernink, ontwerp NL.IMRO.0546.BP00191-0201 (Sleutelstad 2023-02-16); 600-750 in the 2021 decision (nu.nl)")),
    dict(id="lammenschans", name="Lammenschans", ring=DRIEHOEK, accuracy_m=250,
         hectares_stated=19.0, planned_dwellings_min=1400, planned_dwellings_max=2000, figures_year=2021,
         source=dict(geometry="Lammenschansdriehoek Oost, 'de driehoek tussen de Lammenschansweg, de Kanaalweg en het spoor Leiden-Utrecht' (gemeente Leiden bewonersbrief 2020-259), with Lammenschans station (52.14694 N, 4.49278 E) just outside its north-west corner and the Leidse Schans campus marker inside",
                     hectares_stated="pietervanwoensel.wordpress.com 2012-10-25 ('zo'n 19 hectare')",
                     planned_dwellings="Minimum: about 1,400 on the strip (nu.nl 2021-04: Hof36 444, Zirro 300, Schouls 400, Kempeneers/Omega 274); maximum: more than 2,000 regular dwellings in the 2016 plan (nu.nl)")),
    dict(id="willem-de-zwijgerlaan", name="Willem de Zwijgerlaan", ring=box(94900, 464560, 95350, 464960), accuracy_m=300,
         planned_dwellings_min=1400, planned_dwellings_max=1450, figures_year=2024,
         source=dict(geometry="Park de Zwijger, along the Willem de Zwijgerlaan from the Kooilaan junction east to the IJsselmeerlaan/Sumatrastraat (gemeente.leiden.nl); north-east of the Kooiplein geocodes, north of De Waard across the Oude Rijn",
                     planned_dwellings="Sleutelstad 2024-04-25: about 600 + about 800 replacing 469 flats; plus 50 'Touw' (gemeente.leiden.nl)")),
]


def wgs84_ring(ring):
    ring = list(ring) + [ring[0]]
    area = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        area += x0 * y1 - x1 * y0
    if area < 0:
        ring.reverse()  # RFC 7946: exterior counter-clockwise
    return [[round(v, 7) for v in TO_WGS84.transform(x, y)] for x, y in ring]


def to_feature(item, kind):
    props = {k: v for k, v in item.items() if k not in ("ring", "rings")}
    props["kind"] = kind
    if "rings" in item:
        geometry = {"type": "MultiPolygon", "coordinates": [[wgs84_ring(r)] for r in item["rings"]]}
    else:
        geometry = {"type": "Polygon", "coordinates": [wgs84_ring(item["ring"])]}
    return {"type": "Feature", "id": item["id"], "properties": dict(sorted(props.items())), "geometry": geometry}


def write(name, kind, items):
    # One feature per line: readable diffs, and still plain RFC 7946 JSON.
    features = ",\n".join(json.dumps(to_feature(i, kind), ensure_ascii=False) for i in items)
    text = '{"type": "FeatureCollection", "features": [\n' + features + "\n]}\n"
    (HERE / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write("bedrijventerreinen.geojson", "bedrijventerrein", PARKS)
    write("milieuzones.geojson", "milieuzone", ZONES)
    write("wijkwinkelcentra.geojson", "wijkwinkelcentrum", CENTRES)
    write("woningbouwlocaties.geojson", "woningbouwlocatie", HOUSING)
