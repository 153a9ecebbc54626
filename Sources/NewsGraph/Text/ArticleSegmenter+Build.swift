/// Second half of segmentation: reprint splitting, headline and credit attachment, articles out.
extension ArticleSegmenter.Run {
    /// A reprint source (`据《经济日报》`) cannot close a story the paper reported itself
    /// (`本报讯`): the reprint starts at the paragraph boundary where the vocabulary changes most.
    mutating func splitReprints() {
        var k = drafts.count - 1
        while k >= 0 {
            defer { k -= 1 }
            let d = drafts[k]
            guard d.reprint, d.ownOpener, d.pieces.count >= 2 else { continue }
            // Paragraphs as runs of pieces.
            var paragraphs: [Range<Int>] = []
            var start = 0
            for p in d.pieces.indices {
                let line = lines[d.pieceLines[p]]
                if d.pieces[p].breakAfter || line.endsParagraph || p == d.pieces.count - 1 {
                    paragraphs.append(start..<(p + 1))
                    start = p + 1
                }
            }
            guard paragraphs.count >= 2 else { continue }
            let grams = paragraphs.map { r in
                Bigrams.of(r.map { decoded.string(d.pieces[$0].range) }.joined())
            }
            var best = -1
            var bestSim = 2.0
            for b in 1..<paragraphs.count {
                let left = grams[max(0, b - 2)..<b].reduce(BigramSet()) { $0.union($1) }
                let right = grams[b..<min(grams.count, b + 2)].reduce(BigramSet()) { $0.union($1) }
                let sim = Bigrams.overlap(left, right)
                if sim < bestSim {
                    bestSim = sim
                    best = b
                }
            }
            guard best > 0 else { continue }
            let cut = paragraphs[best].lowerBound
            var a = d
            var b = ArticleDraft(first: d.pieces[cut].range.lowerBound)
            a.pieces = Array(d.pieces[..<cut])
            a.pieceLines = Array(d.pieceLines[..<cut])
            a.reprint = false
            a.closed = true
            a.last = d.pieces[cut - 1].range.upperBound
            a.names = d.names.filter { $0.range.lowerBound < b.first }
            b.pieces = Array(d.pieces[cut...])
            b.pieceLines = Array(d.pieceLines[cut...])
            b.names = d.names.filter { $0.range.lowerBound >= b.first }
            b.reprint = true
            b.closed = true
            b.last = d.last
            drafts[k] = a
            drafts.insert(b, at: k + 1)
            for u in units.indices {
                if units[u].prevArticle >= k { units[u].prevArticle += 1 }
                if units[u].nextArticle > k { units[u].nextArticle += 1 }
            }
            for c in credits.indices {
                if credits[c].prevArticle >= k { credits[c].prevArticle += 1 }
                if credits[c].nextArticle > k { credits[c].nextArticle += 1 }
            }
        }
    }

    /// The finished articles, numbered from 1 in page order.
    func build(file: String, metadata: IssueMetadata, raw: [UInt8]?) -> [Article] {
        let normalizer = TextNormalizer()
        let texts = drafts.map { normalizer.normalize(decoded, pieces: $0.pieces) }
        // Fingerprints are needed only when there is something to attach.
        let needsMatching = !units.isEmpty || credits.contains { !$0.caption.isEmpty }
        let bodies = needsMatching ? texts.map { Bigrams.of($0.text) } : texts.map { _ in BigramSet() }
        let attached = HeadlineMatcher.assign(units, bodies: bodies)
        var extraNames = [[BylineParser.Name]](repeating: [], count: drafts.count)
        for c in credits {
            var target: Int?
            if !c.caption.isEmpty {
                let g = Bigrams.of(c.caption)
                let scored = bodies.indices.map { (Bigrams.overlap(g, bodies[$0]) * (g.count <= bodies[$0].count ? 1 : 0), $0) }
                if let best = scored.max(by: { $0.0 < $1.0 }), best.0 >= 0.5 { target = best.1 }
            }
            if target == nil {
                if c.nextArticle < drafts.count {
                    target = c.nextArticle
                } else if c.prevArticle >= 0 {
                    target = c.prevArticle
                }
            }
            if let t = target { extraNames[t] += c.names }
        }
        var articles: [Article] = []
        for (k, d) in drafts.enumerated() where !texts[k].text.isEmpty {
            var headline: String?
            var subtitle: String?
            let mine = attached[k]
            if !mine.isEmpty {
                let chosen: [Int]
                if mine.contains(where: { units[$0].isHeading }) {
                    let before = units[mine[0]].nextArticle == k
                    chosen = [before ? mine.last! : mine.first!]
                } else {
                    chosen = mine
                }
                headline = chosen.map { units[$0].text }.joined(separator: " ")
                subtitle = chosen.compactMap { units[$0].subtitle }.first
            }
            var authors: [Author] = []
            var seen = Set<String>()
            for n in (d.names + extraNames[k]) where seen.insert(n.name + "\u{1F}" + n.role.rawValue).inserted {
                authors.append(Author(name: n.name, role: n.role, span: decoded.rawSpan(n.range)))
            }
            let index = articles.count + 1
            let rawSpan = decoded.rawSpan(d.first..<max(d.first, d.last))
            let hashSource = raw ?? decoded.utf8
            let hashRange = raw != nil || decoded.map == nil ? rawSpan.start..<rawSpan.end : d.first..<d.last
            articles.append(
                Article(
                    id: "\(file)#\(index)", file: file, index: index, headline: headline, subtitle: subtitle,
                    authors: authors, text: texts[k].text, offsets: texts[k].offsets, rawSpan: rawSpan,
                    metadata: metadata, contentHash: ContentHash.fnv1a64(hashSource, hashRange)))
        }
        return articles
    }
}
