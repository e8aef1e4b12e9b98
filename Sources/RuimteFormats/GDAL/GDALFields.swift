import CGDAL
import Foundation

/// A layer's attribute fields and how each becomes a neutral ``JSONValue``: integers and
/// reals as numbers, GDAL's boolean subtype as true/false, its JSON subtype (GeoJSON objects
/// in a GeoPackage) parsed back, lists as arrays, dates and everything else as text.
struct GDALFields {
    private struct Field {
        var name: String
        var type: OGRFieldType
        var subtype: OGRFieldSubType
    }

    private let fields: [Field]

    /// The field names, in layer order.
    var names: [String] { fields.map(\.name) }

    init(_ definition: OGRFeatureDefnH?) {
        guard let definition else {
            fields = []
            return
        }
        fields = (0..<gdal.OGR_FD_GetFieldCount(definition)).compactMap { i in
            guard let f = gdal.OGR_FD_GetFieldDefn(definition, i) else { return nil }
            return Field(
                name: gdal.OGR_Fld_GetNameRef(f).map { String(cString: $0) } ?? "", type: gdal.OGR_Fld_GetType(f),
                subtype: gdal.OGR_Fld_GetSubType(f))
        }
    }

    /// Every field of `feature`; unset and null fields are JSON null.
    func values(of feature: OGRFeatureH) -> [String: JSONValue] {
        var problems: [(String, String)] = []
        return values(of: feature, problems: &problems)
    }

    /// Every field of `feature`, with text that is not valid UTF-8 listed in `problems`.
    func values(of feature: OGRFeatureH, problems: inout [(String, String)]) -> [String: JSONValue] {
        var values: [String: JSONValue] = [:]
        for (i, field) in fields.enumerated() {
            let index = Int32(i)
            guard gdal.OGR_F_IsFieldSetAndNotNull(feature, index) != 0 else {
                values[field.name] = .null
                continue
            }
            if field.type == OFTString, field.subtype != OFSTJSON, let raw = gdal.OGR_F_GetFieldAsString(feature, index)
            {
                let (text, problem) = FieldValues.text(UnsafeRawBufferPointer(start: raw, count: strlen(raw)))
                values[field.name] = .string(text)
                if let problem { problems.append((field.name, problem)) }
                continue
            }
            values[field.name] = value(field, feature, index)
        }
        return values
    }

    private func value(_ field: Field, _ feature: OGRFeatureH, _ index: Int32) -> JSONValue {
        switch field.type {
        case OFTInteger where field.subtype == OFSTBoolean:
            return .bool(gdal.OGR_F_GetFieldAsInteger(feature, index) != 0)
        case OFTInteger, OFTInteger64:
            return FieldValues.integer(gdal.OGR_F_GetFieldAsInteger64(feature, index))
        case OFTReal:
            return .number(gdal.OGR_F_GetFieldAsDouble(feature, index))
        case OFTIntegerList, OFTInteger64List:
            var count: Int32 = 0
            guard let list = gdal.OGR_F_GetFieldAsInteger64List(feature, index, &count) else { return .array([]) }
            return .array((0..<Int(count)).map { .number(Double(list[$0])) })
        case OFTRealList:
            var count: Int32 = 0
            guard let list = gdal.OGR_F_GetFieldAsDoubleList(feature, index, &count) else { return .array([]) }
            return .array((0..<Int(count)).map { .number(list[$0]) })
        case OFTStringList:
            guard let list = gdal.OGR_F_GetFieldAsStringList(feature, index) else { return .array([]) }
            var items: [JSONValue] = []
            var i = 0
            while let item = list[i] {
                items.append(.string(String(cString: item)))
                i += 1
            }
            return .array(items)
        default:
            let text = gdal.OGR_F_GetFieldAsString(feature, index).map { String(cString: $0) } ?? ""
            if field.subtype == OFSTJSON, let parsed = try? JSONParser.parse(Data(text.utf8)) { return parsed }
            return .string(text)
        }
    }
}
