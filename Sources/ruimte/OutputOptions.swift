import ArgumentParser
import Foundation
import RuimteDomain
import RuimteGeometry
import RuimteReports

/// Where a command's result goes: stdout, or a file written atomically.
struct DestinationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write to this file instead of stdout (atomically).", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the --output file if it exists.")
    var force = false

    @Flag(help: "No progress or warnings on stderr.")
    var quiet = false

    var writer: OutputWriter { OutputWriter(path: output, force: force) }
}

/// How and where tables are written.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "Output format: table (for people), csv (RFC 4180), json, markdown (default: from the --output name, "
                + "else table)."))
    var formatOption: TableFormat?

    /// The format: --format, or what the --output name asks for (`.csv`, `.json`, `.md`, `.txt`).
    var format: TableFormat {
        get throws {
            try OutputName.resolve(
                explicit: formatOption, default: .table, path: destination.output,
                formats: ["csv": .csv, "json": .json, "md": .markdown, "markdown": .markdown, "txt": .table],
                command: "this command")
        }
    }

    @Option(
        help: ArgumentHelp(
            "Only these columns, by key, in this order (comma-separated; the keys are the CSV header).",
            valueName: "keys"))
    var columns: String?

    @Option(help: "Language of labels and headers for people: en or nl (keys and codes stay).")
    var lang: Language = .en

    @Flag(
        help: "Tables for people: every column (the default leaves out detail columns to stay within 100 characters).")
    var wide = false

    @Option(
        name: .customLong("csv-dialect"),
        help: "CSV dialect: rfc4180 (comma, decimal point) or nl (semicolon, decimal comma, for Dutch Excel).")
    var csvDialect: CSVDialect = .rfc4180

    @OptionGroup var destination: DestinationOptions

    var quiet: Bool { destination.quiet }
    var output: String? { destination.output }
    var writer: OutputWriter { destination.writer }

    /// Writes tables in the chosen format; JSON is always one object, `{"tables": [...]}`.
    func write(_ tables: [Table]) throws {
        var tables = tables
        if let columns {
            let keys = columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            tables = try tables.map { table in
                let (selected, unknown) = table.selecting(keys)
                if let unknown {
                    throw CLIError(
                        status: .usage,
                        message:
                            "--columns: \"\(unknown)\" is not a column of \"\(table.name)\"; its columns are "
                            + "\(table.columns.map(\.key).joined(separator: ", "))"
                    )
                }
                return selected
            }
        }
        let text: String
        let format = try format
        switch format {
        case .json:
            text = Table.json(tables, language: lang)
        case .csv where tables.count > 1:
            throw CLIError(
                status: .usage,
                message:
                    "--format csv writes one table; this command makes \(tables.count) "
                    + "(\(tables.map { lang($0.title) }.joined(separator: "; "))). Choose one with --of where "
                    + "the command has it (see --help), or use --format json"
            )
        case .csv:
            // Dutch Excel reads UTF-8 only after a byte-order mark ("Café", not "CafÃ©").
            let mark = csvDialect == .dutch ? "\u{FEFF}" : ""
            text = mark + tables.map { $0.csv(dialect: csvDialect) }.joined(separator: "\n")
        case .table where Diagnostics.colorOnStdout && output == nil:
            text = tables.map { $0.plainText(wide: wide, language: lang, colours: true) }.joined(separator: "\n")
        default:
            text = tables.map { $0.rendered(format, wide: wide, language: lang) }.joined(separator: "\n")
        }
        try writer.write(text)
    }
}
