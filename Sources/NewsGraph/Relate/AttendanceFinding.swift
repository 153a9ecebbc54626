/// A person taking part in an event, before it becomes an `Attendance`.
struct AttendanceFinding: Sendable {
    /// Index into the person findings.
    var person: Int
    /// Index into the event findings.
    var event: Int
    var role: AttendanceRole
    var rule: String
    var phrase: Range<Int>
}
