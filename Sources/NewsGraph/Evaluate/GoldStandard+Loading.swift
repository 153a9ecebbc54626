import Foundation

extension GoldStandard {
    /// Decodes one gold file; a malformed file is a `NewsGraphError.malformed` naming it and the problem.
    public static func load(file path: String) throws -> GoldStandard {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw NewsGraphError.unreadable(file: path, reason: error.localizedDescription)
        }
        return try decode(data, file: path)
    }

    /// Decodes gold JSON; `file` names the source in errors.
    public static func decode(_ data: Data, file: String) throws -> GoldStandard {
        do {
            return try JSONDecoder().decode(GoldStandard.self, from: data)
        } catch let error as DecodingError {
            throw NewsGraphError.malformed(file: file, line: nil, reason: "not a gold file: \(describe(error))")
        } catch {
            throw NewsGraphError.malformed(file: file, line: nil, reason: "not a gold file: \(error)")
        }
    }

    /// The gold files at `path`: the file itself, or every `*.json` directly inside a folder, sorted by name.
    ///
    /// Fails on the first unreadable or malformed file, naming it.
    public static func loadAll(path: String) throws -> [GoldFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw NewsGraphError.unreadable(file: path, reason: "no such file or folder")
        }
        guard isDirectory.boolValue else { return [GoldFile(path: path, gold: try load(file: path))] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw NewsGraphError.unreadable(file: path, reason: error.localizedDescription)
        }
        let jsons = names.filter { $0.hasSuffix(".json") }.sorted()
        guard !jsons.isEmpty else {
            throw NewsGraphError.unreadable(file: path, reason: "folder holds no .json gold files")
        }
        let base = path.hasSuffix("/") ? path : path + "/"
        return try jsons.map { name in GoldFile(path: base + name, gold: try load(file: base + name)) }
    }

    /// A one-line account of a decoding error: where in the JSON and what went wrong.
    private static func describe(_ error: DecodingError) -> String {
        func at(_ path: [CodingKey]) -> String {
            let s = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return s.isEmpty ? "top level" : s
        }
        switch error {
        case .keyNotFound(let key, let ctx):
            return "missing field \(at(ctx.codingPath + [key]))"
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx), .dataCorrupted(let ctx):
            return "\(at(ctx.codingPath)): \(ctx.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
