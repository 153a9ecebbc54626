import Foundation

/// A validator for the part of JSON Schema 2020-12 that `schema/graph.schema.json` uses:
/// `$ref` to `#/$defs/…`, `type`, `const`, `enum`, `required`, `properties`,
/// `additionalProperties`, `items`, `pattern`, `minimum`. Enough to check a
/// graph file's shape in `swift test`; CI may also run python's jsonschema.
struct JSONSchemaSubset {
    let root: [String: Any]
    private var patterns: [String: NSRegularExpression] = [:]

    init(contentsOf url: URL) throws {
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    /// Every violation, as `path: problem`.
    mutating func validate(_ value: Any) -> [String] {
        var errors: [String] = []
        check(value, root, "$", &errors)
        return errors
    }

    private mutating func check(_ value: Any, _ schema: [String: Any], _ path: String, _ errors: inout [String]) {
        if errors.count > 20 { return }
        if let ref = schema["$ref"] as? String {
            let name = String(ref.dropFirst("#/$defs/".count))
            let defs = root["$defs"] as! [String: Any]
            guard let target = defs[name] as? [String: Any] else {
                errors.append("\(path): unknown $ref \(ref)")
                return
            }
            check(value, target, path, &errors)
        }
        if let c = schema["const"], !Self.equal(c, value) { errors.append("\(path): not the constant \(c)") }
        if let e = schema["enum"] as? [Any], !e.contains(where: { Self.equal($0, value) }) {
            errors.append("\(path): \(value) not in enum")
        }
        if let t = schema["type"] as? String, !Self.isType(value, t) {
            errors.append("\(path): expected \(t)")
            return
        }
        if let p = schema["pattern"] as? String, let s = value as? String {
            if patterns[p] == nil { patterns[p] = try? NSRegularExpression(pattern: p) }
            if let re = patterns[p], re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) == nil {
                errors.append("\(path): \"\(s)\" does not match \(p)")
            }
        }
        if let m = schema["minimum"] as? Int, let n = value as? Int, n < m { errors.append("\(path): \(n) < \(m)") }
        if let object = value as? [String: Any] {
            for key in (schema["required"] as? [String]) ?? [] where object[key] == nil {
                errors.append("\(path): missing \(key)")
            }
            let props = (schema["properties"] as? [String: Any]) ?? [:]
            for (key, v) in object {
                if let sub = props[key] as? [String: Any] {
                    check(v, sub, path + "." + key, &errors)
                } else if let extra = schema["additionalProperties"] {
                    if let allowed = extra as? Bool {
                        if !allowed { errors.append("\(path): unexpected key \(key)") }
                    } else if let sub = extra as? [String: Any] {
                        check(v, sub, path + "." + key, &errors)
                    }
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, v) in array.enumerated() { check(v, items, "\(path)[\(i)]", &errors) }
        }
    }

    private static func isType(_ v: Any, _ t: String) -> Bool {
        switch t {
        case "object": return v is [String: Any]
        case "array": return v is [Any]
        case "string": return v is String
        // Foundation parses JSON booleans as NSNumbers of objCType "c".
        case "boolean": return (v as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false
        case "integer":
            return (v as? NSNumber).map { String(cString: $0.objCType) != "c" && $0.doubleValue == $0.doubleValue.rounded() }
                ?? false
        case "null": return v is NSNull
        default: return true
        }
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        if let x = a as? String, let y = b as? String { return x == y }
        if let x = a as? NSNumber, let y = b as? NSNumber { return x == y }
        return false
    }
}
