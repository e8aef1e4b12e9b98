import RuimteDomain

/// Labels of `ruimte constraints`: tables, columns, verdicts and notes.
extension Label {
    static let tableConstraintSites = Label(
        "table.constraint_sites", en: "Constraints on housing sites", nl: "Beperkingen op woningbouwlocaties")
    static let tableConstraintKinds = Label(
        "table.constraint_kinds", en: "Verdict per kind of constraint", nl: "Oordeel per soort beperking")
    static let tableBuildableHeadroom = Label(
        "table.buildable_headroom", en: "Buildable headroom per housing site",
        nl: "Bebouwbare ruimte per woningbouwlocatie")
    static let tableConstraintParks = Label(
        "table.constraint_parks", en: "Constraints on business parks", nl: "Beperkingen op bedrijventerreinen")
    static let reportConstraints = Label(
        "report.constraints", en: "Constraints beyond milieuzonering",
        nl: "Beperkingen naast "
            + "milieuzonering")
    static let columnConstraint = Label("column.constraint", en: "constraint", nl: "beperking")
    static let columnConstraintKind = Label("column.constraint_kind", en: "kind", nl: "soort")
    static let columnEffect = Label("column.effect", en: "effect", nl: "werking")
    static let columnLden = Label("column.lden_db", en: "Lden (dB)", nl: "Lden (dB)")
    static let columnAandachtsgebied = Label("column.aandachtsgebied", en: "aandachtsgebied", nl: "aandachtsgebied")
    static let columnInsideHa = Label("column.inside_ha", en: "inside (ha)", nl: "binnen (ha)")
    static let columnInsideM2 = Label("column.inside_m2", en: "inside (m²)", nl: "binnen (m²)")
    static let columnBuildableM2 = Label("column.buildable_m2", en: "buildable (m²)", nl: "bebouwbaar (m²)")
    static let columnInsideBandHa = Label("column.inside_band_ha", en: "inside ± (ha)", nl: "binnen ± (ha)")
    static let columnDwellingsInside = Label("column.dwellings_inside", en: "dwellings", nl: "woningen")
    static let columnDwellingsInsideBand = Label("column.dwellings_inside_band", en: "dwellings ±", nl: "woningen ±")
    static let columnVerdictShort = Label("column.constraint_verdict", en: "verdict", nl: "oordeel")
    static let columnRule = Label("column.rule", en: "rule", nl: "regel")
    static let columnConstraints = Label("column.constraints", en: "constraints", nl: "beperkingen")
    static let columnBuildableHa = Label("column.buildable_ha", en: "buildable (ha)", nl: "bebouwbaar (ha)")
    static let columnBuildableShare = Label("column.buildable_share", en: "share", nl: "aandeel")
    static let columnBuildableBandHa = Label(
        "column.buildable_band_ha", en: "buildable ± (ha)", nl: "bebouwbaar ± (ha)")
    static let columnLimitedBy = Label("column.limited_by", en: "limited by", nl: "beperkt door")
    static let columnParkShare = Label("column.park_share", en: "share of park", nl: "aandeel van terrein")
    static let constraintClear = Label("constraint.clear", en: "clear", nl: "vrij")
    static let constraintSoft = Label("constraint.soft", en: "soft", nl: "zacht")
    static let constraintHard = Label("constraint.hard", en: "hard", nl: "hard")
    static let effectHard = Label("effect.hard", en: "hard", nl: "hard")
    static let effectSoft = Label("effect.soft", en: "soft", nl: "zacht")
    static let legendConstraintVerdict = Label(
        "legend.constraint_verdict",
        en: "hard: a hard constraint lies on the site for certain (no new sensitive function there); soft: only soft "
            + "ones do (allowed with a motivation or measures); clear: none reaches the site even with the outlines "
            + "moved by their accuracy; undetermined: that depends on where the true outlines lie",
        nl: "hard: een harde beperking ligt zeker op de locatie (geen nieuwe gevoelige functie daar); zacht: alleen "
            + "zachte (toegestaan met motivering of maatregelen); vrij: geen enkele reikt tot de locatie, ook niet "
            + "met de contouren verschoven over hun nauwkeurigheid; onbepaald: dat hangt af van waar de werkelijke "
            + "contouren liggen")
    static let legendInsideBand = Label(
        "legend.inside_band",
        en: "the constraint shrunk to grown by the summed accuracy of constraint and site (low-high)",
        nl: "de beperking verkleind tot vergroot met de opgetelde nauwkeurigheid van beperking en locatie (laag-hoog)")
    static let legendDwellingsInside = Label(
        "legend.dwellings_inside", en: "planned dwellings inside, by the share of the site's area (low-high)",
        nl: "geplande woningen erbinnen, naar het aandeel van de oppervlakte van de locatie (laag-hoog)")
    static let legendBuildable = Label(
        "legend.buildable",
        en: "the site outside every hard constraint and outside the richtafstand contour of every milieuzone "
            + "(heaviest category)",
        nl: "de locatie buiten elke harde beperking en buiten de richtafstandscontour van elke milieuzone "
            + "(zwaarste categorie)")
    static let legendBuildableBand = Label(
        "legend.buildable_band",
        en: "hard constraints grown and contours at the heaviest category plus the summed accuracy (low) to hard "
            + "constraints shrunk and contours at the lightest category less it (high)",
        nl: "harde beperkingen vergroot en contouren bij de zwaarste categorie plus de opgetelde nauwkeurigheid "
            + "(laag) tot harde beperkingen verkleind en contouren bij de lichtste categorie min die (hoog)")
    static let legendBuildableDwellings = Label(
        "legend.buildable_dwellings", en: "planned dwellings on the buildable part, at the site's planned density",
        nl: "geplande woningen op het bebouwbare deel, bij de geplande dichtheid van de locatie")
    /// {0}: the richtafstanden table's source.
    static let noteConstraintRules = Label(
        "note.constraint_rules",
        en: "rule sets: richtafstanden {0}; Bkl art. 3.32 (geluid: 50 dB Lden on a geluidgevoelig gebouw), art. 5.7 "
            + "(plaatsgebonden risico 10⁻⁶ per year) and art. 5.15 (aandachtsgebieden brand, explosie, gifwolk), "
            + "art. 5.91 (geur); the contours are as the constraint layers give them",
        nl: "regelsets: richtafstanden {0}; Bkl art. 3.32 (geluid: 50 dB Lden op een geluidgevoelig gebouw), art. 5.7 "
            + "(plaatsgebonden risico 10⁻⁶ per jaar) en art. 5.15 (aandachtsgebieden brand, explosie, gifwolk), "
            + "art. 5.91 (geur); de contouren zoals de beperkingenlagen ze geven")
}

extension ConstraintVerdict {
    /// People's word.
    var label: Label {
        switch self {
        case .clear: .constraintClear
        case .soft: .constraintSoft
        case .hard: .constraintHard
        case .undetermined: .verdictUndetermined
        }
    }
}

extension ConstraintEffect {
    /// People's word.
    var label: Label { self == .hard ? .effectHard : .effectSoft }
}
