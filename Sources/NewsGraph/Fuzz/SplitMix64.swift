/// A small, fast, seedable pseudo-random generator (Steele, Lea & Flood's SplitMix64).
///
/// The fuzzer needs the same bytes for the same seed on every machine and every
/// Swift version, which `SystemRandomNumberGenerator` cannot promise; SplitMix64
/// is a few lines, passes BigCrush, and its state is one `UInt64`.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for item `index` of a stream seeded with `seed`: independent of every other index,
    /// so case N can be regenerated without generating cases 0..<N.
    public init(seed: UInt64, index: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (index &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next() ^ index
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (`bound` > 0), by Lemire's multiply-shift (bias below 2⁻³² for our sizes).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "SplitMix64.below needs a positive bound")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// True with probability `numerator / denominator`.
    public mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        below(denominator) < numerator
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }
}
