/// A date stated in a clean text, resolved as far as the text and the issue date allow.
public struct DatedMention: Sendable, Hashable, Codable {
    /// How the date was written.
    public enum Form: String, Sendable, Codable {
        /// `2024年12月9日`, `二〇二四年十二月九日`.
        case absolute
        /// `12月9日`: no year written.
        case monthDay
        /// `12月`, `2024年12月`.
        case month
        /// `2024年`.
        case year
        /// `今年`, `近日`, `昨天`: relative to the issue date.
        case relative
    }

    /// Where the year of a date without one came from.
    public enum YearSource: String, Sendable, Codable {
        /// Written in the mention itself.
        case stated
        /// The one year the article states elsewhere.
        case article
        /// The issue date.
        case issue
        /// Unknown: the date stays partial.
        case none
    }

    public var date: PartialDate
    public var form: Form
    public var yearSource: YearSource
    /// The text as written.
    public var text: String
    /// Clean UTF-8 byte range in the text searched.
    public var cleanStart: Int
    public var cleanEnd: Int

    public var cleanRange: Range<Int> { cleanStart..<cleanEnd }

    public init(date: PartialDate, form: Form, yearSource: YearSource, text: String, cleanRange: Range<Int>) {
        self.date = date
        self.form = form
        self.yearSource = yearSource
        self.text = text
        self.cleanStart = cleanRange.lowerBound
        self.cleanEnd = cleanRange.upperBound
    }
}
