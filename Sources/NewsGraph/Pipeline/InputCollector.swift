import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Expands the paths a user gave into the input files to read.
///
/// A file is taken as given, whatever its name. A directory is walked
/// recursively for `.txt` and `.jsonl` files, in sorted order, following
/// symbolic links but never entering a directory twice (a link back to an
/// ancestor would loop forever). Paths stay as the user spelled them, joined
/// with the names found below them, so evidence never leaks more than was given.
public struct InputCollector: Sendable {
    /// Extensions picked up inside directories.
    public var extensions: Set<String>

    public init(extensions: Set<String> = ["txt", "jsonl"]) { self.extensions = extensions }

    /// The files under `paths`, and one error per path that could not be used.
    public func collect(_ paths: [String]) -> (files: [String], errors: [NewsGraphError]) {
        var files: [String] = []
        var errors: [NewsGraphError] = []
        var seenDirectories = Set<String>()
        var seenFiles = Set<String>()
        for p in paths {
            var st = stat()
            guard stat(p, &st) == 0 else {
                errors.append(.unreadable(file: p, reason: errnoText()))
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(p, &files, &errors, &seenDirectories, &seenFiles)
            } else if seenFiles.insert(p).inserted {
                files.append(p)
            }
        }
        return (files, errors)
    }

    private func walk(
        _ dir: String, _ files: inout [String], _ errors: inout [NewsGraphError], _ seenDirectories: inout Set<String>,
        _ seenFiles: inout Set<String>
    ) {
        guard let real = realPath(dir) else {
            errors.append(.unreadable(file: dir, reason: errnoText()))
            return
        }
        // Already walked: a symbolic-link loop, or the same folder reached twice.
        guard seenDirectories.insert(real).inserted else { return }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted() } catch {
            errors.append(.unreadable(file: dir, reason: "cannot list directory: \((error as NSError).localizedDescription)"))
            return
        }
        let prefix = dir.hasSuffix("/") ? dir : dir + "/"
        for name in names where !name.hasPrefix(".") {
            let path = prefix + name
            var st = stat()
            guard stat(path, &st) == 0 else {
                // A dangling link or a file removed meanwhile.
                if extensions.contains((name as NSString).pathExtension.lowercased()) {
                    errors.append(.unreadable(file: path, reason: errnoText()))
                }
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(path, &files, &errors, &seenDirectories, &seenFiles)
            } else if (st.st_mode & S_IFMT) == S_IFREG, extensions.contains((name as NSString).pathExtension.lowercased()) {
                if let real = realPath(path), !seenFiles.insert(real).inserted { continue }
                files.append(path)
            }
        }
    }

    private func realPath(_ path: String) -> String? {
        guard let r = realpath(path, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }
}
