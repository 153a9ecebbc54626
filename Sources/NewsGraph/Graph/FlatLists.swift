/// Many short lists stored end to end in one array, with the end of each: one allocation instead of one per list.
///
/// A million edges with one or two evidence indices each would otherwise cost
/// a heap block (and its header) per edge; here they cost the indices and one
/// offset. Lists are appended in order and read back by position.
struct FlatLists<Element> {
    /// Every list's elements, list after list.
    private(set) var elements: [Element] = []
    /// Where each list ends in `elements` (it starts where the previous one ends).
    private var ends: [Int] = []

    /// The number of lists.
    var count: Int { ends.count }

    /// Makes room for `lists` lists of `elements` elements in all.
    mutating func reserveCapacity(lists: Int, elements: Int) {
        ends.reserveCapacity(lists)
        self.elements.reserveCapacity(elements)
    }

    /// Appends a list.
    mutating func append<S: Sequence>(_ list: S) where S.Element == Element {
        elements.append(contentsOf: list)
        ends.append(elements.count)
    }

    /// The positions in `elements` of list `i`.
    func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    /// The elements of list `i`.
    subscript(_ i: Int) -> ArraySlice<Element> { elements[range(i)] }

    /// Calls `body` with the elements of list `i` in place.
    func withList<R>(_ i: Int, _ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        let r = range(i)
        return try elements.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[r])) }
    }

    /// Forgets every list (frees the storage).
    mutating func removeAll() {
        elements = []
        ends = []
    }
}
