import Foundation
import Testing

/// Batch faults, run the way a user meets them: the CLI as a subprocess over a folder of good and bad inputs.
/// Each bad input gets one clear stderr line naming it as given, the rest are processed, the exit code is 1.
@Suite(.serialized) struct BatchFaultTests {
    /// A folder with one good page and the given bad entries (created by `make` inside it, cwd = the folder).
    func withFolder(_ body: (String) throws -> Void) throws {
        let dir = try ReliabilityFixtures.tempDir("faults")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let seed = try #require(ReliabilityFixtures.seedPaths.last)
        try FileManager.default.copyItem(atPath: seed, toPath: dir + "/good.txt")
        try body(dir)
    }

    @Test func aDirectoryADanglingLinkAndALinkLoopGivenAsFilesAreEachReportedAndTheGoodPageIsRead() throws {
        try #require(ReliabilityFixtures.executableExists)
        try withFolder { dir in
            let fm = FileManager.default
            try fm.createDirectory(atPath: dir + "/folder.txt", withIntermediateDirectories: false)
            try fm.createSymbolicLink(atPath: dir + "/dangling.txt", withDestinationPath: "nowhere.txt")
            try fm.createSymbolicLink(atPath: dir + "/loop-a.txt", withDestinationPath: "loop-b.txt")
            try fm.createSymbolicLink(atPath: dir + "/loop-b.txt", withDestinationPath: "loop-a.txt")
            let r = try ReliabilityFixtures.run(
                ["articles", "folder.txt", "dangling.txt", "loop-a.txt", "good.txt", "--json"], cwd: dir, timeout: 60)
            #expect(!r.timedOut && !r.signaled)
            #expect(r.code == 1)
            let errors = r.err.split(separator: "\n")
            #expect(errors.count == 3, "\(r.err)")
            #expect(errors.contains { $0.hasPrefix("folder.txt: error: ") })
            #expect(errors.contains { $0.hasPrefix("dangling.txt: error: ") })
            #expect(errors.contains { $0.hasPrefix("loop-a.txt: error: ") })
            // The good page's output is exactly what it gives alone.
            let alone = try ReliabilityFixtures.run(["articles", "good.txt", "--json"], cwd: dir, timeout: 60)
            #expect(alone.code == 0)
            #expect(r.out == alone.out)
            #expect(r.out.contains("\"file\":\"good.txt\""))
        }
    }

    @Test func aFIFOGivenAsAPageDoesNotHangTheBatch() throws {
        try #require(ReliabilityFixtures.executableExists)
        try withFolder { dir in
            #expect(mkfifo(dir + "/pipe.txt", 0o644) == 0)
            let r = try ReliabilityFixtures.run(["articles", "pipe.txt", "good.txt"], cwd: dir, timeout: 30)
            #expect(!r.timedOut, "reading a FIFO with no writer blocked the batch")
            #expect(r.code == 1)
            #expect(r.err.hasPrefix("pipe.txt: error: "))
            #expect(r.out.contains("== good.txt#1"))
        }
    }

    @Test func anUnreadableFileIsReportedUnlessRootCanReadAnyway() throws {
        try #require(ReliabilityFixtures.executableExists)
        try withFolder { dir in
            try Data("本报讯 市长王某出席会议。\n".utf8).write(to: URL(fileURLWithPath: dir + "/locked.txt"))
            #expect(chmod(dir + "/locked.txt", 0) == 0)
            let r = try ReliabilityFixtures.run(["articles", "locked.txt", "good.txt"], cwd: dir, timeout: 60)
            if ReliabilityFixtures.isRoot {
                // As root (CI), mode 000 does not stop a read: both files are read. The other fault tests
                // (directory, dangling link, loop, FIFO, vanished file) cover the unreadable path.
                #expect(r.code == 0)
                #expect(r.out.contains("== locked.txt#1"))
            } else {
                #expect(r.code == 1)
                #expect(r.err.hasPrefix("locked.txt: error: cannot read file"))
            }
            #expect(r.out.contains("== good.txt#1"))
        }
    }

    @Test func aFileDeletedBeforeItsTurnIsReportedAndTheOthersAreRead() throws {
        try #require(ReliabilityFixtures.executableExists)
        try withFolder { dir in
            // A big first page keeps the CLI busy while the third file disappears.
            let big = String(repeating: "本报讯 市长王某出席会议并讲话。\n\n", count: 400_000)
            try Data(big.utf8).write(to: URL(fileURLWithPath: dir + "/big.txt"))
            try FileManager.default.copyItem(atPath: dir + "/good.txt", toPath: dir + "/doomed.txt")
            let p = Process()
            p.executableURL = ReliabilityFixtures.executable
            p.arguments = ["articles", "big.txt", "good.txt", "doomed.txt"]
            p.currentDirectoryURL = URL(fileURLWithPath: dir)
            let errPipe = Pipe()
            p.standardOutput = FileHandle.nullDevice
            p.standardError = errPipe
            try p.run()
            usleep(200_000)
            try FileManager.default.removeItem(atPath: dir + "/doomed.txt")
            let err = String(decoding: errPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 1)
            #expect(err.hasPrefix("doomed.txt: error: cannot read file"), "\(err)")
        }
    }

    @Test func noOutputOrErrorLeaksTheAbsoluteFolderWhenTheUserGaveRelativePaths() throws {
        try #require(ReliabilityFixtures.executableExists)
        try withFolder { dir in
            try FileManager.default.createDirectory(atPath: dir + "/pages", withIntermediateDirectories: false)
            try FileManager.default.moveItem(atPath: dir + "/good.txt", toPath: dir + "/pages/good.txt")
            try Data([0x41, 0x00]).write(to: URL(fileURLWithPath: dir + "/pages/binary.txt"))
            try Data([0xE6, 0xB1]).write(to: URL(fileURLWithPath: dir + "/pages/broken.txt"))
            for args in [
                ["articles", "--json", "pages/good.txt", "pages/binary.txt", "pages/broken.txt", "pages/missing.txt"],
                ["articles", "pages/good.txt"],
            ] {
                let r = try ReliabilityFixtures.run(args, cwd: dir, timeout: 60)
                let resolved = URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
                for leak in [dir, resolved] {
                    #expect(!r.out.contains(leak), "stdout of \(args) names \(leak)")
                    #expect(!r.err.contains(leak), "stderr of \(args) names \(leak)")
                }
                #expect(r.out.contains("pages/good.txt#1"))
            }
        }
    }

    @Test func aFullDiskOnStdoutIsAnErrorNotACrash() throws {
        try #require(ReliabilityFixtures.executableExists)
        #if os(Linux)
            let seed = try #require(ReliabilityFixtures.seedPaths.first)
            let p = Process()
            p.executableURL = ReliabilityFixtures.executable
            p.arguments = ["articles", seed]
            p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
            let errPipe = Pipe()
            p.standardError = errPipe
            try p.run()
            let err = String(decoding: errPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationReason == .exit, "newsgraph crashed writing to a full disk: \(err.prefix(200))")
            #expect(p.terminationStatus == 1)

        #endif
    }
}
