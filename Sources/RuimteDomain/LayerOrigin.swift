/// Where one site layer of a catalogue came from: the bundled Leiden layer, the user's own
/// file, or nowhere (the user brought other layers of their own and did not ask for this
/// bundled one, so the analysis reads it as none rather than mix two regions).
public enum LayerOrigin: Sendable, Hashable {
    /// The bundled layer in `geodata/`, at `path`.
    case bundled(path: String)
    /// The user's file, as they named it.
    case file(String)
    /// Not loaded: read as none.
    case none

    /// Which layers to take from the bundled geodata when the user gives `own` layers and asks
    /// for `requested` bundled ones: all of them when the user gives none (Leiden is the
    /// default), else only those requested.
    public static func bundledLayers(own: Set<SiteLayer>, requested: Set<SiteLayer>) -> Set<SiteLayer> {
        own.isEmpty ? Set(SiteLayer.allCases) : requested.subtracting(own)
    }
}
