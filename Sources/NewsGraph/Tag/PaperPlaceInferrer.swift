/// Infers the paper's place for an article when the input does not give it.
///
/// The most frequent prefecture- or county-level division named in the article
/// (ties: the one named first) is the paper's city; its province comes from
/// the gazetteer's parents. Metadata always wins over inference.
struct PaperPlaceInferrer {
    let gazetteer: Gazetteer

    /// Counts of city-level divisions in `places`, with the position each was first seen.
    func cityCounts(_ places: [PlaceFinding]) -> [String: (count: Int, first: Int)] {
        var counts: [String: (count: Int, first: Int)] = [:]
        for p in places where p.level == "prefecture" || p.level == "county" {
            let c = counts[p.canonical]
            counts[p.canonical] = ((c?.count ?? 0) + 1, c?.first ?? p.range.lowerBound)
        }
        return counts
    }

    /// The most frequent city in `counts`, or nil.
    func best(_ counts: [String: (count: Int, first: Int)]) -> String? {
        counts.max { a, b in (a.value.count, -a.value.first, a.key) < (b.value.count, -b.value.first, b.key) }?.key
    }

    /// The paper place: metadata first, then the article's own most frequent city, then the page's.
    ///
    /// An article of a paper that names one of the paper city's own counties more often than the
    /// city itself (a 吕梁 paper's report on 汾阳市) reads `市` as that county-level city; its `县`
    /// is the county it names most.
    func infer(metadata: IssueMetadata, article counts: [String: (count: Int, first: Int)], pageCity: String?) -> PaperPlace {
        var city = metadata.city ?? best(counts) ?? pageCity
        var county: String?
        if let paper = city {
            let children = counts.filter { gazetteer.ancestry(of: $0.key, near: [paper]).dropFirst().contains(paper) }
            if let child = best(children) {
                county = child
                let n = children[child]!.count
                if child.hasSuffix("市"), n >= 2, n > counts[paper]?.count ?? 0 { city = child }
            }
        }
        var province = metadata.province
        var prefecture: String?
        if let city {
            let chain = gazetteer.ancestry(of: city, near: [metadata.province].compactMap { $0 })
            if province == nil { province = gazetteer.province(of: city) }
            if chain.count > 1, let d = gazetteer.resolve(city), d.level == "county" { prefecture = chain[1] }
        }
        return PaperPlace(city: city, province: province, prefecture: prefecture, county: county)
    }
}
