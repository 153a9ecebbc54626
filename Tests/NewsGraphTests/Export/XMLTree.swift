import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A parsed XML element (Foundation's XMLParser), for checking what the XML writers produce.
final class XMLTree {
    let name: String
    let attributes: [String: String]
    var children: [XMLTree] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// All descendants (and self) named `name`, in document order.
    func all(_ name: String) -> [XMLTree] {
        var out: [XMLTree] = self.name == name ? [self] : []
        for c in children { out += c.all(name) }
        return out
    }

    func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// Parses `bytes`, or returns the parser's error.
    static func parse(_ bytes: [UInt8]) throws -> XMLTree {
        let delegate = Builder()
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        guard parser.parse(), let root = delegate.root else {
            throw ParseError(message: parser.parserError.map { "\($0)" } ?? "no root")
        }
        return root
    }

    struct ParseError: Error { let message: String }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            let e = XMLTree(name: name, attributes: attributes)
            if let top = stack.last { top.children.append(e) } else { root = e }
            stack.append(e)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
