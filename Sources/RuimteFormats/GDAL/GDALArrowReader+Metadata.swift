import CGDAL

extension GDALArrowReader {
    /// Arrow's metadata encoding: int32 count, then per pair int32 length + bytes, twice.
    static func metadata(_ pointer: UnsafePointer<CChar>) -> [String: String] {
        let raw = UnsafeRawPointer(pointer)
        var offset = 0
        func int32() -> Int {
            defer { offset += 4 }
            return Int(raw.loadUnaligned(fromByteOffset: offset, as: Int32.self))
        }
        func string() -> String {
            let n = int32()
            defer { offset += n }
            return String(decoding: UnsafeRawBufferPointer(start: raw + offset, count: n), as: UTF8.self)
        }
        var result: [String: String] = [:]
        for _ in 0..<max(0, int32()) {
            let key = string()
            result[key] = string()
        }
        return result
    }
}
