/// An invariant the probe found broken, with the stage it broke in.
struct FuzzFailure: Error, Sendable {
    var stage: String
    var message: String

    init(_ stage: String, _ message: String) {
        self.stage = stage
        self.message = message
    }
}
