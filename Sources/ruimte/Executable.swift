import Foundation

/// The running executable, resolved through symlinks: found by the kernel (`/proc/self/exe`),
/// not from `argv[0]`, which is a bare name when `ruimte` is found through the PATH.
enum Executable {
    static let url: URL = {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 {
            return URL(fileURLWithPath: String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    }()
}
