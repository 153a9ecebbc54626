/// A photo credit seen outside an article, with the caption text it belongs to.
struct ZoneCredit {
    var names: [BylineParser.Name]
    var caption: String
    var prevArticle: Int
    var nextArticle: Int
}
