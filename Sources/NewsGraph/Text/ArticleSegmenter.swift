/// Splits a decoded page into its articles.
///
/// Line by line: openers (`本报讯`, `新华社…电`, `□ 本报记者 X`) start an
/// article; end bylines (`（武子祺 任梦雅）`), `（下转 2 版）`, reprint sources
/// (`据《经济日报》`) and `摄影报道` credits close it; Markdown headings close
/// it too. Short unpunctuated lines between articles are headline units,
/// attached afterwards by `HeadlineMatcher` (so headlines printed before,
/// after, or collected at the end of a page all find their article). Section
/// headings with a pinyin line, captions (`图为…`) and transfer markers are
/// page furniture. A line of body text outside any article opens one without
/// an opener.
public struct ArticleSegmenter: Sendable {
    public init() {}

    /// The articles of a decoded page. `file` names them (`FILE#N`); `bodyStart` skips a front matter;
    /// `raw` (the file's bytes, when not UTF-8) feeds the content hash.
    public func segment(
        _ decoded: DecodedText, file: String, metadata: IssueMetadata = IssueMetadata(), bodyStart: Int? = nil,
        raw: [UInt8]? = nil
    ) -> [Article] {
        let lines = PageLine.scan(decoded, from: bodyStart)
        var run = Run(decoded: decoded, lines: lines)
        run.walk()
        run.splitReprints()
        return run.build(file: file, metadata: metadata, raw: raw)
    }
}

extension ArticleSegmenter {
    /// One segmentation pass over a page's lines.
    struct Run {
        let decoded: DecodedText
        let lines: [PageLine]
        var drafts: [ArticleDraft] = []
        var units: [HeadlineUnit] = []
        var credits: [ZoneCredit] = []
        /// Headline-like lines met inside an article after a paragraph end: subheadings or the next headline.
        var pending: [Int] = []
        /// Pending lines that are subtitles (`——`).
        var pendingSubtitle: Set<Int> = []
        /// Inside a caption that has not ended yet.
        var inCaption = false
        var captionText = ""
        /// Median display width of the page's lines.
        let pageWidth: Int

        init(decoded: DecodedText, lines: [PageLine]) {
            self.decoded = decoded
            self.lines = lines
            let widths = lines.filter { !$0.isBlank }.map(\.width).sorted()
            pageWidth = widths.isEmpty ? 0 : widths[widths.count / 2]
        }

        /// The open article, if any.
        var open: Int? {
            guard let k = drafts.indices.last, !drafts[k].closed else { return nil }
            return k
        }

        mutating func walk() {
            var i = 0
            while i < lines.count {
                let line = lines[i]
                i += 1
                if line.isBlank { continue }
                let idx = i - 1
                if inCaption {
                    captionLine(idx)
                    continue
                }
                if let heading = line.headingText() {
                    flushPendingAsUnits()
                    closeOpen()
                    var j = i
                    while j < lines.count && lines[j].isBlank { j += 1 }
                    if j < lines.count && lines[j].isPinyin(decoded) {
                        i = j + 1  // a section name and its pinyin: furniture
                        continue
                    }
                    addUnit(range: heading, isHeading: true)
                    continue
                }
                if line.isPinyin(decoded) || line.isDeskCredit { continue }
                if let opener = parseOpener(idx) {
                    flushPendingAsUnits()
                    closeOpen()
                    var d = ArticleDraft(first: line.range.lowerBound)
                    d.ownOpener = opener.own
                    d.names = opener.names
                    d.extend(to: line.range.upperBound)
                    drafts.append(d)
                    if opener.bodyLine > idx { i = opener.bodyLine + 1 }
                    if opener.bodyLine < lines.count, opener.bodyStart < lines[opener.bodyLine].range.upperBound {
                        addBody(opener.bodyLine, from: opener.bodyStart)
                    }
                    continue
                }
                if line.isReprintSource {
                    flushPendingIntoOpen()
                    if let k = open {
                        drafts[k].reprint = true
                        drafts[k].closed = true
                    }
                    continue
                }
                if line.isCaptionStart {
                    inCaption = true
                    captionText = ""
                    captionLine(idx)
                    continue
                }
                let toks = line.isWhole && line.mayEndInCredit ? BylineParser.tokens(decoded, line.range) : []
                if !toks.isEmpty, let credit = BylineParser.credit(in: toks) {
                    if credit.firstToken == 0 {
                        addCredit(credit.names, caption: "", closes: credit.isReport)
                        continue
                    }
                    // `标准化初加工车间里，工人忙着分拣包装。 史婉 摄`: a caption with its credit.
                    let before = toks[credit.firstToken - 1].scalars.last ?? 0
                    if ScalarClass.isSentenceEnd(before) || ScalarClass.isCloser(before) {
                        flushPendingIntoOpen()
                        addCredit(credit.names, caption: toks[..<credit.firstToken].map(\.text).joined(), closes: false)
                        continue
                    }
                }
                if let names = endByline(idx, fromSuffix: false)?.names {
                    flushPendingIntoOpen()
                    if let k = open ?? drafts.indices.last {
                        drafts[k].names += names
                        drafts[k].extend(to: line.range.upperBound)
                        drafts[k].closed = true
                    }
                    continue
                }
                if line.isSubtitle, !pending.isEmpty || lastWasUnit(idx) {
                    if !pending.isEmpty {
                        pending.append(idx)
                        pendingSubtitle.insert(idx)
                    } else if let u = units.indices.last {
                        units[u].subtitle = subtitleText(line)
                    }
                    continue
                }
                if let k = open {
                    if line.isHeadlineLike(strict: true)
                        && (!pending.isEmpty || drafts[k].pieceLines.last.map { lines[$0].endsParagraph } ?? true)
                    {
                        pending.append(idx)
                        continue
                    }
                    flushPendingIntoOpen()
                    addBody(idx, from: line.range.lowerBound)
                    continue
                }
                // Between articles.
                if line.isHeadlineLike(strict: false) {
                    addUnit(range: line.range, isHeading: false)
                    continue
                }
                if let k = drafts.indices.last, drafts[k].pieces.isEmpty, !drafts[k].closed {
                    addBody(idx, from: line.range.lowerBound)
                    continue
                }
                drafts.append(ArticleDraft(first: line.range.lowerBound))
                addBody(idx, from: line.range.lowerBound)
            }
            flushPendingAsUnits()
            closeOpen()
        }

        /// True when the previous non-blank line became a headline unit.
        func lastWasUnit(_ idx: Int) -> Bool {
            guard open == nil, !units.isEmpty else { return false }
            var j = idx - 1
            while j >= 0 && lines[j].isBlank { j -= 1 }
            guard j >= 0 else { return false }
            return lines[j].isHeadlineLike(strict: false) || lines[j].headingText() != nil
        }

        mutating func closeOpen() {
            if let k = open { drafts[k].closed = true }
        }

        /// Adds body text of line `idx` from `start`, taking off trailing furniture and bylines.
        mutating func addBody(_ idx: Int, from start: Int) {
            let line = lines[idx]
            var end = line.range.upperBound
            var closes = false
            var names: [BylineParser.Name] = []
            if let t = line.transferMarkerStart() {
                end = line.suffixPos[t]
                closes = line.markerCloses(t)
            } else if let got = endByline(idx, fromSuffix: true) {
                names = got.names
                end = got.openPos
                closes = true
            } else if line.last == 0x6444 || line.ends(with: "摄影") || line.ends(with: "摄影报道") {
                let tailStart = line.suffixPos[max(0, line.suffixPos.count - 24)]
                let toks = BylineParser.tokens(decoded, max(start, tailStart)..<line.range.upperBound)
                if let c = BylineParser.credit(in: toks), c.firstToken > 0 || max(start, tailStart) > start {
                    let before = toks[max(0, c.firstToken - 1)].scalars.last ?? 0
                    if c.firstToken == 0 || ScalarClass.isSentenceEnd(before) || ScalarClass.isCloser(before) {
                        names = c.names
                        end = c.firstToken > 0 ? toks[c.firstToken - 1].range.upperBound : toks[0].range.lowerBound
                        closes = c.isReport
                    }
                }
            }
            if open == nil { drafts.append(ArticleDraft(first: start)) }
            let k = drafts.count - 1
            if start < end {
                drafts[k].pieces.append(TextPiece(range: start..<end))
                drafts[k].pieceLines.append(idx)
            }
            drafts[k].names += names
            drafts[k].extend(to: names.isEmpty ? end : line.range.upperBound)
            if closes { drafts[k].closed = true }
        }

        /// An end byline: the whole line `（武子祺 任梦雅）`, or (fromSuffix) a line ending `。（张新亮）`.
        func endByline(_ idx: Int, fromSuffix: Bool) -> (names: [BylineParser.Name], openPos: Int)? {
            let line = lines[idx]
            guard line.last == 0xFF09 || line.last == 0x29 else { return nil }
            guard let open = line.suffix.lastIndex(where: { $0 == 0xFF08 || $0 == 0x28 }) else { return nil }
            if fromSuffix {
                guard open > 0 else { return nil }
                let before = line.suffix[open - 1]
                guard ScalarClass.isSentenceEnd(before) || ScalarClass.isCloser(before) else { return nil }
            } else {
                guard line.isWhole, open == 0 else { return nil }
            }
            // `（` is three UTF-8 bytes, `(` one; a line such as `(1)` may hold almost nothing inside.
            let openWidth = line.suffix[open] == 0x28 ? 1 : 3
            let innerStart = line.suffixPos[open] + openWidth
            let innerEnd = line.suffixPos[line.suffix.count - 1]
            guard innerStart < innerEnd else { return nil }
            let inner = innerStart..<innerEnd
            let toks = BylineParser.tokens(decoded, inner)
            guard toks.count <= 6, let names = BylineParser.names(in: toks, defaultRole: .writer) else { return nil }
            return (names, line.suffixPos[open])
        }

        /// Caption lines are furniture; a credit at the caption's end is a photographer.
        mutating func captionLine(_ idx: Int) {
            let line = lines[idx]
            if line.isWhole {
                let toks = BylineParser.tokens(decoded, line.range)
                if let c = BylineParser.credit(in: toks) {
                    captionText += toks[..<c.firstToken].map(\.text).joined()
                    inCaption = false
                    addCredit(c.names, caption: captionText, closes: false)
                    return
                }
                captionText += line.key
            }
            if line.endsParagraph {
                inCaption = false
                // A credit line may follow the caption.
            }
        }

        mutating func addCredit(_ names: [BylineParser.Name], caption: String, closes: Bool) {
            if let k = open {
                drafts[k].names += names
                if closes {
                    drafts[k].extend(to: names.last?.range.upperBound ?? drafts[k].last)
                    drafts[k].closed = true
                }
                return
            }
            credits.append(
                ZoneCredit(names: names, caption: caption, prevArticle: drafts.count - 1, nextArticle: drafts.count))
            if !caption.isEmpty { return }
            // A bare credit line right after a caption keeps that caption's text.
            if credits.count >= 1 { credits[credits.count - 1].caption = captionText }
        }

        mutating func addUnit(range: Range<Int>, isHeading: Bool) {
            let text = HeadlineText.clean(decoded, range)
            guard !text.isEmpty else { return }
            units.append(
                HeadlineUnit(
                    text: text, subtitle: nil, isHeading: isHeading, prevArticle: drafts.count - 1,
                    nextArticle: drafts.count, order: units.count))
        }

        func subtitleText(_ line: PageLine) -> String {
            var s = HeadlineText.clean(decoded, line.range)
            while let f = s.unicodeScalars.first, f == "—" || f == "─" || f == "-" { s.unicodeScalars.removeFirst() }
            return s.trimmingSpaces()
        }

        /// Pending headline-like lines before an opener or heading: headlines of what follows.
        mutating func flushPendingAsUnits() {
            guard !pending.isEmpty else { return }
            let lines = pending
            pending = []
            closeOpen()
            for idx in lines {
                if pendingSubtitle.contains(idx), let u = units.indices.last {
                    units[u].subtitle = subtitleText(self.lines[idx])
                } else {
                    addUnit(range: self.lines[idx].range, isHeading: false)
                }
            }
            pendingSubtitle = []
        }

        /// Pending lines followed by body text: subheadings when one of them is clearly shorter
        /// than the column, otherwise ordinary lines of the paragraph.
        mutating func flushPendingIntoOpen() {
            guard !pending.isEmpty, let k = open else {
                pending = []
                return
            }
            let widths = drafts[k].pieceLines.map { lines[$0].width }.sorted()
            let column = widths.count >= 3 ? widths[widths.count / 2] : pageWidth
            let isHeading = pending.contains { lines[$0].width * 4 < column * 3 }
            for idx in pending {
                drafts[k].pieces.append(TextPiece(range: lines[idx].range, breakAfter: isHeading))
                drafts[k].pieceLines.append(idx)
                drafts[k].extend(to: lines[idx].range.upperBound)
            }
            pending = []
            pendingSubtitle = []
        }

        /// Opener of line `idx`: own-paper (`本报讯`, `本报记者`, `□`) or agency (`新华社…电`).
        func parseOpener(_ idx: Int) -> (own: Bool, names: [BylineParser.Name], bodyLine: Int, bodyStart: Int)? {
            let line = lines[idx]
            let next = nextNonBlank(after: idx)
            let nextStart = next < lines.count ? lines[next].range.lowerBound : line.range.upperBound
            if line.starts(withAnyOf: PageLine.bylineOpeners) {
                guard line.isWhole else { return nil }
                var toks = BylineParser.tokens(decoded, line.range)
                if let f = toks.first, f.scalars.first == 0x25A1 || f.scalars.first == 0x25A0 {
                    if f.scalars.count == 1 {
                        toks.removeFirst()
                    } else {
                        toks[0].scalars.removeFirst()
                        toks[0].range = (f.range.lowerBound + 3)..<f.range.upperBound
                    }
                }
                guard toks.count <= 8, let names = BylineParser.names(in: toks, defaultRole: .reporter) else {
                    return nil
                }
                return (true, names, next, nextStart)
            }
            if line.starts(with: "本报讯") {
                let after = 3
                guard line.prefix.count > after else { return (true, [], next, nextStart) }
                let plain = (true, [BylineParser.Name](), idx, line.prefixPos[after])
                let o = line.prefix[after]
                guard o == 0xFF08 || o == 0x28 else { return plain }
                let innerStart = after + 1 < line.prefixPos.count ? line.prefixPos[after + 1] : line.range.upperBound
                if let close = line.prefix[(after + 1)...].firstIndex(where: { $0 == 0xFF09 || $0 == 0x29 }) {
                    let toks = BylineParser.tokens(decoded, innerStart..<line.prefixPos[close])
                    guard let names = BylineParser.names(in: toks, defaultRole: .reporter) else { return plain }
                    let body = close + 1 < line.prefixPos.count ? line.prefixPos[close + 1] : line.range.upperBound
                    if body >= line.range.upperBound { return (true, names, next, nextStart) }
                    return (true, names, idx, body)
                }
                // The byline is cut by the line break: `（记者 李雅萍 通讯员 武姝` / `君）`.
                guard line.isWhole, next < lines.count else { return plain }
                let nl = lines[next]
                guard let close = nl.prefix.firstIndex(where: { $0 == 0xFF09 || $0 == 0x29 }), close <= 8 else {
                    return plain
                }
                var toks = BylineParser.tokens(decoded, innerStart..<line.range.upperBound)
                var rest = BylineParser.tokens(decoded, nl.range.lowerBound..<nl.prefixPos[close])
                if let a = toks.last, let b = rest.first, close > 0,
                    ScalarClass.isIdeograph(a.scalars.last ?? 0), ScalarClass.isIdeograph(b.scalars.first ?? 0)
                {
                    // A line break between two ideographs cuts a name: join the halves.
                    toks[toks.count - 1] = BylineParser.Token(
                        scalars: a.scalars + b.scalars, range: a.range.lowerBound..<b.range.upperBound)
                    rest.removeFirst()
                }
                guard let names = BylineParser.names(in: toks + rest, defaultRole: .reporter) else { return plain }
                let body = close + 1 < nl.prefixPos.count ? nl.prefixPos[close + 1] : nl.range.upperBound
                return (true, names, next, body)
            }
            if line.starts(withAnyOf: PageLine.agencies), line.prefix.prefix(24).contains(0x7535) {
                return (false, [], idx, line.range.lowerBound)
            }
            return nil
        }

        func nextNonBlank(after idx: Int) -> Int {
            var j = idx + 1
            while j < lines.count && lines[j].isBlank { j += 1 }
            return j
        }
    }
}
