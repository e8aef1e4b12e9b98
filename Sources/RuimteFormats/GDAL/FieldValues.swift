/// Field values as GDAL hands them over, made neutral without altering them silently: text
/// that is not valid UTF-8 or holds a NUL is reported, never repaired with U+FFFD or cut; an
/// integer beyond 2⁵³ (where a Double stops holding every whole number, e.g. a long id) stays
/// exact as text.
enum FieldValues {
    /// The largest whole number a Double holds exactly with all its neighbours, 2⁵³.
    static let exactIntegerLimit: Int64 = 1 << 53

    /// An integer as a number, or as its exact decimal text beyond ±2⁵³.
    static func integer(_ v: Int64) -> JSONValue {
        v.magnitude <= UInt64(exactIntegerLimit) ? .number(Double(v)) : .string(String(v))
    }

    /// Text from UTF-8 bytes, or what is wrong with them.
    static func text(_ bytes: UnsafeRawBufferPointer) -> (value: String, problem: String?) {
        if bytes.contains(0) {
            return (String(decoding: bytes, as: UTF8.self), "holds a NUL character")
        }
        guard let valid = String(validating: bytes, as: UTF8.self) else {
            return (String(decoding: bytes, as: UTF8.self), invalidUTF8)
        }
        return (valid, nil)
    }

    /// The problem with text that is not UTF-8, and what to do.
    static let invalidUTF8 =
        "is not valid UTF-8 text; state the file's encoding (a .cpg file beside a Shapefile, e.g. 'CP1252', or "
        + "save the layer as UTF-8)"

    /// The feature problem for the fields in `problems` (field name → problem), nil when none.
    static func problem(_ problems: [(String, String)]) -> String? {
        guard !problems.isEmpty else { return nil }
        return problems.map { "field \"\($0.0)\" \($0.1)" }.joined(separator: "; ")
    }
}
