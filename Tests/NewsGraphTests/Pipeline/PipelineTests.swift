import Foundation
import Testing

@testable import NewsGraph

@Suite struct PipelineTests {
    let pipeline: Pipeline

    init() throws { pipeline = Pipeline(tagger: try Tagger.standard()) }

    @Test func aFailingFileIsReportedAndTheOthersGoOnInInputOrderForAnyNumberOfThreads() {
        let files = (0..<40).map { "f\($0).txt" }
        for jobs in [1, 2, 7] {
            let r = pipeline.map(files: files, jobs: jobs, progress: nil) { file -> [String] in
                if file.hasSuffix("3.txt") { throw NewsGraphError.binary(file: file, byteOffset: 7) }
                // Uneven work so threads finish out of order.
                if file.hasSuffix("1.txt") { usleep(2000) }
                return [file + "#1", file + "#2"]
            }
            #expect(r.fileCount == 40)
            #expect(r.failures == ["f3.txt", "f13.txt", "f23.txt", "f33.txt"].map { .binary(file: $0, byteOffset: 7) })
            let expected = files.filter { !$0.hasSuffix("3.txt") }.flatMap { [$0 + "#1", $0 + "#2"] }
            #expect(r.items == expected, "jobs \(jobs)")
        }
    }

    @Test func aFileWithAnArticleOverTheSizeBoundIsRefusedByNameAndTheBatchGoesOn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ng-limit-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let huge = dir + "/huge.txt"
        let fine = dir + "/fine.txt"
        try Data(("本报讯 " + String(repeating: "县委书记周立新出席会议。", count: 400)).utf8).write(to: URL(fileURLWithPath: huge))
        try Data("本报讯 3月2日，全县工作会议召开。县委书记周立新出席会议。".utf8).write(to: URL(fileURLWithPath: fine))
        var bounded = pipeline
        bounded.limits = SafetyLimits(maxArticleBytes: 4096)
        let r = bounded.run(files: [huge, fine])
        #expect(r.failures.count == 1)
        guard case .limitExceeded(let file, let reason)? = r.failures.first else {
            Issue.record("expected limitExceeded, got \(r.failures)")
            return
        }
        #expect(file == huge)
        #expect(reason.contains("huge.txt#1") && reason.contains("4 KiB"))
        #expect(r.items.map(\.article.file) == [fine])
    }

    @Test func progressCountsEveryFile() {
        final class Box: @unchecked Sendable {
            let lock = NSLock()
            var last = 0
            var calls = 0
        }
        let box = Box()
        let progress: @Sendable (PipelineProgress) -> Void = { p in
            box.lock.lock()
            box.calls += 1
            box.last = max(box.last, p.filesDone)
            box.lock.unlock()
        }
        _ = pipeline.map(files: ["a", "b", "c"], jobs: 2, progress: progress) { [$0] }
        #expect(box.calls == 3)
        #expect(box.last == 3)
    }

    @Test func directoriesAreWalkedForPagesInSortedOrderAndSymlinkLoopsAreCut() throws {
        let root = NSTemporaryDirectory() + "newsgraph-inputs-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/a/b", withIntermediateDirectories: true)
        for f in ["a/2.txt", "a/1.txt", "a/b/3.jsonl", "a/b/notes.md", "a/.hidden.txt"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/" + f))
        }
        // A link back to an ancestor, and a dangling link with a page's name.
        try fm.createSymbolicLink(atPath: root + "/a/b/loop", withDestinationPath: root + "/a")
        try fm.createSymbolicLink(atPath: root + "/a/gone.txt", withDestinationPath: root + "/nowhere.txt")
        let r = InputCollector().collect([root + "/a", root + "/missing"])
        #expect(r.files == ["/a/1.txt", "/a/2.txt", "/a/b/3.jsonl"].map { root + $0 })
        #expect(r.errors.map(\.code) == ["unreadable", "unreadable"])
        #expect(r.errors.contains { $0.description.contains("gone.txt") })
        #expect(r.errors.contains { $0.description.contains("missing") })
    }

    @Test func aFileGivenByNameIsTakenWhateverItsExtensionAndPathsStayAsGiven() throws {
        let dir = NSTemporaryDirectory() + "newsgraph-inputs-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/page.text"))
        let given = dir + "/./page.text"
        #expect(InputCollector().collect([given, given]).files == [given])
    }
}
