"""Kadaster LV BAG 2.0 extract XML (the 'standlevering' of GDAL's LVBAG driver and the Kadaster
schemas v20200601), written for tests and the notebooks' example data: one `sl:stand` per voorkomen.
"""
NS = {"Objecten": "www.kadaster.nl/schemas/lvbag/imbag/objecten/v20200601",
      "Historie": "www.kadaster.nl/schemas/lvbag/imbag/historie/v20200601",
      "gml": "http://www.opengis.net/gml/3.2"}
HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<sl-bag-extract:bagStand xmlns:Objecten="{Objecten}" xmlns:gml="{gml}" xmlns:Historie="{Historie}"
 xmlns:sl-bag-extract="http://www.kadaster.nl/schemas/lvbag/extract-deelbestand-lvc/v20200601"
 xmlns:sl="http://www.kadaster.nl/schemas/standlevering-generiek/1.0"
 xmlns:selecties-extract="http://www.kadaster.nl/schemas/lvbag/extract-selecties/v20200601">
<sl-bag-extract:bagInfo><selecties-extract:LVC-Extract><selecties-extract:StandTechnischeDatum>2026-11-01</selecties-extract:StandTechnischeDatum></selecties-extract:LVC-Extract></sl-bag-extract:bagInfo>
<sl:standBestand><sl:dataset>LVBAG</sl:dataset><sl:inhoud><sl:gebied>GEMEENTE</sl:gebied><sl:leveringsId>1</sl:leveringsId>
<sl:objectTypen><sl:objectType>PND</sl:objectType></sl:objectTypen></sl:inhoud>
""".format(**NS)


def voorkomen(ident, number, status, year, begin, end, ring, inactive=None):
    pos = " ".join(f"{x:.3f} {y:.3f} 0.0" for x, y in ring)
    e = f"<Historie:eindGeldigheid>{end}</Historie:eindGeldigheid>" if end else ""
    i = f"<Historie:tijdstipInactief>{inactive}</Historie:tijdstipInactief>" if inactive else ""
    return f"""<sl:stand><sl-bag-extract:bagObject><Objecten:Pand>
<Objecten:identificatie domein="NL.IMBAG.Pand">{ident}</Objecten:identificatie>
<Objecten:geometrie><gml:Polygon srsName="urn:ogc:def:crs:EPSG::28992" srsDimension="3"><gml:exterior><gml:LinearRing>
<gml:posList count="{len(ring)}">{pos}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></Objecten:geometrie>
<Objecten:oorspronkelijkBouwjaar>{year}</Objecten:oorspronkelijkBouwjaar><Objecten:status>{status}</Objecten:status>
<Objecten:geconstateerd>N</Objecten:geconstateerd><Objecten:documentdatum>{begin}</Objecten:documentdatum>
<Objecten:documentnummer>D{number}</Objecten:documentnummer><Objecten:voorkomen><Historie:Voorkomen>
<Historie:voorkomenidentificatie>{number}</Historie:voorkomenidentificatie><Historie:beginGeldigheid>{begin}</Historie:beginGeldigheid>{e}
<Historie:tijdstipRegistratie>{begin}T09:00:00.000</Historie:tijdstipRegistratie>{i}
<Historie:BeschikbaarLV><Historie:tijdstipRegistratieLV>{begin}T09:00:00.000</Historie:tijdstipRegistratieLV></Historie:BeschikbaarLV>
</Historie:Voorkomen></Objecten:voorkomen></Objecten:Pand></sl-bag-extract:bagObject></sl:stand>
"""


TAIL = "</sl:standBestand></sl-bag-extract:bagStand>\n"
