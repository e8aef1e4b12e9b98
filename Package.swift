// swift-tools-version:6.0
//
// Ruimte: where space for work and space for housing collide in Leiden.
//
// Layers, one module each (see README.md, "Layout"):
//   CGEOS, CPROJ, CGDAL  C shims over the Debian system libraries GEOS, PROJ and GDAL/OGR
//   RuimteGeometry    safe Swift geometry layer (GEOS + PROJ), no C types in its API
//   RuimteFormats     reading and writing files: JSON, GeoJSON, WKB, fixed decimals, feature sources
//   RuimteDomain      business parks, shopping centres, housing sites, loaders, analyses
//   RuimteReports     tables, CSV, JSON, GeoJSON, Markdown and SVG output
//   ruimte            the command line for planners
import PackageDescription

let package = Package(
    name: "Ruimte",
    products: [
        .executable(name: "ruimte", targets: ["ruimte"]),
        .library(name: "RuimteGeometry", targets: ["RuimteGeometry"]),
        // For the fuzz package in Tests/Fuzz (make fuzz), which depends on this one.
        .library(name: "RuimteFormats", targets: ["RuimteFormats"]),
        .library(name: "RuimteDomain", targets: ["RuimteDomain"]),
        .library(name: "RuimteReports", targets: ["RuimteReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CGEOS", pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"]), .brew(["geos"])]),
        .systemLibrary(
            name: "CPROJ", pkgConfig: "proj",
            providers: [.apt(["libproj-dev"]), .brew(["proj"])]),
        // GDAL's headers only: the library is loaded on first use (RuimteFormats/GDAL/GDALLibrary.swift).
        .systemLibrary(
            name: "CGDAL",
            providers: [.apt(["libgdal-dev"]), .brew(["gdal"])]),
        // Cross-module optimisation lets callers specialise the generic Geometry<C> code
        // (3x faster envelope and WKB loading at 1M features, notebooks-md/performance.md).
        .target(
            name: "RuimteGeometry", dependencies: ["CGEOS", "CPROJ"],
            swiftSettings: [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]),
        .target(name: "RuimteFormats", dependencies: ["RuimteGeometry", "CGDAL"]),
        .target(name: "RuimteDomain", dependencies: ["RuimteFormats", "RuimteGeometry"]),
        .target(name: "RuimteReports", dependencies: ["RuimteDomain", "RuimteFormats", "RuimteGeometry"]),
        .executableTarget(
            name: "ruimte",
            dependencies: [
                "RuimteDomain", "RuimteReports", "RuimteFormats", "RuimteGeometry",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "ruimte-bench",
            dependencies: ["RuimteDomain", "RuimteFormats", "RuimteGeometry", "RuimteTestSupport"],
            path: "Sources/RuimteBenchmark", exclude: ["peers"]),
        .executableTarget(
            name: "geometry-memcheck", dependencies: ["RuimteGeometry", "RuimteFormats"],
            path: "Sources/GeometryMemcheck"),
        // Deterministic generator and scratch files for the tests and the benchmark's synthetic city.
        .target(name: "RuimteTestSupport", dependencies: ["RuimteGeometry"], path: "Tests/RuimteTestSupport"),
        .testTarget(name: "RuimteGeometryTests", dependencies: ["RuimteGeometry", "RuimteTestSupport"]),
        .testTarget(
            name: "RuimteFormatsTests", dependencies: ["RuimteFormats", "RuimteGeometry", "RuimteTestSupport"]),
        .testTarget(
            name: "RuimteDomainTests", dependencies: ["RuimteDomain", "RuimteFormats", "RuimteTestSupport"],
            exclude: ["crosscheck_shapely.py", "crosscheck_headroom.py"]),
        .testTarget(name: "RuimteReportsTests", dependencies: ["RuimteReports", "RuimteDomain", "RuimteTestSupport"]),
        .testTarget(
            name: "ruimteTests", dependencies: ["ruimte", "RuimteTestSupport"],
            exclude: [
                "gis_check.py", "render_map_check.py", "format_matrix.py", "bag_check.py", "hostile_corpus.py",
                "readme_examples.sh", "metamorphic.py", "output_snapshot.sh", "official_data_check.py", "lvbag_xml.py",
                "imro_gml.py", "make_official_examples.py", "dutch_check.py", "constraints_check.py",
                "make_constraint_example.py",
            ]),
    ],
    swiftLanguageModes: [.v6]
)
