import RuimteDomain

extension SVGMap {
    /// Colours; tests look for them in rendered pixels. The signal colours are used for the
    /// parks' fill only, so that no layer colour can be read as a signal.
    public enum Style {
        public static let signalRed = "#d7191c"
        public static let signalOrange = "#fdae61"
        public static let signalGreen = "#1a9641"
        public static let signalUndetermined = "#9e9e9e"
        public static let signalNoData = "#ffffff"
        public static let parkOutline = "#5a3a00"
        public static let centre = "#1f5fbf"
        public static let housing = "#8856a7"
        public static let contour = "#01665e"
        public static let conflict = "#b2182b"
        public static let undeterminedCheck = "#4d4d4d"
        public static let allowed = "#7fc97f"
        public static let undetermined = "#bdbdbd"
        public static let contextFill = "#dbe6ef"
        public static let contextEdge = "#a9bfd3"
        public static let contextLine = "#8c8c8c"
        /// Constraint layers: hard ones hatched, soft ones outlined dashed, in one colour no
        /// other layer uses.
        public static let constraint = "#c51b7d"

        /// The fill of a park with this signal.
        public static func fill(_ light: TrafficLight?) -> String {
            switch light {
            case .red?: signalRed
            case .orange?: signalOrange
            case .green?: signalGreen
            case .undetermined?: signalUndetermined
            case .noData?, nil: signalNoData
            }
        }
    }
}
