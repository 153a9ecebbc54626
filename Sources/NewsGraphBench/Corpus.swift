import Foundation
import NewsGraph

/// A benchmark corpus on disk: page files plus `manifest.tsv` (path, issue date, city, province).
struct Corpus {
    struct Entry {
        /// Path as given to the reader: relative to the corpus folder, which stage processes
        /// make their working directory (as a user runs `newsgraph build paper-0001/…`).
        var path: String
        var metadata: IssueMetadata
    }

    /// What was written.
    struct Summary: CustomStringConvertible {
        var files = 0
        var articles = 0
        var bytes = 0
        var distinctPeople = 0
        var events = 0
        var seconds = 0.0

        var description: String {
            var s = "\(files) files, \(bytes / 1_048_576) MiB"
            if articles > 0 { s += ", \(articles) articles" }
            if distinctPeople > 0 { s += ", \(distinctPeople) distinct people (ground truth)" }
            if events > 0 { s += ", \(events) events" }
            return s + String(format: ", written in %.1f s", seconds)
        }
    }

    static let manifestName = "manifest.tsv"

    /// The corpus's entries in manifest order.
    static func entries(in dir: String) throws -> [Entry] {
        let manifest = (dir as NSString).appendingPathComponent(manifestName)
        guard let text = try? String(contentsOfFile: manifest, encoding: .utf8) else {
            throw BenchError.failed("\(manifest): cannot read the corpus manifest")
        }
        return text.split(separator: "\n").map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let meta = IssueMetadata(
                date: f.count > 1 ? PartialDate(edtf: f[1]) : nil,
                city: f.count > 2 && !f[2].isEmpty ? f[2] : nil,
                province: f.count > 3 && !f[3].isEmpty ? f[3] : nil)
            return Entry(path: f[0], metadata: meta)
        }
    }

    /// The seed pages, copied until the corpus holds at least `megabytes` MB.
    static func writeReal(seeds: [String], megabytes: Int, to dir: String) throws -> Summary {
        let start = ResourceUsage.now()
        let pages = try seeds.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        guard !pages.isEmpty else { throw BenchError.failed("no seed pages found") }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var summary = Summary()
        var manifest = ""
        var copy = 0
        while summary.bytes < megabytes * 1_000_000 {
            let sub = "copy-\(String(format: "%05d", copy))"
            try FileManager.default.createDirectory(
                atPath: (dir as NSString).appendingPathComponent(sub), withIntermediateDirectories: true)
            for (i, data) in pages.enumerated() {
                let rel = sub + "/" + (seeds[i] as NSString).lastPathComponent
                try writeFile((dir as NSString).appendingPathComponent(rel), data)
                manifest += rel + "\t\t\t\n"
                summary.files += 1
                summary.bytes += data.count
            }
            copy += 1
        }
        try manifest.write(toFile: (dir as NSString).appendingPathComponent(manifestName), atomically: true, encoding: .utf8)
        summary.seconds = ResourceUsage.now() - start
        return summary
    }

    /// A synthetic archive of `articles` articles, streamed page by page to `dir`
    /// (or, with `jsonl`, to one JSON Lines file `dir/archive.jsonl`).
    static func writeSynthetic(articles: Int, seed: UInt64, reserved: [String], to dir: String, jsonl: Bool = false) throws
        -> Summary
    {
        let start = ResourceUsage.now()
        let archive = try SyntheticArchive(.init(seed: seed, articleCount: articles, reservedTexts: reserved))
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var made = Set<String>()
        var people = Set<String>()
        var summary = Summary()
        var manifest = Data()
        var lines: FileHandle?
        if jsonl {
            let path = (dir as NSString).appendingPathComponent("archive.jsonl")
            _ = fm.createFile(atPath: path, contents: nil)
            lines = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        }
        var buffer = Data()
        for page in archive {
            for a in page.articles {
                for p in a.people { people.insert(p.personID) }
                summary.events += a.events.count
            }
            summary.articles += page.articles.count
            if let lines {
                for a in page.articles {
                    buffer.append(contentsOf: Array(page.jsonLine(a).utf8))
                    buffer.append(0x0A)
                }
                if buffer.count > 1 << 20 {
                    lines.write(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
                continue
            }
            let folder = (page.path as NSString).deletingLastPathComponent
            if made.insert(folder).inserted {
                try fm.createDirectory(
                    atPath: (dir as NSString).appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            let data = Data(page.text.utf8)
            try writeFile((dir as NSString).appendingPathComponent(page.path), data)
            manifest.append(contentsOf: Array("\(page.path)\t\(page.issueDate.edtf)\t\(page.city)\t\(page.province)\n".utf8))
            summary.files += 1
            summary.bytes += data.count
        }
        if let lines {
            lines.write(buffer)
            summary.bytes = Int(lines.offsetInFile)
            try lines.close()
            summary.files = 1
        } else {
            try manifest.write(to: URL(fileURLWithPath: (dir as NSString).appendingPathComponent(manifestName)))
        }
        summary.distinctPeople = people.count
        summary.seconds = ResourceUsage.now() - start
        return summary
    }

    /// Writes a scratch file with plain open/write/close: no fsync per file (Foundation's
    /// `Data.write` syncs each one, which dominates writing a quarter of a million pages).
    static func writeFile(_ path: String, _ data: Data) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw BenchError.failed("\(path): cannot create (errno \(errno))") }
        defer { close(fd) }
        try data.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = write(fd, buffer.baseAddress! + done, buffer.count - done)
                guard n > 0 else { throw BenchError.failed("\(path): write failed (errno \(errno))") }
                done += n
            }
        }
    }
}
