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
    func infer(metadata: IssueMetadata, article counts: [String: (count: Int, first: Int)], pageCity: String?) -> PaperPlace {
        let city = metadata.city ?? best(counts) ?? pageCity
        var province = metadata.province
        var prefecture: String?
        if let city {
            let chain = gazetteer.ancestry(of: city, near: [metadata.province].compactMap { $0 })
            if province == nil { province = gazetteer.province(of: city) }
            if chain.count > 1, let d = gazetteer.resolve(city), d.level == "county" { prefecture = chain[1] }
        }
        return PaperPlace(city: city, province: province, prefecture: prefecture)
    }
}
