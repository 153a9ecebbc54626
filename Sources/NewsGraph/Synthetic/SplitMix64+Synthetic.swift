/// The draws the synthetic archive needs beyond the fuzzer's `SplitMix64`.
///
/// The archive must be byte-identical for a seed on every machine and toolchain,
/// so it never uses `SystemRandomNumberGenerator` nor the standard library's
/// `random(in:using:)` (whose algorithm may change between releases): every draw
/// goes through `next()`/`below(_:)` and these helpers.
extension SplitMix64 {
    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `p` (53 random bits against `p`).
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) * 0x1.0p-53 < p
    }

    /// An independent generator derived from this one (for the composer's and renderer's streams).
    mutating func split() -> SplitMix64 {
        SplitMix64(seed: next())
    }
}
