"""An IMRO2012 bestemmingsplan GML as ruimtelijkeplannen.nl delivers one (namespace
http://www.geonovum.nl/imro/2012/1.1, objects with NEN3610ID, gml:Surface geometry of
PolygonPatches with LineStringSegment and Arc), written for the tests: a Bedrijf bestemming with a
semicircular side and a functieaanduiding "bedrijf tot en met categorie 3.1", a Wonen bestemming
(a CurvePolygon of straight segments), a Bedrijventerrein elsewhere, a maatvoering "maximum
bebouwingspercentage (%)" of 60 and the plan area. Returns the text and the shapes (shapely).
"""
import math
from shapely.geometry import Point, Polygon, box

PLAN = "NL.IMRO.0546.BPtest-0301"


def _pos(points):
    return " ".join(f"{x} {y}" for x, y in points)


def _surface(gid, ring=None, line=None, arc=None):
    if ring is not None:
        segments = f"<gml:LineStringSegment><gml:posList>{_pos(ring)}</gml:posList></gml:LineStringSegment>"
    else:
        segments = (f"<gml:LineStringSegment><gml:posList>{_pos(line)}</gml:posList></gml:LineStringSegment>"
                    f"<gml:Arc><gml:posList>{_pos(arc)}</gml:posList></gml:Arc>")
    return (f'<gml:Surface gml:id="{gid}" srsName="urn:ogc:def:crs:EPSG::28992"><gml:patches><gml:PolygonPatch>'
            f'<gml:exterior><gml:Ring><gml:curveMember><gml:Curve gml:id="{gid}c"><gml:segments>{segments}'
            '</gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior></gml:PolygonPatch></gml:patches>'
            '</gml:Surface>')


def _ident(lid):
    return (f"<imro:identificatie><imro:NEN3610ID><imro:namespace>NL.IMRO</imro:namespace><imro:lokaalID>{lid}"
            "</imro:lokaalID></imro:NEN3610ID></imro:identificatie>")


def _member(kind, lid, inner, geometry):
    return (f'<imro:featureMember><imro:{kind} gml:id="NL.IMRO.{lid}">{_ident(lid)}{inner}<imro:geometrie>{geometry}'
            f'</imro:geometrie><imro:plangebied xlink:href="#{PLAN}"/></imro:{kind}></imro:featureMember>')


def square(x, y, w, h):
    return [(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)]


def plan(x, y):
    """The plan with its lower left corner at RD (x, y)."""
    line = [(x + 200, y + 200), (x, y + 200), (x, y), (x + 200, y)]
    arc = [(x + 200, y), (x + 300, y + 100), (x + 200, y + 200)]
    half_disc = Point(x + 200, y + 100).buffer(100, quad_segs=4096).intersection(box(x + 200, y, x + 400, y + 200))
    bedrijf = Polygon(line).union(half_disc)
    aanduiding = box(x + 10, y + 10, x + 110, y + 110)
    maat = box(x, y, x + 200, y + 200)
    enkel = "<imro:typePlanobject>enkelbestemming</imro:typePlanobject><imro:naam>{}</imro:naam>" \
            "<imro:bestemmingshoofdgroep>{}</imro:bestemmingshoofdgroep><imro:artikelnummer>3</imro:artikelnummer>"
    body = _member("Enkelbestemming", "0546.EP1", enkel.format("Bedrijf", "bedrijf"), _surface("g1", line=line, arc=arc))
    body += _member("Enkelbestemming", "0546.EP2", enkel.format("Wonen", "wonen"), _surface("g2", square(x, y + 250, 200, 100)))
    body += _member("Functieaanduiding", "0546.FA1",
                    "<imro:typePlanobject>functieaanduiding</imro:typePlanobject><imro:naam>bedrijf tot en met categorie "
                    "3.1</imro:naam><imro:aanduidinghoofdgroep>bedrijf</imro:aanduidinghoofdgroep>",
                    _surface("g3", list(aanduiding.exterior.coords)))
    body += _member("Maatvoering", "0546.MP1",
                    "<imro:typePlanobject>maatvoering</imro:typePlanobject><imro:naam>maximum bebouwingspercentage (%)"
                    "</imro:naam><imro:maatvoeringInfo><imro:WaardeEnType><imro:waarde>60</imro:waarde><imro:waardeType>"
                    "maximum bebouwingspercentage (%)</imro:waardeType></imro:WaardeEnType></imro:maatvoeringInfo>",
                    _surface("g4", list(maat.exterior.coords)))
    area = (f'<imro:featureMember><imro:Bestemmingsplangebied gml:id="{PLAN}"><imro:typePlan>bestemmingsplan</imro:typePlan>'
            f'<imro:naam>Testplan</imro:naam><imro:geometrie>{_surface("g5", square(x - 10, y - 10, 420, 400))}'
            '</imro:geometrie></imro:Bestemmingsplangebied></imro:featureMember>')
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<imro:FeatureCollectionIMRO gml:id="Collectie" '
            'xmlns:imro="http://www.geonovum.nl/imro/2012/1.1" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://www.geonovum.nl/imro/2012/1.1 http://schemas.geonovum.nl/imro/2012/1.1/IMRO2012.xsd">'
            f"{body}{area}</imro:FeatureCollectionIMRO>\n")
    return text, {"bedrijf": bedrijf, "aanduiding": aanduiding, "maatvoering": maat, "exact_half_disc": math.pi * 100 ** 2 / 2}
