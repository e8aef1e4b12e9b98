/// Dutch for every fixed header, title, legend, verdict and note Ruimte writes for people;
/// the terms are the README glossary's. Texts built from the data (reasons, sources, file
/// names) are not in it and stay as written.
enum DutchVocabulary {
    /// Exact phrases.
    static let phrases: [String: String] = [
        // Table titles
        "Sites": "Locaties", "Overlaps": "Overlappingen", "Distances": "Afstanden", "Nearest sites": "Dichtstbijzijnde locaties",
        "Milieuzonering (indicative, VNG 2009)": "Milieuzonering (indicatief, VNG 2009)",
        "Space pressure per business park": "Ruimtedruk per bedrijventerrein",
        "Space pressure per shopping centre": "Ruimtedruk per wijkwinkelcentrum",
        "Headroom per park zone: where each milieucategorie may still go": "Ruimte per zone: waar elke milieucategorie nog kan",
        "Headroom per housing site: where dwellings may stand": "Ruimte per woningbouwlocatie: waar woningen kunnen staan",
        "Spacematrix per business park": "Spacematrix per bedrijventerrein",
        "Existing dwellings within the richtafstand": "Bestaande woningen binnen de richtafstand",
        "Existing dwellings per shopping-centre catchment": "Bestaande woningen per verzorgingsgebied",
        "Milieuzonering verdicts that change": "Milieuzonering: oordelen die veranderen",
        "Business land and dwellings": "Bedrijfsgrond en woningen",
        // Column headers
        "kind": "soort", "id": "id", "name": "naam", "area (ha)": "oppervlakte (ha)", "stated (ha)": "opgegeven (ha)",
        "figures": "kengetallen", "site a": "locatie a", "site b": "locatie b", "shared (m2)": "gedeeld (m2)",
        "shared (ha)": "gedeeld (ha)", "of a": "van a", "of b": "van b", "from": "van", "to": "naar", "edge (m)": "rand (m)",
        "centroids (m)": "zwaartepunten (m)", "site": "locatie", "nearest": "dichtstbij", "park": "terrein", "zone": "zone",
        "cat.": "cat.", "housing": "woningbouw", "area type": "omgevingstype", "req. (m)": "vereist (m)", "actual (m)": "werkelijk (m)",
        "shortfall (m)": "tekort (m)", "verdict": "oordeel", "why no data": "waarom geen gegevens", "signal": "signaal",
        "BP-7 comp.": "BP-7 comp.", "why": "waarom", "centre": "centrum", "nearest centre": "dichtstbijzijnde centrum",
        "distance (m)": "afstand (m)", "variant": "variant", "business (ha)": "bedrijfsgrond (ha)", "change (ha)": "verschil (ha)",
        "compensation": "compensatie", "var.": "var.", "the variant by number (listed below)": "de variant naar nummer (hieronder genoemd)", "dwellings": "woningen", "near zones": "nabij zones", "metric": "maat", "base": "basis",
        "zone (ha)": "zone (ha)", "allowed (ha)": "toegestaan (ha)", "undetermined (ha)": "onbepaald (ha)",
        "not allowed (ha)": "uitgesloten (ha)", "site (ha)": "totaal (ha)", "size (ha)": "grootte (ha)", "built (ha)": "bebouwd (ha)",
        "floor area (ha)": "vloeroppervlak (ha)", "richtafstand (m)": "richtafstand (m)", "dwellings within": "woningen binnen",
        "signal (ha)": "signaal (ha)",
        // People's labels of verdicts and codes
        "conflict": "conflict", "no conflict": "geen conflict", "undetermined": "onbepaald", "red": "rood", "orange": "oranje",
        "green": "groen", "no data": "geen gegevens", "no loss": "geen verlies", "required": "vereist", "exempt": "vrijgesteld",
        "within": "binnen", "beyond": "buiten", "no check": "geen toets", "all": "alle", "changed": "gewijzigd",
        "from no data": "nieuw", "to no data": "vervallen",
        // Legends
        "computed from the outline in RD New (EPSG:28992)": "berekend uit de contour in RD New (EPSG:28992)",
        "as a source gives it": "zoals een bron het geeft",
        "positional accuracy of the outline; see geodata/README.md": "plaatsnauwkeurigheid van de contour; zie geodata/README.md",
        "share of site a's area (0-1)": "aandeel van de oppervlakte van locatie a (0-1)",
        "share of site b's area (0-1)": "aandeel van de oppervlakte van locatie b (0-1)",
        "summed positional accuracy of the two outlines; see geodata/README.md": "opgetelde plaatsnauwkeurigheid van beide contouren; zie geodata/README.md",
        "shortest straight line between the outlines, 0 when they touch or overlap": "kortste rechte lijn tussen de contouren, 0 als ze raken of overlappen",
        "undetermined: the accuracy leaves the distance on either side": "onbepaald: de nauwkeurigheid laat de afstand aan beide kanten",
        "milieucategorie of the zone": "milieucategorie van de zone",
        "the richtafstand for the category and the housing's area type": "de richtafstand voor de categorie en het omgevingstype van de woningbouw",
        "shortest distance from the zone to the housing site": "kortste afstand van de zone tot de woningbouwlocatie",
        "conflict: strictly closer than the richtafstand (exactly at it complies; decided by distance, not by buffer contours); undetermined: at this accuracy the true distance may lie on either side":
            "conflict: dichterbij dan de richtafstand (precies erop voldoet; beslist op afstand, niet op buffercontouren); onbepaald: bij deze nauwkeurigheid kan de werkelijke afstand aan beide kanten liggen",
        "red = BP-3 > 0 (zoned heavier than nearby housing permits); orange = BP-4 > 0.25, or business land lost that needs compensation, or no land terstond uitgeefbaar; undetermined = the accuracy leaves BP-3 open; no weighted score":
            "rood = BP-3 > 0 (zwaarder bestemd dan nabije woningbouw toelaat); oranje = BP-4 > 0,25, of verlies van bedrijfsgrond dat compensatie vraagt, of geen grond terstond uitgeefbaar; onbepaald = de nauwkeurigheid laat BP-3 open; geen gewogen score",
        "heaviest milieucategorie zoned": "zwaarste bestemde milieucategorie",
        "milieucategorie steps lost to nearby housing; a range is undetermined at this accuracy": "stappen milieucategorie verloren aan nabije woningbouw; een bereik is onbepaald bij deze nauwkeurigheid",
        "share of the park within the richtafstand of housing (0-1)": "aandeel van het terrein binnen de richtafstand van woningbouw (0-1)",
        "share of the park's edge facing housing (0-1)": "aandeel van de terreinrand dat naar woningbouw kijkt (0-1)",
        "planned dwellings within the richtafstand of any zone (low-high)": "geplande woningen binnen de richtafstand van een zone (laag-hoog)",
        "jobs per hectare": "arbeidsplaatsen per hectare",
        "business land under planned housing": "bedrijfsgrond onder geplande woningbouw",
        "whether that loss needs compensation (Zuid-Holland rule)": "of dat verlies compensatie vraagt (regel Zuid-Holland)",
        "share of the centre's 500 m catchment shared with other centres' (0-1)": "aandeel van het verzorgingsgebied (500 m) dat met andere centra wordt gedeeld (0-1)",
        "business land: the parks' outlines": "bedrijfsgrond: de contouren van de terreinen",
        "parks whose loss needs compensation (the Zuid-Holland rule of BP-7; compensation sites are not modelled)":
            "terreinen waarvan het verlies compensatie vraagt (regel Zuid-Holland van BP-7; compensatielocaties zijn niet gemodelleerd)",
        "planned dwellings (low-high)": "geplande woningen (laag-hoog)",
        "planned dwellings inside any zone's richtafstand contour, apportioned by area, each counted once":
            "geplande woningen binnen de richtafstandscontour van een zone, naar oppervlakte verdeeld, elk één keer geteld",
        "BP and SC codes as in `ruimte pressure`; cat. = milieucategorie": "BP- en SC-codes als in `ruimte pressure`; cat. = milieucategorie",
        // Notes
        "–: no data": "–: geen gegevens",
        "figures: as the sources state them": "kengetallen: zoals de bronnen ze geven",
        "pairs with a positive shared area only; a shared strip narrower than the accuracy may not exist on the ground":
            "alleen paren met een gedeelde oppervlakte; een gedeelde strook smaller dan de nauwkeurigheid bestaat mogelijk niet in werkelijkheid",
        "BP-2 to BP-7 are defined with the report (notebooks-md/metrics.md); housing = the planned housing sites loaded":
            "BP-2 tot en met BP-7 staan gedefinieerd bij het rapport (notebooks-md/metrics.md); woningbouw = de geladen woningbouwlocaties",
        "catchments are hemelsbreed (straight-line) buffers of the centre's outline, not walking distance":
            "verzorgingsgebieden zijn hemelsbrede buffers om de contour van het centrum, geen loopafstand",
        "SC-1 r m: planned dwellings of the housing sites within r m of the centre (low-high), apportioned by the share of each site's area inside the catchment (areal interpolation), low-high as the sources' ranges":
            "SC-1 r m: geplande woningen van de woningbouwlocaties binnen r m van het centrum (laag-hoog), verdeeld naar het aandeel van elke locatie binnen het verzorgingsgebied (areaal interpoleren), laag-hoog volgens de bronnen",
        "hemelsbreed from the centre's outline": "hemelsbreed vanaf de contour van het centrum",
        // The report
        "Map of the sites, zoning contours and conflict segments": "Kaart van de locaties, richtafstandscontouren en conflictlijnen",
        "Headline: signal per business park": "Kern: signaal per bedrijventerrein", "Shopping centres": "Wijkwinkelcentra",
        "Nearest neighbours": "Dichtstbijzijnde buren", "Definitions": "Definities",
        // The map
        "Space for work and housing in Leiden": "Ruimte voor werken en wonen in Leiden",
        "business parks by space-pressure signal": "bedrijventerreinen naar ruimtedruksignaal",
        "park, red: zoned heavier than nearby housing permits": "terrein, rood: zwaarder bestemd dan nabije woningbouw toelaat",
        "park, orange: constrained, land lost or none for sale": "terrein, oranje: beperkt, grond verloren of niets uitgeefbaar",
        "park, green: no signal": "terrein, groen: geen signaal",
        "park, grey: undetermined at this accuracy": "terrein, grijs: onbepaald bij deze nauwkeurigheid",
        "park, white: no data (no milieucategorie)": "terrein, wit: geen gegevens (geen milieucategorie)",
        "woningbouwlocatie (housing site)": "woningbouwlocatie", "wijkwinkelcentrum (shopping centre)": "wijkwinkelcentrum",
        "richtafstand contour": "richtafstandscontour", "category": "categorie", "allowed": "toegestaan", "conflict: closer than the richtafstand": "conflict: dichterbij dan de richtafstand",
        "undetermined: may be either side": "onbepaald: kan aan beide kanten liggen",
        "Sites: geodata/README.md or the layers given; outlines accurate to": "Locaties: geodata/README.md of de opgegeven lagen; contouren nauwkeurig tot",
        "as stated per site; verdicts closer than that read undetermined.": "zoals per locatie opgegeven; oordelen binnen die marge zijn onbepaald.",
    ]

    /// Phrases that start a longer text with a number or name after them.
    static let prefixes: [(String, String)] = [
        ("within ", "binnen "), ("change ", "verschil "), ("why, ", "waarom, "),
        ("why no data, ", "waarom geen gegevens, "), ("figures, ", "kengetallen, "), ("variants: ", "varianten: "),
    ]
}
