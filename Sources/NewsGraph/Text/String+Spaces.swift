/// Space trimming for headline and front-matter values (spaces as the text stage defines them).
extension String {
    /// The string without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var s = unicodeScalars[...]
        while let f = s.first, ScalarClass.isSpace(f.value) { s.removeFirst() }
        while let l = s.last, ScalarClass.isSpace(l.value) { s.removeLast() }
        return String(String.UnicodeScalarView(s))
    }
}
