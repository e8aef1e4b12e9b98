import Foundation
import RuimteDomain

extension InputOptions {
    /// Where each site layer comes from: the user's file, the bundled layer (all of them when
    /// the user gives none, else those `--bundled` names), or none.
    func layerOrigins() throws -> [SiteLayer: LayerOrigin] {
        let files: [SiteLayer: String?] = [.parks: parks, .centres: centres, .housing: housing]
        let own = Set(files.compactMap { $0.value == nil ? nil : $0.key })
        let requested = Set(bundledLayers.flatMap(\.layers))
        let fromBundle = LayerOrigin.bundledLayers(own: own, requested: requested)
        var origins: [SiteLayer: LayerOrigin] = [:]
        for layer in SiteLayer.allCases {
            if let file = files[layer] ?? nil {
                origins[layer] = .file(file)
            } else if fromBundle.contains(layer) {
                origins[layer] = .bundled(path: try bundledPath(SiteCatalogue.BundledFile.name(of: layer)))
            } else {
                origins[layer] = LayerOrigin.none
            }
        }
        return origins
    }

    /// A file of the bundled geodata directory.
    func bundledPath(_ name: String) throws -> String {
        (try geodataDirectory() as NSString).appendingPathComponent(name)
    }
}
