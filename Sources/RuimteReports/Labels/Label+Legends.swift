/// What a short column header means, printed under people's tables.
extension Label {
    static let legendComputedArea = Label(
        "legend.computed_area", en: "computed from the outline in RD New (EPSG:28992)",
        nl: "berekend uit de contour in RD New (EPSG:28992)")
    static let legendStated = Label("legend.stated", en: "as a source gives it", nl: "zoals een bron het geeft")
    static let legendAccuracy = Label(
        "legend.accuracy", en: "positional accuracy of the outline; see geodata/README.md",
        nl: "plaatsnauwkeurigheid van de contour; zie geodata/README.md")
    static let legendShareOfA = Label(
        "legend.share_of_a", en: "share of site a's area (0-1)", nl: "aandeel van de oppervlakte van locatie a (0-1)")
    static let legendShareOfB = Label(
        "legend.share_of_b", en: "share of site b's area (0-1)", nl: "aandeel van de oppervlakte van locatie b (0-1)")
    static let legendSummedAccuracy = Label(
        "legend.summed_accuracy", en: "summed positional accuracy of the two outlines; see geodata/README.md",
        nl: "opgetelde plaatsnauwkeurigheid van beide contouren; zie geodata/README.md")
    static let legendEdge = Label(
        "legend.edge", en: "shortest straight line between the outlines, 0 when they touch or overlap",
        nl: "kortste rechte lijn tussen de contouren, 0 als ze raken of overlappen")
    static let legendWithin = Label(
        "legend.within", en: "undetermined: the accuracy leaves the distance on either side",
        nl: "onbepaald: bij deze nauwkeurigheid kan de afstand aan beide kanten van de grens liggen")
    static let legendZoneCategory = Label(
        "legend.zone_category", en: "milieucategorie of the zone", nl: "milieucategorie van de zone")
    static let legendRequired = Label(
        "legend.required", en: "the richtafstand for the category and the housing's area type",
        nl: "de richtafstand voor de categorie en het omgevingstype van de woningbouw")
    static let legendActual = Label(
        "legend.actual", en: "shortest distance from the zone to the housing site",
        nl: "kortste afstand van de zone tot de woningbouwlocatie")
    static let legendZoningVerdict = Label(
        "legend.zoning_verdict",
        en:
            "conflict: strictly closer than the richtafstand (exactly at it complies; decided by distance, not by "
            + "buffer "
            + "contours); undetermined: at this accuracy the true distance may lie on either side",
        nl:
            "conflict: dichterbij dan de richtafstand (precies erop voldoet; beslist op afstand, niet op "
            + "buffercontouren); "
            + "onbepaald: bij deze nauwkeurigheid kan de werkelijke afstand aan beide kanten liggen")
    /// {0}: BP-4's threshold.
    static let legendSignal = Label(
        "legend.signal",
        en: "red = BP-3 > 0 (zoned heavier than nearby housing permits); orange = BP-4 > {0}, or business land lost "
            + "that needs compensation, or no land terstond uitgeefbaar; undetermined = the accuracy leaves BP-3 or "
            + "BP-7's compensation open; "
            + "no weighted score",
        nl: "rood = BP-3 > 0 (zwaarder bestemd dan nabije woningbouw toelaat); oranje = BP-4 > {0}, of verlies van "
            + "bedrijfsgrond dat compensatie vraagt, of geen grond terstond uitgeefbaar; onbepaald = de nauwkeurigheid "
            + "laat BP-3 of de compensatie van BP-7 open; geen gewogen score")
    static let legendMaxCategory = Label(
        "legend.max_category", en: "heaviest milieucategorie zoned", nl: "zwaarste bestemde milieucategorie")
    static let legendBP3 = Label(
        "legend.bp3", en: "milieucategorie steps lost to nearby housing; a range is undetermined at this accuracy",
        nl: "stappen milieucategorie verloren aan nabije woningbouw; een bereik is onbepaald bij deze nauwkeurigheid")
    static let legendBP4 = Label(
        "legend.bp4", en: "share of the park within the richtafstand of housing (0-1)",
        nl: "aandeel van het terrein binnen de richtafstand van woningbouw (0-1)")
    static let legendBP5 = Label(
        "legend.bp5", en: "share of the park's edge facing housing (0-1)",
        nl: "aandeel van de terreinrand dat naar woningbouw kijkt (0-1)")
    static let legendBP2 = Label(
        "legend.bp2", en: "planned dwellings within the richtafstand of any zone (low-high)",
        nl: "geplande woningen binnen de richtafstand van een zone (laag-hoog)")
    static let legendBP6 = Label("legend.bp6", en: "jobs per hectare", nl: "arbeidsplaatsen per hectare")
    static let legendBP7 = Label(
        "legend.bp7", en: "business land under planned housing", nl: "bedrijfsgrond onder geplande woningbouw")
    static let legendBandOutlines = Label(
        "legend.band_outlines",
        en: "the metric from the outlines at their stated accuracy and the category range (low-high)",
        nl: "de maat uit de contouren bij hun opgegeven nauwkeurigheid en het bereik van de categorie (laag-hoog)")
    static let legendBP4Band = Label(
        "legend.bp4_band",
        en: "BP-4 from the lightest category's richtafstand less the outlines' summed accuracy to the heaviest's plus "
            + "it (low-high); orange only where the whole band lies above the threshold",
        nl: "BP-4 van de richtafstand van de lichtste categorie min de opgetelde nauwkeurigheid tot die van de "
            + "zwaarste plus die (laag-hoog); oranje alleen waar de hele band boven de drempel ligt")
    static let legendBP6Band = Label(
        "legend.bp6_band",
        en: "BP-6 over the outline grown to shrunk by its stated accuracy (low-high), ∞ where that shrinks the park "
            + "away; stated or IBIS hectares do not move with the outline",
        nl: "BP-6 over de contour vergroot tot verkleind met haar opgegeven nauwkeurigheid (laag-hoog), ∞ waar het "
            + "terrein daarbij verdwijnt; opgegeven of IBIS-hectares bewegen niet mee met de contour")
    static let legendBP7Band = Label(
        "legend.bp7_band",
        en: "BP-7 from the outlines shrunk to grown by their stated accuracy (low-high); the compensation verdict "
            + "holds only where both ends give it",
        nl: "BP-7 van de contouren verkleind tot vergroot met hun opgegeven nauwkeurigheid (laag-hoog); het oordeel "
            + "over compensatie geldt alleen waar beide uitersten het geven")
    static let legendBP7Compensation = Label(
        "legend.bp7_compensation", en: "whether that loss needs compensation (Zuid-Holland rule)",
        nl: "of dat verlies compensatie vraagt (regel Zuid-Holland)")
    static let legendSC3Band = Label(
        "legend.sc3_band",
        en: "SC-3 with the other centres' catchments shrunk to grown by the two centres' summed accuracy (low-high)",
        nl: "SC-3 met de verzorgingsgebieden van de andere centra verkleind tot vergroot met de opgetelde "
            + "nauwkeurigheid van beide centra (laag-hoog)")
    /// {0}: SC-3's catchment radius in metres.
    static let legendSC3 = Label(
        "legend.sc3", en: "share of the centre's {0} m catchment shared with other centres' (0-1)",
        nl: "aandeel van het verzorgingsgebied ({0} m) dat met andere centra wordt gedeeld (0-1)")
    static let legendBusinessLand = Label(
        "legend.business_land", en: "business land: the parks' outlines",
        nl: "bedrijfsgrond: de contouren van de terreinen")
    static let legendCompensationParks = Label(
        "legend.compensation_parks",
        en: "parks whose loss needs compensation (the Zuid-Holland rule of BP-7; compensation sites are not modelled)",
        nl:
            "terreinen waarvan het verlies compensatie vraagt (regel Zuid-Holland van BP-7; compensatielocaties "
            + "zijn niet "
            + "gemodelleerd)")
    static let legendPlannedDwellings = Label(
        "legend.planned_dwellings", en: "planned dwellings (low-high)", nl: "geplande woningen (laag-hoog)")
    static let legendDwellingsNearZones = Label(
        "legend.dwellings_near_zones",
        en: "planned dwellings inside any zone's richtafstand contour, apportioned by area, each counted once",
        nl:
            "geplande woningen binnen de richtafstandscontour van een zone, naar oppervlakte verdeeld, elk één keer "
            + "geteld"
    )
    static let legendMetricCodes = Label(
        "legend.metric_codes", en: "BP and SC codes as in `ruimte pressure`; cat. = milieucategorie",
        nl: "BP- en SC-codes als in `ruimte pressure`; cat. = milieucategorie")
    static let legendVariantNumber = Label(
        "legend.variant_number", en: "the variant by number (listed below)",
        nl: "de variant naar nummer (hieronder genoemd)")
}
