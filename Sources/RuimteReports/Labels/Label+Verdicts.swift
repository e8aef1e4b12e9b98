import RuimteDomain

/// People's words for verdicts and other coded values; machines get the codes.
extension Label {
    static let verdictConflict = Label("verdict.conflict", en: "conflict", nl: "conflict")
    static let verdictNoConflict = Label("verdict.no_conflict", en: "no conflict", nl: "geen conflict")
    static let verdictUndetermined = Label("verdict.undetermined", en: "undetermined", nl: "onbepaald")
    static let verdictWithin = Label("verdict.within", en: "within", nl: "binnen")
    static let verdictBeyond = Label("verdict.beyond", en: "beyond", nl: "buiten")
    static let verdictExceeds = Label("verdict.exceeds", en: "exceeds", nl: "overschreden")
    static let signalRed = Label("signal.red", en: "red", nl: "rood")
    static let signalOrange = Label("signal.orange", en: "orange", nl: "oranje")
    static let signalGreen = Label("signal.green", en: "green", nl: "groen")
    static let noData = Label("value.no_data", en: "no data", nl: "geen gegevens")
    static let compensationNoLoss = Label("compensation.no_loss", en: "no loss", nl: "geen verlies")
    static let compensationRequired = Label("compensation.required", en: "required", nl: "vereist")
    static let compensationExempt = Label("compensation.exempt", en: "exempt", nl: "vrijgesteld")
    static let compensationOpenAtAccuracy = Label(
        "compensation.undetermined_accuracy", en: "undetermined", nl: "onbepaald")
    static let valueAll = Label("value.all", en: "all", nl: "alle")
    static let valueNone = Label("value.none", en: "none", nl: "geen")
    static let valueNoCheck = Label("value.no_check", en: "no check", nl: "geen toets")
    static let valueChanged = Label("value.changed", en: "changed", nl: "gewijzigd")
    static let valueFromNoData = Label("value.from_no_data", en: "from no data", nl: "nieuw")
    static let valueToNoData = Label("value.to_no_data", en: "to no data", nl: "vervallen")
}

extension Verdict {
    /// People's word.
    var label: Label {
        switch self {
        case .conflict: .verdictConflict
        case .noConflict: .verdictNoConflict
        case .undetermined: .verdictUndetermined
        }
    }
}

extension WithinVerdict {
    /// People's word.
    var label: Label {
        switch self {
        case .within: .verdictWithin
        case .beyond: .verdictBeyond
        case .undetermined: .verdictUndetermined
        }
    }
}

extension TrafficLight {
    /// People's word.
    var label: Label {
        switch self {
        case .red: .signalRed
        case .orange: .signalOrange
        case .green: .signalGreen
        case .undetermined: .verdictUndetermined
        case .noData: .noData
        }
    }
}

extension CompensationVerdict {
    /// People's word.
    var label: Label {
        switch self {
        case .noLoss: .compensationNoLoss
        case .exempt: .compensationExempt
        case .required: .compensationRequired
        case .undetermined: .verdictUndetermined
        case .openAtAccuracy: .compensationOpenAtAccuracy
        }
    }
}
