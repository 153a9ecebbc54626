import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Checks that an exported document parses with a standard reader, as the tools that open it would.
public enum OutputValidator {
    /// The reader each export format is checked with.
    public enum Syntax: String, Sendable, CaseIterable {
        /// GraphML, GEXF: `XMLWellFormedness` (strict, no DOCTYPE), then `XMLParser` (libxml2) with no error.
        case xml
        /// JSON-LD, the native graph file: `JSONWellFormedness` (strict RFC 8259), then `JSONSerialization`.
        case json
        /// CSV: `CSVParser` (strict RFC 4180), every record as wide as the header, no formula trigger.
        case csv
    }

    /// Throws a description of the first problem when `data` does not parse as `syntax`.
    public static func validate(_ data: Data, as syntax: Syntax) throws {
        switch syntax {
        case .xml: try validateXML(data)
        case .json: try validateJSON(data)
        case .csv: try validateCSV(data)
        }
    }

    /// A problem found in an export.
    public struct Invalid: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    static func validateXML(_ data: Data) throws {
        do { try XMLWellFormedness.check([UInt8](data)) } catch { throw Invalid(description: "\(error)") }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        let delegate = EntityRefusingDelegate()
        parser.delegate = delegate
        let ok = parser.parse()
        if let problem = delegate.problem { throw Invalid(description: problem) }
        guard ok, parser.parserError == nil else {
            let err = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"
            throw Invalid(description: "XML does not parse at line \(parser.lineNumber), column \(parser.columnNumber): \(err)")
        }
        guard delegate.elements > 0 else { throw Invalid(description: "XML has no root element") }
    }

    static func validateJSON(_ data: Data) throws {
        do { try JSONWellFormedness.check([UInt8](data)) } catch { throw Invalid(description: "\(error)") }
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw Invalid(description: "JSON does not parse: \(error)")
        }
    }

    static func validateCSV(_ data: Data) throws {
        let records: [[String]]
        do { records = try CSVParser.parse([UInt8](data)) } catch { throw Invalid(description: "\(error)") }
        guard let header = records.first else { return }
        for (k, r) in records.enumerated() where r.count != header.count {
            throw Invalid(description: "CSV record \(k + 1) has \(r.count) fields, the header \(header.count)")
        }
        for (k, r) in records.enumerated() {
            if let cell = r.first(where: CSVParser.isFormulaTrigger) {
                throw Invalid(
                    description:
                        "CSV record \(k + 1) has a cell a spreadsheet would run as a formula: \(cell.debugDescription.prefix(60))"
                )
            }
        }
    }

    /// Counts elements and refuses a DOCTYPE or entity declaration: exports must never carry one.
    private final class EntityRefusingDelegate: NSObject, XMLParserDelegate {
        var elements = 0
        var problem: String?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            elements += 1
        }

        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            problem = "XML declares an entity `\(name)`"
            parser.abortParsing()
        }

        func parser(
            _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?
        ) {
            problem = "XML declares an external entity `\(name)`"
            parser.abortParsing()
        }
    }
}
