/// The comparable string forms of gold and system values.
///
/// Both sides go through the same functions, so a value matches exactly when its
/// key is equal. Keys are readable, because they are also what the error lists show.
enum ValueKey {
    /// Removes whitespace and folds full-width ASCII forms to half-width (`（` → `(`).
    static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0x3000, 0xA0:
                continue
            case 0xFF01...0xFF5E:
                out.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Month and day only (`12-09`, `12-XX`), or `no date`: years are not compared.
    static func monthDay(_ date: PartialDate?) -> String {
        guard let date, date.month != nil || date.day != nil else { return "no date" }
        func pad(_ v: Int?) -> String {
            guard let v else { return "XX" }
            return v < 10 ? "0\(v)" : "\(v)"
        }
        return pad(date.month) + "-" + pad(date.day)
    }

    static func person(_ name: String) -> String { fold(name) }

    static func office(_ person: String, _ title: String) -> String { fold(person) + " | " + fold(title) }

    static func resolvedOffice(_ person: String, _ title: String, former: Bool) -> String {
        office(person, title) + (former ? " | former" : "")
    }

    static func name(_ s: String) -> String { fold(s) }

    static func event(_ date: PartialDate?, _ noun: String) -> String { monthDay(date) + " | " + fold(noun) }

    static func attendance(_ person: String, _ noun: String, _ date: PartialDate?, _ role: AttendanceRole) -> String {
        fold(person) + " | " + event(date, noun) + " | " + role.rawValue
    }
}
