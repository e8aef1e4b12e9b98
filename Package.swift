// swift-tools-version:6.0
//
// Ruimte: where space for work and space for housing collide in Leiden.
//
// Layers, one module each (see README.md, "Layout"):
//   CGEOS, CPROJ      C shims over the Debian system libraries GEOS and PROJ
//   RuimteGeometry    safe Swift geometry layer (GEOS + PROJ), no C types in its API
//   RuimteDomain      business parks, shopping centres, housing sites, loaders, analyses
//   RuimteReports     tables, CSV, JSON, GeoJSON, Markdown and SVG output
//   ruimte            the command line for planners
import PackageDescription

let package = Package(
    name: "Ruimte",
    products: [
        .executable(name: "ruimte", targets: ["ruimte"]),
        .library(name: "RuimteGeometry", targets: ["RuimteGeometry"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGEOS", pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"]), .brew(["geos"])]),
        .systemLibrary(
            name: "CPROJ", pkgConfig: "proj",
            providers: [.apt(["libproj-dev"]), .brew(["proj"])]),
        // Cross-module optimisation lets callers specialise the generic Geometry<C> code
        // (3x faster envelope and WKB loading at 1M features, notebooks-md/performance.md).
        .target(name: "RuimteGeometry", dependencies: ["CGEOS", "CPROJ"],
                swiftSettings: [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]),
        .target(name: "RuimteDomain", dependencies: ["RuimteGeometry"]),
        .target(name: "RuimteReports", dependencies: ["RuimteDomain", "RuimteGeometry"]),
        .executableTarget(
            name: "ruimte",
            dependencies: ["RuimteDomain", "RuimteReports", "RuimteGeometry",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(
            name: "ruimte-bench", dependencies: ["RuimteDomain", "RuimteGeometry"],
            path: "Sources/RuimteBenchmark", exclude: ["peers"]),
        .executableTarget(
            name: "geometry-memcheck", dependencies: ["RuimteGeometry"],
            path: "Sources/GeometryMemcheck"),
        .testTarget(name: "RuimteGeometryTests", dependencies: ["RuimteGeometry"]),
        .testTarget(name: "ruimteTests", dependencies: ["ruimte"], exclude: ["gis_check.py", "render_map_check.py"]),
        .testTarget(name: "RuimteDomainTests", dependencies: ["RuimteDomain", "RuimteReports"], exclude: ["crosscheck_shapely.py"]),
    ],
    swiftLanguageModes: [.v6]
)
