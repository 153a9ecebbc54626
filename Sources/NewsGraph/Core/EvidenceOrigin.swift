/// The file and article a piece of evidence was read from, held once and shared by the article's evidence.
///
/// Every fact of an article cites the same file and article id, and a large
/// graph holds tens of millions of evidence copies: storing the two strings
/// once per article, behind one reference, is what (with `EvidenceRule`)
/// keeps `Evidence` at 40 bytes. Immutable, so copies share it across threads; changing an
/// evidence's file or article gives that evidence a new origin.
///
/// It also holds the rare raw offsets that do not fit `Evidence`'s 32-bit
/// fields (a file over 4 GiB, or a hand-made graph file), so every `Int` an
/// evidence is given reads back unchanged.
final class EvidenceOrigin: Sendable {
    /// The input path as the user gave it.
    let file: String
    /// `FILE#N`.
    let article: String
    /// `article.hashValue`, computed once: hashing evidence hashes its article (a `String`, normalised
    /// on every hash), and equal articles have equal hash values within a process.
    let articleHash: Int
    /// The start of the evidence whose 32-bit start is `Evidence.wide`.
    let wideStart: Int
    /// The end of the evidence whose 32-bit end is `Evidence.wide`.
    let wideEnd: Int

    init(file: String, article: String, wideStart: Int = 0, wideEnd: Int = 0) {
        self.file = file
        self.article = article
        self.articleHash = article.hashValue
        self.wideStart = wideStart
        self.wideEnd = wideEnd
    }

    /// True when this origin's file and article have exactly these bytes.
    func holds(file: String, article: String) -> Bool {
        UTF8Bytes.equal(self.article, article) && UTF8Bytes.equal(self.file, file)
    }

    /// The same file and article with other wide offsets.
    func with(wideStart: Int? = nil, wideEnd: Int? = nil) -> EvidenceOrigin {
        EvidenceOrigin(file: file, article: article, wideStart: wideStart ?? self.wideStart, wideEnd: wideEnd ?? self.wideEnd)
    }
}
