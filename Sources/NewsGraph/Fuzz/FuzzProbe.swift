import Foundation

/// Runs one input through every stage and checks what each stage promises.
///
/// Stages: read (decode, front matter, segment, normalize) → `SafetyLimits`
/// → tag → graph → native file → every exporter. A whole-file refusal with a
/// `NewsGraphError` that names the file as given is a pass; anything else that
/// goes wrong — a span outside the file, a clean range outside the text, an
/// error naming another path, an export a standard reader cannot parse, an
/// article over the time bound, two runs that differ — is a failure with its
/// stage. A crash or hang cannot be caught here: `newsgraph fuzz` runs the
/// probe in a child process and watches it.
public struct FuzzProbe: Sendable {
    public var limits: SafetyLimits
    public var tagger: Tagger
    /// On every `determinismEvery`-th case (0 = never): run twice and compare every output byte for byte
    /// (below 1 MB), and check the set laws (reversed order, merge of two halves in either order).
    public var determinismEvery: Int

    public init(limits: SafetyLimits = .standard, tagger: Tagger, determinismEvery: Int = 8) {
        self.limits = limits
        self.tagger = tagger
        self.determinismEvery = determinismEvery
    }

    /// Runs `fuzzCase` through the pipeline and reports how it ended (never throws).
    public func run(_ fuzzCase: FuzzCase) -> FuzzOutcome {
        let start = DispatchTime.now().uptimeNanoseconds
        var outcome = FuzzOutcome(
            index: fuzzCase.index, origin: fuzzCase.origin, fileName: fuzzCase.fileName,
            byteCount: fuzzCase.bytes.count, status: .passed)
        do {
            let first = try pipeline(fuzzCase, outcome: &outcome)
            if determinismEvery > 0 && fuzzCase.index % determinismEvery == 0 && fuzzCase.bytes.count < 1 << 20 {
                var again = outcome
                let second = try pipeline(fuzzCase, outcome: &again)
                if first.count != second.count {
                    throw FuzzFailure("determinism", "second run made \(second.count) outputs, the first \(first.count)")
                }
                for (a, b) in zip(first, second) where a.name != b.name || a.data != b.data {
                    throw FuzzFailure("determinism", "second run differs in \(a.name): " + Self.firstDifference(a.data, b.data))
                }
            }
        } catch let f as FuzzFailure {
            outcome.status = .failed(stage: f.stage, message: f.message)
        } catch let e as NewsGraphError {
            outcome.status = .rejected(code: e.code)
            if !e.description.hasPrefix(fuzzCase.fileName + ":") {
                outcome.status = .failed(
                    stage: "error", message: "error does not start with the file as given: \(e.description.prefix(200))")
            }
        } catch {
            outcome.status = .failed(stage: "error", message: "untyped error escaped: \(error)")
        }
        outcome.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return outcome
    }

    /// The first line where two outputs differ, both versions shortened.
    static func firstDifference(_ a: Data, _ b: Data) -> String {
        let la = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let lb = String(decoding: b, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for k in 0..<max(la.count, lb.count) {
            let x = k < la.count ? la[k] : "(end)"
            let y = k < lb.count ? lb[k] : "(end)"
            if x != y { return "line \(k + 1): `\(x.prefix(160))` then `\(y.prefix(160))`" }
        }
        return "same lines, other bytes"
    }

    /// One full pass; returns every output (name, bytes) for the determinism comparison.
    func pipeline(_ c: FuzzCase, outcome: inout FuzzOutcome) throws -> [(name: String, data: Data)] {
        let file = c.fileName
        let reader = PageReader(options: ReadOptions(encoding: c.encoding))
        var problems: [NewsGraphError] = []
        let read = try reader.read(bytes: c.bytes, file: file) { problems.append($0) }
        for p in problems where !p.description.hasPrefix(file) {
            throw FuzzFailure("read", "problem does not name the file as given: \(p.description.prefix(200))")
        }
        outcome.articles = read.count
        for a in read { try FuzzInvariants.checkArticle(a, file: file, rawCount: c.bytes.count) }

        var refused: [NewsGraphError] = []
        let admitted = limits.admit(read) { refused.append($0) }
        outcome.refusedArticles = refused.count
        for r in refused where !r.description.hasPrefix(file + ":") {
            throw FuzzFailure("limits", "refusal does not name the file: \(r.description.prefix(200))")
        }

        var slow: [NewsGraphError] = []
        var tagged: [TaggedArticle] = []
        // Cited bytes are compared with the mention for verbatim UTF-8 pages (not re-encoded files or JSON escapes).
        let verbatim =
            !file.hasSuffix(".jsonl") && c.encoding == nil && !c.bytes.starts(with: [0xFF, 0xFE])
            && !c.bytes.starts(with: [0xFE, 0xFF]) && TextDecoder.firstInvalidUTF8(c.bytes, from: 0) == nil
        for a in admitted {
            let t = limits.timed(a, stage: "tag", onProblem: { slow.append($0) }, { tagger.tag(a) })
            try FuzzInvariants.checkTagged(t, file: file, rawCount: c.bytes.count, raw: verbatim ? c.bytes : nil)
            tagged.append(t)
        }
        if let s = slow.first { throw FuzzFailure("tag", s.description) }

        var outputs: [(name: String, data: Data)] = []
        outputs.append((name: "articles", data: Data(FuzzInvariants.fingerprint(tagged).utf8)))
        let sampled = determinismEvery > 0 && c.index % determinismEvery == 0
        outputs += try FuzzExports.run(tagged, file: file, rawCount: c.bytes.count, checkLaws: sampled)
        return outputs
    }
}
