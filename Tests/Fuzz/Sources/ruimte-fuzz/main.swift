// Coverage-guided fuzzing of Ruimte's readers with libFuzzer (make fuzz; README "Fuzzing").
// RUIMTE_FUZZ_TARGET picks the reader: json, features, richtafstanden or notebook. Every
// input must end in a value or a typed error: a crash, a trap or a sanitizer report is a bug.
import CLibFuzzer
import Foundation
import RuimteDomain
import RuimteFormats
import RuimteReports

let target = ProcessInfo.processInfo.environment["RUIMTE_FUZZ_TARGET"] ?? "json"

/// One loader for the whole run: its PROJ transformer is expensive to make.
nonisolated(unsafe) var loader: LayerLoader = {
    guard var loader = try? LayerLoader() else { fatalError("cannot create a layer loader (PROJ)") }
    // Chunks of 64 bytes, so that a 4 KB input is cut into many chunks and scanned in pieces.
    loader.bytesPerChunk = 64
    return loader
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
