import RuimteDomain

/// The metrics' definitions for the reports, their accuracy bands, and the reasons behind a
/// park's signal (notebooks-md/metrics.md has the full definitions with sources).
extension Label {
    static let definitionBP2 = Label(
        "definition.bp2",
        en:
            "planned dwellings within the richtafstand: Σ planned dwellings × share of each housing site inside the "
            + "union "
            + "of the zones' richtafstand contours (low-high)",
        nl:
            "geplande woningen binnen de richtafstand: Σ geplande woningen × aandeel van elke woningbouwlocatie "
            + "binnen de "
            + "vereniging van de richtafstandscontouren van de zones (laag-hoog)")
    static let definitionBP3 = Label(
        "definition.bp3",
        en: "milieucategorie steps lost: steps between the zoned category and the heaviest category nearby housing "
            + "permits, at both ends of the accuracy range",
        nl:
            "verloren stappen milieucategorie: stappen tussen de bestemde categorie en de zwaarste categorie die "
            + "nabije "
            + "woningbouw toelaat, aan beide kanten van de nauwkeurigheidsmarge")
    static let definitionBP4 = Label(
        "definition.bp4", en: "constrained share: share of the park inside the richtafstand of housing (0-1)",
        nl: "beperkt aandeel: aandeel van het terrein binnen de richtafstand van woningbouw (0-1)")
    static let definitionBP5 = Label(
        "definition.bp5",
        en: "facing housing: share of the park's perimeter within the gemengd richtafstand of its heaviest category of "
            + "housing (0-1)",
        nl:
            "naar woningbouw gekeerd: aandeel van de terreinrand binnen de richtafstand (gemengd gebied) van de "
            + "zwaarste "
            + "categorie tot woningbouw (0-1)")
    static let definitionBP6 = Label(
        "definition.bp6", en: "jobs per hectare: jobs ÷ hectares (IBIS netto, else stated, else the outline)",
        nl: "arbeidsplaatsen per hectare: arbeidsplaatsen ÷ hectares (IBIS netto, anders opgegeven, anders de contour)")
    static let definitionBP7 = Label(
        "definition.bp7",
        en:
            "business land lost: area of the park under planned housing (ha), and whether the Zuid-Holland rule "
            + "requires "
            + "compensation",
        nl: "verloren bedrijfsgrond: oppervlakte van het terrein onder geplande woningbouw (ha), en of de regel van "
            + "Zuid-Holland compensatie vraagt")
    static let definitionSC1 = Label(
        "definition.sc1",
        en: "planned dwellings in the catchment: Σ planned dwellings × share of each housing site inside 300, 500 and "
            + "1000 m of the centre (hemelsbreed)",
        nl:
            "geplande woningen in het verzorgingsgebied: Σ geplande woningen × aandeel van elke woningbouwlocatie "
            + "binnen "
            + "300, 500 en 1000 m van het centrum (hemelsbreed)")
    static let definitionSC3 = Label(
        "definition.sc3",
        en: "catchment overlap: share of the centre's 500 m catchment inside other centres' catchments (0-1)",
        nl: "overlap van verzorgingsgebieden: aandeel van het verzorgingsgebied (500 m) van het centrum binnen die van "
            + "andere centra (0-1)")
    static let bandOutlines = Label(
        "band.outlines", en: "low-high from the outlines moved by their stated accuracy",
        nl: "laag-hoog uit de contouren verschoven met hun opgegeven nauwkeurigheid")
    static let bandSources = Label(
        "band.sources", en: "low-high from the sources' ranges of planned dwellings",
        nl: "laag-hoog uit de bandbreedte van geplande woningen in de bronnen")
    static let basisIBISNetto = Label("basis.ibis_netto", en: "netto (IBIS)", nl: "netto (IBIS)")
    static let basisStated = Label("basis.stated", en: "stated", nl: "opgegeven")
    static let basisOutline = Label("basis.outline", en: "bruto (outline)", nl: "bruto (contour)")
    /// {0}: a number of steps.
    static let reasonStepLost = Label(
        "reason.step_lost", en: "BP-3: zoned {0} milieucategorie step heavier than nearby housing permits",
        nl: "BP-3: {0} stap milieucategorie zwaarder bestemd dan nabije woningbouw toelaat")
    /// {0}: a number of steps.
    static let reasonStepsLost = Label(
        "reason.steps_lost", en: "BP-3: zoned {0} milieucategorie steps heavier than nearby housing permits",
        nl: "BP-3: {0} stappen milieucategorie zwaarder bestemd dan nabije woningbouw toelaat")
    /// {0}, {1}: the least and most steps lost.
    static let reasonStepsUndetermined = Label(
        "reason.steps_undetermined", en: "BP-3: {0} to {1} steps lost; the outlines are too inaccurate to decide",
        nl: "BP-3: {0} tot {1} stappen verloren; de contouren zijn te onnauwkeurig om te beslissen")
    static let reasonNoCategory = Label(
        "reason.no_category", en: "no milieucategorie stated: milieuzonering cannot be assessed",
        nl: "geen milieucategorie opgegeven: de milieuzonering is niet te beoordelen")
    /// {0}: a percentage.
    static let reasonConstrained = Label(
        "reason.constrained", en: "BP-4: {0}% of the park lies within the richtafstand of housing",
        nl: "BP-4: {0}% van het terrein ligt binnen de richtafstand van woningbouw")
    /// {0}: hectares.
    static let reasonCompensation = Label(
        "reason.compensation",
        en:
            "BP-7: {0} ha of business land under planned housing needs compensation (compensation sites are not "
            + "modelled)",
        nl: "BP-7: {0} ha bedrijfsgrond onder geplande woningbouw vraagt compensatie (compensatielocaties zijn niet "
            + "gemodelleerd)")
    /// {0}, {1}: percentages.
    static let reasonConstrainedOpen = Label(
        "reason.constrained_open",
        en: "BP-4: at the outlines' accuracy {0}% to {1}% of the park lies within the richtafstand of housing, "
            + "across the threshold",
        nl: "BP-4: bij de nauwkeurigheid van de contouren ligt {0}% tot {1}% van het terrein binnen de richtafstand "
            + "van woningbouw, over de drempel heen")
    /// {0}, {1}: hectares.
    static let reasonCompensationOpen = Label(
        "reason.compensation_open",
        en: "BP-7: at the outlines' accuracy the loss lies between {0} and {1} ha, so whether it needs compensation is "
            + "undetermined",
        nl:
            "BP-7: bij de nauwkeurigheid van de contouren ligt het verlies tussen {0} en {1} ha, dus of het "
            + "compensatie vraagt is onbepaald")
    static let reasonNoLandForSale = Label(
        "reason.no_land_for_sale", en: "no land terstond uitgeefbaar (IBIS)",
        nl: "geen grond terstond uitgeefbaar (IBIS)")
    static let reasonNone = Label(
        "reason.none", en: "no signal of pressure at this data's accuracy",
        nl: "geen signaal van ruimtedruk bij de nauwkeurigheid van deze gegevens")
}

extension PressureReason {
    /// The reason for people, with its values.
    public var phrase: Phrase {
        switch self {
        case .stepsLost(let n): (n == 1 ? Label.reasonStepLost : .reasonStepsLost)(.number(Double(n), 0))
        case .stepsUndetermined(let low, let high):
            Label.reasonStepsUndetermined(.number(Double(low), 0), .number(Double(high), 0))
        case .noCategory: Label.reasonNoCategory()
        case .constrained(let share): Label.reasonConstrained(.number(share * 100, 0))
        case .compensationRequired(let ha): Label.reasonCompensation(.number(ha, 2))
        case .constrainedOpen(let low, let high):
            Label.reasonConstrainedOpen(.number(low * 100, 0), .number(high * 100, 0))
        case .compensationOpen(let low, let high): Label.reasonCompensationOpen(.number(low, 2), .number(high, 2))
        case .noLandForSale: Label.reasonNoLandForSale()
        case .none: Label.reasonNone()
        }
    }
}

extension DensityBasis {
    /// What BP-6 divides by, for people.
    var label: Label {
        switch self {
        case .ibisNetto: .basisIBISNetto
        case .stated: .basisStated
        case .outline: .basisOutline
        }
    }
}
