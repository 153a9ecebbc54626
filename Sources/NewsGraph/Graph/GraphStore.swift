import Foundation

/// Reads and writes the native graph file.
///
/// PLACEHOLDER (issue 4 hardens it: format header, checksum, atomic write, strict checks).
public enum GraphStore {
    public static func load(_ path: String) throws -> KnowledgeGraph {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw NewsGraphError.unreadable(file: path, reason: error.localizedDescription)
        }
        do { return try JSONDecoder().decode(KnowledgeGraph.self, from: data) } catch {
            throw NewsGraphError.corruptGraph(file: path, reason: "\(error)")
        }
    }

    public static func save(_ graph: KnowledgeGraph, to path: String) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try enc.encode(graph)
        do { try data.write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw NewsGraphError.writeFailed(file: path, reason: error.localizedDescription)
        }
    }
}
