import Foundation

/// `--json` output: pretty, sorted keys, slashes and Chinese left as they are.
enum JSONOutput {
    /// The JSON text of `value`, ending with a newline.
    static func render<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
