extension QueryEngine {
    /// One person's offices in date order: `newsgraph titles PERSON`.
    ///
    /// `person` is a name, a part of a name, or a Person node id.
    public func titles(of person: String) -> PersonResolution<PersonTitles> {
        resolvePerson(person) { node in
            PersonTitles(
                id: node.id, name: GraphIndex.name(of: node), articles: articleCount(of: node),
                titles: officeHistories(of: node.id))
        }
    }

    /// People with their offices: `newsgraph people [QUERY] [--office WORD] [--place PLACE]`.
    ///
    /// `query` is a part of the name (or a node id). With `office` or `place`, only the
    /// offices matching both are kept, and people without one are left out: `office: 副市长,
    /// place: 汾阳市` answers "who is or was a 副市长 of 汾阳市?". `office` matches a word of
    /// the title but not a deputy's (`市长` leaves out `副市长`); `place` matches the
    /// office's jurisdiction by name or short form (`汾阳`). Sorted by name, then id.
    public func people(matching query: String? = nil, office: String? = nil, place: String? = nil) -> [PersonTitles] {
        let persons: [Node]
        if let query, !query.isEmpty {
            if let n = index.node(query), n.type == .person {
                persons = [n]
            } else {
                persons = index.nodes(of: .person).filter { GraphIndex.name(of: $0).contains(query) }
            }
        } else {
            persons = index.nodes(of: .person)
        }
        let filtering = (office?.isEmpty == false) || (place?.isEmpty == false)
        var answer: [PersonTitles] = []
        for p in persons {
            var titles = officeHistories(of: p.id)
            if filtering {
                titles = titles.filter { h in
                    (office.map { Self.office(h, matches: $0) } ?? true)
                        && (place.map { $0.isEmpty || Self.office(h, isIn: $0) } ?? true)
                }
                if titles.isEmpty { continue }
            }
            answer.append(PersonTitles(id: p.id, name: GraphIndex.name(of: p), articles: articleCount(of: p), titles: titles))
        }
        return answer.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// Who held an office over time: `newsgraph holders OFFICE`.
    ///
    /// `office` is matched on the Position's resolved title or label, exactly; when no
    /// position has it exactly, on a word of the title (not a deputy's: `市长` leaves out
    /// `副市长`). Sorted by first sighting (undated last), then office, then name.
    public func holders(of office: String) -> [Holding] {
        let positions = index.nodes(of: .position)
        var chosen = positions.filter { GraphIndex.name(of: $0) == office || $0.label == office }
        if chosen.isEmpty {
            chosen = positions.filter {
                Self.containsNotAsDeputy(GraphIndex.name(of: $0), office) || Self.containsNotAsDeputy($0.label, office)
            }
        }
        var answer: [Holding] = []
        for position in chosen {
            for edge in index.edges(to: position.id, .holds) {
                guard let person = index.node(edge.source) else { continue }
                answer.append(Holding(name: GraphIndex.name(of: person), person: person.id, office: officeHistory(of: edge)))
            }
        }
        return answer.sorted {
            (Self.sortKey($0.office.firstSeen), $0.office.resolvedTitle, $0.name, $0.person)
                < (Self.sortKey($1.office.firstSeen), $1.office.resolvedTitle, $1.name, $1.person)
        }
    }
}
