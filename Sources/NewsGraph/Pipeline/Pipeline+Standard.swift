import Foundation

extension Pipeline {
    /// The standard pipeline: the page reader with `options`, the tagger with the bundled lexicons
    /// (plus `extraLexicons`), and the tagger's gazetteer to place every named place up to its province.
    public static func standard(options: ReadOptions = ReadOptions(), extraLexicons: URL? = nil) throws -> Pipeline {
        let tagger = try Tagger.standard(extraLexicons: extraLexicons)
        let gazetteer = tagger.gazetteer
        return Pipeline(
            reader: PageReader(options: options), tagger: tagger,
            lineage: { name, context in gazetteer.ancestry(of: name, near: context) })
    }
}
