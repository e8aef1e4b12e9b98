// swift-tools-version:6.0
// The fuzz package (make fuzz writes it to .build/fuzz/Package.swift with the repository's
// path and package identity filled in). It is a package of its own because a target built
// with -sanitize=fuzzer breaks a plain `swift build` of the main package.
import PackageDescription

let package = Package(
    name: "RuimteFuzz",
    dependencies: [.package(path: "@ROOT@")],
    targets: [
        .systemLibrary(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
        .executableTarget(
            name: "ruimte-fuzz",
            dependencies: [
                "CLibFuzzer",
                .product(name: "RuimteDomain", package: "@IDENTITY@"),
                .product(name: "RuimteReports", package: "@IDENTITY@"),
            ],
            path: "Sources/ruimte-fuzz"),
    ],
    swiftLanguageModes: [.v6]
)
