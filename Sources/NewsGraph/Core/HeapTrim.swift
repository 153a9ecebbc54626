#if canImport(Glibc)
    import Glibc
#endif

/// Gives the allocator's free pages back to the system.
///
/// glibc keeps freed memory for reuse, but only by the arena it came from: the
/// packed facts the tagging threads made, once moved to a scratch file, would
/// stay resident as free memory the building thread never reuses. `malloc_trim`
/// returns every whole free page of every arena. (It is looked up by name:
/// Swift's Glibc module leaves `malloc.h` out.) Elsewhere it does nothing.
public enum HeapTrim {
    /// Returns the free pages of every allocator arena to the system; true when some were.
    @discardableResult
    public static func releaseFreePages() -> Bool {
        #if canImport(Glibc)
            guard let symbol = dlsym(nil, "malloc_trim") else { return false }
            let trim = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
            return trim(0) != 0
        #else
            return false
        #endif
    }
}
