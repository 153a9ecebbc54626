/// The name-table entries of one node type (persons, events or places) as the scan meets
/// them, in file order: what `QueryIndexLayout`'s name sections hold for that group.
struct NameGroupColumns {
    var ordinals = Column<UInt32>()
    var flags = Column<UInt8>()
    /// Where each string ends in `blob` (three per entry: name, label, event date).
    var ends = Column<UInt64>()
    var blob = Column<UInt8>()

    /// Number of entries.
    var count: Int { ordinals.count }

    /// Adds the entry of node `ordinal`.
    mutating func append(ordinal: Int, name: String, label: String, eventDate: String?) {
        ordinals.append(UInt32(ordinal))
        let name = Array(name.utf8)
        let label = Array(label.utf8)
        var f: UInt8 = 0
        if NameBytes.isPlain(name) { f |= QueryIndexLayout.namePlain }
        if NameBytes.isPlain(label) { f |= QueryIndexLayout.labelPlain }
        flags.append(f)
        for s in [name, label, Array((eventDate ?? "").utf8)] {
            blob.append(contentsOf: s)
            ends.append(UInt64(blob.count))
        }
    }
}
