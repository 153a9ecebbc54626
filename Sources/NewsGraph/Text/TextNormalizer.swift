/// Repairs the artefacts of PDF text extraction in one pass over the scalars.
///
/// - A line break is removed unless the line ends a sentence (`。！？!?…`,
///   optionally followed by a closing quote or bracket) or the caller forces a
///   break; blank lines never break a paragraph. A line break between two
///   Latin letters becomes a space.
/// - Spaces next to a wide character (CJK ideograph, CJK or general
///   punctuation, full-width form) are removed; a run of spaces between two
///   narrow characters (Latin words, numbers) becomes one space.
/// - Full-width digits, letters and `％＋－．／` fold to ASCII, the ideographic
///   space to a space; Chinese punctuation is kept.
/// - Other control characters are dropped.
///
/// Every clean scalar maps to the raw bytes of the scalar it came from; an
/// inserted `\n` or space maps to the whitespace it replaced (see schema/input-formats.md).
public struct TextNormalizer: Sendable {
    public init() {}

    /// Normalizes a string; the map's "raw" offsets are UTF-8 offsets into `text`.
    public func normalize(_ text: String) -> NormalizedText {
        normalize(DecodedText(encoding: "utf-8", utf8: Array(text.utf8)))
    }

    /// Normalizes a whole decoded page (from `decoded.start`), line by line.
    public func normalize(_ decoded: DecodedText) -> NormalizedText {
        normalize(decoded, pieces: [TextPiece(range: decoded.start..<decoded.utf8.count)])
    }

    /// Normalizes the given pieces of a decoded page, in order; the boundary between
    /// two pieces (and any line break inside one) is a line break.
    public func normalize(_ decoded: DecodedText, pieces: [TextPiece]) -> NormalizedText {
        // Output never exceeds the input plus one separator per piece; the sink grows if it must.
        var out = ByteSink(capacity: pieces.reduce(0) { $0 + $1.range.count } + pieces.count + 16)
        defer { out.free() }
        var map = OffsetMap()
        decoded.utf8.withUnsafeBufferPointer { p in
            var state = State()
            for piece in pieces {
                var i = piece.range.lowerBound
                let end = min(piece.range.upperBound, p.count)
                while i < end {
                    let (v, len) = Self.scalar(p, i, end)
                    if v == 0x0A || v == 0x0D || v == 0x0C || v == 0x2028 || v == 0x2029 {
                        state.endLine(forced: false)
                    } else {
                        let f = ScalarClass.fold(v)
                        if ScalarClass.isSpace(f) {
                            if state.spaceStart < 0 { state.spaceStart = i }
                            state.spaceEnd = i + len
                        } else if f >= 0x20 && f != 0x7F {
                            state.emit(f, at: i..<(i + len), p: p, decoded: decoded, out: &out, map: &map)
                        }
                    }
                    i += len
                }
                state.endLine(forced: piece.breakAfter)
            }
            state.flushRun(&map)
        }
        return NormalizedText(text: out.string(), offsets: map)
    }

    /// Decodes the (already validated) UTF-8 scalar at `i`.
    @inline(__always) static func scalar(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (UInt32, Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, i + 1 < end { return ((b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < end {
            return ((b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
        }
        if i + 3 < end {
            return (
                (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                    | UInt32(p[i + 3] & 0x3F), 4
            )
        }
        return (0xFFFD, 1)
    }

    /// True when a line whose last two visible scalars are `last2`, `last` ends a paragraph.
    @inline(__always) static func endsParagraph(_ last2: UInt32, _ last: UInt32) -> Bool {
        ScalarClass.isSentenceEnd(last) || (ScalarClass.isCloser(last) && ScalarClass.isSentenceEnd(last2))
    }

    /// Mutable state of one normalization pass.
    private struct State {
        /// Last two emitted scalars of the current paragraph (0 = none).
        var last: UInt32 = 0
        var last2: UInt32 = 0
        /// Decoded range of spaces seen since the last emitted scalar on this line (-1 = none).
        var spaceStart = -1
        var spaceEnd = -1
        /// Decoded end of the last emitted scalar.
        var contentEnd = -1
        /// 0 none, 1 line break pending, 2 paragraph break pending.
        var pendingBreak = 0
        /// True once the current line emitted something.
        var lineHasContent = false
        /// A run of scalars copied verbatim from UTF-8 input, not yet in the map (start, end; empty = none).
        /// The map merges contiguous verbatim bytes into one segment anyway; recording the run once is
        /// the same map for far fewer calls.
        var runStart = 0
        var runEnd = 0

        /// Records the pending verbatim run in the map.
        mutating func flushRun(_ map: inout OffsetMap) {
            guard runEnd > runStart else { return }
            map.append(cleanByteCount: runEnd - runStart, raw: Span(start: runStart, end: runEnd))
            runStart = 0
            runEnd = 0
        }

        mutating func endLine(forced: Bool) {
            spaceStart = -1
            if lineHasContent {
                let paragraph = forced || TextNormalizer.endsParagraph(last2, last)
                pendingBreak = max(pendingBreak, paragraph ? 2 : 1)
            } else if forced && last != 0 {
                pendingBreak = 2
            }
            lineHasContent = false
        }

        mutating func emit(
            _ v: UInt32, at range: Range<Int>, p: UnsafeBufferPointer<UInt8>, decoded: DecodedText,
            out: inout ByteSink, map: inout OffsetMap
        ) {
            if pendingBreak > 0 && last != 0 {
                // The inserted separator maps to the whitespace after the previous content.
                var e = contentEnd
                while e < range.lowerBound {
                    let b = p[e]
                    guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C else { break }
                    e += 1
                }
                flushRun(&map)
                if pendingBreak == 2 {
                    out.append(0x0A)
                    map.append(cleanByteCount: 1, raw: decoded.rawSpan(contentEnd..<e))
                    last = 0
                    last2 = 0
                } else if (ScalarClass.isASCIILetter(last) && ScalarClass.isASCIILetter(v))
                    || ((last == 0x2C || last == 0x3B || last == 0x3A) && !ScalarClass.isWide(v))
                {
                    out.append(0x20)
                    map.append(cleanByteCount: 1, raw: decoded.rawSpan(contentEnd..<e))
                }
            } else if spaceStart >= 0 && last != 0 && !ScalarClass.isWide(last) && !ScalarClass.isWide(v) {
                flushRun(&map)
                out.append(0x20)
                map.append(cleanByteCount: 1, raw: decoded.rawSpan(spaceStart..<spaceEnd))
            }
            pendingBreak = 0
            spaceStart = -1
            let before = out.count
            out.appendUTF8(v)
            if decoded.map == nil && out.count - before == range.count {
                if runEnd != range.lowerBound || runEnd == runStart {
                    flushRun(&map)
                    runStart = range.lowerBound
                }
                runEnd = range.upperBound
            } else {
                flushRun(&map)
                map.append(cleanByteCount: out.count - before, raw: decoded.rawSpan(range))
            }
            last2 = last
            last = v
            contentEnd = range.upperBound
            lineHasContent = true
        }
    }
}
