import Foundation
import Testing

@testable import NewsGraph

/// `build`, `add` and `export` over faulty batches and a full disk: per-file errors, exit 1, the rest kept,
/// and the graph on disk either the old one or the complete new one.
@Suite(.serialized) struct GraphFaultTests {
    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// A folder `pages/` with copies of the seeds; cwd for the runs is the folder above it.
    func withPages(_ body: (String, [String]) throws -> Void) throws {
        let dir = try ReliabilityFixtures.tempDir("gfault")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/pages", withIntermediateDirectories: false)
        var names: [String] = []
        for (k, seed) in ReliabilityFixtures.seedPaths.enumerated() {
            try FileManager.default.copyItem(atPath: seed, toPath: dir + "/pages/p\(k).txt")
            names.append("pages/p\(k).txt")
        }
        try body(dir, names)
    }

    @Test func aFolderWithBadFilesAndALinkLoopBuildsTheGraphOfTheGoodOnesAndExitsOne() throws {
        try #require(ReliabilityFixtures.executableExists)
        try withPages { dir, _ in
            let clean = try ReliabilityFixtures.run(["build", "pages", "--graph", "clean.json"], cwd: dir)
            #expect(clean.code == 0, "\(clean.err)")
            let fm = FileManager.default
            try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: dir + "/pages/binary.txt"))
            try Data([0xE6, 0xB1, 0x0A, 0xFF]).write(to: URL(fileURLWithPath: dir + "/pages/broken.txt"))
            try fm.createSymbolicLink(atPath: dir + "/pages/dangling.txt", withDestinationPath: "gone.txt")
            try fm.createSymbolicLink(atPath: dir + "/pages/loop", withDestinationPath: ".")
            try fm.createSymbolicLink(atPath: dir + "/pages/up", withDestinationPath: "..")
            let r = try ReliabilityFixtures.run(["build", "pages", "--graph", "partial.json"], cwd: dir, timeout: 300)
            #expect(!r.timedOut, "a symbolic-link loop made the walk endless")
            #expect(r.code == 1)
            for bad in ["pages/binary.txt", "pages/broken.txt", "pages/dangling.txt"] {
                #expect(
                    r.err.split(separator: "\n").contains { $0.hasPrefix(bad + ": error: ") },
                    "no error line for \(bad): \(r.err)")
            }
            // The partial graph is exactly the graph of the good files.
            #expect(try bytes(dir + "/partial.json") == bytes(dir + "/clean.json"))
        }
    }

    @Test func aFileDeletedMidRunIsReportedAndTheOthersAreInTheGraph() throws {
        try #require(ReliabilityFixtures.executableExists)
        try withPages { dir, pages in
            let big = String(repeating: "本报讯 12月9日，市长王某出席会议并讲话。\n\n", count: 150_000)
            try Data(big.utf8).write(to: URL(fileURLWithPath: dir + "/big.txt"))
            let p = Process()
            p.executableURL = ReliabilityFixtures.executable
            p.arguments = ["build", "big.txt", pages[0], pages[1], "--graph", "g.json"]
            p.currentDirectoryURL = URL(fileURLWithPath: dir)
            let err = Pipe()
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            usleep(300_000)
            try FileManager.default.removeItem(atPath: dir + "/" + pages[1])
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 1)
            #expect(text.contains(pages[1] + ": error: "), "\(text)")
            let files = Set(try GraphStore.loadDocument(dir + "/g.json").articles.map(\.file))
            #expect(files == ["big.txt", pages[0]])
        }
    }

    @Test func aFullDiskKeepsTheOldGraphWholeAndReportsTheWrite() throws {
        try #require(ReliabilityFixtures.executableExists)
        #if os(Linux)
            guard ReliabilityFixtures.isRoot else {
                print("skipped: mounting a small tmpfs needs root")
                return
            }
            try withPages { dir, pages in
                let mnt = dir + "/small"
                try FileManager.default.createDirectory(atPath: mnt, withIntermediateDirectories: false)
                let mount = Process()
                mount.executableURL = URL(fileURLWithPath: "/bin/mount")
                mount.arguments = ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mnt]
                mount.standardError = FileHandle.nullDevice
                try mount.run()
                mount.waitUntilExit()
                guard mount.terminationStatus == 0 else {
                    print("skipped: cannot mount a tmpfs here")
                    return
                }
                defer {
                    let u = Process()
                    u.executableURL = URL(fileURLWithPath: "/bin/umount")
                    u.arguments = [mnt]
                    try? u.run()
                    u.waitUntilExit()
                }
                let first = try ReliabilityFixtures.run(["build", pages[0], "--graph", "small/g.json"], cwd: dir)
                #expect(first.code == 0, "\(first.err)")
                let old = try bytes(mnt + "/g.json")
                // Fill the disk, leaving less room than the bigger graph needs.
                var st = statvfs()
                #expect(statvfs(mnt, &st) == 0)
                let free = Int(st.f_bavail) * Int(st.f_frsize)
                try Data(count: max(0, free - 4096)).write(to: URL(fileURLWithPath: mnt + "/filler"))
                let add = try ReliabilityFixtures.run(["add"] + Array(pages[1...]) + ["--graph", "small/g.json"], cwd: dir)
                #expect(add.code == 1)
                #expect(add.err.contains("small/g.json: error: write failed"), "\(add.err)")
                #expect(try bytes(mnt + "/g.json") == old, "the old graph changed after a failed write")
                let leftovers = try FileManager.default.contentsOfDirectory(atPath: mnt).filter { $0.hasPrefix(".g.json.tmp") }
                #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
                // Exports to the full disk fail cleanly too.
                let export = try ReliabilityFixtures.run(
                    ["export", "graphml", "--graph", "small/g.json", "-o", "small/g.graphml"], cwd: dir)
                #expect(export.code == 1)
                #expect(export.err.hasPrefix("small/g.graphml: error: "), "\(export.err)")
                #expect(!FileManager.default.fileExists(atPath: mnt + "/g.graphml"))
                // With room again, the same add writes the complete new graph.
                try FileManager.default.removeItem(atPath: mnt + "/filler")
                let again = try ReliabilityFixtures.run(["add"] + Array(pages[1...]) + ["--graph", "small/g.json"], cwd: dir)
                #expect(again.code == 0, "\(again.err)")
                let files = Set(try GraphStore.loadDocument(mnt + "/g.json").articles.map(\.file))
                #expect(files == Set(pages))
            }
        #endif
    }

    @Test func noGraphExportOrMessageNamesTheAbsoluteFolderWhenPathsWereRelative() throws {
        try #require(ReliabilityFixtures.executableExists)
        try withPages { dir, _ in
            try Data([0x00]).write(to: URL(fileURLWithPath: dir + "/pages/zz-binary.txt"))
            try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: false)
            var texts: [String] = []
            let build = try ReliabilityFixtures.run(["build", "pages", "missing.txt", "--graph", "out/g.json"], cwd: dir)
            #expect(build.code == 1)
            texts += [build.out, build.err]
            for (format, out) in [
                ("graphml", "out/g.graphml"), ("gexf", "out/g.gexf"), ("jsonld", "out/g.jsonld"), ("csv", "out/csv"),
            ] {
                let r = try ReliabilityFixtures.run(["export", format, "--graph", "out/g.json", "-o", out], cwd: dir)
                #expect(r.code == 0, "\(format): \(r.err)")
                texts += [r.out, r.err]
            }
            let beside = try ReliabilityFixtures.run(["build", "pages", "--graph", "out/b.json", "--export", "all"], cwd: dir)
            texts += [beside.out, beside.err]
            // Errors about missing or damaged graphs and outputs name them as given too.
            for args in [
                ["export", "gexf", "--graph", "nope/g.json"], ["add", "pages/p0.txt", "--graph", "nope/g.json"],
                ["merge", "out/g.json", "nope/x.json", "-o", "out/m.json"],
                ["export", "csv", "--graph", "out/g.json", "-o", "pages/p0.txt/x"],
            ] {
                let r = try ReliabilityFixtures.run(args, cwd: dir)
                #expect(r.code == 1, "\(args)")
                texts += [r.out, r.err]
            }
            for path in try FileManager.default.subpathsOfDirectory(atPath: dir + "/out") {
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: dir + "/out/" + path, isDirectory: &isDir), !isDir.boolValue {
                    texts.append(String(decoding: try bytes(dir + "/out/" + path), as: UTF8.self))
                }
            }
            #expect(texts.count > 3)
            let resolved = URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
            for t in texts {
                #expect(!t.contains(dir) && !t.contains(resolved), "an output names the absolute folder")
            }
            #expect(texts.joined().contains("pages/p0.txt"))
        }
    }

    @Test func aDeviceNodeOrAFIFOGivenAsAnOutputIsNeverReplaced() throws {
        try #require(ReliabilityFixtures.executableExists)
        #if os(Linux)
            guard ReliabilityFixtures.isRoot else {
                print("skipped: creating a device node needs root")
                return
            }
            try withPages { dir, pages in
                // A private copy of /dev/full (char 1,7) and a FIFO: what `-o /dev/full` or `-o /dev/stdout` would hit.
                #expect(mknod(dir + "/full", S_IFCHR | 0o644, dev_t((1 << 8) | 7)) == 0)
                #expect(mkfifo(dir + "/fifo", 0o644) == 0)
                func isSpecial(_ name: String) -> Bool {
                    var st = stat()
                    guard lstat(dir + "/" + name, &st) == 0 else { return false }
                    return (st.st_mode & S_IFMT) == S_IFCHR || (st.st_mode & S_IFMT) == S_IFIFO
                }
                #expect(try ReliabilityFixtures.run(["build", pages[0], "--graph", "g.json"], cwd: dir).code == 0)
                for target in ["full", "fifo"] {
                    let build = try ReliabilityFixtures.run(["build", pages[0], "--graph", target], cwd: dir, timeout: 60)
                    #expect(!build.timedOut)
                    #expect(build.code == 1, "build --graph \(target)")
                    #expect(isSpecial(target), "build --graph \(target) replaced the special file")
                }
                for target in ["full", "fifo"] {
                    let r = try ReliabilityFixtures.run(
                        ["export", "graphml", "--graph", "g.json", "-o", target], cwd: dir, timeout: 60)
                    #expect(!r.timedOut)
                    #expect(isSpecial(target), "export -o \(target) replaced the special file")
                }

            }
        #endif
    }
}
