/// What happened to one fuzz case.
public struct FuzzOutcome: Sendable {
    /// How the case ended.
    public enum Status: Sendable, Equatable {
        /// Went through every stage; every export parsed.
        case passed
        /// Refused as a whole with a clear `NewsGraphError` naming the file (bad encoding, binary…): a pass.
        case rejected(code: String)
        /// An invariant broke: the stage and what was wrong.
        case failed(stage: String, message: String)
    }

    public var index: Int
    public var origin: String
    public var fileName: String
    public var byteCount: Int
    public var status: Status
    /// Articles read, and articles refused by a `SafetyLimits` bound.
    public var articles: Int
    public var refusedArticles: Int
    /// Wall time of the whole case.
    public var seconds: Double

    public init(
        index: Int, origin: String, fileName: String, byteCount: Int, status: Status, articles: Int = 0,
        refusedArticles: Int = 0, seconds: Double = 0
    ) {
        self.index = index
        self.origin = origin
        self.fileName = fileName
        self.byteCount = byteCount
        self.status = status
        self.articles = articles
        self.refusedArticles = refusedArticles
        self.seconds = seconds
    }

    /// True unless an invariant broke.
    public var isFailure: Bool {
        if case .failed = status { return true }
        return false
    }
}
