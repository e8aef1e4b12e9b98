import CGDAL
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// GDAL's C API, loaded the first time a command reads or writes through GDAL.
///
/// GDAL is not linked into `ruimte`: with the 68 libraries only it pulls in (poppler,
/// xerces, codecs, ...) it would be mapped and relocated at every start, about 50-70 ms and
/// 20 MB of every run, and most runs never open a GeoPackage (`notebooks-md/performance.md`).
/// ``require(for:)`` opens `libgdal` with `dlopen`, looks up every function Ruimte calls
/// (each typed by the C shim from GDAL's own declaration), and registers the drivers, once
/// per process; every GDAL call in this module goes through ``gdal``. The library stays
/// loaded until the process ends.
@dynamicMemberLookup
final class GDALLibrary: @unchecked Sendable {
    /// GDAL's functions, by group; ``GDALLibrary`` reads as one table of them.
    let core: GDALCoreFunctions
    let features: GDALFeatureFunctions
    let layers: GDALLayerFunctions

    subscript<F>(dynamicMember path: KeyPath<GDALCoreFunctions, F>) -> F { core[keyPath: path] }
    subscript<F>(dynamicMember path: KeyPath<GDALFeatureFunctions, F>) -> F { features[keyPath: path] }
    subscript<F>(dynamicMember path: KeyPath<GDALLayerFunctions, F>) -> F { layers[keyPath: path] }

    /// The library names tried in order: `RUIMTE_GDAL_LIBRARY` alone when it is set (a GDAL
    /// built elsewhere, e.g. `/opt/gdal/lib/libgdal.so`); else the development link
    /// (installed with libgdal-dev, whatever its version), then the run-time names of
    /// recent GDAL releases.
    private static var names: [String] {
        if let chosen = ProcessInfo.processInfo.environment["RUIMTE_GDAL_LIBRARY"], !chosen.isEmpty { return [chosen] }
        return ["libgdal.so", "libgdal.so.36", "libgdal.so.35", "libgdal.so.34", "libgdal.so.33", "libgdal.so.32"]
    }

    private init(_ handle: UnsafeMutableRawPointer) throws(GDALLoadError) {
        core = try GDALCoreFunctions(handle)
        features = try GDALFeatureFunctions(handle)
        layers = try GDALLayerFunctions(handle)
        core.GDALAllRegister()
    }

    /// The loaded library with its drivers registered, or why it could not be loaded; made
    /// once, on first use (a lazy static is thread-safe).
    private static let loaded: Result<GDALLibrary, GDALLoadError> = {
        var reasons: [String] = []
        for name in names {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
                reasons.append(dlerror().map { String(cString: $0) } ?? name)
                continue
            }
            do throws(GDALLoadError) {
                return .success(try GDALLibrary(handle))
            } catch {
                dlclose(handle)
                return .failure(error)
            }
        }
        return .failure(GDALLoadError(message: "GDAL cannot be loaded (\(reasons.last ?? "no library found"))"))
    }()

    /// GDAL, loaded on first use; throws for `source` (the input or output being handled)
    /// when it cannot be loaded.
    static func require(for source: String) throws(SourceError) -> GDALLibrary {
        switch loaded {
        case .success(let library): return library
        case .failure(let error):
            throw SourceError(
                .unavailable, source: source,
                message:
                    "needs GDAL, and \(error.message); install it (Debian: apt-get install libgdal-dev) or use GeoJSON")
        }
    }

    /// The library for code that runs after ``require(for:)`` succeeded in the same call.
    fileprivate static var current: GDALLibrary {
        guard case .success(let library) = loaded else {
            preconditionFailure("GDAL used before GDALLibrary.require(for:) succeeded")
        }
        return library
    }
}

/// Why GDAL could not be loaded.
struct GDALLoadError: Error {
    var message: String
}

/// GDAL's C API for this module's GDAL code, which runs only inside a call that began with
/// ``GDALLibrary/require(for:)``.
var gdal: GDALLibrary { GDALLibrary.current }
