import ArgumentParser
import Foundation
import RuimteDomain

/// A `--bundled` value: one site layer, a comma-separated list of them, or `all`.
struct BundledChoice: ExpressibleByArgument, Sendable {
    var layers: [SiteLayer]
    init?(argument: String) {
        var layers: [SiteLayer] = []
        for word in argument.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            if word == "all" {
                layers += SiteLayer.allCases
            } else if let layer = SiteLayer(rawValue: word) {
                layers.append(layer)
            } else {
                return nil
            }
        }
        guard !layers.isEmpty else { return nil }
        self.layers = layers
    }
    static var allValueStrings: [String] { SiteLayer.allCases.map(\.rawValue) + ["all"] }
}
