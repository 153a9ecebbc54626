/// Row shapes of gold files are fixed-length JSON arrays.
extension UnkeyedDecodingContainer {
    /// Fails when a row has more elements than its shape allows.
    func expectEnd(_ shape: String) throws {
        guard isAtEnd else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath, debugDescription: "too many elements; expected \(shape)"))
        }
    }
}
