/// Decides which event announcements across articles are one event.
///
/// Events that state a date, a place and a name, and agree on all three
/// (EDTF date equal, place resolved to the same path, name equal), are one
/// event, whichever articles announce them. An event missing its date or its
/// place cannot be told apart from another of the same name (every paper has
/// its `会议`), so it stays local to its article: its id carries the article id.
struct EventResolver {
    /// The resolved form of one announcement.
    struct Resolved {
        var id: String
        /// Place path (root first), empty when the place is unknown.
        var placePath: [String]
    }

    private let places: PlaceDirectory

    init(places: PlaceDirectory) { self.places = places }

    /// The event id and place path of `event` announced in `article`.
    func resolve(_ event: EventMention, in article: ArticleFacts) -> Resolved {
        let ctx = PlaceContext(article.metadata)
        let path: [String]
        if let p = event.place, !p.isEmpty { path = places.path(of: p, context: ctx) } else { path = [] }
        return resolve(event, in: article, placePath: path)
    }

    /// The same, with the event's place already resolved (`[]` when it has none).
    func resolve(_ event: EventMention, in article: ArticleFacts, placePath path: [String]) -> Resolved {
        let name = event.name.isEmpty ? event.noun : event.name
        let placeKey = path.map(NodeID.escape).joined(separator: "/")
        let shared = event.date != nil && !path.isEmpty && !name.isEmpty
        let id =
            "event:" + (event.date?.edtf ?? "") + "@" + placeKey + ":" + NodeID.escape(name)
            + (shared ? "" : "~" + NodeID.escape(article.id))
        return Resolved(id: id, placePath: path)
    }
}
