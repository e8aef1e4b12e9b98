import Foundation
import RuimteFormats
import RuimteTestSupport
import Testing

@testable import RuimteGeometry

@Suite struct FixedDecimalTests {
    /// Python's `'%.*f'` (David Gay's correctly rounded dtoa) for each value, read from its
    /// shortest round-trip text.
    func pythonFormat(_ values: [Double], _ decimals: Int) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c", "import sys\nfor line in sys.stdin: print('%.\(decimals)f' % float(line))",
        ]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(values.map { "\($0)\n" }.joined().utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.split(separator: "\n").map(String.init)
    }

    @Test func correctlyRoundedLikePython() throws {
        var rng = SeededGenerator(seed: 3)
        var values: [Double] = [
            0.5, 1.5, 2.5, 0.125, 1e21, 123456789.987654321, 94000.0005, 463999.9995, 1e-9, 7455040.16019145,
        ]
        for _ in 0..<3000 { values.append(Double.random(in: -1e7..<1e7, using: &rng)) }
        for decimals in [0, 1, 3, 7] {
            let expected = try pythonFormat(values, decimals)
            #expect(expected.count == values.count)
            for (value, text) in zip(values, expected) {
                #expect(FixedDecimal.format(value, decimals) == text, "\(value) with \(decimals) decimals")
            }
        }
        // By hand: 463999.9995 is stored as 463999.99949999997…, so it rounds down (Foundation's
        // String(format:locale:) said 464000.000); exact ties round to even.
        #expect(FixedDecimal.format(463999.9995, 3) == "463999.999")
        #expect(FixedDecimal.format(0.125, 2) == "0.12" && FixedDecimal.format(2.5, 0) == "2")
        #expect(FixedDecimal.format(-0.0004, 3) == "0.000")
        #expect(FixedDecimal.format(2.50, 2, trimZeros: true) == "2.5")
        #expect(FixedDecimal.format(-1.7976931348623157e308, 2).count == 313)
    }
}
