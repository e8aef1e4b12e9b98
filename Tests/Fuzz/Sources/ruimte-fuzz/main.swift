// Coverage-guided fuzzing of Ruimte's readers with libFuzzer (make fuzz; README "Fuzzing").
// RUIMTE_FUZZ_TARGET picks the reader: json, features, richtafstanden, notebook, wkb (the WKB
// decoder, curves included), gpkg (GeoPackage bytes through GDAL and the loaders, the chunked
// path included) or shapefile (a .shp/.shx/.dbf triplet cut from the input). Every
// input must end in a value or a typed error: a crash, a trap or a sanitizer report is a bug.
import CLibFuzzer
import Foundation
import RuimteDomain
import RuimteFormats
import RuimteGeometry
import RuimteReports

let target = ProcessInfo.processInfo.environment["RUIMTE_FUZZ_TARGET"] ?? "json"

/// One loader for the whole run: its PROJ transformer is expensive to make.
nonisolated(unsafe) var loader: LayerLoader = {
    guard var loader = try? LayerLoader() else { fatalError("cannot create a layer loader (PROJ)") }
    // Chunks of 64 bytes, so that a 4 KB input is cut into many chunks and scanned in pieces.
    loader.bytesPerChunk = 64
    return loader
}()

/// A private directory for the inputs that GDAL reads from files.
let scratch: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ruimte-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}()

func fuzzOne(_ data: Data) {
    switch target {
    case "json":
        _ = try? JSONParser.parse(data)
        _ = try? JSONParser.streamArray("features", of: data, members: { _ in }, element: { _, _ in })
    case "features":
        loader.openSource = { name in GeoJSONFeatureSource(name: name, data: data) }
        _ = try? loader.parks("fuzz.geojson")
        _ = try? loader.housing("fuzz.geojson")
        _ = try? loader.buildings("fuzz.geojson", threads: 2)  // the chunked, parallel path
        _ = try? loader.dwellings("fuzz.geojson")
    case "richtafstanden":
        _ = try? Richtafstanden.parse(String(decoding: data, as: UTF8.self), file: "fuzz.csv")
    case "notebook":
        let text = String(decoding: data, as: UTF8.self)
        let notebook = NotebookDocument(text)
        _ = notebook.rendered()
        for step in notebook.steps { _ = NotebookDocument.words(step.command) }
    case "wkb":
        _ = try? WKBDecoder.decode([UInt8](data), as: XY.self)
    case "gpkg":
        let path = scratch.appendingPathComponent("fuzz.gpkg").path
        guard FileManager.default.createFile(atPath: path, contents: data) else { return }
        loader.openSource = { FeatureSources.open($0) }
        _ = try? loader.housing(path)
        _ = try? loader.buildings(path, threads: 2)
        _ = try? loader.dwellings(path)
    case "shapefile":
        // Two length bytes cut the rest into .shp, .shx and .dbf.
        let bytes = [UInt8](data)
        guard bytes.count >= 2 else { return }
        let rest = bytes.dropFirst(2)
        let a = min(rest.count, Int(bytes[0]) * 16), b = min(rest.count - a, Int(bytes[1]) * 4)
        let parts = [rest.prefix(a), rest.dropFirst(a).prefix(b), rest.dropFirst(a + b)]
        for (part, ext) in zip(parts, ["shp", "shx", "dbf"]) {
            FileManager.default.createFile(
                atPath: scratch.appendingPathComponent("f.\(ext)").path, contents: Data(part))
        }
        loader.openSource = { FeatureSources.open($0) }
        _ = try? loader.housing(scratch.appendingPathComponent("f.shp").path)
    default:
        fatalError("unknown RUIMTE_FUZZ_TARGET \(target)")
    }
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { bytes, size in
        fuzzOne(Data(bytes: bytes!, count: size))
        return 0
    })
